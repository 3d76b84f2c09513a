"""Datetimes go in aware (any zone) and come out as the same instant in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.storage import Store

from .conftest import NOW

OSLO_WINTER = timezone(timedelta(hours=1))
PRECISE = datetime(2026, 11, 1, 13, 30, 15, 123456, tzinfo=OSLO_WINTER)


async def test_aware_datetimes_round_trip_as_utc(store: Store) -> None:
    case = await store.create_case(
        "c1", "u1", "m1", "ban", "x", PRECISE, expires_at=PRECISE + timedelta(days=1)
    )
    stored = await store.get_case("c1", case.number)
    assert stored is not None
    assert stored.at == PRECISE and stored.at.tzinfo == UTC
    assert stored.at.microsecond == 123456
    assert stored.expires_at is not None and stored.expires_at.tzinfo == UTC
    assert stored.expires_at - stored.at == timedelta(days=1)


async def test_members_and_temp_actions_come_back_aware(store: Store) -> None:
    await store.upsert_member("c1", "u1", "Ola", at=PRECISE)
    member = await store.get_member("c1", "u1")
    assert member is not None and member.first_seen == PRECISE and member.first_seen.tzinfo == UTC
    await store.add_temp_action("c1", "u1", "timeout", PRECISE)
    [due] = await store.due_temp_actions(PRECISE.astimezone(UTC))
    assert due.expires_at.tzinfo == UTC


async def test_comparisons_use_the_instant_not_the_wall_clock(store: Store) -> None:
    await store.add_incident("c1", "u1", PRECISE, "spam", points=1)  # 12:30:15 UTC
    assert len(await store.incidents("c1", since=datetime(2026, 11, 1, 12, 30, tzinfo=UTC))) == 1
    assert await store.incidents("c1", since=datetime(2026, 11, 1, 13, 0, tzinfo=UTC)) == []


async def test_naive_datetimes_are_refused_everywhere(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        await store.add_incident("c1", "u1", NOW.replace(tzinfo=None), "spam")
    with pytest.raises(ValueError, match="naive"):
        await store.create_case("c1", "u1", "m1", "warn", "x", NOW.replace(tzinfo=None))
