"""One odd character does not switch moderation off on Telegram.

The Bot API sends JSON; a "\\ud800" escape in it becomes a lone surrogate in Python,
which no UTF-8 encoder takes (RE2, the database driver, PTB itself). The adapter cleans
every event it builds (bot.sanitize), so the message is still moderated.
"""

from __future__ import annotations

from tests.adapters.telegram.conftest import GROUP_ID, Running, eventually
from tests.fakes.telegram_server import group, message, user


async def test_a_lone_surrogate_does_not_stop_moderation(bot: Running) -> None:
    sender = user(502, "Ka\ud800sia\x00")
    abusive = message(group(GROUP_ID), sender, "buy followers now \ud800")
    bot.api.push({"message": abusive})
    deleted = await eventually(lambda: bot.api.calls_to("deleteMessage"))
    assert [call["message_id"] for call in deleted] == [abusive["message_id"]]
    warning = await eventually(lambda: bot.api.calls_to("sendMessage"))
    assert "\ud800" not in str(warning) and "Ka\ufffdsia" in str(warning)
