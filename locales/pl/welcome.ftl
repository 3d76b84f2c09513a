# Powitania i pomoc.

welcome-message = Witaj w społeczności { $community }, { $name }! Cieszymy się, że jesteś z nami. Poświęć chwilę na przeczytanie naszych zasad (/guidelines) — w skrócie: traktujmy się życzliwie, bez spamu, trzymajmy się tematu i chrońmy nawzajem swoją prywatność.
welcome-message-intro = Witaj w społeczności { $community }, { $name }! Cieszymy się, że jesteś z nami. Przywitaj się na #{ $intro_channel } i napisz kilka słów o sobie. Nasze zasady w skrócie: traktujmy się życzliwie, bez spamu, trzymajmy się tematu i chrońmy nawzajem swoją prywatność (/guidelines).
help-header = Polecenia, których możesz tu używać:
