"""Message shape: shouting (caps ratio), zalgo (combining-mark density) and mass mentions."""

from __future__ import annotations

import re

import re2

from bot.filters.charmap import MARK_CLASS

__all__ = [
    "caps_ratio",
    "count_mentions",
    "is_excessive_caps",
    "is_mass_mention",
    "is_zalgo",
    "zalgo_ratio",
]

_MARK_RUN = re.compile(MARK_CLASS + "+")
_ANY_MARK = re2.compile(rb"[\p{Mn}\p{Me}]")._regexp
_UNANCHORED = re2._Anchor.UNANCHORED
_UPPER = bytes(range(65, 91))
_LOWER = bytes(range(97, 123))


def _has_marks(text: str) -> bool:
    """A DFA-speed screen: most non-ASCII text has no combining marks at all."""
    try:
        b = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: count the slow way
        return True
    return _ANY_MARK.Match(_UNANCHORED, b, 0, len(b))[0][0] != -1


def _count_marks(text: str) -> int:
    if text.isascii() or not _has_marks(text):
        return 0
    return len(text) - len(_MARK_RUN.sub("", text))  # one C pass, however many runs


def _cased(text: str) -> tuple[int, int]:
    """(uppercase, lowercase) letter counts, by byte counting over the ASCII letters.

    Non-ASCII letters are counted one by one only when a text has too few ASCII letters to
    judge (Cyrillic, Greek); å/ä/ö/ł in Latin-script text do not move the ratio much.
    """
    b = text.encode("ascii", "ignore")
    upper = len(b) - len(b.translate(None, _UPPER))
    lower = len(b) - len(b.translate(None, _LOWER))
    if len(b) == len(text) or upper + lower >= len(text) // 2:
        return upper, lower
    return sum(map(str.isupper, text)), sum(map(str.islower, text))


# <@123>, <@!123> (Discord users), <@&123> (roles), @everyone/@here, @username (Telegram)
_MENTION = re.compile(r"<@[!&]?\d+>|(?<![\w.])@(?:everyone|here|[A-Za-z][A-Za-z0-9_]{3,31})")


def caps_ratio(text: str) -> float:
    """Uppercase letters / all cased letters (0.0 when there are none)."""
    if text.islower() or not text:
        return 0.0
    upper, lower = _cased(text)
    return upper / (upper + lower) if upper else 0.0


def is_excessive_caps(text: str, ratio: float = 0.7, min_length: int = 10) -> bool:
    """Shouting: at least `min_length` cased letters and at least `ratio` of them uppercase."""
    if len(text) < min_length or text.islower():
        return False
    upper, lower = _cased(text)
    return upper + lower >= min_length and upper >= ratio * (upper + lower)


def zalgo_ratio(text: str) -> float:
    """Combining marks per base character; plain text is 0, Vietnamese about 0.3, zalgo > 1."""
    marks = _count_marks(text)
    return marks / max(1, len(text) - marks) if marks else 0.0


def is_zalgo(text: str, ratio: float = 0.5, min_marks: int = 4) -> bool:
    """Zalgo: at least `min_marks` combining marks and more than `ratio` per base character."""
    marks = _count_marks(text)
    return marks >= min_marks and marks / max(1, len(text) - marks) > ratio


def count_mentions(text: str) -> int:
    """Mentions written in the text (the platform's own mention list is better when known)."""
    if "@" not in text:
        return 0
    return len(_MENTION.findall(text))


def is_mass_mention(count: int, limit: int) -> bool:
    """True when a message mentions more than `limit` members or roles."""
    return count > limit
