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


@dataclass(frozen=True, slots=True)
class TextReport:
    """Everything the detectors found in one message."""

    profanity: tuple[Match, ...]
    links: tuple[Match, ...]
    personal_data: tuple[Match, ...]
    excessive_caps: bool
    zalgo: bool
    mentions: int
    mass_mention: bool
    language: str | None

    @property
    def matches(self) -> tuple[Match, ...]:
        """All span matches, profanity first."""
        return self.profanity + self.links + self.personal_data

    @property
    def worst(self) -> Severity | None:
        """The highest profanity severity, or None."""
        return max((m.severity for m in self.profanity), default=None)


class TextChecker:
    """Runs normalization and every text detector with one community's settings."""

    def __init__(self, settings: CheckSettings) -> None:
        self.settings = settings
        self._profanity = profanity_filter(
            settings.languages, settings.extra, settings.allow, settings.baseline
        )

    def check(self, text: str, mentions: int | None = None) -> TextReport:
        """Check one message; `mentions` is the platform's mention count when known."""
        s = self.settings
        count = count_mentions(text) if mentions is None else mentions
        return TextReport(
            profanity=tuple(self._profanity.scan(text)),
            links=tuple(link_matches(text, s.allow_domains, s.deny_domains, s.block_invites)),
            personal_data=tuple(find_personal_data(text)) if s.privacy else (),
            excessive_caps=is_excessive_caps(text, s.caps_ratio, s.caps_min_length),
            zalgo=is_zalgo(text, s.zalgo_ratio),
            mentions=count,
            mass_mention=count > s.max_mentions,
            language=guess_language(text, s.languages) if len(s.languages) > 1 else None,
        )


@lru_cache(maxsize=1024)
def text_checker(settings: CheckSettings) -> TextChecker:
    """The shared checker for these settings."""
    return TextChecker(settings)


def settings_for(languages: Sequence[str], **kwargs: object) -> CheckSettings:
    """CheckSettings with languages normalized (sorted, deduplicated, lowercase)."""
    langs = tuple(sorted(dict.fromkeys(lang.strip().lower() for lang in languages)))
    return CheckSettings(languages=langs, **kwargs)  # type: ignore[arg-type]
