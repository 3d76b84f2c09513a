# Välkomnande och hjälp.

welcome-message = Välkommen till { $community }, { $name }! Vad roligt att du är här. Ta en stund och läs våra riktlinjer (/guidelines) – kort sagt: var schysst, ingen spam, håll dig till ämnet och skydda varandras integritet.
welcome-message-intro = Välkommen till { $community }, { $name }! Vad roligt att du är här. Säg hej i #{ $intro_channel } och berätta lite om dig själv. Våra riktlinjer i korthet: var schysst, ingen spam, håll dig till ämnet och skydda varandras integritet (/guidelines).
help-header = Kommandon du kan använda här:
