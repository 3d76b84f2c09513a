"""Per-member command rate limits: a member who floods commands is told once to slow down.

A sliding window per (community, member) counts commands by event time, so replays and
tests behave the same as the live bot. Moderators and admins are never limited. The
engine asks `check()` before running a command: `ALLOW`, `WARN` (the first refusal in a
burst: reply once) or `SILENT` (refused again in the same burst: say nothing).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

MAX_TRACKED = 50_000


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"
    SILENT = "silent"


@dataclass(slots=True)
class _Window:
    times: deque[datetime] = field(default_factory=deque)
    warned: bool = False


@dataclass(slots=True)
class CommandLimiter:
    """At most `commands` per member per `per_s` seconds (per community)."""

    commands: int = 8
    per_s: float = 60.0
    _windows: dict[tuple[str, str], _Window] = field(default_factory=dict)

    def check(self, community_id: str, user_id: str, at: datetime) -> Verdict:
        """Count one command at `at` and say whether it may run."""
        window = self._windows.get((community_id, user_id))
        if window is None:
            if len(self._windows) >= MAX_TRACKED:
                self._forget_idle(at)
            window = self._windows[(community_id, user_id)] = _Window()
        horizon = at - timedelta(seconds=self.per_s)
        while window.times and window.times[0] <= horizon:
            window.times.popleft()
        if len(window.times) < self.commands:
            window.times.append(at)
            window.warned = False
            return Verdict.ALLOW
        if window.warned:
            return Verdict.SILENT
        window.warned = True
        return Verdict.WARN

    def _forget_idle(self, now: datetime) -> None:
        horizon = now - timedelta(seconds=self.per_s)
        idle = [key for key, w in self._windows.items() if not w.times or w.times[-1] <= horizon]
        for key in idle or list(self._windows)[: MAX_TRACKED // 2]:
            del self._windows[key]
