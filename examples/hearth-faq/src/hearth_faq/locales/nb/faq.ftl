# hearth-faq: svar på fellesskapets vanlige spørsmål.

faq-topics = Dette kan jeg svare på: { $topics }. Spør med /faq topic:<navn>.
faq-unknown-topic = Jeg har ikke noe svar om «{ $topic }». Skriv /faq for å se temaene.
faq-none = Dette fellesskapet har ikke skrevet noen svar på vanlige spørsmål ennå.
faq-auto-answer = Godt spørsmål – det dukker ofte opp! { $answer }

cmd-faq = Svar på vanlige spørsmål
cmd-faq-topic = Temaet du vil ha svar på (la stå tomt for å se alle)
