"""Statistics queries behind `hearth stats`."""

from __future__ import annotations

from datetime import date, timedelta

from bot.storage import ChannelCount, DayCount, HourCount, RuleCount, SentimentPoint, Store

from .conftest import NOW

DAY_AGO = NOW - timedelta(days=1)


async def test_member_events_per_day_counts_joins_and_leaves(store: Store) -> None:
    await store.record_member_event("c1", "u1", "join", NOW - timedelta(days=1))
    await store.record_member_event("c1", "u2", "join", NOW)
    await store.record_member_event("c1", "u3", "join", NOW)
    await store.record_member_event("c1", "u1", "leave", NOW)
    await store.record_member_event("c1", "u9", "join", NOW - timedelta(days=30))
    assert await store.member_events_per_day("c1", NOW - timedelta(days=2)) == [
        DayCount(date(2026, 10, 31), 1, 0),
        DayCount(date(2026, 11, 1), 2, 1),
    ]


async def test_member_events_update_the_member_row(store: Store) -> None:
    await store.record_member_event("c1", "u1", "join", DAY_AGO)
    await store.record_member_event("c1", "u1", "leave", NOW)
    member = await store.get_member("c1", "u1")
    assert member is not None and (member.joined_at, member.left_at) == (DAY_AGO, NOW)


async def test_activity_per_channel_includes_unflushed_counts(store: Store) -> None:
    for channel in ["general", "general", "random"]:
        await store.record_activity("c1", "u1", channel, NOW)
    await store.record_activity("c1", "u1", "old", NOW - timedelta(days=3))
    assert await store.activity_per_channel("c1", DAY_AGO) == [
        ChannelCount("general", 2),
        ChannelCount("random", 1),
    ]


async def test_activity_per_hour_weekday_converts_to_the_time_zone(store: Store) -> None:
    await store.record_activity("c1", "u1", "general", NOW)  # Sunday 12:00 UTC
    await store.record_activity("c1", "u2", "general", NOW + timedelta(hours=12))  # Mon 00 UTC
    assert await store.activity_per_hour_weekday("c1", DAY_AGO) == [
        HourCount(0, 0, 1),
        HourCount(6, 12, 1),
    ]
    assert await store.activity_per_hour_weekday("c1", DAY_AGO, tz="Europe/Stockholm") == [
        HourCount(0, 1, 1),
        HourCount(6, 13, 1),
    ]


async def test_active_members_counts_distinct_writers_since(store: Store) -> None:
    for user in ["u1", "u1", "u2"]:
        await store.record_activity("c1", user, "general", NOW)
    await store.record_activity("c1", "u3", "general", NOW - timedelta(days=2))
    await store.record_activity("c2", "u4", "general", NOW)
    assert await store.active_members("c1", NOW - timedelta(hours=1)) == 2
    assert await store.active_members("c1", NOW - timedelta(days=2)) == 3


async def test_active_members_go_by_whole_utc_days(store: Store) -> None:
    """Member activity is kept per day: a writer earlier on the same UTC day counts."""
    await store.record_activity("c1", "u1", "general", NOW - timedelta(hours=11))
    assert await store.active_members("c1", NOW - timedelta(minutes=30)) == 1
    assert await store.active_members("c1", NOW + timedelta(days=1)) == 0


async def test_mood_per_day_sums_each_language_and_day(store: Store) -> None:
    day = date(2026, 11, 1)
    for lean in [1, -1, 1]:
        store.count_mood("c1", day, "sv", lean)
    store.count_mood("c1", day, "pl", -1)
    store.count_mood("c1", day - timedelta(days=9), "sv", 1)
    assert await store.mood_per_day("c1", day) == [
        SentimentPoint(day, "pl", 0, 1),
        SentimentPoint(day, "sv", 2, 1),
    ]


async def test_a_neutral_message_is_not_a_mood_count(store: Store) -> None:
    store.count_mood("c1", date(2026, 11, 1), "en", 0)
    assert await store.mood_per_day("c1", date(2026, 1, 1)) == []


async def test_mood_counts_add_up_across_flushes(store: Store) -> None:
    day = date(2026, 11, 1)
    store.count_mood("c1", day, "nb", 1)
    await store.flush()
    store.count_mood("c1", day, "nb", 1)
    store.count_mood("c1", day, "nb", -1)
    [point] = await store.mood_per_day("c1", day)
    assert (point.positive, point.negative) == (2, 1)
    assert point.net == 1 / 3


async def test_incidents_per_rule_counts_since(store: Store) -> None:
    for rule in ["spam", "profanity", "spam"]:
        await store.add_incident("c1", "u1", NOW, rule, points=1)
    await store.add_incident("c1", "u1", NOW - timedelta(days=9), "links", points=1)
    assert await store.incidents_per_rule("c1", DAY_AGO) == [
        RuleCount("spam", 2),
        RuleCount("profanity", 1),
    ]
