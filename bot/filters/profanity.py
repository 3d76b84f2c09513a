"""Profanity, slur and threat detection per language, from the word lists in rules/wordlists.

One RE2 alternation over every active entry screens each message at DFA speed on the
normalized byte key; only a message that hits gets offsets (tracked only where
normalization was not 1:1) and is checked entry by entry on the same key (an RE2 Set says
which entries), so a moderator sees exactly which original characters matched. Filters
are built by the cached factory `profanity_filter`: communities with the same settings
share one object and one set of compiled automata.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import re2

from bot.filters.baseline import baseline_entries
from bot.filters.language import guess_language
from bot.filters.normalize import FastText, fast_text, key_of, plain_key
from bot.filters.offsets import NormalizedText, normalize, normalize_from
from bot.filters.screen import SPECIAL, STEPS, screen
from bot.filters.types import Match, Severity
from bot.filters.wordlist import Entry, PatternError, compile_pattern, load_wordlist

__all__ = ["Explanation", "ProfanityFilter", "profanity_filter"]

log = logging.getLogger(__name__)

_DETECTOR = "profanity"
_REGEX_PREFIX = "re:"
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN_0123456789")


def _options(*, capture: bool) -> re2.Options:
    opts = re2.Options()
    opts.max_mem = 256 << 20
    opts.never_capture = not capture
    return opts


@lru_cache(maxsize=8192)
def _compiled(regex: str) -> re2._Regexp:
    """One compiled RE2 per distinct entry regex, shared by every filter that uses it."""
    return re2.compile(regex.encode("ascii"), options=_options(capture=False))


_UNANCHORED = re2._Anchor.UNANCHORED
_NO_SPANS = [(-1, -1)]


def _no_match(_anchor: object, _key: bytes, _pos: int, _end: int) -> list[tuple[int, int]]:
    return _NO_SPANS


def _spans(regex: str, key: bytes) -> list[tuple[int, int]]:
    """Non-empty, non-overlapping match spans of an entry in the key (raw RE2 calls)."""
    match = _compiled(regex)._regexp.Match
    out = []
    pos, n = 0, len(key)
    while pos <= n:
        span = match(_UNANCHORED, key, pos, n)[0]
        if span[0] == -1:
            break
        if span[1] > span[0]:
            out.append(span)
            pos = span[1]
        else:
            pos = span[1] + 1
    return out


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a text did or did not match, for `hearth replay --explain`."""

    text: str
    normalized: str
    matches: tuple[Match, ...]
    allowed: tuple[Match, ...]
    suppressed: tuple[Match, ...]
    languages: tuple[str, ...]


class ProfanityFilter:
    """Scans text against the entries of some languages plus community additions."""

    def __init__(
        self,
        languages: Sequence[str],
        extra: Sequence[tuple[str, Severity]] = (),
        allow: Sequence[str] = (),
        baseline: bool = True,
    ) -> None:
        self.languages = tuple(languages)
        lists = [wl for wl in (load_wordlist(lang) for lang in self.languages) if wl]
        entries: list[Entry] = [e for wl in lists for e in wl.entries]
        if baseline and ("en" in self.languages or not lists):
            english = load_wordlist("en")
            skip = english.ordinary if english else frozenset()
            entries.extend(e for e in baseline_entries() if e.label not in skip)
        self._regex_extras: list[tuple[str, Severity, re2._Regexp]] = []
        for term, severity in extra:
            sev = Severity(severity)
            if term.startswith(_REGEX_PREFIX):
                source = term[len(_REGEX_PREFIX) :]
                try:
                    rx = re2.compile(source, options=_options(capture=False))
                except re2.error as exc:
                    raise PatternError(f"community pattern {source!r}: {exc}") from None
                self._regex_extras.append((term, sev, rx))
            else:
                entries.append(Entry(term, sev, None, compile_pattern(term)))
        self._entries = tuple(entries)
        self._ordinary = {wl.language: wl.ordinary for wl in lists}
        allow_regexes = [rx for wl in lists for rx in wl.allow]
        allow_regexes += [compile_pattern(a) for a in allow]
        self._allow = (
            "|".join(f"(?:{rx})" for rx in dict.fromkeys(allow_regexes)) if allow_regexes else None
        )
        self._prefilter: re2._Regexp | None = None
        self._prefilter_match = _no_match
        self._set: re2.Set | None = None
        if self._entries:
            union = "|".join(f"(?:{e.regex})" for e in self._entries)
            self._prefilter = re2.compile(union.encode("ascii"), options=_options(capture=False))
            self._prefilter_raw = self._prefilter._regexp
            self._prefilter_match = self._prefilter_raw.Match
            self._set = re2.Set.SearchSet(options=_options(capture=False))
            for e in self._entries:
                self._set.Add(e.regex.encode("ascii"))
            self._set.Compile()

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every active entry (word lists, baseline, community additions)."""
        return self._entries

    @property
    def plain_matcher(self) -> Callable[[object, bytes, int, int], list[tuple[int, int]]] | None:
        """The raw prefilter call for callers that build the key themselves, or None.

        None when community regex additions exist: they read the text, not the key, so a
        prefilter miss alone does not prove a clean message.
        """
        return None if self._regex_extras else self._prefilter_match

    def hits_key(self, key: bytes) -> bool:
        """True when the byte key may contain a match (the cheap screening step)."""
        if self._prefilter is None:
            return False
        return self._prefilter_raw.Match(re2._Anchor.UNANCHORED, key, 0, len(key))[0][0] != -1

    def scan(self, text: str, hits: Sequence[int] | None = None) -> list[Match]:
        """Matches in `text`, with offsets and excerpts from the original text.

        `hits` is `screen.screen(text)` when the caller already ran it. A message that the
        screen finds plain (most are) costs a case fold, a key and one prefilter search.
        """
        if hits is None:
            hits = screen(text)
        if not hits or (SPECIAL not in hits and STEPS not in hits):
            key = plain_key(text)
            if self._prefilter_match(_UNANCHORED, key, 0, len(key))[0][0] == -1 and not (
                self._regex_extras
                and any(rx.search(text.casefold()) for *_, rx in self._regex_extras)
            ):
                return []
            return self.scan_plain(text, key)
        else:
            fast = fast_text(text, hits)
            key = key_of(fast.text)
            if not self.hits_key(key) and not (
                self._regex_extras
                and any(rx.search(fast.text) for _t, _s, rx in self._regex_extras)
            ):
                return []
        return list(self._scan_slow(normalize_from(text, fast), key)[0])

    def scan_plain(self, text: str, key: bytes) -> list[Match]:
        """`scan` for a text without SPECIAL or STEPS screen hits whose `plain_key` is known.

        Normalization is then a case fold, 1:1, so offsets need no tracking.
        """
        folded = text.lower() if text.isascii() else text.casefold()
        norm = normalize_from(text, FastText(folded, folded, True, ()))
        return list(self._scan_slow(norm, key)[0])

    def explain(self, text: str) -> Explanation:
        """Normalized text, matches, allow-list hits and suppressed homographs."""
        norm = normalize(text)
        matches, allowed, suppressed = self._scan_slow(norm, norm.key)
        return Explanation(text, norm.text, matches, allowed, suppressed, self.languages)

    def _scan_slow(
        self, norm: NormalizedText, key: bytes
    ) -> tuple[tuple[Match, ...], tuple[Match, ...], tuple[Match, ...]]:
        raw: list[tuple[int, int, str, Severity, str | None]] = []
        if self._set is not None:
            for idx in self._set._set.Match(key):
                e = self._entries[idx]
                for ks, ke in _spans(e.regex, key):
                    raw.append((ks, ke, e.label, e.severity, e.language))
        for label, sev, rx in self._regex_extras:
            for m in rx.finditer(norm.text):
                if m.end() > m.start():
                    raw.append((m.start(), m.end(), label, sev, None))
        if not raw:
            return (), (), ()
        allow_spans = _spans(self._allow, key) if self._allow else []
        matches: dict[tuple[int, int], Match] = {}
        allowed: dict[tuple[int, int], Match] = {}
        suppressed: dict[tuple[int, int], Match] = {}
        guess: list[str | None] = []
        for ks, ke, label, sev, lang in raw:
            start, end = norm.original_span(ks, ke)
            match = Match(_DETECTOR, label, sev, lang, start, end, norm.original[start:end])
            if any(a <= ks and ke <= b for a, b in allow_spans):
                allowed.setdefault((start, end), match)
                continue
            if lang is not None and self._is_homograph(norm, key, ks, ke, lang, guess):
                suppressed.setdefault((start, end), match)
                continue
            prev = matches.get((start, end))
            if prev is None or (prev.language is None and lang is not None) or sev > prev.severity:
                matches[(start, end)] = match
        ordered = tuple(sorted(matches.values(), key=lambda m: (m.start, m.end, m.label)))
        return ordered, tuple(allowed.values()), tuple(suppressed.values())

    def _is_homograph(
        self,
        norm: NormalizedText,
        key: bytes,
        ks: int,
        ke: int,
        lang: str,
        guess: list[str | None],
    ) -> bool:
        """True when the matched word is an ordinary word that should not count here.

        An ordinary word of the entry's own language never counts (the baseline list has
        "hell" and "kill"); an ordinary word of another active language counts only when
        the message looks like the entry's language ("slut" is "end" in Swedish).
        """
        if not self._ordinary:
            return False
        ws, we = ks, ke
        while ws > 0 and key[ws - 1] in _WORD_BYTES:
            ws -= 1
        while we < len(key) and key[we] in _WORD_BYTES:
            we += 1
        word = norm.text[ws:we]
        if word in self._ordinary.get(lang, ()):
            return True
        others = [lg for lg, words in self._ordinary.items() if lg != lang and word in words]
        if not others:
            return False
        if not guess:
            guess.append(guess_language(norm.original, self.languages))
        return guess[0] != lang


@lru_cache(maxsize=1024)
def _cached_filter(
    languages: tuple[str, ...],
    extra: tuple[tuple[str, Severity], ...],
    allow: tuple[str, ...],
    baseline: bool,
) -> ProfanityFilter:
    return ProfanityFilter(languages, extra, allow, baseline)


def profanity_filter(
    languages: Sequence[str],
    extra: Sequence[tuple[str, Severity]] = (),
    allow: Sequence[str] = (),
    baseline: bool = True,
) -> ProfanityFilter:
    """The shared filter for these settings: same arguments, same object.

    Language order and duplicates do not matter, so 1,000 communities with the same lists
    hold one filter between them.
    """
    langs = tuple(sorted(dict.fromkeys(lang.strip().lower() for lang in languages)))
    extras = tuple(sorted({(t, Severity(s)) for t, s in extra}))
    allows = tuple(sorted(set(allow)))
    return _cached_filter(langs, extras, allows, bool(baseline))
