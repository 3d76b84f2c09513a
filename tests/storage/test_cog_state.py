"""Saved cog state: one JSON object per community and key, replaced whole on each save."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlmodel import Session

from bot.storage import Store
from bot.storage import tables as t

from .conftest import NOW, all_rows

CALENDAR = {"next_id": 2, "events": [{"id": 1, "start": "2026-11-06T19:00:00+01:00"}]}


async def test_saved_state_loads_back_as_saved(store: Store) -> None:
    await store.save_state("c1", "gatherings", CALENDAR, NOW)
    assert await store.load_state("c1", "gatherings") == CALENDAR


async def test_nothing_saved_loads_as_none(store: Store) -> None:
    assert await store.load_state("c1", "gatherings") is None


async def test_saving_again_replaces_the_value_and_its_time(store: Store) -> None:
    await store.save_state("c1", "polls", {"next_id": 1}, NOW)
    await store.save_state("c1", "polls", {"next_id": 5}, NOW + timedelta(hours=1))
    assert await store.load_state("c1", "polls") == {"next_id": 5}
    [row] = (await all_rows(store))["cog_state"]
    assert t.UTCDateTime().process_result_value(row["updated_at"], None) == NOW + timedelta(
        hours=1
    )


async def test_state_is_kept_per_community_and_key(store: Store) -> None:
    await store.save_state("c1", "polls", {"n": 1}, NOW)
    await store.save_state("c2", "polls", {"n": 2}, NOW)
    await store.save_state("c1", "gatherings", {"n": 3}, NOW)
    assert await store.load_state("c1", "polls") == {"n": 1}
    assert await store.load_state("c2", "polls") == {"n": 2}
    assert await store.load_state("c1", "gatherings") == {"n": 3}


async def test_unicode_text_survives_the_roundtrip(store: Store) -> None:
    await store.save_state("c1", "polls", {"question": "Middag? 🍕 „Pierogi”"}, NOW)
    assert await store.load_state("c1", "polls") == {"question": "Middag? 🍕 „Pierogi”"}


async def test_a_corrupt_saved_value_is_logged_and_loads_as_none(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    await store.save_state("c1", "polls", {"next_id": 1}, NOW)

    def corrupt() -> None:
        with Session(store._engine) as session:
            row = session.get(t.CogState, ("c1", "polls"))
            assert row is not None
            row.value = '{"next_id": 1,'
            session.commit()

    await store._in_thread(corrupt)
    with caplog.at_level(logging.ERROR, logger="bot.storage"):
        assert await store.load_state("c1", "polls") is None
    assert "not valid JSON" in caplog.text


async def test_only_dicts_can_be_saved(store: Store) -> None:
    with pytest.raises(TypeError):
        await store.save_state("c1", "polls", [1, 2], NOW)  # type: ignore[arg-type]


async def test_an_overlong_key_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="key"):
        await store.save_state("c1", "x" * 65, {}, NOW)


async def test_taking_state_returns_it_once_and_removes_it(store: Store) -> None:
    await store.save_state("c1", "lock:discord:42", {"deny": 2048}, NOW)
    assert await store.take_state("c1", "lock:discord:42") == {"deny": 2048}
    assert await store.take_state("c1", "lock:discord:42") is None
    assert await store.load_state("c1", "lock:discord:42") is None
