# Teksty dotyczące tylko Telegrama (bot/adapters/telegram_*.py).

telegram-dm-fallback = Mam dla ciebie prywatną wiadomość, ale Telegram pozwala mi do ciebie pisać dopiero po otwarciu czatu ze mną. Stuknij @{ $bot } i naciśnij Start — następnym razem do ciebie dotrę.
telegram-private-start = Cześć! Pomagam dbać o grupy, do których należę. Tutaj, na czacie prywatnym, możesz używać poleceń /guidelines, /privacy, /appeal, /report i /help. Wszystko inne działa w grupie.
telegram-private-group-only = Polecenie /{ $command } działa w grupie, a nie na czacie prywatnym. Wyślij je tam.
telegram-private-which-group = Nie wiem, której grupy dotyczy polecenie /{ $command }, więc wyślij je bezpośrednio w grupie.
