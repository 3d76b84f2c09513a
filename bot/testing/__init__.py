"""Hearth's test kit for cog authors: a fake platform, an in-memory store, a clock you move
and a transcript builder, on the real engine.

    from bot.testing import Harness

    async def test_polls_can_be_switched_off():
        async with Harness(Polls, rules="[cogs]\npolls = false\n") as hearth:
            done = await hearth.command(hearth.member("Ola"), "poll", question="Pizza?")
            assert done.replies == [hearth.t("error-cog-disabled", command="poll")]

The kit depends only on Hearth's core (no platform, no built-in cog), so a cog package can
test itself with nothing but Hearth installed.
"""

from bot.testing.clock import Clock
from bot.testing.harness import Harness, Outcome
from bot.testing.platform import FakePlatform
from bot.testing.store import memory_store
from bot.testing.transcript import Transcript

__all__ = ["Clock", "FakePlatform", "Harness", "Outcome", "Transcript", "memory_store"]
