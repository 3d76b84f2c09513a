"""Anti-spam that needs memory: flood, repeated messages, and raids of new members.

Trackers live in the community's in-memory state and are rebuilt when the rule file
changes their thresholds. They take the event's own time, never the wall clock, so
replay and tests behave exactly like the live bot. Raid mode slows or locks the chosen
channels, alerts the moderators, and lifts itself after a quiet period (on `Tick`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.actions import Action, Lock, Report, Slowmode, Unlock
from bot.cog import Context
from bot.errors import ActionFailed
from bot.events import Message
from bot.filters import DuplicateTracker, FloodTracker, RaidTracker
from cogs.moderation.detectors import spam_finding
from cogs.moderation.findings import Finding
from cogs.moderation.schema import AntispamSection, RaidPolicy


@dataclass(slots=True)
class SpamState:
    settings: AntispamSection
    flood: FloodTracker
    duplicates: DuplicateTracker
    raid: RaidTracker
    raid_until: datetime | None = None
    raid_channels: tuple[str, ...] = field(default_factory=tuple)


log = logging.getLogger(__name__)


def _state(ctx: Context) -> SpamState:
    holder: dict[str, SpamState] = ctx.community.state_for("moderation.spam", dict)
    settings = ctx.rules.antispam
    state = holder.get("state")
    if state is None or state.settings != settings:
        previous = state
        state = SpamState(
            settings=settings,
            flood=FloodTracker(settings.flood.messages, settings.flood.per),
            duplicates=DuplicateTracker(settings.duplicates.repeats, settings.duplicates.per),
            raid=RaidTracker(settings.raid.joins, settings.raid.per),
        )
        if previous is not None:
            state.raid_until, state.raid_channels = previous.raid_until, previous.raid_channels
        holder["state"] = state
    return state


def memory_findings(ctx: Context) -> list[Finding]:
    """Flood and duplicate checks for a new message (edits do not count again)."""
    event = ctx.event
    spam = ctx.rules.antispam
    if not spam.enabled or not isinstance(event, Message):
        return []
    state = _state(ctx)
    at = event.at.timestamp()
    findings = []
    if spam.flood.enabled and state.flood.hit(event.user.id, at):
        findings.append(spam_finding(ctx, "flood", "flood", ""))
    if spam.duplicates.enabled and event.text.strip():
        result = state.duplicates.hit(event.user.id, event.text, at, event.channel)
        if result.is_spam:
            findings.append(spam_finding(ctx, "duplicates", "duplicates", event.text[:80]))
    return findings


def _raid_channels(ctx: Context, policy: RaidPolicy) -> tuple[str, ...]:
    if policy.channels:
        return tuple(policy.channels)
    channels = ctx.rules.channels
    return tuple(name for name in (channels.welcome, channels.introductions) if name)


async def on_join(ctx: Context) -> bool:
    """Count a join; start raid mode when the rate crosses the threshold. True while raiding."""
    policy = ctx.rules.antispam.raid
    if not ctx.rules.antispam.enabled or not policy.enabled:
        return False
    state = _state(ctx)
    now = ctx.event.at
    raiding = state.raid.hit(ctx.community.id, now.timestamp())
    if state.raid_until is not None:
        state.raid_until = max(state.raid_until, now + timedelta(seconds=policy.lift_after))
        return True
    if not raiding:
        return False
    state.raid_until = now + timedelta(seconds=policy.lift_after)
    state.raid_channels = _raid_channels(ctx, policy)
    await _alert(
        ctx,
        "moderation-raid-started",
        joins=policy.joins,
        seconds=policy.per,
        quiet=ctx.i18n.duration(ctx.community.locale, policy.lift_after, case="accusative"),
        **_raid_response(policy, state.raid_channels),
    )
    if policy.response != "alert":
        for channel in state.raid_channels:
            action: Action = (
                Lock(channel=channel, rule="raid", automatic=True)
                if policy.response == "lock"
                else Slowmode(
                    channel=channel, seconds=policy.slowmode, rule="raid", automatic=True
                )
            )
            await _try(ctx, action)
    return True


async def on_tick(ctx: Context) -> None:
    """Lift raid mode once the joins have calmed down for `lift_after`."""
    holder = ctx.community.state.get("moderation.spam")
    state = holder.get("state") if holder else None
    if state is None or state.raid_until is None or ctx.event.at < state.raid_until:
        return
    policy = ctx.rules.antispam.raid
    channels, state.raid_until, state.raid_channels = state.raid_channels, None, ()
    if policy.response != "alert":
        for channel in channels:
            action: Action = (
                Unlock(channel=channel, rule="raid", automatic=True)
                if policy.response == "lock"
                else Slowmode(channel=channel, seconds=0, rule="raid", automatic=True)
            )
            await _try(ctx, action)
    await _alert(ctx, "moderation-raid-ended", **_raid_response(policy, channels))


def _raid_response(policy: RaidPolicy, channels: tuple[str, ...]) -> dict[str, str]:
    """What raid mode does to the channels, as the raid alerts tell the moderators."""
    response = policy.response if channels else "alert"
    return {"response": response, "channels": ", ".join(f"#{name}" for name in channels)}


async def _alert(ctx: Context, message_id: str, **args: object) -> None:
    channel = ctx.rules.channels.moderator_log
    if channel:
        text = ctx.t_community(message_id, **args)
        await _try(ctx, Report(channel=channel, text=text, rule="raid", automatic=True))


async def _try(ctx: Context, action: Action) -> None:
    """Raid steps are best effort: one refused channel must not stop the others."""
    try:
        await ctx.perform(action)
    except ActionFailed as failure:
        log.warning("raid step %s failed: %s", action.kind, failure.reason)
