"""Turn findings into actions: delete, one friendly warning per burst, strikes, reports.

Every automatic action is recorded as an incident with its rule, severity and a
redacted excerpt. A member who trips several rules in one burst gets one notice,
not a wall of them. Each step stands on its own: when the platform refuses one (the
bot lacks a permission, say), the others still happen and are recorded, and the
moderators' log says which step failed, for whom, where, and what to fix.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.actions import Action, Delete, Report, Warn
from bot.cog import Context
from bot.errors import ActionFailed
from bot.events import Edit, Message
from bot.markup import channel_ref, member_ref, message_link
from cogs.moderation.findings import Finding, redact
from cogs.moderation.strikes import ladder_action, points_for, step_crossed

log = logging.getLogger(__name__)

NOTICE_BURST = timedelta(seconds=60)
SYSTEM_MODERATOR = "hearth"


def _notice_due(ctx: Context, user_id: str, now: datetime) -> bool:
    """True at most once per member per burst of incidents."""
    last_notice: dict[str, datetime] = ctx.community.state_for("moderation.notices", dict)
    previous = last_notice.get(user_id)
    last_notice[user_id] = now
    if len(last_notice) > 10_000:
        for key in sorted(last_notice, key=last_notice.__getitem__)[:5_000]:
            del last_notice[key]
    return previous is None or now - previous > NOTICE_BURST


async def _attempt(ctx: Context, action: Action, failures: list[ActionFailed]) -> bool:
    """Carry out one step; a refusal is kept for the log instead of stopping the others."""
    try:
        await ctx.perform(action)
    except ActionFailed as failure:
        log.warning("%s for %s failed: %s", action.kind, ctx.event.user.id, failure.reason)
        failures.append(failure)
        return False
    return True


async def respond(ctx: Context, finding: Finding) -> None:
    """Carry out a finding's steps and record the incident, each step on its own."""
    event = ctx.event
    assert isinstance(event, Message | Edit)
    user = event.user.id
    steps = finding.actions
    excerpt = redact(finding.excerpt, finding.sensitive)
    reason = ctx.t_community(f"guideline-{finding.guideline}")
    done: list[str] = []
    failures: list[ActionFailed] = []
    if "delete" in steps and event.message_id:
        delete = Delete(
            user=user,
            channel=event.channel,
            message_id=event.message_id,
            rule=finding.rule,
            reason=reason,
            automatic=True,
        )
        if await _attempt(ctx, delete, failures):
            done.append("delete")
    if "warn" in steps and _notice_due(ctx, user, event.at):
        text = ctx.t(
            "moderation-warn",
            name=event.user.name,
            guideline=ctx.t(f"guideline-{finding.guideline}"),
            severity=finding.severity,
            removed="yes" if "delete" in done else "no",  # never claims a failed removal
        )
        warn = Warn(
            user=user,
            text=text,
            channel=event.channel,
            rule=finding.rule,
            reason=reason,
            automatic=True,
        )
        if await _attempt(ctx, warn, failures):
            done.append("warn")
    strikes = ctx.rules.strikes
    points = points_for(strikes, finding.severity) if "strike" in steps and strikes.enabled else 0
    incident_id = None
    if ctx.store is not None:
        incident_id = await ctx.store.add_incident(
            ctx.community.id,
            user,
            event.at,
            finding.rule,
            points=points,
            detector=finding.detector,
            severity=finding.severity,
            actions=done,
            reason=finding.label,
            excerpt=ctx.rules.privacy.incident_excerpt(excerpt, event.text, finding.sensitive),
            language=finding.language,
            channel=event.channel,
            message_id=event.message_id,
            automatic=True,
        )
    if "report" in steps:
        try:
            await _report(ctx, finding, excerpt)
        except ActionFailed as failure:
            failures.append(failure)
    if points:
        try:
            await _climb_ladder(ctx, finding, points, incident_id)
        except ActionFailed as failure:
            failures.append(failure)
    if failures:
        await _log_failures(ctx, failures, done)


async def _log_failures(ctx: Context, failures: list[ActionFailed], done: list[str]) -> None:
    """One note in the moderators' log: who, where (with a link), what failed and why."""
    channel = ctx.rules.channels.moderator_log
    if not channel:
        return
    event = ctx.event
    assert isinstance(event, Message | Edit)
    lines = [
        ctx.t_community(
            "moderation-step-failed-header",
            member=member_ref(ctx, event.user.id, event.user.name),
            channel=channel_ref(ctx, event.channel),
            link=message_link(ctx, event.channel, event.message_id) or "-",
        )
    ]
    for failure in failures:
        step = getattr(failure.action, "kind", "?")
        problem = ctx.t_community(
            failure.message_id, reason=failure.reason, **failure.args_for_message
        )
        lines.append(ctx.t_community("moderation-step-failed", step=step, problem=problem))
    lines.append(ctx.t_community("moderation-step-failed-kept"))
    try:
        await ctx.perform(
            Report(channel=channel, text="\n".join(lines), user=event.user.id, automatic=True)
        )
    except ActionFailed as failure:
        log.warning("could not tell the moderators' log about a failed step: %s", failure.reason)


async def _report(ctx: Context, finding: Finding, excerpt: str) -> None:
    """Put the incident in front of the moderators, with a translation when useful."""
    channel = ctx.rules.channels.moderator_log
    if not channel:
        return
    event = ctx.event
    assert isinstance(event, Message | Edit)
    original = redact(event.text, finding.sensitive) if finding.sensitive else event.text[:1000]
    text = ctx.t_community(
        "moderation-report",
        name=event.user.name,
        user=event.user.id,
        rule=finding.rule,
        severity=finding.severity,
        # The message has "#{ $channel }"; on Discord this becomes "#<#id>", folded into
        # "<#id>" by the adapter, and stays "#name" elsewhere.
        channel=channel_ref(ctx, event.channel).removeprefix("#"),
        excerpt=excerpt,
    )
    text += "\n" + await translation_note(ctx, original, finding.language)
    await ctx.perform(
        Report(channel=channel, text=text, user=event.user.id, rule=finding.rule, automatic=True)
    )


async def translation_note(ctx: Context, original: str, language: str | None) -> str:
    """The original and its translation into the moderators' language, or why there is none."""
    target = ctx.community.locale
    quoted = ctx.t_community("moderation-original", text=original)
    translator = ctx.services.translator
    if language == target:
        return quoted
    if translator is None:
        return quoted + "\n" + ctx.t_community("moderation-untranslated", why="disabled")
    result = await translator.translate(original, target, language)
    if result.translated:
        source = result.source or language or "?"
        return (
            quoted
            + "\n"
            + ctx.t_community("moderation-translation", source=source, text=result.text)
        )
    return quoted + "\n" + ctx.t_community("moderation-untranslated", why=result.note)


async def _climb_ladder(
    ctx: Context, finding: Finding, points: float, incident_id: int | None
) -> None:
    if ctx.store is None:
        return
    event = ctx.event
    strikes = ctx.rules.strikes
    exact = await ctx.store.strike_points(
        ctx.community.id, event.user.id, event.at, strikes.half_life
    )
    # Decay makes three 1-point strikes seconds apart 2.9999…; compare the points as shown.
    total = round(exact, 1)
    step = step_crossed(strikes, round(exact - points, 1), total)
    if step is None:
        return
    reason = ctx.t_community("moderation-ladder-reason", points=round(total, 1), rule=finding.rule)
    action = ladder_action(step, event.user.id, finding.rule, reason, ctx.max_timeout_s)
    if step.action == "warn":
        action = Warn(
            user=event.user.id,
            text=ctx.t("moderation-ladder-warn", points=round(total, 1)),
            rule=finding.rule,
            reason=reason,
            automatic=True,
        )
    await ctx.perform(action)
    duration = getattr(action, "duration_s", None)
    case = await ctx.store.create_case(
        ctx.community.id,
        event.user.id,
        SYSTEM_MODERATOR,
        action.kind,
        reason,
        event.at,
        duration_s=duration,
        incident_id=incident_id,
    )
    if duration and action.kind in ("timeout", "ban"):
        await ctx.store.add_temp_action(
            ctx.community.id,
            event.user.id,
            action.kind,
            event.at + timedelta(seconds=duration),
            case.number,
        )
    log.info("strike ladder: %s -> %s (case %s)", event.user.id, action.kind, case.number)
