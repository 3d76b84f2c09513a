"""Rule-file section for privacy: retention limits and what incidents may keep."""

from __future__ import annotations

from bot.rules.types import Section


class PrivacySection(Section):
    """Retention limits per kind of data."""
