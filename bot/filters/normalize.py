"""Text normalization shared by every text detector, with a map back to original offsets.

Steps, in order (each one is the same in the fast path and the offset-tracking path):

1. Unicode NFKC (full-width, mathematical and circled letters become plain letters); in
   long texts, runs of more than 32 combining marks are cut first (NFKC is quadratic in
   a run, and the marks are deleted in step 3 anyway).
2. casefold.
3. one table (charmap.FOLD_TABLE): delete zero-width, bidi and other format characters,
   combining marks (zalgo) and lone surrogates; map Cyrillic/Greek/small-capital look-alikes
   to Latin; fold accented Latin letters to ASCII except the protected Scandinavian and
   Polish letters (å ä ö æ ø ł ą ę ś ż ź ć ń ó), which keep their meaning ("höra" is not
   "hora").
4. spaced or dotted single letters are joined: "f u c k", "f.u.c.k", "f*u*c*k" -> "fuck"
   (three or more letters, the same one-character separator throughout).
5. leetspeak inside tokens that contain a letter: 0->o 1->i 3->e 4->a 5->s 7->t 8->b
   9->g @->a $->s, and !, | -> i and * -> a wildcard mark only inside a word ("what!!"
   keeps its "!!"; a leading "@" stays a mention unless "ss" follows). Tokens
   without a letter ("455", "2024", "!!!") are left alone, so ordinary numbers never turn
   into words.
6. runs of four or more of the same letter are cut to three ("fuuuuck" -> "fuuuck"); a
   doubled letter is spelling, a tripled one is shouting, and word-list patterns accept
   a single letter written three times.

`fast_normalize` gives the text at C speed for the hot path; `normalize` also tracks, for
every output character, the span of original characters it came from. One RE2 screen over
the raw text (screen.py) lets plain text skip steps 1-3 beyond a case fold, and steps 4-6
run only on small windows around their screen hits (windows.py), so a long message
costs little more than its suspicious words. Hypothesis tests check that both paths give
the same text and that the windows give what the steps on the whole text give.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import re2

from bot.filters.charmap import (
    DELETED_CLASS,
    EXPANDING_CLASS,
    FOLD_TABLE,
    KEY_TABLE,
    MARK_CLASS,
    STAR_MARK,
)
from bot.filters.screen import SPECIAL, STEP_SCREEN, STEPS, screen
from bot.filters.windows import step_windows


def _screen_options() -> re2.Options:
    opts = re2.Options()
    opts.never_capture = True
    return opts


_Rep = str | list[tuple[str, int, int]]

__all__ = [
    "FastText",
    "NormalizedText",
    "fast_key",
    "fast_normalize",
    "fast_normalize_flagged",
    "fast_text",
    "key_of",
    "normalize",
    "normalize_from",
]

_ELEMENT = r"(?:[^\W_]|[@$!|])"
_SPACED = re.compile(
    rf"(?<![^\W_])(?<![@$!|]){_ELEMENT}([ .\-_*~/+,·•])(?:{_ELEMENT}\1)+{_ELEMENT}(?![^\W_])"
)
_LEET_TOKEN = re.compile(r"(?<![\w@$!|*])[\w@$!|*]*[\d@$!|*][\w@$!|*]*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_RUNS = re.compile(r"([^\W\d_])\1{3,}")
_DELETED_RUN = re.compile(DELETED_CLASS + "+")
_EXPANDING = re.compile(EXPANDING_CLASS)
_CLUSTER = re.compile(r"(?s).(?:" + MARK_CLASS + ")*")
_NON_ASCII_UNIT = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")

_LEET_EDGE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                            "8": "b", "9": "g", "$": "s", "@": "a"})  # fmt: skip
_LEET_INNER: dict[int, str] = dict(_LEET_EDGE)
_LEET_INNER.update({ord("!"): "i", ord("|"): "i", ord("*"): STAR_MARK})


def _spaced(m: re.Match[str]) -> str:
    return m.group()[::2]


_LEET_CORE = re.compile(r"([!|*]*)(.*?)([!|*]*)", re.S)


def _leet(m: re.Match[str]) -> str:
    tok = m.group()
    if not _HAS_LETTER.search(tok):
        return tok
    lead, core, trail = _LEET_CORE.fullmatch(tok).groups()  # type: ignore[union-attr]
    if core[:1] == "@" and core[1:2] not in ("s", "$", "5"):
        return lead + "@" + core[1:].translate(_LEET_INNER) + trail
    return lead + core.translate(_LEET_INNER) + trail


def _runs(m: re.Match[str]) -> str:
    return m.group(1) * 3


_STEPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (_SPACED, _spaced),
    (_LEET_TOKEN, _leet),
    (_RUNS, _runs),
)


# RE2 screens over the folded UTF-8 text, run as one set in a single DFA pass. Screen 0: any
# character the fold table touches. Screen 1: a superset of the places where steps 4-6
# change anything (see screen.py), so clean text skips them.
_STEP_SCREEN = STEP_SCREEN
_FOLD_SCREEN = (
    "["
    + "".join(re2.escape(chr(c)) for c in sorted(FOLD_TABLE) if not 0xD800 <= c <= 0xDFFF)
    + "]"
)


def _compile_screens() -> tuple[re2.Set, object]:
    opts = _screen_options()
    both = re2.Set.SearchSet(options=opts)
    both.Add(_FOLD_SCREEN.encode())
    both.Add(_STEP_SCREEN.encode())
    both.Compile()
    steps_only = re2.compile(_STEP_SCREEN.encode(), options=opts)._regexp
    return both, steps_only


_SCREENS, _STEPS_SCREEN = _compile_screens()
_SCREENS_MATCH = _SCREENS._set.Match
_UNANCHORED = re2._Anchor.UNANCHORED
_ASCII_KEY = bytes.maketrans(b"_", b"-")
_KEY_REPLACEMENTS = tuple((chr(a), chr(b)) for a, b in KEY_TABLE.items())


def _apply_steps(s: str) -> str:
    for pattern, func in _STEPS:
        s = pattern.sub(func, s)
    return s


# NFKC reorders a run of combining marks by insertion sort: quadratic in the run. Marks are
# deleted after NFKC anyway, so runs longer than _MAX_MARKS are cut first (both paths).
_MAX_MARKS = 32
_LONG_MARKS_SCREEN = re2.compile(
    rf"[\p{{Mn}}\p{{Me}}]{{{_MAX_MARKS + 1}}}".encode(), options=_screen_options()
)._regexp
_LONG_MARKS = re.compile(f"{MARK_CLASS}{{{_MAX_MARKS + 1},}}")
_CHECK_MARKS_ABOVE = 256  # shorter texts cannot cost much


def _has_long_marks(text: str) -> bool:
    if len(text) <= _CHECK_MARKS_ABOVE:
        return False
    b = text.encode("utf-8", "replace")
    return _LONG_MARKS_SCREEN.Match(_UNANCHORED, b, 0, len(b))[0][0] != -1


def _cut_marks(m: re.Match[str]) -> str:
    return m.group()[:_MAX_MARKS]


def _fold(text: str, hits: Sequence[int] | None = None) -> tuple[str, bool, bool]:
    """Steps 1-3: (folded text, True if 1:1 with the original, True if steps may apply).

    `hits` is `screen(text)` when the caller already ran it. Without a SPECIAL character
    steps 1-3 are a plain case fold (screen.py says why), the common case.
    """
    if hits is None:
        hits = screen(text)
    if SPECIAL not in hits:
        return (text.lower() if text.isascii() else text.casefold()), True, STEPS in hits
    return _fold_full(text)


def _fold_full(text: str) -> tuple[str, bool, bool]:
    """`_fold` the long way: NFKC, casefold and the fold table, each screened."""
    if text.isascii():
        s = text.lower()
        b = s.encode("ascii")
        return s, True, _STEPS_SCREEN.Match(_UNANCHORED, b, 0, len(b))[0][0] != -1
    same = True
    if _has_long_marks(text):
        text = _LONG_MARKS.sub(_cut_marks, text)
        same = False
    nfkc = unicodedata.normalize("NFKC", text)
    s = nfkc.casefold()
    same = same and len(s) == len(text) and (nfkc is text or nfkc == text)
    try:
        hits = _SCREENS_MATCH(s.encode("utf-8"))
    except UnicodeEncodeError:  # lone surrogates: the table deletes them
        hits = [0, 1]
    if not hits:
        return s, same, False
    if 0 in hits:
        folded = s.translate(FOLD_TABLE)
        same = same and len(folded) == len(s)
        s = folded
        if 1 not in hits:  # folding may create what the step screen looks for
            b = s.encode("utf-8")
            return s, same, _STEPS_SCREEN.Match(_UNANCHORED, b, 0, len(b))[0][0] != -1
    return s, same, True


@dataclass(frozen=True, slots=True)
class FastText:
    """The fast pass: normalized text, the folded text before steps 4-6 and what they did."""

    text: str
    folded: str
    same: bool  # steps 1-3 mapped the original 1:1 onto `folded`
    edits: tuple[tuple[int, int, str], ...]  # (lo, hi, new text) windows of `folded`

    @property
    def identity(self) -> bool:
        return self.same and not self.edits


def _fast(text: str, hits: Sequence[int] | None = None) -> FastText:
    s, same, steps = _fold(text, hits)
    if not steps:
        return FastText(s, s, same, ())
    edits = []
    for lo, hi in step_windows(s):
        piece = _apply_steps(s[lo:hi])
        if piece != s[lo:hi]:
            edits.append((lo, hi, piece))
    if not edits:
        return FastText(s, s, same, ())
    parts, pos = [], 0
    for lo, hi, piece in edits:
        parts.append(s[pos:lo])
        parts.append(piece)
        pos = hi
    parts.append(s[pos:])
    return FastText("".join(parts), s, same, tuple(edits))


def fast_normalize(text: str) -> str:
    """The normalized text without offsets: the hot path used before any match is known."""
    return _fast(text).text


def fast_normalize_flagged(text: str) -> tuple[str, bool]:
    """(normalized text, True when each character maps 1:1 to the original)."""
    fast = _fast(text)
    return fast.text, fast.identity


def key_of(normalized: str) -> bytes:
    """The ASCII byte key the RE2 matchers read: one byte per normalized character.

    Protected letters become uppercase placeholders, "_" becomes "-" (markdown is not a
    word character) and the wildcard mark becomes "_"; anything else non-ASCII becomes "?".
    """
    if normalized.isascii():
        return normalized.encode("ascii").translate(_ASCII_KEY)
    for src, dst in _KEY_REPLACEMENTS:  # a few C-speed replaces beat a per-char translate
        if src in normalized:
            normalized = normalized.replace(src, dst)
    return normalized.encode("ascii", "replace")


def fast_key(text: str) -> bytes:
    """`key_of(fast_normalize(text))`."""
    return key_of(fast_normalize(text))


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
        return key_of(self.text)


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
        if len(self.text.translate(FOLD_TABLE)) != len(self.text):
            self.sub(_DELETED_RUN, _delete)
        self.replace_same_length(self.text.translate(FOLD_TABLE))


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
    return normalize_from(text, _fast(text))


def fast_text(text: str, hits: Sequence[int] | None = None) -> FastText:
    """The fast pass with what `normalize_from` needs to add offsets later.

    `hits` is `screen.screen(text)` when the caller already ran it.
    """
    return _fast(text, hits)


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
    for pattern, func in _STEPS:
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
    if _has_long_marks(text):
        t.sub(_LONG_MARKS, _cut_marks)
    t.nfkc()
    t.casefold()
    t.fold_table()
    if t.text != fast.folded:  # cannot happen (tests hold both paths equal); be safe
        for pattern, func in _STEPS:
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
