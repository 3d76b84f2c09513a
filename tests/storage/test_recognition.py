"""Kudos, the leaderboard, badges and reports."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.storage import LeaderboardEntry, Store

from .conftest import NOW

WEEK_AGO = NOW - timedelta(days=7)


async def test_kudos_between_counts_one_pair_since_a_time(store: Store) -> None:
    await store.add_kudos("c1", "u1", "u2", NOW - timedelta(days=2), "general")
    await store.add_kudos("c1", "u1", "u2", NOW)
    await store.add_kudos("c1", "u2", "u1", NOW)
    assert await store.kudos_between("c1", "u1", "u2", NOW - timedelta(days=1)) == 1
    assert await store.kudos_between("c1", "u1", "u2", WEEK_AGO) == 2
    assert await store.kudos_count("c1", "u2") == 2
    assert await store.kudos_count("c1", "u2", since=NOW) == 1


async def test_last_kudos_at_is_the_latest_thanks_of_one_pair(store: Store) -> None:
    await store.add_kudos("c1", "u1", "u2", NOW - timedelta(days=2))
    await store.add_kudos("c1", "u1", "u2", NOW - timedelta(hours=1))
    await store.add_kudos("c1", "u2", "u1", NOW)
    assert await store.last_kudos_at("c1", "u1", "u2") == NOW - timedelta(hours=1)
    assert await store.last_kudos_at("c1", "u1", "u3") is None


async def test_leaderboard_ranks_receivers_and_skips_opted_out(store: Store) -> None:
    await store.upsert_member("c1", "u2", "Kasia")
    await store.upsert_member("c1", "u4", "Shy")
    await store.set_leaderboard_opt_out("c1", "u4", True)
    for giver, receiver in [("a", "u2"), ("b", "u2"), ("c", "u3"), ("a", "u4"), ("b", "u4")]:
        await store.add_kudos("c1", giver, receiver, NOW)
    await store.add_kudos("c1", "a", "u4", NOW)
    await store.add_kudos("c1", "a", "u3", WEEK_AGO - timedelta(days=1))
    assert await store.leaderboard("c1", since=WEEK_AGO) == [
        LeaderboardEntry("u2", "Kasia", 2),
        LeaderboardEntry("u3", None, 1),
    ]
    assert (await store.leaderboard("c1", limit=1)) == [LeaderboardEntry("u2", "Kasia", 2)]


async def test_award_badge_is_idempotent(store: Store) -> None:
    assert await store.award_badge("c1", "u1", "helper", NOW) is True
    assert await store.award_badge("c1", "u1", "helper", NOW + timedelta(days=1)) is False
    [badge] = await store.badges_for("c1", "u1")
    assert (badge.badge, badge.awarded_at) == ("helper", NOW)


async def test_report_lifecycle(store: Store) -> None:
    report = await store.add_report("c1", "u1", "u2", "insults", NOW, "msg-9", "you are ***")
    assert await store.get_report("c1", report.id) == report
    assert await store.get_report("c2", report.id) is None
    claimed = await store.set_report_status("c1", report.id, "claimed", "m1")
    assert claimed is not None and (claimed.status, claimed.handled_by) == ("claimed", "m1")
    assert [r.id for r in await store.open_reports("c1")] == [report.id]
    await store.set_report_status("c1", report.id, "resolved", "m1")
    assert await store.open_reports("c1") == []


async def test_unknown_report_status_is_refused(store: Store) -> None:
    report = await store.add_report("c1", "u1", "u2", "spam", NOW)
    with pytest.raises(ValueError):
        await store.set_report_status("c1", report.id, "lost")  # type: ignore[arg-type]
    assert await store.set_report_status("c1", 999, "resolved") is None
