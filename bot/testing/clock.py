"""A clock a test moves by hand, so timed behaviour is tested without waiting.

Events built by the kit carry `clock.now()`; the engine's `Services.clock` reads the same
clock, and `Harness.tick()` sends a `Tick` at the current time, just as the live
scheduler does every 30 seconds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.durations import parse_duration
from bot.events import utc

DEFAULT_START = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
"""A Monday at noon UTC: far from midnight and from daylight-saving changes."""


class Clock:
    """Returns a fixed time until moved forward with `advance`."""

    __slots__ = ("_now",)

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        self._now = utc(start)

    def __call__(self) -> datetime:
        return self._now

    def now(self) -> datetime:
        return self._now

    def advance(self, by: str | float | timedelta) -> datetime:
        """Move forward by "10m", a number of seconds or a timedelta; returns the new time."""
        if isinstance(by, str):
            step = timedelta(seconds=parse_duration(by))
        elif isinstance(by, timedelta):
            step = by
        else:
            step = timedelta(seconds=by)
        if step < timedelta(0):
            raise ValueError("the clock only moves forward")
        self._now += step
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to a moment (never backwards)."""
        moment = utc(moment)
        if moment < self._now:
            raise ValueError("the clock only moves forward")
        self._now = moment
