"""Community health as plain data: growth, activity, engagement, incidents and mood.

`build_report` asks the Store (read-only) and returns a frozen `HealthReport`; charts,
the /stats summary, the weekly digest and `hearth stats` all render that one object.
Days and the weekday-hour heatmap are in the community's time zone.

Community size is an estimate — the record knows who joined and left while Hearth was
there, and who wrote — so the engagement rate is active members over the larger of
"net joins ever" and "members who ever wrote".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.health.sentiment import SentimentPoint
from bot.storage.records import ChannelCount, DayCount, RuleCount

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class HealthReport:
    community_id: str
    community_name: str
    timezone: str
    since: datetime
    until: datetime
    growth: tuple[DayCount, ...]
    """One entry per local day in the period, zeros included."""
    active_members: int
    active_week: int
    active_day: int
    community_size: int
    channels: tuple[ChannelCount, ...]
    heatmap: tuple[tuple[int, ...], ...]
    """7 rows (Monday first) of 24 hourly message counts."""
    incidents: tuple[RuleCount, ...]
    sentiment: tuple[SentimentPoint, ...] = field(default=())

    @property
    def days(self) -> int:
        return max(1, round((self.until - self.since) / timedelta(days=1)))

    @property
    def joins(self) -> int:
        return sum(day.joins for day in self.growth)

    @property
    def leaves(self) -> int:
        return sum(day.leaves for day in self.growth)

    @property
    def messages(self) -> int:
        return sum(channel.messages for channel in self.channels)

    @property
    def incident_count(self) -> int:
        return sum(rule.incidents for rule in self.incidents)

    @property
    def engagement_rate(self) -> float | None:
        """Share of the (estimated) community that wrote in the period."""
        if self.community_size <= 0:
            return None
        return min(1.0, self.active_members / self.community_size)

    @property
    def peak(self) -> tuple[int, int] | None:
        """(weekday, hour) with the most messages, earliest first on a tie."""
        best, where = 0, None
        for weekday, row in enumerate(self.heatmap):
            for hour, count in enumerate(row):
                if count > best:
                    best, where = count, (weekday, hour)
        return where

    def mood_by_language(self) -> dict[str, tuple[int, int]]:
        """Positive and negative messages per language over the whole period."""
        totals: dict[str, tuple[int, int]] = {}
        for point in self.sentiment:
            positive, negative = totals.get(point.language, (0, 0))
            totals[point.language] = (positive + point.positive, negative + point.negative)
        return totals

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for `hearth stats --json` and report.json."""
        rate = self.engagement_rate
        return {
            "community": self.community_id,
            "name": self.community_name,
            "timezone": self.timezone,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "joins": self.joins,
            "leaves": self.leaves,
            "growth": [
                {"day": d.day.isoformat(), "joins": d.joins, "leaves": d.leaves}
                for d in self.growth
            ],
            "active_members": self.active_members,
            "active_week": self.active_week,
            "active_day": self.active_day,
            "community_size": self.community_size,
            "engagement_rate": None if rate is None else round(rate, 4),
            "messages": self.messages,
            "channels": {c.channel: c.messages for c in self.channels},
            "heatmap": [list(row) for row in self.heatmap],
            "peak": None if self.peak is None else {"weekday": self.peak[0], "hour": self.peak[1]},
            "incidents": {r.rule: r.incidents for r in self.incidents},
            "sentiment": [
                {
                    "day": p.day.isoformat(),
                    "language": p.language,
                    "positive": p.positive,
                    "negative": p.negative,
                }
                for p in self.sentiment
            ],
        }


def _every_day(counts: Sequence[DayCount], first: date, last: date) -> tuple[DayCount, ...]:
    by_day = {count.day: count for count in counts}
    days = []
    day = first
    while day <= last:
        days.append(by_day.get(day, DayCount(day, 0, 0)))
        day += timedelta(days=1)
    return tuple(days)


async def build_report(
    store: Any,
    community_id: str,
    *,
    name: str,
    timezone: str,
    since: datetime,
    now: datetime,
    sentiment: bool = True,
) -> HealthReport:
    """Everything the health views show for `since`..`now`, read from the store.

    `sentiment=False` leaves the mood trend out (a community that turned it off).
    """
    zone = ZoneInfo(timezone)
    growth = await store.member_events_per_day(community_id, since, tz=timezone, until=now)
    all_time = await store.member_events_per_day(community_id, EPOCH, tz=timezone, until=now)
    net_ever = sum(day.joins - day.leaves for day in all_time)
    writers_ever = await store.active_members(community_id, EPOCH, until=now)
    active = await store.active_members(community_id, since, until=now)
    week_start, day_start = now - timedelta(days=7), now - timedelta(days=1)
    week = await store.active_members(community_id, max(since, week_start), until=now)
    day = await store.active_members(community_id, max(since, day_start), until=now)
    heatmap = [[0] * 24 for _ in range(7)]
    cells = await store.activity_per_hour_weekday(community_id, since, tz=timezone, until=now)
    for cell in cells:
        heatmap[cell.weekday][cell.hour] += cell.messages
    first_day, last_day = since.astimezone(zone).date(), now.astimezone(zone).date()
    return HealthReport(
        community_id=community_id,
        community_name=name,
        timezone=timezone,
        since=since,
        until=now,
        growth=_every_day(growth, first_day, last_day),
        active_members=active,
        active_week=week,
        active_day=day,
        community_size=max(net_ever, writers_ever, active),
        channels=tuple(await store.activity_per_channel(community_id, since, until=now)),
        heatmap=tuple(tuple(row) for row in heatmap),
        incidents=tuple(await store.incidents_per_rule(community_id, since, until=now)),
        sentiment=tuple(await store.mood_per_day(community_id, first_day, last_day))
        if sentiment
        else (),
    )
