"""Split activity into channel hours and member days; keep mood counts.

The first schema counted messages per (UTC hour, channel, member): nearly one row per
message in a busy community, and more than health statistics need to know about anyone.
Now channels are counted per hour (peak hours, busy channels) and members per day
(active members, message totals), and the mood trend per local day and language is
stored instead of living only in memory. Existing counts are carried over by summing.

Downgrading is lossy: the old table gets the member days back (at hour 0, in a channel
named "?"); the per-channel hours and the mood counts are dropped.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _community() -> list[sa.Column | sa.ForeignKeyConstraint]:
    return [
        sa.Column("community_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["community_id"], ["communities.id"]),
    ]


def _day() -> sa.Column:
    return sa.Column("day", sa.Date(), nullable=False)


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "channel_activity",
        *_community(),
        _day(),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        _count("messages"),
        sa.PrimaryKeyConstraint("community_id", "day", "hour", "channel"),
    )
    op.create_table(
        "member_activity",
        *_community(),
        _day(),
        sa.Column("user_id", sa.String(64), nullable=False),
        _count("messages"),
        sa.PrimaryKeyConstraint("community_id", "day", "user_id"),
    )
    op.create_index("ix_member_activity_member", "member_activity", ["community_id", "user_id"])
    op.create_table(
        "mood",
        *_community(),
        _day(),
        sa.Column("language", sa.String(16), nullable=False),
        _count("positive"),
        _count("negative"),
        sa.PrimaryKeyConstraint("community_id", "day", "language"),
    )
    op.execute(
        "INSERT INTO channel_activity (community_id, day, hour, channel, messages) "
        "SELECT community_id, day, hour, channel, SUM(messages) FROM activity "
        "GROUP BY community_id, day, hour, channel"
    )
    op.execute(
        "INSERT INTO member_activity (community_id, day, user_id, messages) "
        "SELECT community_id, day, user_id, SUM(messages) FROM activity "
        "GROUP BY community_id, day, user_id"
    )
    op.drop_index("ix_activity_community_user", table_name="activity")
    op.drop_table("activity")


def downgrade() -> None:
    op.create_table(
        "activity",
        *_community(),
        _day(),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        _count("messages"),
        sa.PrimaryKeyConstraint("community_id", "day", "hour", "channel", "user_id"),
    )
    op.create_index("ix_activity_community_user", "activity", ["community_id", "user_id"])
    op.execute(
        "INSERT INTO activity (community_id, day, hour, channel, user_id, messages) "
        "SELECT community_id, day, 0, '?', user_id, messages FROM member_activity"
    )
    op.drop_table("mood")
    op.drop_index("ix_member_activity_member", table_name="member_activity")
    op.drop_table("member_activity")
    op.drop_table("channel_activity")
