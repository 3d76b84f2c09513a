"""Whole-word phrase matching for thanks words and introduction keywords.

Words and phrases are matched casefolded, as whole words (so "tack" never matches
"tacka" and "ty" never matches "tydlig"), with any run of spaces between the words of a
phrase. A matcher is compiled once per word list and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["PhraseMatcher", "matcher_for"]


class PhraseMatcher:
    """Finds which of a fixed set of phrases occur in a text."""

    __slots__ = ("_pattern", "phrases")

    def __init__(self, phrases: Iterable[str]) -> None:
        cleaned = {" ".join(phrase.casefold().split()) for phrase in phrases}
        self.phrases: frozenset[str] = frozenset(phrase for phrase in cleaned if phrase)
        if not self.phrases:
            self._pattern = None
            return
        ordered = sorted(self.phrases, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in ordered)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def found(self, text: str) -> set[str]:
        """The phrases present in `text` (in their normalized, casefolded form)."""
        if self._pattern is None or not text:
            return set()
        return {" ".join(hit.split()) for hit in self._pattern.findall(text.casefold())}

    def any(self, text: str) -> bool:
        return (
            self._pattern is not None
            and bool(text)
            and bool(self._pattern.search(text.casefold()))
        )


@lru_cache(maxsize=256)
def _cached(phrases: tuple[str, ...]) -> PhraseMatcher:
    return PhraseMatcher(phrases)


def matcher_for(phrases: Iterable[str]) -> PhraseMatcher:
    """A cached matcher for this word list (rule files are frozen, so lists repeat)."""
    return _cached(tuple(sorted(set(phrases))))
