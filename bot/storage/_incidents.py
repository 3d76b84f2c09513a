"""Incidents (what a detector or moderator flagged), strike points, and moderator notes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.storage import tables as t
from bot.storage._base import aware, log, record
from bot.storage._buffer import RetryBufferMixin, is_outage
from bot.storage.records import IncidentRecord, NoteRecord

EXCERPT_MAX = 200
# Beyond this many half-lives an incident weighs less than a millionth of its points.
DECAY_HORIZON = 20


def decayed(points: float, age_s: float, half_life_s: float) -> float:
    """`points` after `age_s` seconds of exponential decay with the given half-life."""
    return points * 0.5 ** (max(age_s, 0.0) / half_life_s)


def _incident(row: t.Incident) -> IncidentRecord:
    actions = tuple(a for a in row.actions.split(",") if a)
    return record(IncidentRecord, row, actions=actions)


class IncidentsMixin(RetryBufferMixin):
    async def add_incident(
        self,
        community_id: str,
        user_id: str,
        at: datetime,
        rule: str,
        *,
        points: float = 0.0,
        detector: str = "",
        severity: str = "",
        actions: Iterable[str] = (),
        reason: str = "",
        excerpt: str | None = None,
        language: str | None = None,
        channel: str | None = None,
        message_id: str | None = None,
        automatic: bool = True,
        case_number: int | None = None,
    ) -> int | None:
        """Record an incident in its own committed transaction; returns its id.

        `excerpt` must already be redacted (it is cut to 200 chars). If the database is
        unreachable the incident is buffered and written when it is back; then the id is
        None (see `_buffer`).
        """
        values = dict(
            community_id=community_id,
            user_id=user_id,
            at=aware(at),
            rule=rule,
            detector=detector,
            severity=severity,
            points=float(points),
            actions=",".join(actions),
            reason=reason,
            excerpt=None if excerpt is None else excerpt[:EXCERPT_MAX],
            language=language,
            channel=channel,
            message_id=message_id,
            automatic=automatic,
            case_number=case_number,
        )

        def work(session: Session) -> int:
            self._ensure_community(session, community_id)
            row = t.Incident(**values)  # a fresh row on every try (retries after an outage)
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

        return await self._write_or_buffer(work, "incident", values)

    async def incidents(
        self, community_id: str, user_id: str | None = None, since: datetime | None = None
    ) -> list[IncidentRecord]:
        """Incidents in the community (optionally one member's, since a time), oldest first."""
        query = select(t.Incident).where(t.Incident.community_id == community_id)
        if user_id is not None:
            query = query.where(t.Incident.user_id == user_id)
        if since is not None:
            query = query.where(t.Incident.at >= aware(since))
        query = query.order_by(col(t.Incident.at), col(t.Incident.id))

        def work(session: Session) -> list[IncidentRecord]:
            return [_incident(row) for row in session.exec(query)]

        return await self._read(work)

    async def link_incident_case(self, incident_id: int, case_number: int) -> None:
        """Attach the case a moderator opened for an incident."""

        def work(session: Session) -> None:
            row = session.get(t.Incident, incident_id)
            if row is not None:
                row.case_number = case_number

        await self._write(work)

    async def strike_points(
        self, community_id: str, user_id: str, now: datetime, half_life_s: float
    ) -> float:
        """The member's incident points, each halved every `half_life_s` seconds of age.

        Buffered incidents (database unreachable) count too; while the database is down
        only they count, so moderation degrades instead of failing.
        """
        if half_life_s <= 0:
            raise ValueError("half_life_s must be positive")
        now = aware(now)
        horizon = now - timedelta(seconds=half_life_s * DECAY_HORIZON)
        query = select(t.Incident.at, t.Incident.points).where(
            t.Incident.community_id == community_id,
            t.Incident.user_id == user_id,
            t.Incident.at >= horizon,
            t.Incident.at <= now,
        )

        def work(session: Session) -> list[tuple[datetime, float]]:
            return [(at, points) for at, points in session.exec(query)]

        try:
            rows = await self._read(work)
        except Exception as error:
            if not is_outage(error):
                raise
            log.warning("database unreachable; strike points from buffered incidents only")
            rows = []
        rows += [
            (values["at"], values["points"])
            for values in self.pending_values("incident")
            if values["community_id"] == community_id
            and values["user_id"] == user_id
            and horizon <= values["at"] <= now
        ]
        return sum(decayed(p, (now - at).total_seconds(), half_life_s) for at, p in rows)

    async def add_note(
        self, community_id: str, user_id: str, author_id: str, text: str, at: datetime
    ) -> NoteRecord:
        row = t.Note(
            community_id=community_id,
            user_id=user_id,
            author_id=author_id,
            text=text,
            at=aware(at),
        )

        def work(session: Session) -> NoteRecord:
            self._ensure_community(session, community_id)
            session.add(row)
            session.flush()
            return record(NoteRecord, row)

        return await self._write(work)

    async def notes_for(self, community_id: str, user_id: str) -> list[NoteRecord]:
        """Moderator notes about a member, oldest first."""
        query = (
            select(t.Note)
            .where(t.Note.community_id == community_id, t.Note.user_id == user_id)
            .order_by(col(t.Note.at), col(t.Note.id))
        )

        def work(session: Session) -> list[NoteRecord]:
            return [record(NoteRecord, row) for row in session.exec(query)]

        return await self._read(work)
