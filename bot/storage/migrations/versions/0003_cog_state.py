"""Keep cog state across restarts: one JSON object per community and cog key.

Upcoming events with their RSVPs and open polls with their votes lived only in memory,
so every deploy lost them. They are small and change rarely, so each cog saves its state
whole under a key (Red-DiscordBot's Config pattern) instead of getting tables of its own.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cog_state",
        sa.Column("community_id", sa.String(64), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["community_id"], ["communities.id"]),
        sa.PrimaryKeyConstraint("community_id", "key"),
    )


def downgrade() -> None:
    op.drop_table("cog_state")
