"""Word-list files: parsing, and compiling each entry into an RE2 pattern over the byte key.

File format (rules/wordlists/README.md has the full description)::

    # comment
    kurw*            abusive
    jag (ska|kommer (att )?)döda dig    threat
    slutet           ordinary
    pussy willow*    allow

A line is a pattern, then two or more spaces or a tab, then a kind: a severity (mild,
abusive, slur, threat), `ordinary` (a normal word in this language: never matched, and it
shields the word from other languages' lists unless the message looks like the other
language) or `allow` (a phrase inside which nothing matches). Pattern syntax: letters;
`*` = any run of letters (stems and inflections); `(a|b)` alternatives; `?` makes the
previous letter or group optional; a space = one or more separators; `-` = an optional
separator; `'` = an optional apostrophe. Whole words only: a pattern never matches inside
a longer word unless it says so with `*`.

Every letter is compiled leniently: leetspeak, the "*" wildcard mark, a letter written
three times ("fuuuck") and, for å ä ö æ ø ł ą ę ś ż ź ć ń ó, the ASCII spelling ("javla",
"jaevla") all match. The text side is never folded, so "höra" does not match "hora".
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.filters.charmap import FOLD_TABLE, PLACEHOLDER, PROTECTED_FOLDS
from bot.filters.normalize import fast_normalize
from bot.filters.types import Severity

__all__ = [
    "WORDLIST_DIR",
    "Entry",
    "PatternError",
    "WordList",
    "available_languages",
    "compile_pattern",
    "load_wordlist",
    "parse_wordlist",
]

log = logging.getLogger(__name__)

WORDLIST_DIR = Path(__file__).resolve().parents[2] / "rules" / "wordlists"
_WORD = "[a-zA-N_]"
_VOWELS = frozenset("aeiouyåäöæøąęó")
_KINDS = {s.value for s in Severity} | {"ordinary", "allow"}


class PatternError(ValueError):
    """A word-list line or community addition that cannot be compiled."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One compiled word-list entry; `regex` is RE2 syntax over the byte key."""

    label: str
    severity: Severity
    language: str | None
    regex: str


@dataclass(frozen=True, slots=True)
class WordList:
    """A language's entries, its ordinary words (normalized) and its allow phrases."""

    language: str
    entries: tuple[Entry, ...]
    ordinary: frozenset[str]
    allow: tuple[str, ...]


def _fold_letter(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).casefold().translate(FOLD_TABLE)


def _letter_atom(ch: str) -> tuple[str, tuple[str, ...]]:
    """(character class, multi-letter alternatives) for one pattern letter."""
    if ch in PLACEHOLDER:
        singles = [PLACEHOLDER[ch]]
        multi: list[str] = []
        for alt in PROTECTED_FOLDS[ch]:
            if len(alt) == 1:
                singles.append(PLACEHOLDER.get(alt, alt))
            else:
                multi.append(alt)
        return "[" + "".join(singles) + "_]", tuple(multi)
    if ch == "l":
        return "[li_]", ()
    return f"[{ch}_]", ()


def _letters(ch: str, count: int) -> str:
    cls, multi = _letter_atom(ch)
    # One letter may be written once or three times (runs are cut to three); a doubled
    # letter twice or three times. Two of the same is spelling, not shouting.
    rep = f"{cls}(?:{cls}{cls})?" if count == 1 else f"{cls}{{{count}}}{cls}?"
    if not multi:
        return rep
    return "(?:" + "|".join([rep, *multi]) + ")"


def compile_pattern(source: str) -> str:
    """Compile one word-list pattern to an RE2 regex over the normalized byte key."""
    folded = "".join(_fold_letter(c) if c.isalpha() else c for c in source.strip())
    if not folded or not any(c.isalpha() for c in folded):
        raise PatternError(f"pattern {source!r} has no letters")
    out: list[str] = []
    depth = 0
    i = 0
    n = len(folded)
    while i < n:
        c = folded[i]
        if c.isalpha():
            if not c.isascii() and c not in PLACEHOLDER:
                raise PatternError(f"pattern {source!r}: letter {c!r} has no key form")
            j = i + 1
            while j < n and folded[j] == c:
                j += 1
            count = j - i
            if j < n and folded[j] == "?" and count > 1:
                out.append(_letters(c, count - 1))
                count, i = 1, j - 1
            out.append(_letters(c, count))
            i += count
            continue
        if c == "*":
            out.append(_WORD + "*")
        elif c == "(":
            depth += 1
            out.append("(?:")
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise PatternError(f"pattern {source!r}: unbalanced ')'")
            out.append(")")
        elif c == "|":
            if depth == 0:
                raise PatternError(f"pattern {source!r}: '|' outside a group")
            out.append("|")
        elif c == "?":
            if not out:
                raise PatternError(f"pattern {source!r}: '?' with nothing before it")
            out[-1] = f"(?:{out[-1]})?"
        elif c == " ":
            while i + 1 < n and folded[i + 1] == " ":
                i += 1
            out.append(r"\W+")
        elif c == "-":
            out.append(r"\W*")
        elif c == "'":
            out.append("'?")
        else:
            raise PatternError(f"pattern {source!r}: unsupported character {c!r}")
        i += 1
    if depth != 0:
        raise PatternError(f"pattern {source!r}: unbalanced '('")
    return r"\b" + "".join(out) + r"\b"


def parse_wordlist(text: str, language: str, source: str = "<string>") -> WordList:
    """Parse word-list text; raises PatternError naming `source:line` on a bad line."""
    entries: list[Entry] = []
    ordinary: set[str] = set()
    allow: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        parts = line.replace("\t", "  ").rsplit("  ", 1)
        if len(parts) != 2 or parts[1].strip() not in _KINDS:
            raise PatternError(f"{source}:{lineno}: expected 'pattern  kind', got {raw!r}")
        pattern, kind = parts[0].strip(), parts[1].strip()
        try:
            if kind == "ordinary":
                ordinary.add(fast_normalize(pattern))
            elif kind == "allow":
                allow.append(compile_pattern(pattern))
            else:
                entries.append(Entry(pattern, Severity(kind), language, compile_pattern(pattern)))
        except PatternError as exc:
            raise PatternError(f"{source}:{lineno}: {exc}") from None
    return WordList(language, tuple(entries), frozenset(ordinary), tuple(allow))


def available_languages(directory: Path = WORDLIST_DIR) -> tuple[str, ...]:
    """Languages that have a word-list file (adding a language = adding a file)."""
    return tuple(sorted(p.stem for p in directory.glob("*.txt")))


@lru_cache(maxsize=64)
def load_wordlist(language: str, directory: Path = WORDLIST_DIR) -> WordList | None:
    """The parsed list for `language`, read once per process; None if there is no file."""
    path = directory / f"{language}.txt"
    if not path.is_file():
        log.debug("no word list for language %s in %s", language, directory)
        return None
    return parse_wordlist(path.read_text(encoding="utf-8"), language, str(path))
