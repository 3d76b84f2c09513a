# Velkomst og hjelp.

welcome-message = Velkommen til { $community }, { $name }! Så hyggelig at du er her. Ta deg tid til å lese retningslinjene våre (/guidelines) – kort fortalt: vær snill, ikke spam, hold deg til temaet og ta vare på hverandres personvern.
welcome-message-intro = Velkommen til { $community }, { $name }! Så hyggelig at du er her. Si hei i #{ $intro_channel } og fortell litt om deg selv. Retningslinjene våre kort fortalt: vær snill, ikke spam, hold deg til temaet og ta vare på hverandres personvern (/guidelines).
help-header = Kommandoer du kan bruke her:
