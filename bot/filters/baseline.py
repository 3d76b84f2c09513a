"""better-profanity's English word list as a baseline for the profanity filter.

Its entries are folded through Hearth's normalization (so "sh1t" and "f.u.c.k" become
"shit" and "fuck") and compiled like word-list patterns, at severity mild: Hearth's own
curated lists decide severities, the baseline only catches what they lack. Words in the
list that are ordinary English ("hell", "kill", "god") are marked `ordinary` in
rules/wordlists/en.txt and never match.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

from bot.filters.normalize import fast_normalize
from bot.filters.types import Severity
from bot.filters.wordlist import Entry, PatternError, compile_pattern

__all__ = ["baseline_entries", "baseline_words"]

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def baseline_words() -> tuple[str, ...]:
    """The better-profanity list, normalized and deduplicated ('' if not installed)."""
    try:
        raw = (
            resources.files("better_profanity")
            .joinpath("profanity_wordlist.txt")
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("better-profanity is not installed; no baseline word list")
        return ()
    words = (fast_normalize(line.strip()) for line in raw.splitlines() if line.strip())
    return tuple(dict.fromkeys(w for w in words if w))


@lru_cache(maxsize=1)
def baseline_entries() -> tuple[Entry, ...]:
    """Compiled baseline entries (language "en"); words that do not compile are skipped."""
    entries = []
    for word in baseline_words():
        try:
            entries.append(Entry(word, Severity.MILD, "en", compile_pattern(word)))
        except PatternError:
            log.debug("baseline word %r skipped", word)
    return tuple(entries)
