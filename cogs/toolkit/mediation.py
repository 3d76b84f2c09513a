"""Mediation: open a private conversation with the members of a conflict, and remind the
team to follow up later.

`/mediate` sends each member a direct message in their language (the private
conversation, in neutral actions), tells the team in the moderators' log, and stores a
follow-up reminder in the audit trail; a `Tick` after the due time posts the reminder.
Reminders are rebuilt from the audit trail after a restart, so none is lost.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.actions import Dm, Report
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import CheckFailed, UserError
from bot.events import Tick
from bot.plugins import CogManifest
from cogs.toolkit.common import SYSTEM_ID, display, member_locale, try_perform, when

log = logging.getLogger(__name__)

DEFAULT_FOLLOW_UP_S = 86400
MAX_FOLLOW_UP_S = 30 * 86400
MAX_MEMBERS = 10
AUDIT_LOOKBACK = 500
_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True, slots=True)
class Reminder:
    audit_id: int
    due: datetime
    users: tuple[str, ...]
    moderator: str
    note: str


def parse_users(raw: str) -> list[str]:
    """Member ids from "u1, u2 @u3": separated by commas or spaces, duplicates dropped."""
    ids: list[str] = []
    for part in _SEPARATORS.split(raw):
        user = part.strip().removeprefix("@")
        if user and user not in ids:
            ids.append(user)
    return ids


class Mediation(Cog):
    """`/mediate` and the follow-up reminders it schedules."""

    name = "toolkit-mediation"
    order = 24
    data_statement = "data-toolkit-mediation"

    async def _reminders(self, ctx: Context) -> list[Reminder]:
        """Pending reminders of this community, loaded from the audit trail on first use."""
        key = "toolkit.mediation"
        if key in ctx.community.state:
            return ctx.community.state[key]
        entries = await ctx.store.audit(ctx.community.id, limit=AUDIT_LOOKBACK)
        done = {entry.detail for entry in entries if entry.action == "mediation_followup"}
        pending = []
        for entry in entries:
            if entry.action != "mediation" or str(entry.id) in done:
                continue
            try:
                data = json.loads(entry.detail)
                pending.append(
                    Reminder(
                        entry.id,
                        datetime.fromisoformat(data["due"]),
                        tuple(data["users"]),
                        entry.actor_id,
                        data.get("note", ""),
                    )
                )
            except (ValueError, KeyError, TypeError):
                log.warning("unreadable mediation audit entry %s", entry.id)
        ctx.community.state[key] = pending
        return pending

    @command(
        "mediate",
        Option("users", OptionType.STRING),
        Option("note", OptionType.TEXT),
        Option("after", OptionType.DURATION, required=False, max_value=MAX_FOLLOW_UP_S),
        level=Level.MODERATOR,
    )
    async def mediate(self, ctx: Context, users: str, note: str, after: int | None) -> None:
        moderator = ctx.event.user
        members = parse_users(users)
        if not members:
            raise UserError("toolkit-mediate-no-users")
        if len(members) > MAX_MEMBERS:
            raise UserError("toolkit-mediate-too-many", limit=MAX_MEMBERS)
        if moderator.id in members:
            raise CheckFailed("toolkit-refuse-self")
        if after is not None and after < 60:
            raise UserError("toolkit-mediate-too-soon")
        found = {}
        if await ctx.fetch_member(None) is not None:
            for user in members:
                member = await ctx.fetch_member(user)
                if member is None:
                    raise CheckFailed("action-member-not-found", user=user)
                found[user] = member
        due = ctx.now() + timedelta(seconds=after or DEFAULT_FOLLOW_UP_S)
        unreachable = []
        for user in members:
            locale = await member_locale(ctx, user, found.get(user))
            others = ", ".join(
                display(other, found.get(other)) for other in members if other != user
            )
            text = ctx.i18n.format(
                locale,
                "toolkit-mediate-member",
                moderator=moderator.name,
                others=others or "-",
                community=ctx.community.name,
            )
            if not await try_perform(ctx, Dm(user=user, text=text)):
                unreachable.append(user)
        detail = json.dumps({"due": due.isoformat(), "users": members, "note": note})
        audit_id = await ctx.store.add_audit(
            ctx.community.id, moderator.id, "mediation", ctx.now(), detail=detail
        )
        reminders = await self._reminders(ctx)
        reminders.append(Reminder(audit_id, due, tuple(members), moderator.id, note))
        channel = ctx.rules.channels.moderator_log or ctx.rules.channels.reports
        if channel:
            text = ctx.t_community(
                "toolkit-mediate-log",
                users=", ".join(members),
                moderator=moderator.id,
                note=note,
                due=when(ctx, due),
            )
            await try_perform(ctx, Report(channel=channel, text=text))
        reply = ctx.t("toolkit-mediate-opened", count=len(members), due=when(ctx, due))
        if unreachable:
            reply += "\n" + ctx.t("toolkit-mediate-unreachable", users=", ".join(unreachable))
        await ctx.reply_text(reply, ephemeral=True)

    @listen(Tick)
    async def follow_up(self, ctx: Context) -> None:
        reminders = await self._reminders(ctx)
        due = [reminder for reminder in reminders if reminder.due <= ctx.now()]
        channel = ctx.rules.channels.moderator_log or ctx.rules.channels.reports
        for reminder in due:
            if channel:
                text = ctx.t_community(
                    "toolkit-mediate-followup",
                    users=", ".join(reminder.users),
                    moderator=reminder.moderator,
                    note=reminder.note,
                )
                await try_perform(ctx, Report(channel=channel, text=text, automatic=True))
            await ctx.store.add_audit(
                ctx.community.id,
                SYSTEM_ID,
                "mediation_followup",
                ctx.now(),
                detail=str(reminder.audit_id),
            )
            reminders.remove(reminder)


manifest = CogManifest(
    cog=Mediation,
    summary="/mediate: a calm, private note to two members, with follow-up reminders.",
)
