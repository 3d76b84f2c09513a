"""Frozen records the Store hands out: plain data, detached from any database session.

Callers never see SQLModel objects, so nothing outside `bot.storage` depends on SQLAlchemy
and a record can be kept, compared or passed across tasks freely. Datetimes are aware UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

MemberEventKind = Literal["join", "leave"]
TempActionKind = Literal["timeout", "ban", "mute"]
ReportStatus = Literal["open", "claimed", "resolved", "dismissed"]
PurgeKind = Literal[
    "incidents", "member_events", "activity", "audit", "kudos", "reports", "notes", "cases",
    "temp_actions",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class CommunityRecord:
    id: str
    name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class MemberRecord:
    community_id: str
    user_id: str
    display_name: str | None
    locale: str | None
    first_seen: datetime
    joined_at: datetime | None
    left_at: datetime | None
    leaderboard_opt_out: bool
    erased: bool


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    id: int
    community_id: str
    user_id: str
    at: datetime
    rule: str
    detector: str
    severity: str
    points: float
    actions: tuple[str, ...]
    reason: str
    excerpt: str | None
    language: str | None
    channel: str | None
    message_id: str | None
    automatic: bool
    case_number: int | None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: int
    community_id: str
    number: int
    user_id: str
    moderator_id: str
    action: str
    reason: str
    at: datetime
    duration_s: int | None
    expires_at: datetime | None
    incident_id: int | None
    appealed: bool
    appeal_text: str | None
    appeal_outcome: str | None
    status: str


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    community_id: str
    at: datetime
    actor_id: str
    action: str
    case_number: int | None
    target_id: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: int
    community_id: str
    user_id: str
    author_id: str
    at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class TempActionRecord:
    id: int
    community_id: str
    user_id: str
    kind: str
    expires_at: datetime
    case_number: int | None
    lifted_at: datetime | None


@dataclass(frozen=True, slots=True)
class BadgeRecord:
    community_id: str
    user_id: str
    badge: str
    awarded_at: datetime


@dataclass(frozen=True, slots=True)
class ReportRecord:
    id: int
    community_id: str
    reporter_id: str
    target_id: str
    message_ref: str | None
    excerpt: str | None
    reason: str
    at: datetime
    status: str
    handled_by: str | None


@dataclass(frozen=True, slots=True)
class LeaderboardEntry:
    user_id: str
    display_name: str | None
    kudos: int


@dataclass(frozen=True, slots=True)
class DayCount:
    """Joins and leaves on one UTC day."""

    day: date
    joins: int
    leaves: int


@dataclass(frozen=True, slots=True)
class ChannelCount:
    channel: str
    messages: int


@dataclass(frozen=True, slots=True)
class HourCount:
    """Messages in one hour of one weekday (0 = Monday), in the time zone asked for."""

    weekday: int
    hour: int
    messages: int


@dataclass(frozen=True, slots=True)
class SentimentPoint:
    """Messages that leaned positive and negative in one language on one local day."""

    day: date
    language: str
    positive: int
    negative: int

    @property
    def net(self) -> float:
        """(positive - negative) / scored messages, from -1 to +1."""
        total = self.positive + self.negative
        return 0.0 if total == 0 else (self.positive - self.negative) / total


@dataclass(frozen=True, slots=True)
class RuleCount:
    rule: str
    incidents: int
