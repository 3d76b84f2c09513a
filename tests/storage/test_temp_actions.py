"""Temp actions: due after expiry, lifted once, one active per member and kind."""

from __future__ import annotations

from datetime import timedelta

from bot.storage import Store

from .conftest import NOW

LATER = NOW + timedelta(hours=1)


async def test_temp_action_becomes_due_at_its_expiry(store: Store) -> None:
    action = await store.add_temp_action("c1", "u1", "timeout", LATER, case_number=3)
    assert await store.due_temp_actions(NOW) == []
    assert await store.due_temp_actions(LATER) == [action]
    assert action.case_number == 3 and action.lifted_at is None


async def test_due_temp_actions_span_communities_soonest_first(store: Store) -> None:
    b = await store.add_temp_action("b", "u1", "ban", NOW + timedelta(minutes=2))
    a = await store.add_temp_action("a", "u1", "timeout", NOW + timedelta(minutes=1))
    assert [x.id for x in await store.due_temp_actions(LATER)] == [a.id, b.id]


async def test_lifted_temp_action_is_no_longer_due(store: Store) -> None:
    action = await store.add_temp_action("c1", "u1", "ban", NOW)
    assert await store.lift_temp_action(action.id, LATER) is True
    assert await store.due_temp_actions(LATER) == []
    assert await store.lift_temp_action(action.id, LATER) is False


async def test_new_temp_action_replaces_the_active_one_of_the_same_kind(store: Store) -> None:
    await store.add_temp_action("c1", "u1", "timeout", NOW + timedelta(minutes=10))
    replacement = await store.add_temp_action("c1", "u1", "timeout", LATER)
    ban = await store.add_temp_action("c1", "u1", "ban", LATER)
    active = await store.active_temp_actions("c1", "u1", NOW)
    assert {a.id for a in active} == {replacement.id, ban.id}
    assert await store.due_temp_actions(NOW + timedelta(minutes=30)) == []


async def test_active_temp_actions_exclude_expired_and_other_members(store: Store) -> None:
    await store.add_temp_action("c1", "u1", "timeout", NOW - timedelta(minutes=1))
    await store.add_temp_action("c1", "u2", "timeout", LATER)
    assert await store.active_temp_actions("c1", "u1", NOW) == []


async def test_clear_temp_actions_lifts_a_manual_unban(store: Store) -> None:
    await store.add_temp_action("c1", "u1", "ban", LATER)
    timeout = await store.add_temp_action("c1", "u1", "timeout", LATER)
    assert await store.clear_temp_actions("c1", "u1", "ban", NOW) == 1
    assert await store.active_temp_actions("c1", "u1", NOW) == [timeout]
    assert await store.clear_temp_actions("c1", "u1", "ban", NOW) == 0
