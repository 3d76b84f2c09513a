"""The moderation cog: runs first on every message and edit, acts on the worst finding,
and watches the join rate for raids."""

from __future__ import annotations

from typing import Any

from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.events import Edit, Join, Message, Tick
from cogs.moderation import antispam
from cogs.moderation.detectors import TEXT_DETECTORS, check_text, scan
from cogs.moderation.explain import (
    Decision,
    Explainer,
    explain_decisions,
    format_explanation,
    normalized_text,
)
from cogs.moderation.findings import Finding, redact, worst
from cogs.moderation.respond import respond


class Moderation(Cog):
    name = "moderation"
    order = -100
    explainer: Explainer | None = None
    """Set by `start_explaining` (hearth replay --explain) to record every decision."""

    def start_explaining(self) -> None:
        self.explainer = Explainer()

    async def take_explanations(self) -> list[dict[str, Any]]:
        if self.explainer is None:
            return []
        return await explain_decisions(self.explainer, self.services.store)

    def format_explanation(self, line: int, data: dict[str, Any]) -> str:
        return format_explanation(line, data)

    def is_exempt(self, ctx: Context) -> bool:
        """Bots, moderators and the community's exempt roles are not filtered."""
        member = ctx.event.user
        if member.is_bot or ctx.community.level_of(member) >= Level.MODERATOR:
            return True
        return member.has_any_role(ctx.rules.moderation.exempt_roles)

    def findings(self, ctx: Context) -> list[Finding]:
        """Every reason this message breaks a rule (empty when it is fine)."""
        text = ctx.event.text
        report = scan(ctx)
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
            self.explainer.record(
                Decision(ctx.event, ctx.community.id, exempt, findings, finding, ctx.rules)
            )
        if finding is None:
            return
        await respond(ctx, finding)
        if "delete" in finding.actions:
            ctx.stop()

    @command("explain", Option("text", OptionType.TEXT), level=Level.MODERATOR)
    async def explain(self, ctx: Context, text: str) -> None:
        """Dry-run the text detectors on a text (no flood or duplicate memory is touched)."""
        report = check_text(ctx, text)
        findings = [f for detector in TEXT_DETECTORS for f in detector(ctx, text, report)]
        normalized = normalized_text(ctx.rules, text)
        if not findings:
            await ctx.reply("moderation-explain-clean", text=normalized, ephemeral=True)
            return
        lines = [ctx.t("moderation-explain-flagged", text=normalized)]
        lines += [
            ctx.t(
                "moderation-explain-finding",
                rule=finding.rule,
                severity=finding.severity,
                excerpt=redact(finding.excerpt, finding.sensitive),
                actions=", ".join(finding.actions),
            )
            for finding in sorted(findings, key=lambda f: -f.rank)
        ]
        await ctx.reply_text("\n".join(lines), ephemeral=True)

    @listen(Join)
    async def watch_joins(self, ctx: Context) -> None:
        await antispam.on_join(ctx)

    @listen(Tick)
    async def end_raids(self, ctx: Context) -> None:
        await antispam.on_tick(ctx)
