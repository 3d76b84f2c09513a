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
every output character, the span of original characters it came from. A hypothesis test
checks that both give the same text.
"""

from __future__ import annotations

import re
import unicodedata
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


def _screen_options() -> re2.Options:
    opts = re2.Options()
    opts.never_capture = True
    return opts


_Rep = str | list[tuple[str, int, int]]

__all__ = [
    "NormalizedText",
    "fast_key",
    "fast_normalize",
    "fast_normalize_flagged",
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


# RE2 screens over the UTF-8 text, run as one set in a single DFA pass. Screen 0: any
# character the fold table touches. Screen 1: a superset of the places where steps 4-6
# change anything (every non-ASCII character counts as a letter), so clean text skips them.
_W = r"[0-9a-z\x{80}-\x{10ffff}]"
_NW = r"(?:^|$|[^0-9a-z\x{80}-\x{10ffff}])"
_SEP = r"[ .\-_*~/+,\x{b7}\x{2022}]"
_E = r"[0-9a-z\x{80}-\x{10ffff}@$!|]"
_STEP_SCREEN = "|".join(
    [
        rf"{_NW}{_E}{_SEP}{_E}{_SEP}{_E}{_NW}",
        rf"{_W}[0-9_@$]|[0-9_@$]{_W}|[!|*]{_W}",
        "|".join(f"{c}{{4}}" for c in "abcdefghijklmnopqrstuvwxyz"),
        r"[\x{80}-\x{10ffff}]{4}",
    ]
)
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


def _fast(text: str) -> tuple[str, bool]:
    """(normalized text, True if every character maps 1:1 onto the original)."""
    if text.isascii():
        s = text.lower()
        b = s.encode("ascii")
        if _STEPS_SCREEN.Match(_UNANCHORED, b, 0, len(b))[0][0] == -1:
            return s, True
        return _apply_steps(s), False
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
        return s, same
    if 0 in hits:
        folded = s.translate(FOLD_TABLE)
        same = same and len(folded) == len(s)
        s = folded
        if 1 not in hits:  # folding may create what the step screen looks for
            b = s.encode("utf-8")
            if _STEPS_SCREEN.Match(_UNANCHORED, b, 0, len(b))[0][0] == -1:
                return s, same
    return _apply_steps(s), False


def fast_normalize(text: str) -> str:
    """The normalized text without offsets: the hot path used before any match is known."""
    return _fast(text)[0]


def fast_normalize_flagged(text: str) -> tuple[str, bool]:
    """(normalized text, True when each character maps 1:1 to the original)."""
    return _fast(text)


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

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = list(range(len(text)))
        self.ends = list(range(1, len(text) + 1))

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
    per-character work is done; otherwise each step carries the spans along.
    """
    return normalize_from(text, *_fast(text))


def normalize_from(text: str, fast: str, identity: bool) -> NormalizedText:
    """`normalize` when the fast path already ran (its text and identity flag)."""
    if identity:
        return NormalizedText(text, fast, range(len(text)), range(1, len(text) + 1))
    t = _Tracked(text)
    if text.isascii():
        t.replace_same_length(text.lower())
    else:
        if _has_long_marks(text):
            t.sub(_LONG_MARKS, _cut_marks)
        t.nfkc()
        t.casefold()
        t.fold_table()
    for pattern, func in _STEPS:
        t.sub(pattern, func)
    return NormalizedText(text, t.text, tuple(t.starts), tuple(t.ends))
