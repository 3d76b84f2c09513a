"""Rule-file sections of welcome and recognition features: introductions, kudos, badges,
events, polls and community health reports."""

from __future__ import annotations

from bot.rules.types import Section


class IntroductionsSection(Section):
    """Thanking new members for their introduction and suggesting channels."""


class RecognitionSection(Section):
    """Thanks, kudos, badges, milestones and the leaderboard."""


class EventsSection(Section):
    """Community events across time zones."""


class PollsSection(Section):
    """Polls and anonymous feedback."""


class StatsSection(Section):
    """Community health statistics and the weekly digest."""
