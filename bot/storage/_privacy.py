"""Privacy: export everything about a member, erase a member, and purge old rows.

A row is "about" a member when any of its member columns (`MEMBER_COLUMNS`) names them:
the subject, but also the moderator, author, giver or reporter. Export returns all such
rows. Erasure keeps counts that others rely on (member activity, incidents, cases, kudos, joins)
under a per-community sentinel id "erased:<n>", blanks free text and message references
in those rows, and deletes what only concerns the member (notes about them, badges,
pending temp actions). Free text in other members' rows is not scanned.

Saved cog state (`cog_state`) holds members in JSON, not columns: export lists each key's
entries about the member and erasure removes them, by the convention in `_state`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, update
from sqlmodel import Session, SQLModel, col, select

from bot.storage import tables as t
from bot.storage._activity import ActivityMixin
from bot.storage._base import aware, jsonable, log, now_utc
from bot.storage._state import decode, drop_member, encode, member_entries
from bot.storage.records import PurgeKind

MEMBER_COLUMNS: dict[type[SQLModel], tuple[str, ...]] = {
    t.Member: ("user_id",),
    t.MemberEvent: ("user_id",),
    t.Incident: ("user_id",),
    t.Case: ("user_id", "moderator_id"),
    t.AuditEntry: ("actor_id", "target_id"),
    t.Note: ("user_id", "author_id"),
    t.TempAction: ("user_id",),
    t.MemberActivity: ("user_id",),
    t.Kudos: ("giver_id", "receiver_id"),
    t.Badge: ("user_id",),
    t.Report: ("reporter_id", "target_id", "handled_by"),
}

# Free text and references cleared when the row's subject (first key) is erased.
CLEARED_FIELDS: dict[type[SQLModel], tuple[str, dict[str, Any]]] = {
    t.Incident: ("user_id", {"excerpt": None, "reason": "", "message_id": None}),
    t.Case: ("user_id", {"reason": "", "appeal_text": None}),
    t.AuditEntry: ("target_id", {"detail": ""}),
    t.Report: ("target_id", {"excerpt": None, "reason": "", "message_ref": None}),
}
CLEARED_FOR_AUTHOR: dict[type[SQLModel], tuple[str, dict[str, Any]]] = {
    t.Report: ("reporter_id", {"reason": ""}),
}
DELETED_FOR_SUBJECT: dict[type[SQLModel], str] = {
    t.Note: "user_id",
    t.Badge: "user_id",
    t.TempAction: "user_id",
}

EXCERPT_MODELS: tuple[type[SQLModel], ...] = (t.Incident, t.Report)
UNSYNCED = {"synchronize_session": False}  # bulk statements; the session is discarded after

# What retention can purge, and by which time column; see `purge_older_than`.
PURGEABLE: dict[str, tuple[tuple[type[SQLModel], str], ...]] = {
    "incidents": ((t.Incident, "at"),),
    "member_events": ((t.MemberEvent, "at"),),
    "activity": ((t.ChannelActivity, "day"), (t.MemberActivity, "day"), (t.Mood, "day")),
    "audit": ((t.AuditEntry, "at"),),
    "kudos": ((t.Kudos, "at"),),
    "reports": ((t.Report, "at"),),
    "notes": ((t.Note, "at"),),
    "cases": ((t.Case, "at"),),
    "temp_actions": ((t.TempAction, "lifted_at"),),
}


def _names_member(model: type[SQLModel], community_id: str, user_id: str) -> ColumnElement[bool]:
    columns = [getattr(model, name) == user_id for name in MEMBER_COLUMNS[model]]
    return (col(model.community_id) == community_id) & or_(*columns)  # type: ignore[attr-defined]


class PrivacyMixin(ActivityMixin):
    async def export_member(self, community_id: str, user_id: str) -> dict[str, Any]:
        """Every row that names the member, per table, as JSON-serialisable data."""
        await self.flush()

        def work(session: Session) -> dict[str, Any]:
            out: dict[str, Any] = {"community_id": community_id, "user_id": user_id}
            for model in MEMBER_COLUMNS:
                rows = session.exec(
                    select(model).where(_names_member(model, community_id, user_id))
                )
                out[model.__tablename__] = [jsonable(row) for row in rows]  # type: ignore[attr-defined]
            out["cog_state"] = self._cog_state_about(session, community_id, user_id)
            return out

        return await self._read(work)

    async def erase_member(
        self, community_id: str, user_id: str, at: datetime | None = None
    ) -> str:
        """Erase the member: anonymize kept rows, delete the rest; returns the sentinel id."""
        await self.flush()
        when = aware(at) if at else now_utc()

        def work(session: Session) -> str:
            self._ensure_community(session, community_id)
            sentinel = self._next_sentinel(session, community_id)
            for model, key in DELETED_FOR_SUBJECT.items():
                stmt = delete(model).where(*self._where(model, community_id, key, user_id))
                session.execute(stmt, execution_options=UNSYNCED)
            for table in (CLEARED_FIELDS, CLEARED_FOR_AUTHOR):
                for model, (key, values) in table.items():
                    stmt = update(model).where(*self._where(model, community_id, key, user_id))
                    session.execute(stmt.values(**values), execution_options=UNSYNCED)
            self._erase_member_row(session, community_id, user_id, sentinel, when)
            self._erase_from_cog_state(session, community_id, user_id, when)
            for model, names in MEMBER_COLUMNS.items():
                for name in names:
                    stmt = update(model).where(*self._where(model, community_id, name, user_id))
                    session.execute(stmt.values({name: sentinel}), execution_options=UNSYNCED)
            session.add(
                t.AuditEntry(
                    community_id=community_id,
                    at=when,
                    actor_id="system",
                    action="member_erased",
                    target_id=sentinel,
                )
            )
            return sentinel

        return await self._write(work)

    @staticmethod
    def _where(model: type[SQLModel], community_id: str, name: str, user_id: str) -> list[Any]:
        return [col(model.community_id) == community_id, getattr(model, name) == user_id]  # type: ignore[attr-defined]

    @staticmethod
    def _cog_state_about(session: Session, community_id: str, user_id: str) -> list[Any]:
        found = []
        query = select(t.CogState).where(t.CogState.community_id == community_id)
        for row in session.exec(query.order_by(col(t.CogState.key))):
            value = decode(row.value, community_id, row.key)
            entries = member_entries(value, user_id) if value is not None else []
            if entries:
                found.append({"key": row.key, "entries": entries})
        return found

    @staticmethod
    def _erase_from_cog_state(
        session: Session, community_id: str, user_id: str, when: datetime
    ) -> None:
        """Drop the member's entries; an unreadable value that mentions them goes whole."""
        query = select(t.CogState).where(t.CogState.community_id == community_id)
        for row in session.exec(query):
            value = decode(row.value, community_id, row.key)
            if value is None:
                if user_id in row.value:
                    log.warning("unreadable %s state deleted in an erasure", row.key)
                    session.delete(row)
                continue
            if drop_member(value, user_id):
                row.value, row.updated_at = encode(value), when
                session.add(row)
        session.flush()

    @staticmethod
    def _next_sentinel(session: Session, community_id: str) -> str:
        query = select(func.count()).where(
            t.Member.community_id == community_id, col(t.Member.erased)
        )
        n = int(session.exec(query).one()) + 1
        while session.get(t.Member, (community_id, f"erased:{n}")) is not None:
            n += 1
        return f"erased:{n}"

    @staticmethod
    def _erase_member_row(
        session: Session, community_id: str, user_id: str, sentinel: str, when: datetime
    ) -> None:
        """Blank the member row (or add a tombstone) so the sentinel number stays taken."""
        row = session.get(t.Member, (community_id, user_id))
        if row is None:
            session.add(
                t.Member(
                    community_id=community_id,
                    user_id=sentinel,
                    first_seen=when,
                    leaderboard_opt_out=True,
                    erased=True,
                )
            )
            return
        row.display_name = None
        row.locale = None
        row.leaderboard_opt_out = True
        row.erased = True
        session.flush()

    async def purge_older_than(
        self, community_id: str | None, kind: PurgeKind, before: datetime
    ) -> int:
        """Delete rows of one kind older than `before` (all communities if None); returns count.

        Activity goes by whole UTC days before `before`; reports only once resolved or
        dismissed; temp actions only once lifted.
        """
        if kind not in PURGEABLE:
            raise ValueError(f"unknown purge kind {kind!r}; one of {sorted(PURGEABLE)}")
        if kind == "activity":
            await self.flush()
        statements = []
        for model, column in PURGEABLE[kind]:
            cutoff: Any = aware(before).date() if column == "day" else aware(before)
            stmt = delete(model).where(getattr(model, column) < cutoff)
            if community_id is not None:
                stmt = stmt.where(col(model.community_id) == community_id)  # type: ignore[attr-defined]
            if kind == "reports":
                stmt = stmt.where(col(t.Report.status).in_(("resolved", "dismissed")))
            statements.append(stmt)

        def work(session: Session) -> int:
            return sum(int(session.execute(stmt).rowcount) for stmt in statements)  # type: ignore[attr-defined]

        return await self._write(work)

    async def clear_excerpts_older_than(self, community_id: str | None, before: datetime) -> int:
        """Blank message excerpts in incidents and reports older than `before`; returns rows.

        The rows stay (counts and cases rely on them); only the quoted text goes.
        """
        cutoff = aware(before)

        def work(session: Session) -> int:
            changed = 0
            for model in EXCERPT_MODELS:
                stmt = update(model).where(
                    getattr(model, "at") < cutoff,  # noqa: B009 - same column name on both
                    col(model.excerpt).is_not(None),  # type: ignore[attr-defined]
                )
                if community_id is not None:
                    stmt = stmt.where(col(model.community_id) == community_id)  # type: ignore[attr-defined]
                result = session.execute(stmt.values(excerpt=None), execution_options=UNSYNCED)
                changed += int(result.rowcount)  # type: ignore[attr-defined]
            return changed

        return await self._write(work)

    async def last_audit_at(self, community_id: str, action: str) -> datetime | None:
        """When the latest audit entry of this action was written (e.g. a retention purge)."""
        query = select(func.max(t.AuditEntry.at)).where(
            t.AuditEntry.community_id == community_id, t.AuditEntry.action == action
        )

        def work(session: Session) -> datetime | None:
            value = session.exec(query).one()
            return None if value is None else t.UTCDateTime().process_result_value(value, None)

        return await self._read(work)

    async def member_communities(self, user_id: str) -> list[str]:
        """The communities in which any row or saved cog state names this member id, sorted."""
        await self.flush()

        def work(session: Session) -> list[str]:
            found: set[str] = set()
            for model, names in MEMBER_COLUMNS.items():
                columns = [getattr(model, name) == user_id for name in names]
                query = select(model.community_id).where(or_(*columns)).distinct()  # type: ignore[attr-defined]
                found.update(session.exec(query))
            rows = session.exec(select(t.CogState).where(col(t.CogState.value).contains(user_id)))
            for row in rows:
                value = decode(row.value, row.community_id, row.key)
                if value is not None and member_entries(value, user_id):
                    found.add(row.community_id)
            return sorted(found)

        return await self._read(work)
