"""The recognition cog: thanks, badges, milestones, role rewards and the leaderboard.

It runs after moderation and welcome (order 80), so a deleted message never earns a
badge. Each concern lives in its own mixin; this class only wires them to events.
"""

from __future__ import annotations

from bot.cog import Cog, Context, listen
from bot.events import Message
from cogs.recognition.badges import BadgesMixin
from cogs.recognition.leaderboard import LeaderboardMixin
from cogs.recognition.thanks import ThanksMixin


class Recognition(ThanksMixin, BadgesMixin, LeaderboardMixin, Cog):
    name = "recognition"
    order = 80

    @listen(Message)
    async def on_message(self, ctx: Context) -> None:
        settings = ctx.rules.recognition
        if not settings.enabled or ctx.event.user.is_bot or ctx.store is None:
            return
        await self.count_message(ctx)
        if settings.thanks.enabled and settings.thanks.detect:
            await self.detect_thanks(ctx)
