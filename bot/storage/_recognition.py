"""Kudos, the leaderboard, badges, and member reports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from bot.storage import tables as t
from bot.storage._base import StoreBase, aware, dialect_insert, record
from bot.storage.records import BadgeRecord, LeaderboardEntry, ReportRecord, ReportStatus

REPORT_STATUSES = ("open", "claimed", "resolved", "dismissed")
EXCERPT_MAX = 200


class RecognitionMixin(StoreBase):
    async def add_kudos(
        self,
        community_id: str,
        giver_id: str,
        receiver_id: str,
        at: datetime,
        channel: str | None = None,
    ) -> int:
        row = t.Kudos(
            community_id=community_id,
            giver_id=giver_id,
            receiver_id=receiver_id,
            at=aware(at),
            channel=channel,
        )

        def work(session: Session) -> int:
            self._ensure_community(session, community_id)
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

        return await self._write(work)

    async def kudos_between(
        self, community_id: str, giver_id: str, receiver_id: str, since: datetime
    ) -> int:
        """How often `giver_id` thanked `receiver_id` since a time (for cooldowns)."""
        query = select(func.count()).where(
            t.Kudos.community_id == community_id,
            t.Kudos.giver_id == giver_id,
            t.Kudos.receiver_id == receiver_id,
            t.Kudos.at >= aware(since),
        )
        return await self._read(lambda session: int(session.exec(query).one()))

    async def last_kudos_at(
        self, community_id: str, giver_id: str, receiver_id: str
    ) -> datetime | None:
        """When `giver_id` last thanked `receiver_id`, so a cooldown can say when it ends."""
        query = (
            select(t.Kudos.at)
            .where(
                t.Kudos.community_id == community_id,
                t.Kudos.giver_id == giver_id,
                t.Kudos.receiver_id == receiver_id,
            )
            .order_by(col(t.Kudos.at).desc())
            .limit(1)
        )
        return await self._read(lambda session: session.exec(query).first())

    async def kudos_count(
        self, community_id: str, receiver_id: str, since: datetime | None = None
    ) -> int:
        """Kudos a member received (since a time, or ever)."""
        query = select(func.count()).where(
            t.Kudos.community_id == community_id, t.Kudos.receiver_id == receiver_id
        )
        if since is not None:
            query = query.where(t.Kudos.at >= aware(since))
        return await self._read(lambda session: int(session.exec(query).one()))

    async def leaderboard(
        self, community_id: str, since: datetime | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """Most thanked members, skipping those who opted out or were erased."""
        total = func.count().label("total")
        hidden = select(t.Member.user_id).where(
            t.Member.community_id == community_id,
            col(t.Member.leaderboard_opt_out) | col(t.Member.erased),
        )
        filters = [t.Kudos.community_id == community_id, col(t.Kudos.receiver_id).not_in(hidden)]
        if since is not None:
            filters.append(t.Kudos.at >= aware(since))
        query = (
            select(t.Kudos.receiver_id, t.Member.display_name, total)
            .join(
                t.Member,
                (col(t.Member.community_id) == col(t.Kudos.community_id))
                & (col(t.Member.user_id) == col(t.Kudos.receiver_id)),
                isouter=True,
            )
            .where(*filters)
            .group_by(col(t.Kudos.receiver_id), col(t.Member.display_name))
            .order_by(total.desc(), col(t.Kudos.receiver_id))
            .limit(limit)
        )

        def work(session: Session) -> list[LeaderboardEntry]:
            return [LeaderboardEntry(uid, name, int(n)) for uid, name, n in session.exec(query)]

        return await self._read(work)

    async def award_badge(self, community_id: str, user_id: str, badge: str, at: datetime) -> bool:
        """Give a badge once; True if it is new, False if the member already had it."""
        values = {
            "community_id": community_id,
            "user_id": user_id,
            "badge": badge,
            "awarded_at": aware(at),
        }

        def work(session: Session) -> bool:
            self._ensure_community(session, community_id)
            stmt = dialect_insert(session, t.Badge).values(**values).on_conflict_do_nothing()
            # RETURNING, not rowcount: psycopg reports -1 for INSERT .. ON CONFLICT.
            return session.execute(stmt.returning(t.Badge.__table__.c.badge)).first() is not None

        return await self._write(work)

    async def badges_for(self, community_id: str, user_id: str) -> list[BadgeRecord]:
        query = (
            select(t.Badge)
            .where(t.Badge.community_id == community_id, t.Badge.user_id == user_id)
            .order_by(col(t.Badge.awarded_at), col(t.Badge.badge))
        )

        def work(session: Session) -> list[BadgeRecord]:
            return [record(BadgeRecord, row) for row in session.exec(query)]

        return await self._read(work)

    async def add_report(
        self,
        community_id: str,
        reporter_id: str,
        target_id: str,
        reason: str,
        at: datetime,
        message_ref: str | None = None,
        excerpt: str | None = None,
    ) -> ReportRecord:
        """File a member's report; `excerpt` must already be redacted (cut to 200 chars)."""
        row = t.Report(
            community_id=community_id,
            reporter_id=reporter_id,
            target_id=target_id,
            reason=reason,
            at=aware(at),
            message_ref=message_ref,
            excerpt=None if excerpt is None else excerpt[:EXCERPT_MAX],
        )

        def work(session: Session) -> ReportRecord:
            self._ensure_community(session, community_id)
            session.add(row)
            session.flush()
            return record(ReportRecord, row)

        return await self._write(work)

    async def get_report(self, community_id: str, report_id: int) -> ReportRecord | None:
        def work(session: Session) -> ReportRecord | None:
            row = session.get(t.Report, report_id)
            if row is None or row.community_id != community_id:
                return None
            return record(ReportRecord, row)

        return await self._read(work)

    async def set_report_status(
        self,
        community_id: str,
        report_id: int,
        status: ReportStatus,
        handled_by: str | None = None,
    ) -> ReportRecord | None:
        """Claim, resolve or dismiss a report; None if there is no such report."""
        if status not in REPORT_STATUSES:
            raise ValueError(f"unknown report status {status!r}")
        stmt = (
            update(t.Report)
            .where(col(t.Report.id) == report_id, col(t.Report.community_id) == community_id)
            .values(status=status, handled_by=handled_by)
        )

        def work(session: Session) -> ReportRecord | None:
            session.execute(stmt)
            row = session.get(t.Report, report_id)
            if row is None or row.community_id != community_id:
                return None
            session.refresh(row)
            return record(ReportRecord, row)

        return await self._write(work)

    async def open_reports(self, community_id: str) -> list[ReportRecord]:
        """Reports still waiting for a moderator (open or claimed), oldest first."""
        query = (
            select(t.Report)
            .where(
                t.Report.community_id == community_id,
                col(t.Report.status).in_(("open", "claimed")),
            )
            .order_by(col(t.Report.at), col(t.Report.id))
        )

        def work(session: Session) -> list[ReportRecord]:
            return [record(ReportRecord, row) for row in session.exec(query)]

        return await self._read(work)
