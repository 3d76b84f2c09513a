"""Localized text: one Fluent bundle per locale, a fallback chain, CLDR plurals.

Messages live in `locales/<lang>/*.ftl`, keyed by Fluent ids, never English text.
Text is formatted when it is sent, in the language of whoever will read it; the
locale of the event being handled sits in `current_locale` for code that needs it.
Community guidelines per language live beside them in `guidelines.md`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

log = logging.getLogger(__name__)

SUPPORTED_LOCALES: tuple[str, ...] = ("en", "sv", "nb", "pl")
DEFAULT_LOCALE = "en"
DEFAULT_LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

current_locale: ContextVar[str] = ContextVar("hearth_locale", default=DEFAULT_LOCALE)

_ANCHOR = re.compile(r"[ \t]*\{#[a-z0-9-]+\}[ \t]*$", re.MULTILINE)
_SECTION = re.compile(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[a-z0-9-]+)\}\s*$", re.MULTILINE)


@lru_cache(maxsize=64)
def _load_bundle(locales_dir: str, locale: str) -> FluentBundle:
    """Parse a locale's .ftl files once per process; bundles are only ever read."""
    bundle = FluentBundle([locale], use_isolating=False)
    for path in sorted((Path(locales_dir) / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


class _Bundles(Mapping[str, FluentBundle]):
    """The bundles of the known locales, each parsed the first time it is asked for.

    A dry run that only ever speaks English does not pay for parsing the other three.
    """

    def __init__(self, locales_dir: Path, locales: tuple[str, ...]) -> None:
        self._dir, self._locales = str(locales_dir.resolve()), locales

    def __getitem__(self, locale: str) -> FluentBundle:
        if locale not in self._locales:
            raise KeyError(locale)
        return _load_bundle(self._dir, locale)

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
    ) -> None:
        self.locales_dir = Path(locales_dir)
        self.locales = locales
        self.default = default
        self._bundles = _Bundles(self.locales_dir, locales)

    def chain(self, locale: str | None) -> list[str]:
        """The locales tried in order for `locale`: itself, then the default."""
        first = locale if locale in self._bundles else self.default
        return [first] if first == self.default else [first, self.default]

    def has(self, locale: str, message_id: str) -> bool:
        bundle = self._bundles.get(locale)
        return bundle is not None and bundle.has_message(message_id)

    def format(self, locale: str | None, message_id: str, **args: Any) -> str:
        """The message in `locale`, else English, else the id itself (and a warning)."""
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
            for path in (self.locales_dir / locale).glob("*.ftl"):
                resource = parser.parse(path.read_text(encoding="utf-8"))
                found.update(
                    entry.id.name for entry in resource.body if isinstance(entry, ast.Message)
                )
            ids[locale] = found
        return ids
