"""Machine translation for moderators, through deep-translator: cached, time-limited,
and honest when it could not translate.

Moderation never waits on the network for long: each call has a timeout, and after a
failure the backend rests for a while so a dead service costs nothing. A result always
says whether it was translated and, if not, why — the UI shows "untranslated", never
the original text passed off as a translation.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)

MAX_TEXT = 4500
"""Google's limit is 5000 characters per request; leave room for encoding."""
DEFAULT_REST_S = 60.0

DEEP_TRANSLATOR_CODES = {"nb": "no"}


@dataclass(frozen=True, slots=True)
class Translation:
    text: str
    source: str | None
    target: str
    translated: bool
    note: str = ""
    """Why it was not translated: "disabled", "same-language", "timeout", "offline", "empty"."""


class Translator(Protocol):
    async def translate(
        self, text: str, target: str, source: str | None = None
    ) -> Translation: ...


Backend = Callable[[str, str, str | None], str]
"""A blocking function (text, target, source) -> translated text; raises on failure."""


def deep_translator_backend(name: str, libre_url: str | None = None) -> Backend:
    """Build a blocking backend from deep-translator by name (google, mymemory, libre)."""
    from deep_translator import GoogleTranslator, LibreTranslator, MyMemoryTranslator

    def code(language: str | None, default: str) -> str:
        return DEEP_TRANSLATOR_CODES.get(language or "", language or default)

    def google(text: str, target: str, source: str | None) -> str:
        return GoogleTranslator(source=code(source, "auto"), target=code(target, "en")).translate(
            text
        )

    def mymemory(text: str, target: str, source: str | None) -> str:
        return MyMemoryTranslator(source=code(source, "en"), target=code(target, "en")).translate(
            text
        )

    def libre(text: str, target: str, source: str | None) -> str:
        return LibreTranslator(
            source=code(source, "auto"), target=code(target, "en"), custom_url=libre_url
        ).translate(text)

    backends = {"google": google, "mymemory": mymemory, "libre": libre}
    if name not in backends:
        raise ValueError(f"unknown translation backend {name!r}")
    return backends[name]


class CachedTranslator:
    """Wraps a blocking backend with an LRU cache, a timeout and a rest after failures."""

    def __init__(
        self,
        backend: Backend | None,
        *,
        timeout_s: float = 3.0,
        cache_size: int = 2048,
        rest_s: float = DEFAULT_REST_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._backend = backend
        self._timeout_s = timeout_s
        self._cache: OrderedDict[tuple[str, str, str | None], str] = OrderedDict()
        self._cache_size = cache_size
        self._rest_s = rest_s
        self._clock = clock
        self._resting_until = 0.0

    async def translate(self, text: str, target: str, source: str | None = None) -> Translation:
        if not text.strip():
            return Translation(text, source, target, False, "empty")
        if source is not None and source == target:
            return Translation(text, source, target, False, "same-language")
        if self._backend is None:
            return Translation(text, source, target, False, "disabled")
        key = (text[:MAX_TEXT], target, source)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return Translation(cached, source, target, True)
        if self._clock() < self._resting_until:
            return Translation(text, source, target, False, "offline")
        try:
            result = await asyncio.wait_for(
                asyncio.to_thread(self._backend, key[0], target, source), self._timeout_s
            )
        except TimeoutError:
            self._rest()
            return Translation(text, source, target, False, "timeout")
        except Exception as error:
            log.warning("translation failed (%s); resting %ss", type(error).__name__, self._rest_s)
            self._rest()
            return Translation(text, source, target, False, "offline")
        if not isinstance(result, str) or not result.strip():
            return Translation(text, source, target, False, "offline")
        self._remember(key, result)
        return Translation(result, source, target, True)

    def _rest(self) -> None:
        self._resting_until = self._clock() + self._rest_s

    def _remember(self, key: tuple[str, str, str | None], value: str) -> None:
        if self._cache_size <= 0:
            return
        self._cache[key] = value
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def translator_from_settings(
    backend: str, timeout_s: float, cache_size: int, libre_url: str | None = None
) -> CachedTranslator:
    """The translator the config asks for; "none" gives one that never translates."""
    blocking = None if backend == "none" else deep_translator_backend(backend, libre_url)
    return CachedTranslator(blocking, timeout_s=timeout_s, cache_size=cache_size)
