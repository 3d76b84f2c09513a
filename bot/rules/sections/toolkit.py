"""Rule-file sections of the moderators' toolkit: reports, appeals, escalation, lockdown."""

from __future__ import annotations

from bot.rules.types import Section


class ReportsSection(Section):
    """Member reports."""


class AppealsSection(Section):
    """Appeals against cases."""


class EscalationSection(Section):
    """Named escalation paths and the crisis plan."""


class LockdownSection(Section):
    """What /lockdown does."""
