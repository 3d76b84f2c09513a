"""Clock-free spam trackers with explicit times, eviction and bounded memory."""

from bot.filters.spam import DuplicateTracker, FloodTracker, RaidTracker


def test_flood_triggers_on_the_message_over_the_limit() -> None:
    flood = FloodTracker(max_messages=3, per_seconds=10)
    assert [flood.hit("u1", t) for t in (0, 1, 2, 3)] == [False, False, False, True]


def test_flood_forgets_messages_older_than_the_window() -> None:
    flood = FloodTracker(max_messages=2, per_seconds=10)
    for t in (0, 1):
        flood.hit("u1", t)
    assert flood.hit("u1", 11) is False


def test_flood_counts_members_separately() -> None:
    flood = FloodTracker(max_messages=1, per_seconds=10)
    flood.hit("u1", 0)
    assert flood.hit("u2", 1) is False


def test_flood_keeps_at_most_max_keys_members() -> None:
    flood = FloodTracker(max_messages=1, per_seconds=1e9, max_keys=10)
    for i in range(1000):
        flood.hit(f"u{i}", i)
    assert len(flood) == 10


def test_flood_purges_members_whose_window_has_passed() -> None:
    flood = FloodTracker(max_messages=1, per_seconds=5)
    for i in range(1000):
        flood.hit(f"u{i}", i * 10)
    assert len(flood) <= 3


def test_out_of_order_time_counts_at_the_latest_time() -> None:
    flood = FloodTracker(max_messages=1, per_seconds=10)
    flood.hit("u1", 100)
    assert flood.hit("u1", 50) is True


def test_duplicate_across_channels_is_spam_after_max_repeats() -> None:
    dup = DuplicateTracker(max_repeats=2, window_seconds=60)
    results = [dup.hit("u1", "BUY NOW", t, ch) for t, ch in ((0, "a"), (1, "b"), (2, "c"))]
    assert [r.is_spam for r in results] == [False, False, True]
    assert results[-1].channels == ("a", "b", "c")


def test_duplicate_compares_normalized_text() -> None:
    dup = DuplicateTracker(max_repeats=1, window_seconds=60)
    dup.hit("u1", "Buy now", 0, "a")
    assert dup.hit("u1", "BUY  N0W", 1, "b").repeats == 2


def test_duplicate_window_evicts_old_messages() -> None:
    dup = DuplicateTracker(max_repeats=1, window_seconds=60)
    dup.hit("u1", "hello", 0, "a")
    assert dup.hit("u1", "hello", 61, "a").repeats == 1


def test_duplicate_keeps_at_most_max_keys_members() -> None:
    dup = DuplicateTracker(max_repeats=1, window_seconds=1e9, max_keys=5)
    for i in range(100):
        dup.hit(i, "x", i)
    assert len(dup) == 5


def test_raid_triggers_at_the_join_threshold_within_a_minute() -> None:
    raid = RaidTracker(joins=3, per_seconds=60)
    assert [raid.hit("g1", t) for t in (0, 10, 20)] == [False, False, True]


def test_raid_ends_when_joins_slow_down() -> None:
    raid = RaidTracker(joins=3, per_seconds=60)
    for t in (0, 10, 20):
        raid.hit("g1", t)
    assert raid.hit("g1", 100) is False
