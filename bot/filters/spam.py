"""Clock-free spam trackers: flood, duplicate messages across channels, and join raids.

Each tracker is told the event time (`at`, seconds as a float) instead of reading a clock,
so replay and tests are deterministic. Memory is bounded twice: each key keeps only the
events that can still matter, and at most `max_keys` keys are kept (least recently seen
are dropped first, and keys whose window has passed are purged as time moves on).
Times are expected to be roughly ordered; an event older than the newest one seen for
its key is counted at that newest time.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict, deque
from collections.abc import Hashable
from dataclasses import dataclass

from bot.filters.normalize import fast_normalize
from bot.filters.shape import caps_ratio, zalgo_ratio

__all__ = [
    "DuplicateResult",
    "DuplicateTracker",
    "FloodTracker",
    "RaidTracker",
    "caps_ratio",
    "zalgo_ratio",
]

_DEFAULT_MAX_KEYS = 100_000


class _WindowCounter:
    """Per-key timestamps inside a sliding window, with bounded keys and events."""

    def __init__(self, limit: int, window: float, max_keys: int) -> None:
        if limit < 1 or window <= 0 or max_keys < 1:
            raise ValueError("limit, window and max_keys must be positive")
        self.limit = limit
        self.window = float(window)
        self.max_keys = max_keys
        self._events: OrderedDict[Hashable, deque[float]] = OrderedDict()
        self._latest = float("-inf")

    def add(self, key: Hashable, at: float) -> int:
        """Record an event and return how many events the key has inside the window."""
        self._latest = max(self._latest, at)
        events = self._events.get(key)
        if events is None:
            self._bound()
            events = deque(maxlen=self.limit + 1)
            self._events[key] = events
        else:
            self._events.move_to_end(key)
        if events and at < events[-1]:
            at = events[-1]
        events.append(at)
        while events and events[0] <= at - self.window:
            events.popleft()
        return len(events)

    def _bound(self) -> None:
        while len(self._events) >= self.max_keys:
            self._events.popitem(last=False)
        # purge a few stale keys from the old end on every new key: amortized O(1)
        for _ in range(2):
            if not self._events:
                break
            oldest_key, events = next(iter(self._events.items()))
            if events and events[-1] > self._latest - self.window:
                break
            del self._events[oldest_key]

    def __len__(self) -> int:
        return len(self._events)


class FloodTracker:
    """More than `max_messages` messages within `per_seconds` from one member."""

    def __init__(self, max_messages: int, per_seconds: float, max_keys: int = _DEFAULT_MAX_KEYS):
        self._counter = _WindowCounter(max_messages, per_seconds, max_keys)

    def hit(self, key: Hashable, at: float) -> bool:
        """Record a message by `key` at time `at`; True when it is over the limit."""
        return self._counter.add(key, at) > self._counter.limit

    def __len__(self) -> int:
        return len(self._counter)


class RaidTracker:
    """At least `joins` joins within `per_seconds` in one community: a raid."""

    def __init__(self, joins: int, per_seconds: float = 60.0, max_keys: int = 10_000):
        self._counter = _WindowCounter(joins, per_seconds, max_keys)

    def hit(self, key: Hashable, at: float) -> bool:
        """Record a join in community `key`; True while the join rate is at the threshold."""
        return self._counter.add(key, at) >= self._counter.limit

    def __len__(self) -> int:
        return len(self._counter)


@dataclass(frozen=True, slots=True)
class DuplicateResult:
    """How often this member sent this (normalized) message inside the window, and where."""

    repeats: int
    channels: tuple[str, ...]
    is_spam: bool


class DuplicateTracker:
    """The same normalized message from one member more than `max_repeats` times in a window.

    Messages are compared after normalization ("BUY NOW" and "buy  n0w" are the same) and
    stored only as short hashes, never as text.
    """

    def __init__(
        self,
        max_repeats: int,
        window_seconds: float,
        max_keys: int = _DEFAULT_MAX_KEYS,
        max_remembered: int = 32,
    ) -> None:
        if max_repeats < 1 or window_seconds <= 0 or max_keys < 1 or max_remembered < 1:
            raise ValueError("max_repeats, window_seconds and bounds must be positive")
        self.max_repeats = max_repeats
        self.window = float(window_seconds)
        self.max_keys = max_keys
        self._seen: OrderedDict[Hashable, deque[tuple[float, bytes, str]]] = OrderedDict()
        self._max_remembered = max_remembered
        self._latest = float("-inf")

    @staticmethod
    def fingerprint(text: str) -> bytes:
        """A short hash of the normalized, whitespace-collapsed message."""
        canonical = " ".join(fast_normalize(text).split())
        return hashlib.blake2b(canonical.encode("utf-8", "replace"), digest_size=8).digest()

    def hit(self, key: Hashable, text: str, at: float, channel: str = "") -> DuplicateResult:
        """Record a message by `key` in `channel`; report repeats of it inside the window."""
        self._latest = max(self._latest, at)
        fp = self.fingerprint(text)
        seen = self._seen.get(key)
        if seen is None:
            self._bound()
            seen = deque(maxlen=self._max_remembered)
            self._seen[key] = seen
        else:
            self._seen.move_to_end(key)
        if seen and at < seen[-1][0]:
            at = seen[-1][0]
        seen.append((at, fp, channel))
        while seen and seen[0][0] <= at - self.window:
            seen.popleft()
        same = [ch for _t, f, ch in seen if f == fp]
        channels = tuple(dict.fromkeys(same))
        return DuplicateResult(len(same), channels, len(same) > self.max_repeats)

    def _bound(self) -> None:
        while len(self._seen) >= self.max_keys:
            self._seen.popitem(last=False)
        for _ in range(2):
            if not self._seen:
                break
            oldest_key, seen = next(iter(self._seen.items()))
            if seen and seen[-1][0] > self._latest - self.window:
                break
            del self._seen[oldest_key]

    def __len__(self) -> int:
        return len(self._seen)
