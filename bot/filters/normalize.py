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

`fast_normalize` gives the text at C speed for the hot path; `normalize` (offsets.py,
re-exported here) also tracks, for every output character, the span of original characters
it came from. One RE2 screen over the raw text (screen.py) lets plain text skip steps 1-3
beyond a case fold, and steps 4-6 run only on small windows around their screen hits
(windows.py), so a long message costs little more than its suspicious words. Hypothesis
tests check that both paths give the same text and that the windows give what the steps
on the whole text give.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import re2

from bot.filters.charmap import (
    FOLD_TABLE,
    KEY_TABLE,
    MARK_CLASS,
    PROTECTED,
    STAR_MARK,
)
from bot.filters.screen import SPECIAL, STEP_SCREEN, STEPS, screen
from bot.filters.windows import step_windows


def _screen_options() -> re2.Options:
    opts = re2.Options()
    opts.never_capture = True
    return opts


__all__ = [
    "FastText",
    "fast_key",
    "fast_normalize",
    "fast_normalize_flagged",
    "fast_text",
    "key_of",
    "plain_key",
]

_ELEMENT = r"(?:[^\W_]|[@$!|])"
_SPACED = re.compile(
    rf"(?<![^\W_])(?<![@$!|]){_ELEMENT}([ .\-_*~/+,·•])(?:{_ELEMENT}\1)+{_ELEMENT}(?![^\W_])"
)
_LEET_TOKEN = re.compile(r"(?<![\w@$!|*])[\w@$!|*]*[\d@$!|*][\w@$!|*]*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_RUNS = re.compile(r"([^\W\d_])\1{3,}")

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


def _plain_key_codec() -> tuple[object, bytes]:
    """A charmap that folds case and builds the key in one C pass, then a byte fix-up.

    A charmap maps each character to one byte, at most 256 characters: ASCII as itself
    ("_" to a spare byte, the wildcard mark to "_"), uppercase ASCII and both cases of the
    protected letters to spare bytes that the fix-up turns into lowercase and placeholders.
    Anything else becomes "?" (errors="replace"), as in `key_of`.
    """
    chars = [chr(i) for i in range(128)] + ["\ufffe"] * 128
    fixup = bytearray(range(256))
    chars[ord("_")] = STAR_MARK
    chars[0x80] = "_"
    fixup[0x80] = ord("-")
    for i in range(26):
        fixup[ord("A") + i] = ord("a") + i
    for i, letter in enumerate(PROTECTED):
        chars[0xA0 + i], chars[0xC0 + i] = letter, letter.upper()
        fixup[0xA0 + i] = fixup[0xC0 + i] = KEY_TABLE[ord(letter)]
    return codecs.charmap_build("".join(chars)), bytes(fixup)


_PLAIN_MAP, _PLAIN_FIXUP = _plain_key_codec()
_charmap_encode = codecs.charmap_encode


def plain_key(text: str) -> bytes:
    """`key_of(text.casefold())` for a text without a SPECIAL screen hit (see screen.py).

    Without one, case folding is 1:1 and the fold table changes nothing, so the key is a
    per-character map: one charmap pass instead of a case fold and a pass per letter.
    """
    return _charmap_encode(text, "replace", _PLAIN_MAP)[0].translate(_PLAIN_FIXUP)


def fast_key(text: str) -> bytes:
    """`key_of(fast_normalize(text))`."""
    return key_of(fast_normalize(text))


def fast_text(text: str, hits: Sequence[int] | None = None) -> FastText:
    """The fast pass with what `normalize_from` needs to add offsets later.

    `hits` is `screen.screen(text)` when the caller already ran it.
    """
    return _fast(text, hits)


# The offset-tracking half lives in offsets.py, which reads this module's steps at call time;
# re-exported lazily so that either module may be imported first.
