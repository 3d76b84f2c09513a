"""Durations as people type them: "90s", "10m", "2h", "1d", "1w", "1h30m".

Used by commands (timeout, ban, slowmode) and by rule files (strike half-life,
raid windows), so both reject the same bad input with the same message.
"""

from __future__ import annotations

import math
import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PART = re.compile(r"(\d{1,7})\s*([smhdw])")
_WHOLE = re.compile(r"(?:\d{1,7}\s*[smhdw]\s*)+")


class DurationError(ValueError):
    """Raised with the offending text when a duration cannot be read."""


def parse_duration(text: str | int | float) -> int:
    """Return the number of seconds in `text`; a bare number means seconds.

    >>> parse_duration("1h30m")
    5400
    """
    if isinstance(text, bool):
        raise DurationError(str(text))
    if isinstance(text, int | float):
        if text < 0 or not math.isfinite(text):
            raise DurationError(str(text))
        return int(text)
    cleaned = text.strip().lower()
    if cleaned.isdecimal():
        return int(cleaned)
    if not cleaned or not _WHOLE.fullmatch(cleaned):
        raise DurationError(text)
    seconds = sum(int(amount) * _UNITS[unit] for amount, unit in _PART.findall(cleaned))
    if seconds <= 0:
        raise DurationError(text)
    return seconds


def format_duration(seconds: int) -> str:
    """The shortest exact form: 5400 -> "1h30m", 0 -> "0s"."""
    if seconds <= 0:
        return "0s"
    parts = []
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        amount, seconds = divmod(seconds, size)
        if amount:
            parts.append(f"{amount}{unit}")
    return "".join(parts)
