"""Normalization with a map back to original offsets: the slow path, run only on a hit.

normalize.py owns the steps and the fast pass; this module replays the same steps while
carrying, for every output character, the span of original characters it came from, and
does so only where the fast pass says normalization was not 1:1 (see `normalize_from`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.filters import normalize as _steps
from bot.filters.charmap import DELETED_CLASS, EXPANDING_CLASS, FOLD_TABLE, MARK_CLASS

if TYPE_CHECKING:
    from bot.filters.normalize import FastText

__all__ = ["NormalizedText", "normalize", "normalize_from"]

_Rep = str | list[tuple[str, int, int]]
_DELETED_RUN = re.compile(DELETED_CLASS + "+")
_EXPANDING = re.compile(EXPANDING_CLASS)
_CLUSTER = re.compile(r"(?s).(?:" + MARK_CLASS + ")*")
_NON_ASCII_UNIT = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text plus, per character, the original span it came from.

    offsets[i] is where normalized character i starts in the original text and ends[i]
    where it ends (exclusive); a character produced by folding several originals (NFKC,
    joined spaced letters, a cut run) maps to the whole group.
    """

    original: str
    text: str
    offsets: Sequence[int]
    ends: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text to the original text."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if start == end:
            pos = self.offsets[start] if start < n else len(self.original)
            return pos, pos
        return self.offsets[start], self.ends[end - 1]

    @property
    def key(self) -> bytes:
        """The byte key for the RE2 matchers (see `key_of`)."""
        return _steps.key_of(self.text)


class _Tracked:
    """Text being normalized with per-character original spans."""

    __slots__ = ("ends", "starts", "text")

    def __init__(
        self, text: str, starts: list[int] | None = None, ends: list[int] | None = None
    ) -> None:
        self.text = text
        self.starts = list(range(len(text))) if starts is None else starts
        self.ends = list(range(1, len(text) + 1)) if ends is None else ends

    def sub(self, pattern: re.Pattern[str], func: Callable[[re.Match[str]], _Rep]) -> None:
        """Apply `pattern.sub(func, text)` and carry the spans along.

        func may return pieces (text, start, end) relative to the match instead of a string,
        to map parts of one replacement more finely than the whole match.
        """
        s, st, en = self.text, self.starts, self.ends
        parts: list[str] = []
        nst: list[int] = []
        nen: list[int] = []
        pos = 0
        for m in pattern.finditer(s):
            a, b = m.span()
            rep = func(m)
            if rep == m.group():
                continue
            parts.append(s[pos:a])
            nst.extend(st[pos:a])
            nen.extend(en[pos:a])
            for piece, pa, pb in [(rep, 0, b - a)] if isinstance(rep, str) else rep:
                pa += a
                pb += a
                if len(piece) == pb - pa:
                    nst.extend(st[pa:pb])
                    nen.extend(en[pa:pb])
                elif piece:
                    nst.extend([st[pa]] * len(piece))
                    nen.extend([en[pb - 1]] * len(piece))
                parts.append(piece)
            pos = b
        if not parts:
            return
        parts.append(s[pos:])
        nst.extend(st[pos:])
        nen.extend(en[pos:])
        self.text, self.starts, self.ends = "".join(parts), nst, nen

    def replace_same_length(self, new: str) -> None:
        """A 1:1 change (each character maps to exactly one): spans stay."""
        self.text = new

    def nfkc(self) -> None:
        s = self.text
        if s.isascii() or unicodedata.is_normalized("NFKC", s):
            return
        target = unicodedata.normalize("NFKC", s)
        self.sub(_NON_ASCII_UNIT, _nfkc_unit)
        if self.text != target:  # cross-unit composition (e.g. Hangul jamo): coarse map
            self.text = target
            self.starts = [0] * len(target)
            self.ends = [len(s)] * len(target)

    def casefold(self) -> None:
        folded = self.text.casefold()
        if len(folded) != len(self.text):
            self.sub(_EXPANDING, _casefold_match)
        self.replace_same_length(folded)

    def fold_table(self) -> None:
        folded = self.text.translate(FOLD_TABLE)
        if len(folded) != len(self.text):
            self.sub(_DELETED_RUN, _delete)
            folded = self.text.translate(FOLD_TABLE)
        self.replace_same_length(folded)


def _delete(_m: re.Match[str]) -> str:
    return ""


def _casefold_match(m: re.Match[str]) -> str:
    return m.group().casefold()


def _nfkc_unit(m: re.Match[str]) -> _Rep:
    """NFKC of one unit, per grapheme-ish cluster when that gives the same text."""
    unit = m.group()
    if unicodedata.is_normalized("NFKC", unit):
        return unit
    whole = unicodedata.normalize("NFKC", unit)
    pieces = [(unicodedata.normalize("NFKC", c.group()), c.start(), c.end())
              for c in _CLUSTER.finditer(unit)]  # fmt: skip
    if "".join(p[0] for p in pieces) != whole:
        return whole
    return pieces


def normalize(text: str) -> NormalizedText:
    """Normalize `text` and keep the map back to original offsets.

    When every character maps 1:1 (the common case) the offsets are plain ranges and no
    per-character work is done; otherwise each step carries the spans along, and steps 4-6
    only inside the windows where the fast pass found them changing something.
    """
    return normalize_from(text, _steps._fast(text))


class _Piecewise(Sequence[int]):
    """Original offsets that are a plain shift except inside re-normalized windows."""

    __slots__ = ("_bounds", "_n", "_segments", "_shift")

    def __init__(
        self, n: int, bounds: list[int], segments: list[int | list[int]], shift: int
    ) -> None:
        self._n = n
        self._bounds = bounds  # output position where each segment starts
        self._segments = segments  # an int delta (identity part) or per-character offsets
        self._shift = shift

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        k = bisect_right(self._bounds, i) - 1
        seg = self._segments[k]
        if isinstance(seg, int):
            return i + seg + self._shift
        return seg[i - self._bounds[k]]


def _track_window(t: _Tracked, lo: int, hi: int) -> _Tracked:
    w = _Tracked(t.text[lo:hi], t.starts[lo:hi], t.ends[lo:hi])
    for pattern, func in _steps._STEPS:
        w.sub(pattern, func)
    return w


def normalize_from(text: str, fast: FastText) -> NormalizedText:
    """`normalize` when the fast pass already ran (see `fast_text`)."""
    n = len(fast.text)
    if fast.identity:
        return NormalizedText(text, fast.text, range(n), range(1, n + 1))
    if fast.same:  # 1:1 up to the folded text: track steps 4-6 in their windows only
        bounds: list[int] = []
        starts: list[int | list[int]] = []
        ends: list[int | list[int]] = []
        pos = out = 0
        for lo, hi, _piece in fast.edits:
            if lo > pos:
                bounds.append(out)
                starts.append(pos - out)
                ends.append(pos - out)
                out += lo - pos
            w = _track_window(_Tracked(fast.folded[lo:hi]), 0, hi - lo)
            w.starts = [lo + x for x in w.starts]
            w.ends = [lo + x for x in w.ends]
            bounds.append(out)
            starts.append(w.starts)
            ends.append(w.ends)
            out += len(w.text)
            pos = hi
        if pos < len(fast.folded):
            bounds.append(out)
            starts.append(pos - out)
            ends.append(pos - out)
        return NormalizedText(
            text, fast.text, _Piecewise(n, bounds, starts, 0), _Piecewise(n, bounds, ends, 1)
        )
    t = _Tracked(text)
    if _steps._has_long_marks(text):
        t.sub(_steps._LONG_MARKS, _steps._cut_marks)
    t.nfkc()
    t.casefold()
    t.fold_table()
    if t.text != fast.folded:  # cannot happen (tests hold both paths equal); be safe
        for pattern, func in _steps._STEPS:
            t.sub(pattern, func)
        return NormalizedText(text, t.text, tuple(t.starts), tuple(t.ends))
    nst: list[int] = []
    nen: list[int] = []
    pos = 0
    for lo, hi, _piece in fast.edits:
        w = _track_window(t, lo, hi)
        nst += t.starts[pos:lo]
        nen += t.ends[pos:lo]
        nst += w.starts
        nen += w.ends
        pos = hi
    nst += t.starts[pos:]
    nen += t.ends[pos:]
    return NormalizedText(text, fast.text, nst, nen)
