"""The moderation cog: runs first on every message and edit, acts on the worst finding."""

from __future__ import annotations

from bot.cog import Cog, Context, listen
from bot.commands import Level
from bot.events import Edit, Message
from cogs.moderation.detectors import DETECTORS
from cogs.moderation.findings import worst
from cogs.moderation.respond import respond


class Moderation(Cog):
    name = "moderation"
    order = -100

    def is_exempt(self, ctx: Context) -> bool:
        """Bots, moderators and the community's exempt roles are not filtered."""
        member = ctx.event.user
        if member.is_bot or ctx.community.level_of(member) >= Level.MODERATOR:
            return True
        return member.has_any_role(ctx.rules.moderation.exempt_roles)

    @listen(Message, Edit)
    async def check_message(self, ctx: Context) -> None:
        settings = ctx.rules.moderation
        if not settings.enabled or self.is_exempt(ctx):
            return
        text = ctx.event.text
        findings = [finding for detector in DETECTORS for finding in detector(ctx, text)]
        if not findings:
            return
        finding = worst(findings)
        await respond(ctx, finding)
        if "delete" in finding.actions:
            ctx.stop()
