# hearth-faq: svar på gemenskapens vanliga frågor.

faq-topics = Det här kan jag svara på: { $topics }. Fråga med /faq topic:<namn>.
faq-unknown-topic = Jag har inget svar om ”{ $topic }”. Skriv /faq så ser du ämnena.
faq-none = Den här gemenskapen har inte skrivit några svar på vanliga frågor än.
faq-auto-answer = Bra fråga – den dyker upp ofta! { $answer }

cmd-faq = Svar på vanliga frågor
cmd-faq-topic = Ämnet du vill ha svar om (lämna tomt för att se alla)
