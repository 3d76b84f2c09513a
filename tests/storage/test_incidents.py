"""Incidents, strike points with exponential decay, and moderator notes."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from bot.storage import Store, decayed

from .conftest import NOW

HOUR = 3600.0


def test_decay_halves_points_every_half_life() -> None:
    assert decayed(8.0, 0, HOUR) == 8.0
    assert decayed(8.0, HOUR, HOUR) == pytest.approx(4.0)
    assert decayed(8.0, 3 * HOUR, HOUR) == pytest.approx(1.0)


async def test_strike_points_sum_decayed_incidents(store: Store) -> None:
    await store.add_incident("c1", "u1", NOW - timedelta(hours=2), "spam", points=4.0)
    await store.add_incident("c1", "u1", NOW - timedelta(hours=1), "profanity", points=2.0)
    await store.add_incident("c1", "u1", NOW, "profanity", points=1.0)
    points = await store.strike_points("c1", "u1", NOW, HOUR)
    assert points == pytest.approx(4 * 0.25 + 2 * 0.5 + 1.0)


async def test_strike_points_follow_a_fractional_half_life(store: Store) -> None:
    await store.add_incident("c1", "u1", NOW, "spam", points=3.0)
    later = NOW + timedelta(minutes=90)
    expected = 3.0 * math.exp(-math.log(2) * 1.5)
    assert await store.strike_points("c1", "u1", later, HOUR) == pytest.approx(expected)


async def test_strike_points_ignore_other_members_and_future_incidents(store: Store) -> None:
    await store.add_incident("c1", "u2", NOW, "spam", points=5.0)
    await store.add_incident("c2", "u1", NOW, "spam", points=5.0)
    await store.add_incident("c1", "u1", NOW + timedelta(minutes=1), "spam", points=5.0)
    assert await store.strike_points("c1", "u1", NOW, HOUR) == 0.0


async def test_incidents_round_trip_with_actions_and_filters(store: Store) -> None:
    first = await store.add_incident(
        "c1",
        "u1",
        NOW - timedelta(days=2),
        "profanity",
        points=1.5,
        detector="wordlist:sv",
        severity="high",
        actions=("delete", "warn"),
        reason="profanity (sv)",
        excerpt="f***" + "x" * 500,
        language="sv",
        channel="general",
        message_id="m-1",
    )
    await store.add_incident("c1", "u1", NOW, "spam", points=1.0, automatic=False)
    await store.add_incident("c1", "u2", NOW, "spam", points=1.0)
    [old, recent] = await store.incidents("c1", "u1")
    assert old.id == first and old.actions == ("delete", "warn") and old.detector == "wordlist:sv"
    assert len(old.excerpt or "") == 200
    assert recent.automatic is False
    assert [i.rule for i in await store.incidents("c1", since=NOW)] == ["spam", "spam"]


async def test_incident_can_be_linked_to_a_case(store: Store) -> None:
    incident = await store.add_incident("c1", "u1", NOW, "spam", points=1.0)
    case = await store.create_case("c1", "u1", "bot", "warn", "spam", NOW, incident_id=incident)
    await store.link_incident_case(incident, case.number)
    [row] = await store.incidents("c1")
    assert row.case_number == case.number


async def test_notes_are_listed_per_member_oldest_first(store: Store) -> None:
    await store.add_note("c1", "u1", "m1", "first", NOW)
    await store.add_note("c1", "u2", "m1", "someone else", NOW)
    await store.add_note("c1", "u1", "m2", "second", NOW + timedelta(minutes=1))
    notes = await store.notes_for("c1", "u1")
    assert [(n.author_id, n.text) for n in notes] == [("m1", "first"), ("m2", "second")]
