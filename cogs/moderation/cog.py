"""The moderation cog: runs first on every message and edit, acts on the worst finding,
and watches the join rate for raids."""

from __future__ import annotations

from bot.cog import Cog, Context, listen
from bot.commands import Level
from bot.events import Edit, Join, Message, Tick
from cogs.moderation import antispam
from cogs.moderation.detectors import TEXT_DETECTORS, scan
from cogs.moderation.explain import Decision, Explainer
from cogs.moderation.findings import Finding, worst
from cogs.moderation.respond import respond


class Moderation(Cog):
    name = "moderation"
    order = -100
    explainer: Explainer | None = None
    """Attach one (hearth replay --explain) to record every decision."""

    def is_exempt(self, ctx: Context) -> bool:
        """Bots, moderators and the community's exempt roles are not filtered."""
        member = ctx.event.user
        if member.is_bot or ctx.community.level_of(member) >= Level.MODERATOR:
            return True
        return member.has_any_role(ctx.rules.moderation.exempt_roles)

    def findings(self, ctx: Context) -> list[Finding]:
        """Every reason this message breaks a rule (empty when it is fine)."""
        report = scan(ctx)
        text = ctx.event.text
        found = [finding for detector in TEXT_DETECTORS for finding in detector(ctx, text, report)]
        return found + antispam.memory_findings(ctx)

    @listen(Message, Edit)
    async def check_message(self, ctx: Context) -> None:
        if not ctx.rules.moderation.enabled:
            return
        exempt = self.is_exempt(ctx)
        findings = [] if exempt else self.findings(ctx)
        finding = worst(findings) if findings else None
        if self.explainer is not None:
            self.explainer.record(Decision(ctx.event, ctx.community.id, exempt, findings, finding))
        if finding is None:
            return
        await respond(ctx, finding)
        if "delete" in finding.actions:
            ctx.stop()

    @listen(Join)
    async def watch_joins(self, ctx: Context) -> None:
        await antispam.on_join(ctx)

    @listen(Tick)
    async def end_raids(self, ctx: Context) -> None:
        await antispam.on_tick(ctx)
