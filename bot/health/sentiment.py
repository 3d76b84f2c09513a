"""Mood trend per language: score a message with the shipped lexicon.

The activity cog tallies the scores in the store (`Store.count_mood`); only counts are
kept, never text: for each (local day, language) how many messages leaned positive and
how many negative. Neutral messages are not counted, so scoring a message that holds no
mood word costs one tokenization and a few set lookups; the language is only guessed
(with `bot.filters.language.guess_language`) for the few messages whose mood words
belong to several languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.filters.language import guess_language
from bot.health.lexicon import LANGUAGES, NEGATIVE, NEGATORS, POSITIVE
from bot.storage.records import SentimentPoint

_WORD = re.compile(r"[\w']+")
_MOOD_WORDS = frozenset().union(*POSITIVE.values(), *NEGATIVE.values())
"""Every mood word of every language: one set check rules out most messages at once."""


@dataclass(frozen=True, slots=True)
class Mood:
    """One message's lean: +1 positive, -1 negative, 0 neither; and its language."""

    score: int
    language: str | None


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


def _most_likely(text: str, languages: Sequence[str], hits: dict[str, int]) -> str:
    """The language of a message whose mood words belong to several: a guess from the
    whole text, else the one with most hits (the community's first on a tie)."""
    guessed = _guess(text, list(hits))
    if guessed in hits:
        return guessed
    order = [lang for lang in languages if lang in hits]
    return max(order, key=lambda lang: (hits[lang], -order.index(lang)))


NEUTRAL = Mood(0, None)
_MOODS = {(lean, language): Mood(lean, language) for lean in (-1, 1) for language in LANGUAGES}
"""Every possible non-neutral answer, built once: scoring runs on every message."""


def score(text: str, languages: Sequence[str], hint: str | None = None) -> Mood:
    """The mood of `text` using the lexicons of `languages` (those Hearth ships)."""
    words = _WORD.findall(text.lower() if text.isascii() else text.casefold())
    if _MOOD_WORDS.isdisjoint(words):
        return NEUTRAL
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
        return NEUTRAL
    if len(hits) == 1:
        (language,) = hits
    elif hint in hits:
        language = hint
    else:
        language = _most_likely(text, languages, hits)
    value = totals[language]
    if value == 0:
        return NEUTRAL
    return _MOODS[(1 if value > 0 else -1, language)]


__all__ = ["LANGUAGES", "Mood", "SentimentPoint", "score"]
