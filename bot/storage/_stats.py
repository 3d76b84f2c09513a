"""Read-only statistics for `hearth stats` and the stats cog.

Channel activity is stored per UTC day and hour; `activity_per_hour_weekday` converts the
buckets to the community's time zone (exact for whole-hour offsets). Member activity is
stored per UTC day, so "active since" counts whole days. Activity and mood queries flush
the buffer first, so they include everything recorded so far. Every series takes an
optional `until` (inclusive, at the precision the series is kept in), so a report for a
past period counts nothing that happened after it.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from bot.storage import tables as t
from bot.storage._activity import ActivityMixin
from bot.storage._base import aware
from bot.storage.records import ChannelCount, DayCount, HourCount, RuleCount, SentimentPoint


def _channels_since(community_id: str, since: datetime, until: datetime | None = None) -> object:
    since = aware(since)
    day, hour = since.date(), since.hour
    row = t.ChannelActivity
    condition = and_(
        col(row.community_id) == community_id,
        or_(col(row.day) > day, and_(col(row.day) == day, col(row.hour) >= hour)),
    )
    if until is None:
        return condition
    end = aware(until)
    end_day, end_hour = end.date(), end.hour
    before = or_(col(row.day) < end_day, and_(col(row.day) == end_day, col(row.hour) <= end_hour))
    return and_(condition, before)


def _up_to(column: object, until: datetime | date | None) -> list[object]:
    """`column <= until` as a where-clause list (empty when there is no end)."""
    if until is None:
        return []
    bound = aware(until) if isinstance(until, datetime) else until
    return [column <= bound]  # type: ignore[operator]


class StatsMixin(ActivityMixin):
    async def member_events_per_day(
        self, community_id: str, since: datetime, tz: str = "UTC", until: datetime | None = None
    ) -> list[DayCount]:
        """Joins and leaves per calendar day in `tz`, oldest day first."""
        zone = ZoneInfo(tz)
        query = select(t.MemberEvent.at, t.MemberEvent.kind).where(
            t.MemberEvent.community_id == community_id,
            t.MemberEvent.at >= aware(since),
            *_up_to(t.MemberEvent.at, until),
        )

        def work(session: Session) -> list[tuple[datetime, str]]:
            return [(at, kind) for at, kind in session.exec(query)]

        joins: Counter[date] = Counter()
        leaves: Counter[date] = Counter()
        for at, kind in await self._read(work):
            (joins if kind == "join" else leaves)[at.astimezone(zone).date()] += 1
        return [DayCount(day, joins[day], leaves[day]) for day in sorted(joins | leaves)]

    async def activity_per_channel(
        self, community_id: str, since: datetime, until: datetime | None = None
    ) -> list[ChannelCount]:
        """Messages per channel since a time (hour precision), busiest first."""
        await self.flush()
        total = func.sum(t.ChannelActivity.messages).label("total")
        query = (
            select(t.ChannelActivity.channel, total)
            .where(_channels_since(community_id, since, until))
            .group_by(col(t.ChannelActivity.channel))
            .order_by(total.desc(), col(t.ChannelActivity.channel))
        )

        def work(session: Session) -> list[ChannelCount]:
            return [ChannelCount(channel, int(n)) for channel, n in session.exec(query)]

        return await self._read(work)

    async def activity_per_hour_weekday(
        self, community_id: str, since: datetime, tz: str = "UTC", until: datetime | None = None
    ) -> list[HourCount]:
        """Messages per (weekday, hour) in time zone `tz`; only non-empty cells."""
        await self.flush()
        zone = ZoneInfo(tz)
        row = t.ChannelActivity
        query = (
            select(row.day, row.hour, func.sum(row.messages))
            .where(_channels_since(community_id, since, until))
            .group_by(col(row.day), col(row.hour))
        )

        def work(session: Session) -> list[tuple[date, int, int]]:
            return [(day, hour, int(n)) for day, hour, n in session.exec(query)]

        cells: Counter[tuple[int, int]] = Counter()
        for day, hour, count in await self._read(work):
            local = datetime.combine(day, time(hour), UTC).astimezone(zone)
            cells[(local.weekday(), local.hour)] += count
        return [HourCount(wd, hour, n) for (wd, hour), n in sorted(cells.items())]

    async def active_members(
        self, community_id: str, since: datetime, until: datetime | None = None
    ) -> int:
        """How many distinct members wrote at least one message on or after the UTC day
        of `since` and before the UTC day of `until` ends (activity is kept per day)."""
        await self.flush()
        end = None if until is None else aware(until).date()
        query = select(func.count(func.distinct(t.MemberActivity.user_id))).where(
            t.MemberActivity.community_id == community_id,
            t.MemberActivity.day >= aware(since).date(),
            *_up_to(t.MemberActivity.day, end),
        )
        return await self._read(lambda session: int(session.exec(query).one()))

    async def mood_per_day(
        self, community_id: str, since: date, until: date | None = None
    ) -> list[SentimentPoint]:
        """Positive and negative messages per local day and language from `since` on (to
        `until`, inclusive), oldest day first."""
        await self.flush()
        query = (
            select(t.Mood)
            .where(
                t.Mood.community_id == community_id,
                t.Mood.day >= since,
                *_up_to(t.Mood.day, until),
            )
            .order_by(col(t.Mood.day), col(t.Mood.language))
        )

        def work(session: Session) -> list[SentimentPoint]:
            return [
                SentimentPoint(row.day, row.language, row.positive, row.negative)
                for row in session.exec(query)
            ]

        return await self._read(work)

    async def incidents_per_rule(
        self, community_id: str, since: datetime, until: datetime | None = None
    ) -> list[RuleCount]:
        """Incidents per rule since a time, most frequent first."""
        total = func.count().label("total")
        query = (
            select(t.Incident.rule, total)
            .where(
                t.Incident.community_id == community_id,
                t.Incident.at >= aware(since),
                *_up_to(t.Incident.at, until),
            )
            .group_by(col(t.Incident.rule))
            .order_by(total.desc(), col(t.Incident.rule))
        )

        def work(session: Session) -> list[RuleCount]:
            return [RuleCount(rule, int(n)) for rule, n in session.exec(query)]

        return await self._read(work)
