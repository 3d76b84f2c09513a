"""One call that runs every text detector on a message: what the moderation cog uses.

`TextChecker` is built once per community settings (`text_checker` caches it, like
`profanity_filter`) and `check(text)` returns a `TextReport` with every match. Stateful
spam trackers are not part of it: they need the member and the time, and live in the cog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.filters.language import guess_language
from bot.filters.links import link_matches
from bot.filters.privacy import find_personal_data
from bot.filters.profanity import profanity_filter
from bot.filters.screen import LINKS, MARKS, PRIVACY, screen
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

    def check(self, text: str, mentions: int | None = None) -> TextReport:
        """Check one message; `mentions` is the platform's mention count when known."""
        s = self.settings
        hits = screen(text)  # one RE2 pass: which steps and detectors have work to do
        count = count_mentions(text) if mentions is None else mentions
        links = (
            tuple(link_matches(text, s.allow_domains, s.deny_domains, s.block_invites))
            if self._links and LINKS in hits
            else ()
        )
        return TextReport(
            tuple(self._profanity.scan(text, hits)),
            links,
            tuple(find_personal_data(text)) if s.privacy and PRIVACY in hits else (),
            is_excessive_caps(text, s.caps_ratio, s.caps_min_length),
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
