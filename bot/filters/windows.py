"""Where normalization steps 4-6 (spacing, leetspeak, letter runs) can change a text.

The steps only change text around hits of the step screen (screen.STEP_SCREEN), so they
can run on small windows instead of the whole text, as long as each window ends at a cut.
"""

from __future__ import annotations

import re

import re2

from bot.filters.screen import STEP_SCREEN

__all__ = ["step_windows"]


def _options() -> re2.Options:
    opts = re2.Options()
    opts.never_capture = True
    return opts


_STEPS_SCREEN = re2.compile(STEP_SCREEN.encode(), options=_options())._regexp
_UNANCHORED = re2._Anchor.UNANCHORED

# Steps 4-6 only change text around step-screen hits, and they never act across a "cut":
# whitespace other than " ", or a " " with two non-space characters on each side (a spaced
# run "f u c k" has a one-character chunk next to every space it joins; leet tokens and
# letter runs hold no whitespace). So the steps run on small windows between cuts around
# the hits, not on the whole text: a long message pays for its few suspicious words only.
_CUT = re.compile(r"[^\S ]|(?<=\S\S) (?=\S\S)")
_WINDOW_REACH = 64
_MAX_WINDOWS = 24  # beyond this the whole-text pass is as cheap


def _left_cut(s: str, pos: int) -> int:
    """The last cut at or before `pos` (0 if none)."""
    reach = _WINDOW_REACH
    while True:
        lo = max(0, pos - reach)
        last = -1
        for m in _CUT.finditer(s, lo, min(len(s), pos + 3)):
            if m.start() <= pos:
                last = m.start()
        if last >= 0:
            return last
        if lo == 0:
            return 0
        reach *= 4


def _right_cut(s: str, pos: int) -> int:
    """The first cut at or after `pos` (len(s) if none)."""
    reach = _WINDOW_REACH
    n = len(s)
    while True:
        hi = min(n, pos + reach)
        m = _CUT.search(s, pos, hi)
        if m is not None:
            return m.start()
        if hi == n:
            return n
        reach *= 4


def step_windows(s: str) -> list[tuple[int, int]]:
    """Disjoint [lo, hi) windows of `s` outside which steps 4-6 change nothing."""
    b = s.encode("utf-8")
    ascii_only = len(b) == len(s)
    windows: list[tuple[int, int]] = []
    bpos, n = 0, len(b)
    while bpos < n:
        span = _STEPS_SCREEN.Match(_UNANCHORED, b, bpos, n)[0]
        if span[0] == -1:
            break
        if len(windows) >= _MAX_WINDOWS:
            return [(0, len(s))]
        if ascii_only:
            start, end = span
        else:
            start = len(b[: span[0]].decode("utf-8"))
            end = start + len(b[span[0] : span[1]].decode("utf-8"))
        lo, hi = _left_cut(s, start), _right_cut(s, end)
        if windows and lo <= windows[-1][1]:
            lo = windows.pop()[0]
        windows.append((lo, hi))
        if hi >= len(s):
            break
        bpos = hi if ascii_only else len(s[:hi].encode("utf-8"))
        bpos = max(bpos, span[1])
    return windows
