"""Mood trend per language: score a message with the shipped lexicon, tally per day.

Only counts are kept, never text: for each (local day, language) how many messages
leaned positive and how many negative. Neutral messages are not counted, so scoring a
message that holds no mood word costs one tokenization and a few set lookups; the
language is only guessed for the few messages whose mood words belong to several
languages (with `bot.filters.language.guess_language`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.filters.language import guess_language
from bot.health.lexicon import LANGUAGES, NEGATIVE, NEGATORS, POSITIVE

STATE_KEY = "health.sentiment"
"""The community-state key under which the activity cog keeps its `SentimentTally`."""
KEEP_DAYS = 120
_WORD = re.compile(r"[\w']+")
_MOOD_WORDS = frozenset().union(*POSITIVE.values(), *NEGATIVE.values())
"""Every mood word of every language: one set check rules out most messages at once."""


@dataclass(frozen=True, slots=True)
class Mood:
    """One message's lean: +1 positive, -1 negative, 0 neither; and its language."""

    score: int
    language: str | None


@dataclass(frozen=True, slots=True)
class SentimentPoint:
    """Positive and negative messages in one language on one local day."""

    day: date
    language: str
    positive: int
    negative: int

    @property
    def net(self) -> float:
        """(positive - negative) / scored messages, from -1 to +1."""
        total = self.positive + self.negative
        return 0.0 if total == 0 else (self.positive - self.negative) / total


def _guess(text: str, candidates: Sequence[str]) -> str | None:
    try:
        return guess_language(text, list(candidates))
    except Exception:  # a detector bug must never cost a message its count
        return None


def _build_index() -> dict[str, tuple[tuple[str, int], ...]]:
    index: dict[str, list[tuple[str, int]]] = {}
    for language in LANGUAGES:
        for word in POSITIVE[language]:
            index.setdefault(word, []).append((language, 1))
        for word in NEGATIVE[language]:
            index.setdefault(word, []).append((language, -1))
    return {word: tuple(entries) for word, entries in index.items()}


_INDEX = _build_index()
"""mood word -> ((language, +1 or -1), ...): one pass over a message scores every language."""


def score(text: str, languages: Sequence[str], hint: str | None = None) -> Mood:
    """The mood of `text` using the lexicons of `languages` (those Hearth ships)."""
    words = _WORD.findall(text.casefold())
    if _MOOD_WORDS.isdisjoint(words):
        return Mood(0, None)
    totals: dict[str, int] = {}
    hits: dict[str, int] = {}
    for position, word in enumerate(words):
        for language, sign in _INDEX.get(word, ()):
            if language not in languages:
                continue
            if position and words[position - 1] in NEGATORS[language]:
                sign = -sign
            totals[language] = totals.get(language, 0) + sign
            hits[language] = hits.get(language, 0) + 1
    if not hits:
        return Mood(0, None)
    language = hint if hint in hits else None
    if language is None and len(hits) > 1:
        guessed = _guess(text, list(hits))
        language = guessed if guessed in hits else None
    if language is None:
        order = [lang for lang in languages if lang in hits]
        language = max(order, key=lambda lang: (hits[lang], -order.index(lang)))
    value = totals[language]
    return Mood((value > 0) - (value < 0), language)


@dataclass(slots=True)
class SentimentTally:
    """Counts per (day, language) for the last `KEEP_DAYS` days; lives in memory."""

    counts: dict[tuple[date, str], list[int]] = field(default_factory=dict)
    newest: date | None = None

    def add(self, day: date, mood: Mood) -> None:
        if not mood.score or mood.language is None:
            return
        cell = self.counts.setdefault((day, mood.language), [0, 0])
        cell[0 if mood.score > 0 else 1] += 1
        if self.newest is None or day > self.newest:
            self.newest = day
            oldest = day - timedelta(days=KEEP_DAYS)
            for key in [key for key in self.counts if key[0] < oldest]:
                del self.counts[key]

    def points(self, since: date | None = None) -> list[SentimentPoint]:
        """Every counted (day, language) from `since` on, oldest first."""
        return [
            SentimentPoint(day, language, positive, negative)
            for (day, language), (positive, negative) in sorted(self.counts.items())
            if since is None or day >= since
        ]


__all__ = ["LANGUAGES", "STATE_KEY", "Mood", "SentimentPoint", "SentimentTally", "score"]
