# hearth-faq: answers to a community's frequently asked questions.

faq-topics = Topics I can answer: { $topics }. Ask with /faq topic:<name>.
faq-unknown-topic = I don't have an answer about “{ $topic }”. Try /faq to see the topics.
faq-none = This community hasn't written any FAQ answers yet.
faq-auto-answer = Good question — it comes up often! { $answer }

cmd-faq = Answers to frequently asked questions
cmd-faq-topic = The topic you want answered (leave empty to list them)
