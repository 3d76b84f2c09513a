# Text som bara gäller Telegram (bot/adapters/telegram_*.py).

telegram-dm-fallback = Jag har ett privat meddelande till dig, men Telegram låter mig bara skriva till dig efter att du har öppnat en chatt med mig. Tryck på @{ $bot } och sedan på Starta, så når jag dig nästa gång.
telegram-private-start = Hej! Jag hjälper till att ta hand om grupperna jag är med i. Här i privatchatten kan du använda /guidelines, /privacy, /appeal, /report och /help. Allt annat fungerar i gruppen.
telegram-private-group-only = /{ $command } fungerar i gruppen, inte i en privatchatt. Skicka kommandot där i stället.
telegram-private-which-group = Jag kan inte avgöra vilken grupp /{ $command } gäller, så skicka kommandot i själva gruppen.
