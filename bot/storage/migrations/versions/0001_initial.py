"""Initial schema: every Hearth table, written out by hand from tables.py.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True)


def _community() -> list[sa.Column | sa.ForeignKeyConstraint]:
    return [
        sa.Column("community_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["community_id"], ["communities.id"]),
    ]


def _ids(*names: str, nullable: bool = False) -> list[sa.Column]:
    return [sa.Column(name, sa.String(64), nullable=nullable) for name in names]


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _text(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable)


INDEXES: dict[str, dict[str, list[str]]] = {
    "member_events": {
        "ix_member_events_community_at": ["community_id", "at"],
        "ix_member_events_community_user": ["community_id", "user_id"],
    },
    "incidents": {
        "ix_incidents_community_user_at": ["community_id", "user_id", "at"],
        "ix_incidents_community_at": ["community_id", "at"],
    },
    "cases": {"ix_cases_community_user": ["community_id", "user_id"]},
    "audit_entries": {
        "ix_audit_entries_community_at": ["community_id", "at"],
        "ix_audit_entries_community_target": ["community_id", "target_id"],
    },
    "notes": {"ix_notes_community_user": ["community_id", "user_id"]},
    "temp_actions": {
        "ix_temp_actions_due": ["lifted_at", "expires_at"],
        "ix_temp_actions_member": ["community_id", "user_id", "kind"],
    },
    "activity": {"ix_activity_community_user": ["community_id", "user_id"]},
    "kudos": {
        "ix_kudos_community_at": ["community_id", "at"],
        "ix_kudos_pair": ["community_id", "giver_id", "receiver_id", "at"],
        "ix_kudos_receiver": ["community_id", "receiver_id"],
    },
    "reports": {
        "ix_reports_community_status": ["community_id", "status"],
        "ix_reports_community_target": ["community_id", "target_id"],
        "ix_reports_community_reporter": ["community_id", "reporter_id"],
    },
}

TABLES = [
    "communities", "members", "member_events", "incidents", "cases", "audit_entries",
    "notes", "temp_actions", "activity", "kudos", "badges", "reports",
]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "communities",
        sa.Column("id", sa.String(64), primary_key=True),
        _text("name"),
        _when("created_at"),
    )
    op.create_table(
        "members",
        *_community(),
        *_ids("user_id"),
        _text("display_name", nullable=True),
        sa.Column("locale", sa.String(16), nullable=True),
        _when("first_seen"),
        _when("joined_at", nullable=True),
        _when("left_at", nullable=True),
        sa.Column("leaderboard_opt_out", sa.Boolean(), nullable=False),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("community_id", "user_id"),
    )
    op.create_table(
        "member_events",
        _id(),
        *_community(),
        *_ids("user_id"),
        _when("at"),
        sa.Column("kind", sa.String(8), nullable=False),
    )
    op.create_table(
        "incidents",
        _id(),
        *_community(),
        *_ids("user_id"),
        _when("at"),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("detector", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("actions", sa.String(200), nullable=False),
        _text("reason"),
        _text("excerpt", nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("channel", sa.String(100), nullable=True),
        *_ids("message_id", nullable=True),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("case_number", sa.Integer(), nullable=True),
    )
    op.create_table(
        "cases",
        _id(),
        *_community(),
        sa.Column("number", sa.Integer(), nullable=False),
        *_ids("user_id", "moderator_id"),
        sa.Column("action", sa.String(32), nullable=False),
        _text("reason"),
        _when("at"),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        _when("expires_at", nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("appealed", sa.Boolean(), nullable=False),
        _text("appeal_text", nullable=True),
        sa.Column("appeal_outcome", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="SET NULL"),
        sa.UniqueConstraint("community_id", "number", name="uq_cases_community_number"),
    )
    op.create_table(
        "audit_entries",
        _id(),
        *_community(),
        _when("at"),
        *_ids("actor_id"),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("case_number", sa.Integer(), nullable=True),
        *_ids("target_id", nullable=True),
        _text("detail"),
    )
    op.create_table(
        "notes",
        _id(),
        *_community(),
        *_ids("user_id", "author_id"),
        _when("at"),
        _text("text"),
    )
    op.create_table(
        "temp_actions",
        _id(),
        *_community(),
        *_ids("user_id"),
        sa.Column("kind", sa.String(16), nullable=False),
        _when("expires_at"),
        sa.Column("case_number", sa.Integer(), nullable=True),
        _when("lifted_at", nullable=True),
    )
    op.create_table(
        "activity",
        *_community(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        *_ids("user_id"),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("community_id", "day", "hour", "channel", "user_id"),
    )
    op.create_table(
        "kudos",
        _id(),
        *_community(),
        *_ids("giver_id", "receiver_id"),
        _when("at"),
        sa.Column("channel", sa.String(100), nullable=True),
    )
    op.create_table(
        "badges",
        *_community(),
        *_ids("user_id"),
        sa.Column("badge", sa.String(64), nullable=False),
        _when("awarded_at"),
        sa.PrimaryKeyConstraint("community_id", "user_id", "badge"),
    )
    op.create_table(
        "reports",
        _id(),
        *_community(),
        *_ids("reporter_id", "target_id"),
        sa.Column("message_ref", sa.String(200), nullable=True),
        _text("excerpt", nullable=True),
        _text("reason"),
        _when("at"),
        sa.Column("status", sa.String(16), nullable=False),
        *_ids("handled_by", nullable=True),
    )
    for table, indexes in INDEXES.items():
        for name, columns in indexes.items():
            op.create_index(name, table, columns)


def downgrade() -> None:
    for table, indexes in INDEXES.items():
        for name in indexes:
            op.drop_index(name, table_name=table)
    for table in reversed(TABLES):
        op.drop_table(table)
