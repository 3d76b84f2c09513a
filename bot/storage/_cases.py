"""Moderation cases with per-community numbers, appeals, and the audit log.

Case numbers are handed out as max+1 under an asyncio lock per community (one process)
and a row lock on the community (many processes on PostgreSQL; SQLite serializes writers
anyway). The unique constraint on (community_id, number) is the last line: a conflicting
insert is retried with a fresh number, so two bots sharing a database never reuse one.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.storage import tables as t
from bot.storage._base import StoreBase, aware, log, now_utc, record
from bot.storage.records import AuditRecord, CaseRecord

CASE_NUMBER_ATTEMPTS = 10


def _is_number_conflict(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "uq_cases_community_number" in text or "cases.number" in text


class CasesMixin(StoreBase):
    async def create_case(
        self,
        community_id: str,
        user_id: str,
        moderator_id: str,
        action: str,
        reason: str,
        at: datetime,
        duration_s: int | None = None,
        expires_at: datetime | None = None,
        incident_id: int | None = None,
    ) -> CaseRecord:
        """Open a case with the community's next number and log it in the audit trail."""
        when = aware(at)
        expires = None if expires_at is None else aware(expires_at)

        def work(session: Session) -> CaseRecord:
            self._ensure_community(session, community_id)
            # Serializes numbering per community across processes on PostgreSQL (row lock);
            # SQLite writers are already serialized by BEGIN IMMEDIATE.
            session.exec(
                select(t.Community.id).where(t.Community.id == community_id).with_for_update()
            ).one()
            last = session.exec(
                select(func.max(t.Case.number)).where(t.Case.community_id == community_id)
            ).one()
            row = t.Case(
                community_id=community_id,
                number=(last or 0) + 1,
                user_id=user_id,
                moderator_id=moderator_id,
                action=action,
                reason=reason,
                at=when,
                duration_s=duration_s,
                expires_at=expires,
                incident_id=incident_id,
            )
            session.add(row)
            session.add(
                self._audit_row(community_id, when, moderator_id, action, row.number, user_id)
            )
            session.flush()
            return record(CaseRecord, row)

        lock = self._case_locks.setdefault(community_id, asyncio.Lock())
        async with lock:
            for attempt in range(1, CASE_NUMBER_ATTEMPTS + 1):
                try:
                    return await self._write(work)
                except IntegrityError as exc:
                    if not _is_number_conflict(exc) or attempt == CASE_NUMBER_ATTEMPTS:
                        raise
                    log.debug("case number taken in %s, retrying (%d)", community_id, attempt)
        raise AssertionError("unreachable")

    @staticmethod
    def _audit_row(
        community_id: str,
        at: datetime,
        actor_id: str,
        action: str,
        case_number: int | None = None,
        target_id: str | None = None,
        detail: str = "",
    ) -> t.AuditEntry:
        return t.AuditEntry(
            community_id=community_id,
            at=at,
            actor_id=actor_id,
            action=action,
            case_number=case_number,
            target_id=target_id,
            detail=detail,
        )

    async def get_case(self, community_id: str, number: int) -> CaseRecord | None:
        def work(session: Session) -> CaseRecord | None:
            row = self._case_row(session, community_id, number)
            return None if row is None else record(CaseRecord, row)

        return await self._read(work)

    @staticmethod
    def _case_row(session: Session, community_id: str, number: int) -> t.Case | None:
        query = select(t.Case).where(t.Case.community_id == community_id, t.Case.number == number)
        return session.exec(query).first()

    async def cases_for(self, community_id: str, user_id: str) -> list[CaseRecord]:
        """A member's cases, oldest first."""
        query = (
            select(t.Case)
            .where(t.Case.community_id == community_id, t.Case.user_id == user_id)
            .order_by(col(t.Case.number))
        )

        def work(session: Session) -> list[CaseRecord]:
            return [record(CaseRecord, row) for row in session.exec(query)]

        return await self._read(work)

    async def recent_cases(self, community_id: str, limit: int = 20) -> list[CaseRecord]:
        """The latest cases in the community, newest first."""
        query = (
            select(t.Case)
            .where(t.Case.community_id == community_id)
            .order_by(col(t.Case.number).desc())
            .limit(limit)
        )

        def work(session: Session) -> list[CaseRecord]:
            return [record(CaseRecord, row) for row in session.exec(query)]

        return await self._read(work)

    async def _change_case(
        self,
        community_id: str,
        number: int,
        actor_id: str,
        audit_action: str,
        at: datetime | None,
        changes: dict[str, object],
        detail: str = "",
    ) -> CaseRecord | None:
        when = aware(at) if at else now_utc()

        def work(session: Session) -> CaseRecord | None:
            row = self._case_row(session, community_id, number)
            if row is None:
                return None
            for key, value in changes.items():
                setattr(row, key, value)
            session.add(
                self._audit_row(
                    community_id, when, actor_id, audit_action, number, row.user_id, detail
                )
            )
            session.flush()
            return record(CaseRecord, row)

        return await self._write(work)

    async def update_case_reason(
        self,
        community_id: str,
        number: int,
        reason: str,
        actor_id: str,
        at: datetime | None = None,
    ) -> CaseRecord | None:
        """Change a case's reason (audited); None if there is no such case."""
        return await self._change_case(
            community_id, number, actor_id, "case_reason", at, {"reason": reason}, reason
        )

    async def set_case_status(
        self,
        community_id: str,
        number: int,
        status: str,
        actor_id: str,
        at: datetime | None = None,
    ) -> CaseRecord | None:
        """Mark a case e.g. "lifted", "expired" or "overturned" (audited)."""
        return await self._change_case(
            community_id, number, actor_id, "case_status", at, {"status": status}, status
        )

    async def appeal_case(
        self, community_id: str, number: int, text: str, at: datetime | None = None
    ) -> CaseRecord | None:
        """Store the member's appeal of a case; the member is the audit actor."""
        case = await self.get_case(community_id, number)
        if case is None:
            return None
        changes = {"appealed": True, "appeal_text": text}
        return await self._change_case(community_id, number, case.user_id, "appeal", at, changes)

    async def resolve_appeal(
        self,
        community_id: str,
        number: int,
        outcome: str,
        actor_id: str,
        at: datetime | None = None,
        status: str | None = None,
    ) -> CaseRecord | None:
        """Record the decision on an appeal (e.g. "upheld", "overturned")."""
        changes: dict[str, object] = {"appeal_outcome": outcome}
        if status is not None:
            changes["status"] = status
        return await self._change_case(
            community_id, number, actor_id, "appeal_resolved", at, changes, outcome
        )

    async def add_audit(
        self,
        community_id: str,
        actor_id: str,
        action: str,
        at: datetime,
        detail: str = "",
        case_number: int | None = None,
        target_id: str | None = None,
    ) -> int:
        """Log something a moderator or the bot did; `target_id` is the member affected."""
        row = self._audit_row(
            community_id, aware(at), actor_id, action, case_number, target_id, detail
        )

        def work(session: Session) -> int:
            self._ensure_community(session, community_id)
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

        return await self._write(work)

    async def audit(self, community_id: str, limit: int = 50) -> list[AuditRecord]:
        """The latest audit entries, newest first."""
        query = (
            select(t.AuditEntry)
            .where(t.AuditEntry.community_id == community_id)
            .order_by(col(t.AuditEntry.at).desc(), col(t.AuditEntry.id).desc())
            .limit(limit)
        )

        def work(session: Session) -> list[AuditRecord]:
            return [record(AuditRecord, row) for row in session.exec(query)]

        return await self._read(work)
