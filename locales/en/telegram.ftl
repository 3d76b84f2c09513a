# Telegram-only text (bot/adapters/telegram_*.py).

# Posted in the group, after a mention of the member, when a private message can't be delivered.
# $bot: the bot's username without "@".
telegram-dm-fallback = I have a private message for you, but Telegram only lets me write to you after you've opened a chat with me. Tap @{ $bot }, press Start, and I can reach you next time.
telegram-private-start = Hi! I help look after the groups I'm part of. Here in private you can use /guidelines, /privacy, /appeal, /report and /help. Everything else works in the group.
# $command: the command name without "/".
telegram-private-group-only = /{ $command } works in the group, not in a private chat. Please send it there.
telegram-private-which-group = I can't tell which group /{ $command } is about, so please send it in the group itself.
