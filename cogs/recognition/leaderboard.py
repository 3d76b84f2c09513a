"""The leaderboard (this week, this month, all time) and the member's opt-out.

Weeks start on Monday and months on the 1st, at midnight in the community's time zone.
Members who hide themselves (`/recognition leaderboard:hide`) are left out; their thanks
still count, so showing themselves again restores their place.
"""

from __future__ import annotations

from datetime import datetime, time, tzinfo

from bot.cog import Context, command
from bot.commands import Option, OptionType
from bot.errors import UserError

PERIODS = ("week", "month", "all")


def period_start(period: str, now: datetime, tz: tzinfo) -> datetime | None:
    """The first moment of this week / month in the community's zone; None for all time."""
    if period == "all":
        return None
    local = now.astimezone(tz)
    day = local.date()
    if period == "week":
        day = day.fromordinal(day.toordinal() - day.weekday())
    else:
        day = day.replace(day=1)
    return datetime.combine(day, time(0), tz)


class LeaderboardMixin:
    @command("leaderboard", Option("period", OptionType.CHOICE, required=False, choices=PERIODS))
    async def leaderboard(self, ctx: Context, period: str | None = None) -> None:
        settings = ctx.rules.recognition
        if not settings.enabled or not settings.leaderboard.enabled:
            raise UserError("care-feature-off")
        period = period or "all"
        since = period_start(period, ctx.now(), ctx.community.timezone)
        entries = await ctx.store.leaderboard(
            ctx.community.id, since=since, limit=settings.leaderboard.size
        )
        label = ctx.t(f"cmd-choice-period-{period}")
        if not entries:
            await ctx.reply("leaderboard-empty", period=label)
            return
        lines = [ctx.t("leaderboard-header", period=label)]
        for rank, entry in enumerate(entries, start=1):
            name = entry.display_name or entry.user_id
            lines.append(ctx.t("leaderboard-line", rank=rank, name=name, count=entry.kudos))
        lines.append(ctx.t("leaderboard-footer"))
        await ctx.reply_text("\n".join(lines))

    @command(
        "recognition",
        Option("leaderboard", OptionType.CHOICE, choices=("show", "hide")),
    )
    async def recognition(self, ctx: Context, leaderboard: str) -> None:
        """Show or hide yourself on the leaderboard."""
        member = ctx.event.user
        hide = leaderboard == "hide"
        await ctx.store.upsert_member(ctx.community.id, member.id, display_name=member.name)
        await ctx.store.set_leaderboard_opt_out(ctx.community.id, member.id, hide)
        await ctx.reply("recognition-hidden" if hide else "recognition-shown", ephemeral=True)
