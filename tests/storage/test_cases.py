"""Cases: per-community numbers that never repeat, audit entries, reasons and appeals."""

from __future__ import annotations

import asyncio

from bot.storage import Store

from .conftest import NOW


async def test_case_numbers_are_sequential_per_community(store: Store) -> None:
    a1 = await store.create_case("a", "u1", "m1", "warn", "spam", NOW)
    a2 = await store.create_case("a", "u2", "m1", "kick", "raid", NOW)
    b1 = await store.create_case("b", "u1", "m1", "warn", "spam", NOW)
    assert (a1.number, a2.number, b1.number) == (1, 2, 1)


async def test_concurrent_create_case_calls_get_distinct_numbers(store: Store) -> None:
    cases = await asyncio.gather(
        *(store.create_case("c1", f"u{i}", "m1", "warn", "x", NOW) for i in range(25))
    )
    assert sorted(case.number for case in cases) == list(range(1, 26))


async def test_two_stores_on_one_database_never_share_a_number(database_url: str) -> None:
    first = await Store.open(database_url, flush_interval_s=0)
    second = await Store.open(database_url, flush_interval_s=0)
    try:
        await first.ensure_community("c1", "One")
        cases = await asyncio.gather(
            *(
                (first if i % 2 else second).create_case("c1", f"u{i}", "m1", "warn", "x", NOW)
                for i in range(30)
            )
        )
    finally:
        await first.close()
        await second.close()
    assert sorted(case.number for case in cases) == list(range(1, 31))


async def test_create_case_writes_an_audit_entry(store: Store) -> None:
    case = await store.create_case("c1", "u1", "m1", "timeout", "flood", NOW, duration_s=600)
    [entry] = await store.audit("c1")
    assert (entry.actor_id, entry.action, entry.case_number, entry.target_id) == (
        "m1",
        "timeout",
        case.number,
        "u1",
    )


async def test_get_case_returns_what_was_created(store: Store) -> None:
    incident = await store.add_incident("c1", "u1", NOW, "profanity", points=1)
    created = await store.create_case(
        "c1",
        "u1",
        "m1",
        "ban",
        "abuse",
        NOW,
        duration_s=3600,
        expires_at=NOW,
        incident_id=incident,
    )
    assert await store.get_case("c1", created.number) == created
    assert created.incident_id == incident and created.status == "active"
    assert await store.get_case("c1", 99) is None
    assert await store.get_case("other", created.number) is None


async def test_cases_for_lists_one_members_cases_in_order(store: Store) -> None:
    await store.create_case("c1", "u1", "m1", "warn", "one", NOW)
    await store.create_case("c1", "u2", "m1", "warn", "other", NOW)
    await store.create_case("c1", "u1", "m1", "kick", "two", NOW)
    assert [c.reason for c in await store.cases_for("c1", "u1")] == ["one", "two"]
    assert [c.number for c in await store.recent_cases("c1", limit=2)] == [3, 2]


async def test_update_case_reason_changes_it_and_is_audited(store: Store) -> None:
    case = await store.create_case("c1", "u1", "m1", "warn", "typo", NOW)
    updated = await store.update_case_reason("c1", case.number, "spam links", "m2", NOW)
    assert updated is not None and updated.reason == "spam links"
    latest = (await store.audit("c1"))[0]
    assert (latest.actor_id, latest.action, latest.detail) == ("m2", "case_reason", "spam links")
    assert await store.update_case_reason("c1", 42, "x", "m2") is None


async def test_appeal_and_its_resolution_are_recorded(store: Store) -> None:
    case = await store.create_case("c1", "u1", "m1", "ban", "abuse", NOW)
    appealed = await store.appeal_case("c1", case.number, "it was a joke", NOW)
    assert appealed is not None and appealed.appealed and appealed.appeal_text == "it was a joke"
    resolved = await store.resolve_appeal("c1", case.number, "overturned", "m2", NOW, "overturned")
    assert resolved is not None
    assert (resolved.appeal_outcome, resolved.status) == ("overturned", "overturned")


async def test_audit_is_newest_first_and_limited(store: Store) -> None:
    for i in range(5):
        await store.add_audit("c1", "m1", f"action{i}", NOW, detail=str(i))
    assert [e.action for e in await store.audit("c1", limit=2)] == ["action4", "action3"]
