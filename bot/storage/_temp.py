"""Temporary actions (timeouts, temp bans, mutes): rows with an expiry that outlive restarts.

A scheduler asks `due_temp_actions(now)` after start-up and periodically, lifts each one on
the platform, then calls `lift_temp_action`. At most one active row per member and kind.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.storage import tables as t
from bot.storage._base import StoreBase, aware, log, record
from bot.storage._buffer import is_outage
from bot.storage.records import TempActionKind, TempActionRecord

KINDS = ("timeout", "ban", "mute")


class TempActionsMixin(StoreBase):
    async def add_temp_action(
        self,
        community_id: str,
        user_id: str,
        kind: TempActionKind,
        expires_at: datetime,
        case_number: int | None = None,
    ) -> TempActionRecord:
        """Schedule the lifting of an action, replacing the member's active one of that kind."""
        if kind not in KINDS:
            raise ValueError(f"unknown temp action kind {kind!r}")
        row = t.TempAction(
            community_id=community_id,
            user_id=user_id,
            kind=kind,
            expires_at=aware(expires_at),
            case_number=case_number,
        )

        def work(session: Session) -> TempActionRecord:
            self._ensure_community(session, community_id)
            session.execute(
                delete(t.TempAction).where(
                    col(t.TempAction.community_id) == community_id,
                    col(t.TempAction.user_id) == user_id,
                    col(t.TempAction.kind) == kind,
                    col(t.TempAction.lifted_at).is_(None),
                )
            )
            session.add(row)
            session.flush()
            return record(TempActionRecord, row)

        return await self._write(work)

    async def due_temp_actions(self, now: datetime) -> list[TempActionRecord]:
        """Active temp actions in every community whose expiry has passed, soonest first.

        While the database is unreachable this is empty (and says so in the log): the
        actions stay due and are lifted on a later tick.
        """
        query = (
            select(t.TempAction)
            .where(col(t.TempAction.lifted_at).is_(None), t.TempAction.expires_at <= aware(now))
            .order_by(col(t.TempAction.expires_at), col(t.TempAction.id))
        )

        def work(session: Session) -> list[TempActionRecord]:
            return [record(TempActionRecord, row) for row in session.exec(query)]

        try:
            return await self._read(work)
        except Exception as error:
            if not is_outage(error):
                raise
            log.warning("database unreachable; due temporary actions wait for a later tick")
            return []

    async def active_temp_actions(
        self, community_id: str, user_id: str, now: datetime
    ) -> list[TempActionRecord]:
        """The member's temp actions that have not expired or been lifted."""
        query = (
            select(t.TempAction)
            .where(
                t.TempAction.community_id == community_id,
                t.TempAction.user_id == user_id,
                col(t.TempAction.lifted_at).is_(None),
                t.TempAction.expires_at > aware(now),
            )
            .order_by(col(t.TempAction.expires_at))
        )

        def work(session: Session) -> list[TempActionRecord]:
            return [record(TempActionRecord, row) for row in session.exec(query)]

        return await self._read(work)

    async def lift_temp_action(self, temp_action_id: int, at: datetime) -> bool:
        """Mark one temp action lifted; False if it was unknown or already lifted."""
        stmt = (
            update(t.TempAction)
            .where(col(t.TempAction.id) == temp_action_id, col(t.TempAction.lifted_at).is_(None))
            .values(lifted_at=aware(at))
        )

        def work(session: Session) -> bool:
            return session.execute(stmt).rowcount > 0  # type: ignore[attr-defined]

        return await self._write(work)

    async def clear_temp_actions(
        self, community_id: str, user_id: str, kind: TempActionKind, at: datetime
    ) -> int:
        """Lift the member's active temp actions of a kind (a manual unban/untimeout)."""
        stmt = (
            update(t.TempAction)
            .where(
                col(t.TempAction.community_id) == community_id,
                col(t.TempAction.user_id) == user_id,
                col(t.TempAction.kind) == kind,
                col(t.TempAction.lifted_at).is_(None),
            )
            .values(lifted_at=aware(at))
        )

        def work(session: Session) -> int:
            return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]

        return await self._write(work)
