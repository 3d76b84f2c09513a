# Tekst som bare gjelder Telegram (bot/adapters/telegram_*.py).

telegram-dm-fallback = Jeg har en privat melding til deg, men Telegram lar meg bare skrive til deg etter at du har åpnet en chat med meg. Trykk på @{ $bot } og deretter Start, så når jeg deg neste gang.
telegram-private-start = Hei! Jeg hjelper til med å ta vare på gruppene jeg er med i. Her i privatchatten kan du bruke /guidelines, /privacy, /appeal, /report og /help. Alt annet fungerer i gruppen.
telegram-private-group-only = /{ $command } fungerer i gruppen, ikke i en privatchat. Send kommandoen der i stedet.
telegram-private-which-group = Jeg kan ikke se hvilken gruppe /{ $command } gjelder, så send kommandoen i selve gruppen.
