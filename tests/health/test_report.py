"""The health report computed from the record."""

from __future__ import annotations

from datetime import date, timedelta

from bot.health.report import HealthReport, build_report
from bot.storage import SentimentPoint, Store

from .conftest import COMMUNITY, NOW


async def report(store: Store, days: int = 7, **extra) -> HealthReport:  # type: ignore[no-untyped-def]
    return await build_report(
        store,
        COMMUNITY,
        name="Hearth Test",
        timezone="Europe/Stockholm",
        since=NOW - timedelta(days=days),
        now=NOW,
        **extra,
    )


async def test_growth_has_one_entry_per_local_day_including_quiet_days(store: Store) -> None:
    await store.record_member_event(COMMUNITY, "u1", "join", NOW - timedelta(days=2))
    await store.record_member_event(COMMUNITY, "u2", "join", NOW)
    await store.record_member_event(COMMUNITY, "u1", "leave", NOW)
    result = await report(store, days=3)
    assert [(d.day.day, d.joins, d.leaves) for d in result.growth] == [
        (30, 0, 0),
        (31, 1, 0),
        (1, 0, 0),
        (2, 1, 1),
    ]
    assert (result.joins, result.leaves) == (2, 1)


async def test_engagement_is_active_members_over_the_estimated_size(store: Store) -> None:
    for user in ("u1", "u2", "u3", "u4"):
        await store.record_member_event(COMMUNITY, user, "join", NOW - timedelta(days=20))
    await store.record_activity(COMMUNITY, "u1", "general", NOW - timedelta(hours=1))
    result = await report(store)
    assert (result.active_members, result.community_size) == (1, 4)
    assert result.engagement_rate == 0.25


async def test_the_heatmap_and_peak_are_in_the_community_time_zone(store: Store) -> None:
    for _ in range(3):
        await store.record_activity(COMMUNITY, "u1", "general", NOW - timedelta(hours=1))
    await store.record_activity(COMMUNITY, "u2", "music", NOW - timedelta(days=1))
    result = await report(store)
    assert result.peak == (0, 12)  # Monday 11:00 UTC is 12:00 in Stockholm
    assert result.heatmap[0][12] == 3 and result.heatmap[6][13] == 1
    assert [(c.channel, c.messages) for c in result.channels] == [("general", 3), ("music", 1)]


async def test_incidents_are_counted_per_rule(store: Store) -> None:
    for rule in ("profanity", "spam", "profanity"):
        await store.add_incident(COMMUNITY, "u1", NOW - timedelta(hours=1), rule, points=1)
    result = await report(store)
    assert [(r.rule, r.incidents) for r in result.incidents] == [("profanity", 2), ("spam", 1)]


async def test_mood_points_before_the_period_are_left_out(store: Store) -> None:
    for day, lean in [(date(2026, 10, 1), 1), (date(2026, 11, 1), 1), (date(2026, 11, 1), -1)]:
        store.count_mood(COMMUNITY, day, "sv", lean)
    result = await report(store)
    assert result.sentiment == (SentimentPoint(date(2026, 11, 1), "sv", 1, 1),)
    assert result.mood_by_language() == {"sv": (1, 1)}


async def test_a_community_without_sentiment_gets_no_mood_trend(store: Store) -> None:
    store.count_mood(COMMUNITY, date(2026, 11, 1), "sv", 1)
    assert (await report(store, sentiment=False)).sentiment == ()


async def test_the_report_is_json_ready(store: Store) -> None:
    await store.record_activity(COMMUNITY, "u1", "general", NOW - timedelta(hours=1))
    data = (await report(store)).to_dict()
    assert data["messages"] == 1 and data["channels"] == {"general": 1}
    assert data["peak"] == {"weekday": 0, "hour": 12}
