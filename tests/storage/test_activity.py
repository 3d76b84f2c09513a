"""Activity counters are buffered in memory and written in batches, never one per message.

Messages are counted per channel and UTC hour, and per member and UTC day.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta, timezone

import pytest

from bot.storage import ChannelCount, Store

from .conftest import NOW, all_rows

SINCE = NOW - timedelta(days=1)


async def activity_rows(store: Store) -> list[dict]:
    """The per-channel hour counters."""
    return (await all_rows(store))["channel_activity"]


async def member_rows(store: Store) -> list[dict]:
    """The per-member day counters."""
    return (await all_rows(store))["member_activity"]


async def test_recorded_activity_is_not_written_before_a_flush(store: Store) -> None:
    await store.record_activity("c1", "u1", "general", NOW)
    assert await activity_rows(store) == []
    assert store.pending_activity == 1


async def test_flush_writes_channel_hours_and_member_days(store: Store) -> None:
    for _ in range(3):
        await store.record_activity("c1", "u1", "general", NOW)
    await store.record_activity("c1", "u2", "general", NOW + timedelta(minutes=5))
    await store.record_activity("c1", "u1", "random", NOW + timedelta(hours=1))
    assert await store.flush() == 4  # two channel hours, two member days
    channels = {(r["channel"], r["hour"]): r["messages"] for r in await activity_rows(store)}
    assert channels == {("general", 12): 4, ("random", 13): 1}
    members = {(r["user_id"], str(r["day"])): r["messages"] for r in await member_rows(store)}
    assert members == {("u1", "2026-11-01"): 4, ("u2", "2026-11-01"): 1}
    assert store.pending_activity == 0


async def test_the_record_keeps_no_member_per_channel_or_hour(store: Store) -> None:
    """Minimal data: when and where someone writes is not kept finer than per day."""
    await store.record_activity("c1", "u1", "general", NOW)
    await store.flush()
    [channel_row] = await activity_rows(store)
    [member_row] = await member_rows(store)
    assert "user_id" not in channel_row
    assert "hour" not in member_row and "channel" not in member_row


async def test_a_second_flush_adds_to_existing_counters(store: Store) -> None:
    await store.record_activity("c1", "u1", "general", NOW)
    await store.flush()
    await store.record_activity("c1", "u1", "general", NOW)
    await store.record_activity("c1", "u1", "general", NOW)
    await store.flush()
    [row] = await activity_rows(store)
    assert row["messages"] == 3


async def test_buffer_flushes_itself_after_flush_every_events(database_url: str) -> None:
    store = await Store.open(database_url, flush_every=4, flush_interval_s=0)
    try:
        for _ in range(3):
            await store.record_activity("c1", "u1", "general", NOW)
        assert await activity_rows(store) == []
        await store.record_activity("c1", "u1", "general", NOW)
        await asyncio.wait_for(store._batch_task, timeout=10)
        assert [r["messages"] for r in await activity_rows(store)] == [4]
    finally:
        await store.close()


async def test_a_full_buffer_is_written_in_the_background(database_url: str) -> None:
    """The message that fills the buffer does not wait for the database."""
    store = await Store.open(database_url, flush_every=2, flush_interval_s=0)
    try:
        await store.record_activity("c1", "u1", "general", NOW)
        await store.record_activity("c1", "u1", "general", NOW)
        assert store._batch_task is not None and not store._batch_task.done()
        await store.close()
        assert store.pending_activity == 0
    finally:
        await store.close()


async def test_timer_flushes_a_quiet_buffer(database_url: str) -> None:
    store = await Store.open(database_url, flush_interval_s=0.01)
    try:
        await store.record_activity("c1", "u1", "general", NOW)
        for _ in range(500):
            if store.pending_activity == 0:
                break
            await asyncio.sleep(0.01)
        assert [r["messages"] for r in await activity_rows(store)] == [1]
    finally:
        await store.close()


async def test_close_flushes_the_buffer(database_url: str) -> None:
    store = await Store.open(database_url, flush_interval_s=0)
    await store.record_activity("c1", "u1", "general", NOW)
    await store.close()
    reopened = await Store.open(database_url)
    try:
        assert await reopened.activity_per_channel("c1", SINCE) == [ChannelCount("general", 1)]
    finally:
        await reopened.close()


async def test_counters_are_bucketed_by_utc_hour(store: Store) -> None:
    stockholm_evening = NOW.astimezone(timezone(timedelta(hours=1)))  # same instant
    await store.record_activity("c1", "u1", "general", stockholm_evening)
    await store.flush()
    [row] = await activity_rows(store)
    assert (str(row["day"]), row["hour"]) == ("2026-11-01", 12)


async def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        await store.record_activity("c1", "u1", "general", NOW.replace(tzinfo=None))


async def test_counting_in_memory_asks_the_caller_to_wait_only_when_far_behind(
    database_url: str,
) -> None:
    store = await Store.open(database_url, flush_every=2, flush_interval_s=0)
    try:
        # The first full buffer starts a background write; while it has not run, the
        # buffer keeps growing until ten batches wait, and only then is the caller told.
        answers = [store.count_activity("c1", "u1", "general", NOW) for _ in range(20)]
        assert answers[:19] == [False] * 19
        assert answers[19] is True
        await store.activity_caught_up()
        await store.flush()
        assert [r["messages"] for r in await activity_rows(store)] == [20]
    finally:
        await store.close()


async def test_a_members_message_total_adds_written_and_buffered_days(store: Store) -> None:
    await store.record_activity("c1", "u1", "general", NOW - timedelta(days=3))
    await store.record_activity("c1", "u1", "random", NOW - timedelta(days=1))
    await store.flush()
    await store.record_activity("c1", "u1", "general", NOW)
    await store.record_activity("c1", "u2", "general", NOW)
    await store.record_activity("c2", "u1", "general", NOW)
    assert await store.member_message_total("c1", "u1") == 3
    assert await store.member_message_total("c1", "nobody") == 0


async def test_a_message_total_counts_a_batch_being_written_once(database_url: str) -> None:
    store = await Store.open(database_url, flush_every=2, flush_interval_s=0)
    try:
        store.count_activity("c1", "u1", "general", NOW)
        store.count_activity("c1", "u1", "general", NOW)  # starts a background write
        assert await store.member_message_total("c1", "u1") == 2
    finally:
        await store.close()


async def test_a_failed_flush_keeps_every_counter_for_the_next(store: Store) -> None:
    await store.record_activity("c1", "u1", "general", NOW)
    store.count_mood("c1", NOW.date(), "en", 1)

    async def refuse(_work: object) -> None:
        raise RuntimeError("disk full")

    real_write, store._write = store._write, refuse  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await store.flush()
    store._write = real_write  # type: ignore[method-assign]
    await store.record_activity("c1", "u1", "general", NOW)
    await store.flush()
    assert [r["messages"] for r in await activity_rows(store)] == [2]
    assert [r["messages"] for r in await member_rows(store)] == [2]
    [mood] = await store.mood_per_day("c1", NOW.date())
    assert mood.positive == 1


async def test_before_flush_hooks_add_to_the_batch_being_written(store: Store) -> None:
    waiting = [1, 1, -1]

    def score_waiting() -> None:
        while waiting:
            store.count_mood("c1", NOW.date(), "sv", waiting.pop())

    store.before_flush(score_waiting)
    await store.flush()
    assert waiting == []
    [point] = await store.mood_per_day("c1", NOW.date())
    assert (point.positive, point.negative) == (2, 1)


async def test_a_failing_before_flush_hook_does_not_stop_the_flush(store: Store) -> None:
    def broken() -> None:
        raise RuntimeError("bug in a hook")

    store.before_flush(broken)
    await store.record_activity("c1", "u1", "general", NOW)
    await store.flush()
    assert [r["messages"] for r in await activity_rows(store)] == [1]


async def test_a_removed_before_flush_hook_no_longer_runs(store: Store) -> None:
    calls: list[int] = []
    remove = store.before_flush(lambda: calls.append(1))
    await store.flush()
    remove()
    await store.flush()
    assert calls == [1]
