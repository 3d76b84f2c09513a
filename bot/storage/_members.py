"""Communities, members and their join/leave history."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, SQLModel, select

from bot.storage import tables as t
from bot.storage._base import aware, now_utc, record
from bot.storage._buffer import RetryBufferMixin
from bot.storage.records import CommunityRecord, MemberEventKind, MemberRecord

SEEN_IN: tuple[tuple[type[SQLModel], str], ...] = (
    (t.Member, "user_id"),
    (t.MemberEvent, "user_id"),
    (t.Incident, "user_id"),
    (t.Case, "user_id"),
    (t.Report, "target_id"),
)


class MembersMixin(RetryBufferMixin):
    async def ensure_community(self, community_id: str, name: str) -> CommunityRecord:
        """Create the community or update its name; returns it."""

        def work(session: Session) -> CommunityRecord:
            row = session.get(t.Community, community_id)
            if row is None:
                row = t.Community(id=community_id, name=name, created_at=now_utc())
            else:
                row.name = name
            session.add(row)
            session.flush()
            self._known_communities.add(community_id)
            return record(CommunityRecord, row)

        return await self._write(work)

    async def get_community(self, community_id: str) -> CommunityRecord | None:
        def work(session: Session) -> CommunityRecord | None:
            row = session.get(t.Community, community_id)
            return None if row is None else record(CommunityRecord, row)

        return await self._read(work)

    def _member_row(
        self, session: Session, community_id: str, user_id: str, at: datetime
    ) -> t.Member:
        self._ensure_community(session, community_id)
        row = session.get(t.Member, (community_id, user_id))
        if row is None:
            row = t.Member(community_id=community_id, user_id=user_id, first_seen=at)
            session.add(row)
        return row

    async def upsert_member(
        self,
        community_id: str,
        user_id: str,
        display_name: str | None = None,
        locale: str | None = None,
        at: datetime | None = None,
    ) -> MemberRecord:
        """Create the member on first sight; update name and locale when given."""
        seen = aware(at) if at else now_utc()

        def work(session: Session) -> MemberRecord:
            row = self._member_row(session, community_id, user_id, seen)
            if display_name is not None:
                row.display_name = display_name
            if locale is not None:
                row.locale = locale
            session.flush()
            return record(MemberRecord, row)

        return await self._write(work)

    async def get_member(self, community_id: str, user_id: str) -> MemberRecord | None:
        def work(session: Session) -> MemberRecord | None:
            row = session.get(t.Member, (community_id, user_id))
            return None if row is None else record(MemberRecord, row)

        return await self._read(work)

    async def knows_member(self, community_id: str, user_id: str) -> bool:
        """Whether the record has ever seen this member id: as a member, a join, an
        incident, a case or a report about them (for platforms without member lookups)."""
        await self.flush()

        def work(session: Session) -> bool:
            for model, column in SEEN_IN:
                query = select(getattr(model, column)).where(
                    model.community_id == community_id,  # type: ignore[attr-defined]
                    getattr(model, column) == user_id,
                )
                if session.exec(query.limit(1)).first() is not None:
                    return True
            return False

        return await self._read(work)

    async def set_leaderboard_opt_out(
        self, community_id: str, user_id: str, opt_out: bool
    ) -> MemberRecord:
        def work(session: Session) -> MemberRecord:
            row = self._member_row(session, community_id, user_id, now_utc())
            row.leaderboard_opt_out = opt_out
            session.flush()
            return record(MemberRecord, row)

        return await self._write(work)

    async def record_member_event(
        self, community_id: str, user_id: str, kind: MemberEventKind, at: datetime
    ) -> None:
        """Log a join or leave and keep the member's joined_at / left_at current.

        Buffered while the database is unreachable, like incidents.
        """
        if kind not in ("join", "leave"):
            raise ValueError(f"unknown member event kind {kind!r}")
        when = aware(at)

        def work(session: Session) -> None:
            row = self._member_row(session, community_id, user_id, when)
            if kind == "join":
                row.joined_at, row.left_at = when, None
            else:
                row.left_at = when
            session.add(
                t.MemberEvent(community_id=community_id, user_id=user_id, at=when, kind=kind)
            )

        values = {"community_id": community_id, "user_id": user_id, "at": when, "kind": kind}
        await self._write_or_buffer(work, "member_event", values)
