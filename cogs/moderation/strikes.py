"""Strikes: points per incident that decay, and the ladder they climb.

Points come from the incident's severity and halve every `half_life`. When a new
incident lifts a member's total across a ladder threshold, the highest step crossed
is applied once; a member who keeps the peace falls back below the thresholds.
"""

from __future__ import annotations

from bot.actions import Action, Ban, Kick, Timeout, Warn
from cogs.moderation.schema import LadderStep, StrikesSection


def points_for(strikes: StrikesSection, severity: str) -> float:
    return float(getattr(strikes.points, severity, strikes.points.mild))


def step_crossed(strikes: StrikesSection, before: float, after: float) -> LadderStep | None:
    """The highest ladder step with `before < at <= after`, if any."""
    crossed = [step for step in strikes.ladder if before < step.at <= after]
    return crossed[-1] if crossed else None


def ladder_action(
    step: LadderStep, user: str, rule: str, reason: str, max_timeout_s: int | None
) -> Action:
    """The neutral action for a ladder step; timeouts are capped at the platform limit."""
    if step.action == "timeout":
        duration = step.duration or 600
        if max_timeout_s is not None:
            duration = min(duration, max_timeout_s)
        return Timeout(user=user, duration_s=duration, rule=rule, reason=reason, automatic=True)
    if step.action == "kick":
        return Kick(user=user, rule=rule, reason=reason, automatic=True)
    if step.action == "ban":
        return Ban(user=user, duration_s=step.duration, rule=rule, reason=reason, automatic=True)
    return Warn(user=user, text=reason, rule=rule, reason=reason, automatic=True)
