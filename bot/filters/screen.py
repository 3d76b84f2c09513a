"""One RE2 pass over a message's raw UTF-8 that says which work the message needs.

A clean message should cost one screen, one case fold and one prefilter search. The screen
is an RE2 Set run once per message; each pattern is a cheap superset of where a step or a
detector can find anything:

- SPECIAL: a character that NFKC, casefold or the fold table would change beyond plain
  lowercasing (accents, homoglyphs, zero-width, marks, full-width, ligatures, "ß", jamo
  that compose...). Without one, normalization steps 1-3 are `casefold()` and 1:1.
- STEPS: where the spacing/leetspeak/run steps (normalize.py, 4-6) may change anything.
- MARKS: a combining mark (zalgo needs counting only then).
- PRIVACY: "@" or a digit run that an e-mail, phone or id number needs.
- LINKS: "://", "www." or a dot before a letter (every link form has one).
- CAPS: at least CAPS_MIN uppercase letters (anything `str.isupper` counts), so the caps
  ratio is counted only on a message that could be shouting.
"""

from __future__ import annotations

import unicodedata

import re2

from bot.filters.charmap import FOLD_TABLE

__all__ = [
    "CAPS",
    "CAPS_MIN",
    "LINKS",
    "MARKS",
    "PRIVACY",
    "SET_MATCH",
    "SPECIAL",
    "STEPS",
    "STEP_SCREEN",
    "screen",
]

SPECIAL, STEPS, MARKS, PRIVACY, LINKS, CAPS = range(6)
ALL = (SPECIAL, STEPS, MARKS, PRIVACY, LINKS, CAPS)
CAPS_MIN = 5

# A superset of the places where steps 4-6 change anything in casefolded text (every
# non-ASCII character counts as a letter). Case-insensitive, so it also holds on raw text.
_L = r"[a-z\x{80}-\x{10ffff}]"  # a letter (every non-ASCII character counts as one)
# A boundary: anything but an ASCII letter or digit may be one (a control character or a
# dash after "f u c k" ends the spaced run), so a non-ASCII neighbour never hides a hit.
_NW = r"(?:^|$|[^0-9a-z])"
_SEP = r"[ .\-_*~/+,\x{b7}\x{2022}]"
_E = r"[0-9a-z\x{80}-\x{10ffff}@$!|]"
STEP_SCREEN = "|".join(
    [
        rf"{_NW}{_E}{_SEP}{_E}{_SEP}{_E}{_NW}",
        # leet needs a letter and a leet character in one token, so somewhere in it a letter
        # touches one (through a run of !|*): digits next to digits ("+46 70") are no hit
        rf"{_L}[!|*]*[0-9_@$]|[0-9_@$][!|*]*{_L}|[!|*]{_L}",
        "|".join(f"{c}{{4}}" for c in "abcdefghijklmnopqrstuvwxyz"),
        r"[\x{80}-\x{10ffff}]{4}",
    ]
)
_LAST_SCANNED = 0x323B0  # above this: unassigned, private use, tags (tags are in the table)


def _special_class() -> str:
    """Characters whose normalization is more than a 1:1 case fold to a kept character."""
    trailing = set(range(0x1160, 0x1200)) | set(range(0xD7B0, 0xD800))  # Hangul V/T jamo
    for cp in range(0x80, 0x30000):
        dec = unicodedata.decomposition(chr(cp))
        if dec and not dec.startswith("<") and len(dec.split()) == 2:
            trailing.add(int(dec.split()[1], 16))
    special = {cp for cp in FOLD_TABLE if not 0xD800 <= cp <= 0xDFFF}
    special |= trailing
    nfkc, combining = unicodedata.normalize, unicodedata.combining
    for cp in range(0x80, _LAST_SCANNED):
        if cp in special or 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        folded = ch.casefold()
        if (
            combining(ch)
            or len(folded) != 1
            or ord(folded) in FOLD_TABLE
            or nfkc("NFKC", ch) != ch
        ):
            special.add(cp)
    return _char_class(special)


def _upper_class() -> str:
    """Every character `str.isupper` counts (shape.py counts with it), as an RE2 class."""
    return _char_class({cp for cp in range(0x41, 0x20000) if chr(cp).isupper()})


def _char_class(codepoints: set[int]) -> str:
    cps = sorted(codepoints)
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(f"\\x{{{cps[i]:x}}}" if i == j else f"\\x{{{cps[i]:x}}}-\\x{{{cps[j]:x}}}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_PATTERNS = {
    SPECIAL: _special_class(),
    STEPS: "(?i)" + STEP_SCREEN,
    MARKS: r"[\p{Mn}\p{Me}]",
    PRIVACY: r"@|\+[1-9]|00[1-9]|[0-9]{6}",
    LINKS: r"(?i)://|www\.|\.[a-z]",
    CAPS: f"(?s)(?:{_upper_class()}.*){{{CAPS_MIN}}}",
}


def _compile() -> re2.Set:
    opts = re2.Options()
    opts.never_capture = True
    opts.max_mem = 64 << 20
    screens = re2.Set.SearchSet(options=opts)
    for index in ALL:
        assert screens.Add(_PATTERNS[index].encode()) == index
    screens.Compile()
    return screens._set


SET_MATCH = _compile().Match  # the raw call on UTF-8 bytes, for callers that have them


def screen(text: str) -> list[int]:
    """Indexes of the screens that hit `text` (all of them for lone surrogates)."""
    try:
        return SET_MATCH(text.encode("utf-8"))
    except UnicodeEncodeError:
        return list(ALL)
