# Teksty dotyczące tylko Telegrama (bot/adapters/telegram_*.py).

telegram-dm-fallback = Mam dla Ciebie prywatną wiadomość, ale Telegram pozwala mi do Ciebie pisać dopiero po otwarciu czatu ze mną. Stuknij @{ $bot } i naciśnij Start — wtedy wiadomość do Ciebie dotrze.
telegram-private-start = Cześć! Pomagam dbać o grupy, do których należę. Tutaj, na czacie prywatnym, możesz używać komend /guidelines, /privacy, /appeal, /report i /help. Wszystko inne działa w grupie.
telegram-private-group-only = Komenda /{ $command } działa w grupie, a nie na czacie prywatnym. Wyślij ją tam.
telegram-private-which-group = Nie wiem, której grupy dotyczy komenda /{ $command }, więc wyślij ją bezpośrednio w grupie.
