"""Shared value types for the text detectors: severities and matches.

A Match always points into the ORIGINAL text (what the member typed), so a moderator sees
exactly which characters triggered a rule, whatever normalization the detector applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Match", "Severity"]

_RANKS = {"mild": 1, "abusive": 2, "slur": 3, "threat": 4}


class Severity(StrEnum):
    """How bad a match is; ordered mild < abusive < slur < threat."""

    MILD = "mild"
    ABUSIVE = "abusive"
    SLUR = "slur"
    THREAT = "threat"

    @property
    def rank(self) -> int:
        """1 for mild up to 4 for threat, for escalation rules and sorting."""
        return _RANKS[self.value]

    # str's own ordering would be alphabetical; compare by rank instead.
    def __lt__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank >= other.rank
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    def __hash__(self) -> int:
        return str.__hash__(self)


@dataclass(frozen=True, slots=True)
class Match:
    """One detector hit; start/end are offsets in the original text, end exclusive."""

    detector: str
    label: str
    severity: Severity
    language: str | None
    start: int
    end: int
    excerpt: str
