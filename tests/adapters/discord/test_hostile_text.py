"""One odd character does not switch moderation off on Discord.

A gateway payload is JSON; a "\\ud800" escape in it becomes a lone surrogate in Python,
which no UTF-8 encoder takes (RE2, the database driver, aiohttp). The adapter cleans
every event it builds (bot.sanitize), so the message is still moderated.
"""

from __future__ import annotations

from tests.adapters.discord.conftest import MEMBER_ID, Hearth
from tests.fakes.discord_server import wait_for

from .test_events import say


async def test_a_lone_surrogate_does_not_stop_moderation(hearth: Hearth) -> None:
    message_id = await say(hearth, "want to buy followers cheap? \ud800\x00")
    general = hearth.channel_id("general")
    await wait_for(
        lambda: hearth.fake.seen("DELETE", rf"/channels/{general}/messages/{message_id}$")
    )
    dm_channel = await wait_for(lambda: hearth.fake.dm_channel_of(MEMBER_ID))
    await wait_for(lambda: hearth.fake.seen("POST", rf"/channels/{dm_channel}/messages$"))
