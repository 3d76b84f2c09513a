# Powitania i pomoc.

welcome-message = Witaj w { $community }, { $name }! Cieszymy się, że jesteś z nami. Poświęć chwilę na przeczytanie naszych zasad (/guidelines) — w skrócie: bądź życzliwy, bez spamu, trzymaj się tematu i chroń prywatność innych.
welcome-message-intro = Witaj w { $community }, { $name }! Cieszymy się, że jesteś z nami. Przywitaj się na #{ $intro_channel } i napisz kilka słów o sobie. Nasze zasady w skrócie: bądź życzliwy, bez spamu, trzymaj się tematu i chroń prywatność innych (/guidelines).
help-header = Komendy, których możesz tu używać:
