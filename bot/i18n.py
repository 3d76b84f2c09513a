"""Localized text: one Fluent bundle per locale, a fallback chain, CLDR plurals.

Messages live in `locales/<lang>/*.ftl`, keyed by Fluent ids, never English text; a cog
installed as a plugin brings its own `<lang>/*.ftl` folder (its manifest's `locales`),
whose messages join the bundles without overriding Hearth's own.
Text is formatted when it is sent, in the language of whoever will read it; the
locale of the event being handled sits in `current_locale` for code that needs it.
Community guidelines per language live beside them in `guidelines.md`.

Spans of time ("1 day 2 hours") are built here from the `duration-*` messages. The
sentence decides the grammatical case of a span (Polish "na 5 minut" needs the
accusative, "w ciągu 1 minuty" the genitive), so callers say which case they need and
every locale's `duration-*` messages may select on `$case`; languages without cases
simply ignore it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

log = logging.getLogger(__name__)

SUPPORTED_LOCALES: tuple[str, ...] = ("en", "sv", "nb", "pl")
GRAMMATICAL_CASES: tuple[str, ...] = ("nominative", "accusative", "genitive", "instrumental")
"""The cases a span of time can be asked for; `$case` in the `duration-*` messages."""
DURATION_UNITS: tuple[tuple[str, int], ...] = (
    ("weeks", 604800),
    ("days", 86400),
    ("hours", 3600),
    ("minutes", 60),
    ("seconds", 1),
)
DEFAULT_LOCALE = "en"
DEFAULT_LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

current_locale: ContextVar[str] = ContextVar("hearth_locale", default=DEFAULT_LOCALE)

_ANCHOR = re.compile(r"[ \t]*\{#[a-z0-9-]+\}[ \t]*$", re.MULTILINE)
_SECTION = re.compile(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[a-z0-9-]+)\}\s*$", re.MULTILINE)


@lru_cache(maxsize=64)
def _load_bundle(locales_dirs: tuple[str, ...], locale: str) -> FluentBundle:
    """Parse a locale's .ftl files once per process; bundles are only ever read.

    The first folder is Hearth's own; a message id defined there is never overridden
    by a later (plugin) folder.
    """
    bundle = FluentBundle([locale], use_isolating=False)
    for folder in locales_dirs:
        for path in sorted((Path(folder) / locale).glob("*.ftl")):
            bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


class _Bundles(Mapping[str, FluentBundle]):
    """The bundles of the known locales, each parsed the first time it is asked for.

    A dry run that only ever speaks English does not pay for parsing the other three.
    """

    def __init__(self, folders: tuple[str, ...], locales: tuple[str, ...]) -> None:
        self._folders, self._locales = folders, locales

    def __getitem__(self, locale: str) -> FluentBundle:
        if locale not in self._locales:
            raise KeyError(locale)
        return _load_bundle(self._folders, locale)

    def __contains__(self, locale: object) -> bool:
        return locale in self._locales

    def __iter__(self) -> Iterator[str]:
        return iter(self._locales)

    def __len__(self) -> int:
        return len(self._locales)


class Localizer:
    """Formats Fluent messages for a locale with fallback to English."""

    def __init__(
        self,
        locales_dir: Path = DEFAULT_LOCALES_DIR,
        locales: tuple[str, ...] = SUPPORTED_LOCALES,
        default: str = DEFAULT_LOCALE,
        extra_dirs: Iterable[Path] = (),
    ) -> None:
        self.locales_dir = Path(locales_dir)
        self.extra_dirs = tuple(Path(folder) for folder in extra_dirs)
        self.locales = locales
        self.default = default
        folders = tuple(str(folder.resolve()) for folder in (self.locales_dir, *self.extra_dirs))
        self._bundles = _Bundles(folders, locales)

    def chain(self, locale: str | None) -> list[str]:
        """The locales tried in order for `locale`: itself, then the default."""
        first = locale if locale in self._bundles else self.default
        return [first] if first == self.default else [first, self.default]

    def has(self, locale: str, message_id: str) -> bool:
        bundle = self._bundles.get(locale)
        return bundle is not None and bundle.has_message(message_id)

    def format(self, locale: str | None, message_id: str, **args: Any) -> str:
        """The message in `locale`, else English, else the id itself (and a warning)."""
        if message_id.startswith("duration-"):
            args.setdefault("case", "nominative")  # the plain form, when no case is asked for
        for candidate in self.chain(locale):
            bundle = self._bundles[candidate]
            if not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            for error in errors:
                log.warning("fluent %s/%s: %s", candidate, message_id, error)
            return str(text)
        log.warning("missing message %s for locale %s", message_id, locale)
        return message_id

    def render(self, locale: str, message_id: str, args: dict[str, Any]) -> tuple[str, list[str]]:
        """The message in exactly `locale` (no fallback) and the Fluent errors it raised.

        For checks and reviews: `format` logs errors and falls back, which hides them.
        """
        bundle = self._bundles[locale]
        if not bundle.has_message(message_id):
            return message_id, [f"no message {message_id} in {locale}"]
        message = bundle.get_message(message_id)
        if message.value is None:
            return message_id, [f"message {message_id} has no value in {locale}"]
        text, errors = bundle.format_pattern(message.value, args)
        return str(text), [str(error) for error in errors]

    def duration(
        self,
        locale: str | None,
        seconds: float,
        *,
        case: str = "nominative",
        parts: int = 2,
    ) -> str:
        """A span in words, "1 day 2 hours": its `parts` largest units, in `case`.

        Smaller units beyond `parts` are dropped (a span in a reply needs to be readable,
        not exact). Zero or less reads as "0 seconds".
        """
        if case not in GRAMMATICAL_CASES:
            raise ValueError(f"unknown grammatical case {case!r}")
        words: list[str] = []
        rest = max(int(seconds), 0)
        for unit, size in DURATION_UNITS:
            amount, rest = divmod(rest, size)
            if amount:
                words.append(self.duration_unit(locale, unit, amount, case=case))
            if len(words) == parts:
                break
        return " ".join(words) or self.duration_unit(locale, "seconds", 0, case=case)

    def duration_unit(
        self, locale: str | None, unit: str, count: float, *, case: str = "nominative"
    ) -> str:
        """One unit of time, "5 minutes", in `case` ("weeks", "days", "hours", ...)."""
        return self.format(locale, f"duration-{unit}", count=count, case=case)

    def _guidelines_source(self, locale: str | None) -> str:
        for candidate in self.chain(locale):
            path = self.locales_dir / candidate / "guidelines.md"
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return ""

    def guidelines(self, locale: str | None) -> str:
        """The guidelines as members read them in `locale` (English fallback), no anchors."""
        return _ANCHOR.sub("", self._guidelines_source(locale))

    def guideline_sections(self, locale: str | None) -> dict[str, str]:
        """Guideline sections by id (`## Respect {#respect}`), for rule references."""
        text = self._guidelines_source(locale)
        sections: dict[str, str] = {}
        matches = list(_SECTION.finditer(text))
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            body = text[match.end() : end].strip()
            sections[match["id"]] = f"{match['title']}\n{body}".strip()
        return sections

    def guideline_title(self, locale: str | None, guideline_id: str) -> str:
        section = self.guideline_sections(locale).get(guideline_id, "")
        return section.splitlines()[0] if section else guideline_id

    @cached_property
    def message_ids(self) -> dict[str, set[str]]:
        """Every message id defined per locale (for completeness checks)."""
        parser = FluentParser()
        ids: dict[str, set[str]] = {}
        for locale in self.locales:
            found: set[str] = set()
            folders = (self.locales_dir, *self.extra_dirs)
            for path in (path for folder in folders for path in (folder / locale).glob("*.ftl")):
                resource = parser.parse(path.read_text(encoding="utf-8"))
                found.update(
                    entry.id.name for entry in resource.body if isinstance(entry, ast.Message)
                )
            ids[locale] = found
        return ids
