"""The privacy cog's rule-file table, [privacy]: retention limits, what incidents may keep,
and who to ask.

Retention is given per kind of data (the kinds the Store can purge, plus message
excerpts, which are blanked rather than deleted). The privacy cog enforces it once a
day on `Tick`. "forever" turns a limit off. Defaults follow data minimisation: short
for message text, longer for the moderation record and anonymous statistics.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from bot.durations import DurationError, parse_duration
from bot.member_export import NotesInExport
from bot.rules.types import Kind, Section

DAY = 86400
MIN_RETENTION_S = DAY
FOREVER = "forever"


def _retention(value: Any) -> int | None:
    """A duration ("30d", "1w", "52w") or "forever"; at least one day."""
    if value is None or value == FOREVER:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError("a retention is a duration like '30d' or '52w', or 'forever'")
    try:
        seconds = parse_duration(value)
    except DurationError:
        raise ValueError(
            f"bad retention {value!r}: use a duration like '30d' or '52w', or 'forever'"
        ) from None
    if seconds < MIN_RETENTION_S:
        raise ValueError(f"retention {value!r} is shorter than one day")
    return seconds


Retention = Annotated[
    int | None,
    BeforeValidator(_retention),
    Kind("retention", "52w", 'A duration of at least a day ("30d", "52w"), or "forever".'),
]


class RetentionSection(Section):
    """How long each kind of data is kept; older rows are purged daily."""

    excerpts: Retention = 30 * DAY
    """Message excerpts in incidents and reports (the rows stay, the text is blanked)."""
    incidents: Retention = 365 * DAY
    """Moderation incidents."""
    cases: Retention = 2 * 365 * DAY
    """Moderation cases and their appeals."""
    reports: Retention = 365 * DAY
    """Only resolved or dismissed reports are purged; open ones wait for a moderator."""
    notes: Retention = 365 * DAY
    """Moderator notes."""
    audit: Retention = 2 * 365 * DAY
    """The moderators' audit trail."""
    activity: Retention = 2 * 365 * DAY
    """Message counters per hour and channel, for statistics."""
    member_events: Retention = 2 * 365 * DAY
    """Joins and leaves, for growth statistics."""
    kudos: Retention = 2 * 365 * DAY
    """Thanks given and received."""
    temp_actions: Retention = 90 * DAY
    """Lifted timeouts and bans (active ones are never purged)."""

    def limits(self) -> dict[str, int]:
        """The purgeable kinds with a limit, in seconds ("forever" ones left out)."""
        return {kind: seconds for kind, seconds in self.model_dump().items() if seconds}


ExcerptPolicy = Literal["none", "redacted", "full"]


class PrivacySection(Section):
    """Retention limits per kind of data, what incidents keep, and the privacy contact."""

    store_excerpts: ExcerptPolicy = "redacted"
    """What an incident keeps of the message: "redacted" (the matched words, personal data
    masked), "none" (no text at all) or "full" (the message itself, first 200 characters;
    personal data is still masked)."""
    export_notes: NotesInExport = "count"
    """Private moderator notes in a member's copy of their data: "count" (only how many,
    as GDPR Art. 15(4) allows) or "full" (the notes, their authors redacted)."""
    contact: str | None = Field(
        default=None, min_length=1, max_length=200, examples=["privacy@example.org"]
    )
    """Who members ask about their data (an e-mail address, a @handle or a name)."""
    retention: RetentionSection = RetentionSection()
    """How long each kind of data is kept."""

    def incident_excerpt(self, redacted: str, message: str, sensitive: bool) -> str | None:
        """The text an incident may store under this policy."""
        if self.store_excerpts == "none":
            return None
        if self.store_excerpts == "full" and not sensitive:
            return message
        return redacted
