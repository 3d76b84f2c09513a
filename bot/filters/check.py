"""One call that runs every text detector on a message: what the moderation cog uses.

`TextChecker` is built once per community settings (`text_checker` caches it, like
`profanity_filter`) and `check(text)` returns a `TextReport` with every match. Stateful
spam trackers are not part of it: they need the member and the time, and live in the cog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import re2

from bot.filters.language import guess_language
from bot.filters.links import link_matches
from bot.filters.normalize import plain_key
from bot.filters.privacy import find_personal_data
from bot.filters.profanity import profanity_filter
from bot.filters.screen import ALL, CAPS, CAPS_MIN, LINKS, MARKS, PRIVACY, SET_MATCH
from bot.filters.shape import count_mentions, is_excessive_caps, is_zalgo
from bot.filters.types import Match, Severity

__all__ = ["CheckSettings", "TextChecker", "TextReport", "text_checker"]


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """Per-community detector settings (hashable, so equal settings share one checker)."""

    languages: tuple[str, ...] = ("en",)
    extra: tuple[tuple[str, Severity], ...] = ()
    allow: tuple[str, ...] = ()
    baseline: bool = True
    allow_domains: tuple[str, ...] = ()
    deny_domains: tuple[str, ...] = ()
    block_invites: bool = True
    caps_ratio: float = 0.7
    caps_min_length: int = 10
    zalgo_ratio: float = 0.5
    max_mentions: int = 5
    privacy: bool = True


_UNSET: object = object()


class TextReport:
    """Everything the detectors found in one message (read-only by convention).

    `language` is guessed on first access only: most messages are clean and nobody asks,
    and the guess costs as much as the rest of a clean message's check.
    """

    __slots__ = (
        "_candidates",
        "_language",
        "_text",
        "excessive_caps",
        "links",
        "mass_mention",
        "mentions",
        "personal_data",
        "profanity",
        "zalgo",
    )

    def __init__(
        self,
        profanity: tuple[Match, ...],
        links: tuple[Match, ...],
        personal_data: tuple[Match, ...],
        excessive_caps: bool,
        zalgo: bool,
        mentions: int,
        mass_mention: bool,
        language: str | object | None = _UNSET,
        *,
        text: str = "",
        candidates: tuple[str, ...] = (),
    ) -> None:
        self.profanity = profanity
        self.links = links
        self.personal_data = personal_data
        self.excessive_caps = excessive_caps
        self.zalgo = zalgo
        self.mentions = mentions
        self.mass_mention = mass_mention
        self._language = language
        self._text = text
        self._candidates = candidates

    @property
    def language(self) -> str | None:
        """The likely language among the community's (None with one language or a tie)."""
        lang = self._language
        if lang is _UNSET:
            cands = self._candidates
            lang = guess_language(self._text, cands) if len(cands) > 1 else None
            self._language = lang
        return lang  # type: ignore[return-value]

    @property
    def matches(self) -> tuple[Match, ...]:
        """All span matches, profanity first."""
        return self.profanity + self.links + self.personal_data

    @property
    def worst(self) -> Severity | None:
        """The highest profanity severity, or None."""
        return max((m.severity for m in self.profanity), default=None)

    def __repr__(self) -> str:
        return (
            f"TextReport(profanity={self.profanity!r}, links={self.links!r}, "
            f"personal_data={self.personal_data!r}, excessive_caps={self.excessive_caps}, "
            f"zalgo={self.zalgo}, mentions={self.mentions}, mass_mention={self.mass_mention})"
        )


class _CleanReport(TextReport):
    """A report with nothing found: the detector fields are class constants (read-only).

    Built for most messages, so it sets only what the lazy language guess needs.
    """

    __slots__ = ()
    profanity = links = personal_data = ()
    excessive_caps = zalgo = mass_mention = False
    mentions = 0

    def __init__(self, text: str, candidates: tuple[str, ...]) -> None:
        self._text = text
        self._candidates = candidates
        self._language = _UNSET


_NO_LANGUAGE = _CleanReport("", ())
_NO_LANGUAGE._language = None  # one shared clean report for one-language communities
_ALL_HITS = list(ALL)
_CAPS_ONLY = [CAPS]
_UNANCHORED = re2._Anchor.UNANCHORED
# key_of(text.lower()) for ASCII text, straight from its bytes: lowercase, "_" -> "-".
_ASCII_LOWER_KEY = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ_", b"abcdefghijklmnopqrstuvwxyz-")


class TextChecker:
    """Runs normalization and every text detector with one community's settings."""

    def __init__(self, settings: CheckSettings) -> None:
        self.settings = settings
        self._profanity = profanity_filter(
            settings.languages, settings.extra, settings.allow, settings.baseline
        )
        self._links = bool(
            settings.block_invites or settings.allow_domains or settings.deny_domains
        )
        self._plain_match = self._profanity.plain_matcher
        # Shouting needs at least ratio * min_length uppercase letters; below CAPS_MIN the
        # screen cannot say no, so count every message.
        self._caps_screened = settings.caps_ratio * settings.caps_min_length > CAPS_MIN - 1
        self._languages = settings.languages
        self._clean_shared = len(settings.languages) <= 1

    def check(self, text: str, mentions: int | None = None) -> TextReport:
        """Check one message; `mentions` is the platform's mention count when known.

        One RE2 screen says which steps and detectors have work to do. A message that needs
        no normalization step, link, privacy or mention scan (most do not) costs the screen,
        a key and one prefilter search, plus the caps count when it has enough capitals.
        """
        try:
            raw = text.encode("utf-8")
            hits = SET_MATCH(raw)
        except UnicodeEncodeError:  # lone surrogates: every step and detector
            hits = _ALL_HITS
        if (not hits or hits == _CAPS_ONLY) and self._plain_match is not None:
            key = raw.translate(_ASCII_LOWER_KEY) if text.isascii() else plain_key(text)
            if self._plain_match(_UNANCHORED, key, 0, len(key))[0][0] == -1:
                profanity: tuple[Match, ...] = ()
            else:
                profanity = tuple(self._profanity.scan_plain(text, key))
            s = self.settings
            caps = (bool(hits) or not self._caps_screened) and is_excessive_caps(
                text, s.caps_ratio, s.caps_min_length
            )
            if not profanity and not caps and not mentions:
                if self._clean_shared:
                    return _NO_LANGUAGE
                return _CleanReport(text, self._languages)
            count = mentions or 0  # no PRIVACY hit: no "@", so no written mention
            return TextReport(
                profanity, (), (), caps, False, count, count > s.max_mentions,
                text=text, candidates=s.languages,
            )  # fmt: skip
        return self._check_all(text, hits, mentions)

    def _check_all(self, text: str, hits: list[int], mentions: int | None) -> TextReport:
        """Every detector the screen hits say may find something."""
        s = self.settings
        if mentions is not None:
            count = mentions
        else:  # every written mention has an "@", which the PRIVACY screen looks for
            count = count_mentions(text) if PRIVACY in hits else 0
        links = (
            tuple(link_matches(text, s.allow_domains, s.deny_domains, s.block_invites))
            if self._links and LINKS in hits
            else ()
        )
        caps = (CAPS in hits or not self._caps_screened) and is_excessive_caps(
            text, s.caps_ratio, s.caps_min_length
        )
        return TextReport(
            tuple(self._profanity.scan(text, hits)),
            links,
            tuple(find_personal_data(text)) if s.privacy and PRIVACY in hits else (),
            caps,
            MARKS in hits and is_zalgo(text, s.zalgo_ratio),
            count,
            count > s.max_mentions,
            text=text,
            candidates=s.languages,
        )


@lru_cache(maxsize=1024)
def text_checker(settings: CheckSettings) -> TextChecker:
    """The shared checker for these settings."""
    return TextChecker(settings)


def settings_for(languages: Sequence[str], **kwargs: object) -> CheckSettings:
    """CheckSettings with languages normalized (sorted, deduplicated, lowercase)."""
    langs = tuple(sorted(dict.fromkeys(lang.strip().lower() for lang in languages)))
    return CheckSettings(languages=langs, **kwargs)  # type: ignore[arg-type]
