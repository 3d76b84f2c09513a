# hearth-faq: odpowiedzi na pytania, które w społeczności padają najczęściej.

faq-topics = Mogę odpowiedzieć na te tematy: { $topics }. Zapytaj przez /faq topic:<nazwa>.
faq-unknown-topic = Nie mam odpowiedzi na temat „{ $topic }”. Wpisz /faq, żeby zobaczyć listę tematów.
faq-none = Ta społeczność nie przygotowała jeszcze odpowiedzi na częste pytania.
faq-auto-answer = Dobre pytanie — często się pojawia! { $answer }

cmd-faq = Odpowiedzi na często zadawane pytania
cmd-faq-topic = Temat, o który pytasz (zostaw puste, żeby zobaczyć wszystkie)
