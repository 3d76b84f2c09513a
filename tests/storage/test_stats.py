"""Statistics queries behind `hearth stats`."""

from __future__ import annotations

from datetime import date, timedelta

from bot.storage import ChannelCount, DayCount, HourCount, RuleCount, Store

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
    await store.record_activity("c1", "u3", "general", NOW - timedelta(hours=2))
    await store.record_activity("c2", "u4", "general", NOW)
    assert await store.active_members("c1", NOW - timedelta(minutes=30)) == 2
    assert await store.active_members("c1", NOW - timedelta(hours=2)) == 3


async def test_incidents_per_rule_counts_since(store: Store) -> None:
    for rule in ["spam", "profanity", "spam"]:
        await store.add_incident("c1", "u1", NOW, rule, points=1)
    await store.add_incident("c1", "u1", NOW - timedelta(days=9), "links", points=1)
    assert await store.incidents_per_rule("c1", DAY_AGO) == [
        RuleCount("spam", 2),
        RuleCount("profanity", 1),
    ]
