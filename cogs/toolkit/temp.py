"""Temporary timeouts and bans that survive restarts.

Expiries are rows in the store (written by `/timeout` and `/ban`, cleared by a manual
`/untimeout` or `/unban`). Each `Tick` lifts the rows that are due — including those
that fell due while the bot was down — and marks their cases expired. A member who
left while restricted and rejoins gets the rest of the restriction back. When the
platform refuses to lift (a missing permission), Hearth backs off and tells the team
once, instead of flooding the log every tick.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.actions import Action, Ban, Timeout, Unban, Untimeout
from bot.cog import Cog, Context, listen
from bot.errors import ActionFailed
from bot.events import Join, Tick
from bot.plugins import CogManifest
from bot.storage import TempActionRecord
from cogs.toolkit.common import SYSTEM_ID, human_duration, post_log

log = logging.getLogger(__name__)

HANDLED_KINDS = ("timeout", "ban")
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=6)


class TempActions(Cog):
    """Lifts due timeouts and bans on `Tick`; re-applies them on `Join`."""

    name = "toolkit-temp"
    order = -90
    data_statement = "data-toolkit-cases"

    def _backoff(self, ctx: Context) -> dict[int, tuple[int, datetime]]:
        return ctx.community.state_for("toolkit.temp_backoff", dict)

    @listen(Tick)
    async def lift_due(self, ctx: Context) -> None:
        now = ctx.now()
        backoff = self._backoff(ctx)
        for row in await ctx.store.due_temp_actions(now):
            if row.community_id != ctx.community.id or row.kind not in HANDLED_KINDS:
                continue
            waiting = backoff.get(row.id)
            if waiting is not None and now < waiting[1]:
                continue
            await self._lift(ctx, row, backoff)

    async def _lift(
        self, ctx: Context, row: TempActionRecord, backoff: dict[int, tuple[int, datetime]]
    ) -> None:
        now = ctx.now()
        reason = ctx.t_community("toolkit-temp-expired-reason", case=row.case_number or "-")
        action: Action = (
            Untimeout(user=row.user_id, reason=reason, automatic=True)
            if row.kind == "timeout"
            else Unban(user=row.user_id, reason=reason, automatic=True)
        )
        try:
            await ctx.perform(action)
        except ActionFailed as failure:
            failures = backoff.get(row.id, (0, now))[0] + 1
            delay = min(FIRST_RETRY * 2 ** (failures - 1), MAX_RETRY)
            backoff[row.id] = (failures, now + delay)
            log.warning(
                "could not lift %s of %s (%d): %s", row.kind, row.user_id, failures, failure.reason
            )
            if failures == 1:
                text = ctx.t_community(
                    "toolkit-temp-lift-failed",
                    kind=row.kind,
                    user=row.user_id,
                    reason=ctx.t_community(
                        failure.message_id, reason=failure.reason, **failure.args_for_message
                    ),
                )
                await post_log(ctx, text, user=row.user_id)
            return
        backoff.pop(row.id, None)
        await ctx.store.lift_temp_action(row.id, now)
        if row.case_number is not None:
            await ctx.store.set_case_status(
                ctx.community.id, row.case_number, "expired", SYSTEM_ID, now
            )
        await ctx.store.add_audit(
            ctx.community.id,
            SYSTEM_ID,
            f"{row.kind}_expired",
            now,
            case_number=row.case_number,
            target_id=row.user_id,
        )
        text = ctx.t_community(
            "toolkit-log-expired", kind=row.kind, user=row.user_id, case=row.case_number or "-"
        )
        await post_log(ctx, text, user=row.user_id)

    @listen(Join)
    async def reapply(self, ctx: Context) -> None:
        now = ctx.now()
        user = ctx.event.user.id
        for row in await ctx.store.active_temp_actions(ctx.community.id, user, now):
            remaining = int((row.expires_at - now).total_seconds())
            if row.kind not in HANDLED_KINDS or remaining <= 0:
                continue
            reason = ctx.t_community("toolkit-temp-reapplied-reason", case=row.case_number or "-")
            action: Action
            if row.kind == "timeout":
                limit = ctx.max_timeout_s
                seconds = min(remaining, limit) if limit is not None else remaining
                action = Timeout(user=user, duration_s=seconds, reason=reason, automatic=True)
            else:
                action = Ban(user=user, duration_s=remaining, reason=reason, automatic=True)
            await ctx.perform(action)
            await ctx.store.add_audit(
                ctx.community.id,
                SYSTEM_ID,
                f"{row.kind}_reapplied",
                now,
                case_number=row.case_number,
                target_id=user,
            )
            locale = ctx.community.locale
            text = ctx.t_community(
                "toolkit-log-reapplied",
                kind=row.kind,
                user=user,
                case=row.case_number or "-",
                remaining=human_duration(ctx, locale, remaining),
            )
            await post_log(ctx, text, user=user)


manifest = CogManifest(
    cog=TempActions,
    required=True,
    summary="Lifts timeouts and temporary bans when they end, also after a restart.",
)
