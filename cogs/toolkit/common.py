"""Helpers every toolkit cog shares: cases and the moderators' log, member languages,
readable durations and times, and best-effort notifications.

Like Red's modlog, opening a case never fails because the log channel is missing or
unreachable: the action already happened, so a failed post is logged, not raised.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.actions import Action, Report
from bot.cog import Context
from bot.errors import ActionFailed
from bot.events import Member
from bot.storage import CaseRecord

log = logging.getLogger(__name__)

SYSTEM_ID = "hearth"
"""The moderator id of actions Hearth takes by itself (expiries, escalations)."""
SANCTIONS = ("warn", "timeout", "kick", "ban")
"""Case actions that are linked to an incident (a manual one when none is recent)."""
INCIDENT_LINK_WINDOW = timedelta(hours=24)


def queue_channel(ctx: Context, preferred: str | None) -> str | None:
    """Where team-facing posts go: the section's own channel, the reports queue, the log."""
    channels = ctx.rules.channels
    return preferred or channels.reports or channels.moderator_log


def display(user_id: str, member: Member | None = None) -> str:
    """How a member is named in replies: "Name (id)" when the name is known."""
    if member is not None and member.name and member.name != user_id:
        return f"{member.name} ({user_id})"
    return user_id


async def member_locale(ctx: Context, user_id: str, member: Member | None = None) -> str:
    """The language to write to a member in: theirs when known and spoken, else the community's."""
    if user_id == ctx.event.user.id:
        return ctx.locale
    locale = member.locale if member is not None else None
    if locale is None and ctx.store is not None:
        stored = await ctx.store.get_member(ctx.community.id, user_id)
        locale = stored.locale if stored is not None else None
    probe = Member(id=user_id, name=user_id, locale=locale)
    return ctx.community.locale_for(probe, ctx.i18n.locales)


async def remember_locale(ctx: Context) -> None:
    """Keep the event author's language so later direct messages can use it."""
    user = ctx.event.user
    if ctx.store is not None and user.locale:
        await ctx.store.upsert_member(
            ctx.community.id, user.id, display_name=user.name, locale=user.locale, at=ctx.now()
        )


def human_duration(ctx: Context, locale: str, seconds: int, case: str = "nominative") -> str:
    """ "1 day 2 hours" in `locale` and the grammatical `case` the message needs there
    (Polish "na 2 godziny" is accusative): the two largest units, so long spans stay readable.
    """
    return ctx.i18n.duration(locale, seconds, case=case)


def action_name(ctx: Context, locale: str, action: str) -> str:
    """A case action ("timeout") in words; an action another feature invented stays as is."""
    message_id = f"toolkit-action-{action}"
    if ctx.i18n.has(locale, message_id) or ctx.i18n.has(ctx.i18n.default, message_id):
        return ctx.i18n.format(locale, message_id)
    return action


def when(ctx: Context, moment: datetime | None) -> str:
    """A time in the community's time zone, to the minute."""
    if moment is None:
        return "—"
    return moment.astimezone(ctx.community.timezone).strftime("%Y-%m-%d %H:%M %Z")


async def try_perform(ctx: Context, action: Action) -> bool:
    """Carry out a courtesy action (a DM, a log post); a refusal is logged, not raised."""
    try:
        await ctx.perform(action)
    except ActionFailed as failure:
        log.warning("%s to %s failed: %s", action.kind, _target(action), failure.reason)
        return False
    return True


def _target(action: Action) -> str:
    return str(getattr(action, "user", None) or getattr(action, "channel", "?"))


async def post_log(ctx: Context, text: str, user: str | None = None) -> bool:
    """Post to the moderators' log channel, if the community has one."""
    channel = ctx.rules.channels.moderator_log
    if not channel:
        return False
    return await try_perform(ctx, Report(channel=channel, text=text, user=user))


async def _incident_for(ctx: Context, user_id: str, action: str, reason: str) -> int | None:
    """The recent automatic incident this action answers, or a new manual one."""
    if action not in SANCTIONS:
        return None
    store = ctx.store
    since = ctx.now() - INCIDENT_LINK_WINDOW
    recent = await store.incidents(ctx.community.id, user_id, since=since)
    open_ones = [incident for incident in recent if incident.case_number is None]
    if open_ones:
        return open_ones[-1].id
    return await store.add_incident(
        ctx.community.id,
        user_id,
        ctx.now(),
        "manual",
        detector="moderator",
        actions=[action],
        reason=reason,
        automatic=False,
    )


async def open_case(
    ctx: Context,
    *,
    user_id: str,
    action: str,
    reason: str,
    member: Member | None = None,
    duration_s: int | None = None,
    post: bool = True,
) -> CaseRecord:
    """Number, store and (unless `post=False`) log a case; sanctions link their incident."""
    store = ctx.store
    expires = ctx.now() + timedelta(seconds=duration_s) if duration_s else None
    incident_id = await _incident_for(ctx, user_id, action, reason)
    case = await store.create_case(
        ctx.community.id,
        user_id,
        ctx.event.user.id,
        action,
        reason,
        ctx.now(),
        duration_s=duration_s,
        expires_at=expires,
        incident_id=incident_id,
    )
    if incident_id is not None:
        await store.link_incident_case(incident_id, case.number)
    if post:
        await log_case(ctx, case, member)
    return case


async def log_case(ctx: Context, case: CaseRecord, member: Member | None = None) -> None:
    """Post a case to the moderators' log, in the community's language."""
    locale = ctx.community.locale
    text = ctx.i18n.format(
        locale,
        "toolkit-log-case",
        number=case.number,
        action=action_name(ctx, locale, case.action),
        user=display(case.user_id, member),
        moderator=case.moderator_id,
        reason=case.reason or ctx.i18n.format(locale, "toolkit-no-reason"),
        duration=human_duration(ctx, locale, case.duration_s) if case.duration_s else "",
        has_duration="yes" if case.duration_s else "no",
    )
    await post_log(ctx, text, user=case.user_id)


def case_summary(ctx: Context, case: CaseRecord, locale: str) -> str:
    """One case in a few lines, for `/case`, `/cases` and the appeal queue."""
    i18n = ctx.i18n
    lines = [
        i18n.format(
            locale,
            "toolkit-case-header",
            number=case.number,
            action=action_name(ctx, locale, case.action),
            user=case.user_id,
            moderator=case.moderator_id,
            at=when(ctx, case.at),
        ),
        i18n.format(
            locale,
            "toolkit-case-reason",
            reason=case.reason or i18n.format(locale, "toolkit-no-reason"),
        ),
    ]
    if case.duration_s:
        lines.append(
            i18n.format(
                locale,
                "toolkit-case-duration",
                duration=human_duration(ctx, locale, case.duration_s),
                expires=when(ctx, case.expires_at),
            )
        )
    lines.append(i18n.format(locale, "toolkit-case-status", status=case.status))
    if case.incident_id is not None:
        lines.append(i18n.format(locale, "toolkit-case-incident", incident=case.incident_id))
    if case.appealed:
        outcome = case.appeal_outcome or "pending"
        lines.append(i18n.format(locale, "toolkit-case-appeal", outcome=outcome))
    return "\n".join(lines)
