"""Community health in chat: `/stats` for everyone and a weekly digest for the moderators.

`/stats` answers with a short summary of the last `stats.period` in the member's own
language. The digest covers the last seven days and goes to `stats.digest.channel` (or
the moderators' log) once a week, on the configured local weekday and hour, checked on
each clock tick; an audit entry remembers it across restarts. Charts are made by
`hearth stats --out DIR`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from pydantic import Field

from bot.actions import Send
from bot.cog import Cog, Context, command, listen
from bot.errors import UserError
from bot.events import Tick
from bot.health.report import HealthReport, build_report
from bot.health.summary import summary_lines
from bot.plugins import CogManifest
from bot.rules.types import Channel, Duration, Section

log = logging.getLogger(__name__)

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip


class DigestSection(Section):
    enabled: bool = True
    """Send the moderators a weekly digest."""
    channel: Channel | None = None
    """Where the weekly digest goes; defaults to `channels.moderator_log`."""
    weekday: Weekday = "monday"
    """The day the digest is sent."""
    hour: int = Field(default=9, ge=0, le=23)
    """Local hour (community time zone) the digest is sent."""


class StatsSection(Section):
    """Community health: activity recording, the /stats summary and the weekly digest."""

    enabled: bool = True
    """Record activity (counts only, never text) and answer /stats."""
    period: Duration = 30 * 86400
    """The span /stats looks back over."""
    sentiment: bool = True
    """Keep a per-language mood trend from a small built-in word list (only daily counts
    of positive and negative messages are stored, never text or names)."""
    digest: DigestSection = DigestSection()
    """The weekly digest for the team."""


WEEK = timedelta(days=7)


DIGEST_SENT = "digest_sent"
"""The audit action that records a digest, so a restart on digest day sends no second."""


@dataclass(slots=True)
class DigestState:
    last_sent: date | None = None
    loaded: bool = False


async def community_report(ctx: Context, period: timedelta) -> HealthReport:
    """The report for the last `period`, with the mood trend if the community keeps it."""
    community = ctx.community
    return await build_report(
        ctx.store,
        community.id,
        name=community.name,
        timezone=ctx.rules.community.timezone,
        since=ctx.now() - period,
        now=ctx.now(),
        sentiment=ctx.rules.stats.sentiment,
    )


class Health(Cog):
    name = "health"
    order = 90

    @command("stats")
    async def stats(self, ctx: Context) -> None:
        settings = ctx.rules.stats
        if not settings.enabled or ctx.store is None:
            raise UserError("care-feature-off")
        report = await community_report(ctx, timedelta(seconds=settings.period))
        await ctx.reply_text("\n".join(summary_lines(report, ctx.t, ctx.locale)))

    @listen(Tick)
    async def weekly_digest(self, ctx: Context) -> None:
        settings = ctx.rules.stats
        digest = settings.digest
        if not settings.enabled or not digest.enabled or ctx.store is None:
            return
        channel = digest.channel or ctx.rules.channels.moderator_log
        if not channel:
            return
        zone = ctx.community.timezone
        local = ctx.now().astimezone(zone)
        due = WEEKDAYS[local.weekday()] == digest.weekday and local.hour >= digest.hour
        if not due:
            return
        state = ctx.community.state_for("health.digest", DigestState)
        if not state.loaded:
            last = await ctx.store.last_audit_at(ctx.community.id, DIGEST_SENT)
            state.last_sent = last.astimezone(zone).date() if last else None
            state.loaded = True
        if state.last_sent == local.date():
            return
        state.last_sent = local.date()
        report = await community_report(ctx, WEEK)
        locale = ctx.community.locale
        lines = [ctx.t_community("digest-header", community=ctx.community.name)]
        lines += summary_lines(report, ctx.t_community, locale)[1:]
        lines.append(ctx.t_community("digest-footer"))
        await ctx.perform(
            Send(channel=channel, text="\n".join(lines), rule="stats", automatic=True)
        )
        await ctx.store.add_audit(ctx.community.id, "system", DIGEST_SENT, ctx.now())


manifest = CogManifest(
    cog=Health,
    sections={"stats": StatsSection},
    summary="/stats and a weekly digest for the team: growth, activity, mood, incidents.",
)
