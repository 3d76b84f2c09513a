"""SQLModel tables: the database schema of Hearth, one class per table.

Only the Store (and the Alembic migrations that mirror these classes) use them; the rest
of the project sees the frozen records in `bot.storage.records`. Every row carries
`community_id`. Datetimes go through `UTCDateTime`, so they are stored as UTC and always
come back aware (SQLite would otherwise return naive values).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, Date, ForeignKey, Index, UniqueConstraint
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel

COMMUNITY_FK = "communities.id"


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware DateTime that normalizes to UTC on the way in and the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the store only takes aware datetimes")
        value = value.astimezone(UTC)
        # SQLite keeps the text as given; dropping the offset keeps comparisons lexical.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _community_fk() -> Any:
    return Field(foreign_key=COMMUNITY_FK, max_length=64)


def _at(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


class Community(SQLModel, table=True):
    __tablename__ = "communities"

    id: str = Field(primary_key=True, max_length=64)
    name: str
    created_at: datetime = _at()


class Member(SQLModel, table=True):
    __tablename__ = "members"

    community_id: str = Field(primary_key=True, foreign_key=COMMUNITY_FK, max_length=64)
    user_id: str = Field(primary_key=True, max_length=64)
    display_name: str | None = None
    locale: str | None = Field(default=None, max_length=16)
    first_seen: datetime = _at()
    joined_at: datetime | None = _at(default=None, nullable=True)
    left_at: datetime | None = _at(default=None, nullable=True)
    leaderboard_opt_out: bool = False
    erased: bool = False


class MemberEvent(SQLModel, table=True):
    __tablename__ = "member_events"
    __table_args__ = (
        Index("ix_member_events_community_at", "community_id", "at"),
        Index("ix_member_events_community_user", "community_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    user_id: str = Field(max_length=64)
    at: datetime = _at()
    kind: str = Field(max_length=8)  # join | leave


class Incident(SQLModel, table=True):
    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_community_user_at", "community_id", "user_id", "at"),
        Index("ix_incidents_community_at", "community_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    user_id: str = Field(max_length=64)
    at: datetime = _at()
    rule: str = Field(max_length=64)
    detector: str = Field(default="", max_length=64)
    severity: str = Field(default="", max_length=16)
    points: float = 0.0
    actions: str = Field(default="", max_length=200)  # comma separated action names
    reason: str = ""
    excerpt: str | None = None
    language: str | None = Field(default=None, max_length=16)
    channel: str | None = Field(default=None, max_length=100)
    message_id: str | None = Field(default=None, max_length=64)
    automatic: bool = True
    case_number: int | None = None


class Case(SQLModel, table=True):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("community_id", "number", name="uq_cases_community_number"),
        Index("ix_cases_community_user", "community_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    number: int
    user_id: str = Field(max_length=64)
    moderator_id: str = Field(max_length=64)
    action: str = Field(max_length=32)
    reason: str = ""
    at: datetime = _at()
    duration_s: int | None = None
    expires_at: datetime | None = _at(default=None, nullable=True)
    incident_id: int | None = Field(
        default=None,
        sa_column=Column(ForeignKey("incidents.id", ondelete="SET NULL"), nullable=True),
    )
    appealed: bool = False
    appeal_text: str | None = None
    appeal_outcome: str | None = Field(default=None, max_length=32)
    status: str = Field(default="active", max_length=16)


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_community_at", "community_id", "at"),
        Index("ix_audit_entries_community_target", "community_id", "target_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    at: datetime = _at()
    actor_id: str = Field(max_length=64)
    action: str = Field(max_length=64)
    case_number: int | None = None
    target_id: str | None = Field(default=None, max_length=64)
    detail: str = ""


class Note(SQLModel, table=True):
    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_community_user", "community_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    user_id: str = Field(max_length=64)
    author_id: str = Field(max_length=64)
    at: datetime = _at()
    text: str


class TempAction(SQLModel, table=True):
    __tablename__ = "temp_actions"
    __table_args__ = (
        Index("ix_temp_actions_due", "lifted_at", "expires_at"),
        Index("ix_temp_actions_member", "community_id", "user_id", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    user_id: str = Field(max_length=64)
    kind: str = Field(max_length=16)  # timeout | ban | mute
    expires_at: datetime = _at()
    case_number: int | None = None
    lifted_at: datetime | None = _at(default=None, nullable=True)


class ChannelActivity(SQLModel, table=True):
    """Messages per community, UTC day and hour, and channel: peak hours and busy channels.

    No member column: the heatmap and the channel chart need no one's identity.
    """

    __tablename__ = "channel_activity"

    community_id: str = Field(primary_key=True, foreign_key=COMMUNITY_FK, max_length=64)
    day: date = Field(primary_key=True, sa_type=Date)
    hour: int = Field(primary_key=True)
    channel: str = Field(primary_key=True, max_length=100)
    messages: int = 0


class MemberActivity(SQLModel, table=True):
    """Messages per community, UTC day and member: active members and message totals.

    A day, not an hour or a channel: enough for "active this week" and milestones, and it
    keeps what the record says about when someone is online coarse (minimal data).
    """

    __tablename__ = "member_activity"
    __table_args__ = (Index("ix_member_activity_member", "community_id", "user_id"),)

    community_id: str = Field(primary_key=True, foreign_key=COMMUNITY_FK, max_length=64)
    day: date = Field(primary_key=True, sa_type=Date)
    user_id: str = Field(primary_key=True, max_length=64)
    messages: int = 0


class Mood(SQLModel, table=True):
    """Messages that leaned positive or negative per community, local day and language."""

    __tablename__ = "mood"

    community_id: str = Field(primary_key=True, foreign_key=COMMUNITY_FK, max_length=64)
    day: date = Field(primary_key=True, sa_type=Date)
    language: str = Field(primary_key=True, max_length=16)
    positive: int = 0
    negative: int = 0


class Kudos(SQLModel, table=True):
    __tablename__ = "kudos"
    __table_args__ = (
        Index("ix_kudos_community_at", "community_id", "at"),
        Index("ix_kudos_pair", "community_id", "giver_id", "receiver_id", "at"),
        Index("ix_kudos_receiver", "community_id", "receiver_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    giver_id: str = Field(max_length=64)
    receiver_id: str = Field(max_length=64)
    at: datetime = _at()
    channel: str | None = Field(default=None, max_length=100)


class Badge(SQLModel, table=True):
    __tablename__ = "badges"

    community_id: str = Field(primary_key=True, foreign_key=COMMUNITY_FK, max_length=64)
    user_id: str = Field(primary_key=True, max_length=64)
    badge: str = Field(primary_key=True, max_length=64)
    awarded_at: datetime = _at()


class Report(SQLModel, table=True):
    __tablename__ = "reports"
    __table_args__ = (
        Index("ix_reports_community_status", "community_id", "status"),
        Index("ix_reports_community_target", "community_id", "target_id"),
        Index("ix_reports_community_reporter", "community_id", "reporter_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    community_id: str = _community_fk()
    reporter_id: str = Field(max_length=64)
    target_id: str = Field(max_length=64)
    message_ref: str | None = Field(default=None, max_length=200)
    excerpt: str | None = None
    reason: str = ""
    at: datetime = _at()
    status: str = Field(default="open", max_length=16)  # open|claimed|resolved|dismissed
    handled_by: str | None = Field(default=None, max_length=64)


class CogState(SQLModel, table=True):
    """One JSON object per community and cog key: cog state that outlives restarts.

    Personal data inside `value` follows the convention in `bot.storage._state`.
    """

    __tablename__ = "cog_state"

    community_id: str = Field(primary_key=True, foreign_key=COMMUNITY_FK, max_length=64)
    key: str = Field(primary_key=True, max_length=64)
    value: str
    updated_at: datetime = _at()


ALL_TABLES: tuple[type[SQLModel], ...] = (
    Community,
    Member,
    MemberEvent,
    Incident,
    Case,
    AuditEntry,
    Note,
    TempAction,
    ChannelActivity,
    MemberActivity,
    Mood,
    Kudos,
    Badge,
    Report,
    CogState,
)
