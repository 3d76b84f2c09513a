"""Machine translation: cached, time-limited, resting after failures, honest about misses.

Every test injects a fake blocking backend; nothing here touches the network.
"""

from __future__ import annotations

import threading

import pytest

from bot.translate import (
    MAX_TEXT,
    CachedTranslator,
    deep_translator_backend,
    translator_from_settings,
)


class FakeBackend:
    """A blocking backend that upper-cases text, counts calls and can be made to fail."""

    def __init__(self, result: str | None = None, error: Exception | None = None) -> None:
        self.calls: list[tuple[str, str, str | None]] = []
        self.result = result
        self.error = error

    def __call__(self, text: str, target: str, source: str | None) -> str:
        self.calls.append((text, target, source))
        if self.error is not None:
            raise self.error
        return self.result if self.result is not None else text.upper()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_a_translation_says_it_was_translated():
    translation = await CachedTranslator(FakeBackend()).translate("hej", "en", "sv")
    assert (translation.text, translation.translated, translation.note) == ("HEJ", True, "")
    assert (translation.source, translation.target) == ("sv", "en")


@pytest.mark.parametrize("text", ["", "   "])
async def test_empty_text_is_not_sent(text):
    backend = FakeBackend()
    translation = await CachedTranslator(backend).translate(text, "en")
    assert (translation.translated, translation.note) == (False, "empty")
    assert backend.calls == []


async def test_text_already_in_the_target_language_is_not_sent():
    backend = FakeBackend()
    translation = await CachedTranslator(backend).translate("hello", "en", "en")
    assert (translation.text, translation.note) == ("hello", "same-language")
    assert backend.calls == []


async def test_without_a_backend_translation_is_disabled():
    translation = await CachedTranslator(None).translate("hej", "en")
    assert (translation.text, translation.translated, translation.note) == (
        "hej",
        False,
        "disabled",
    )


async def test_a_repeated_request_is_answered_from_the_cache():
    backend = FakeBackend()
    translator = CachedTranslator(backend)
    first = await translator.translate("hej", "en", "sv")
    second = await translator.translate("hej", "en", "sv")
    assert first == second
    assert len(backend.calls) == 1


async def test_the_cache_forgets_the_least_recently_used_entry():
    backend = FakeBackend()
    translator = CachedTranslator(backend, cache_size=2)
    for text in ("a", "b", "a", "c", "a", "b"):
        await translator.translate(text, "en", "sv")
    assert [call[0] for call in backend.calls] == ["a", "b", "c", "b"]


async def test_a_zero_cache_size_caches_nothing():
    backend = FakeBackend()
    translator = CachedTranslator(backend, cache_size=0)
    await translator.translate("hej", "en", "sv")
    await translator.translate("hej", "en", "sv")
    assert len(backend.calls) == 2


async def test_long_text_is_cut_to_the_backend_limit():
    backend = FakeBackend()
    await CachedTranslator(backend).translate("x" * (MAX_TEXT + 50), "en")
    assert len(backend.calls[0][0]) == MAX_TEXT


async def test_a_failing_backend_gives_the_original_text_marked_offline():
    translation = await CachedTranslator(FakeBackend(error=ConnectionError())).translate(
        "hej", "en", "sv"
    )
    assert (translation.text, translation.translated, translation.note) == (
        "hej",
        False,
        "offline",
    )


async def test_after_a_failure_the_backend_rests_then_is_tried_again():
    clock = Clock()
    backend = FakeBackend(error=ConnectionError())
    translator = CachedTranslator(backend, rest_s=60, clock=clock)
    await translator.translate("hej", "en", "sv")
    backend.error = None
    resting = await translator.translate("hej", "en", "sv")
    assert (resting.translated, resting.note) == (False, "offline")
    assert len(backend.calls) == 1
    clock.now += 61
    assert (await translator.translate("hej", "en", "sv")).translated
    assert len(backend.calls) == 2


async def test_cached_translations_are_served_while_the_backend_rests():
    clock = Clock()
    backend = FakeBackend()
    translator = CachedTranslator(backend, clock=clock)
    await translator.translate("hej", "en", "sv")
    backend.error = ConnectionError()
    await translator.translate("tack", "en", "sv")
    assert (await translator.translate("hej", "en", "sv")).translated


async def test_a_slow_backend_times_out_and_rests():
    release = threading.Event()
    calls: list[str] = []

    def slow(text: str, target: str, source: str | None) -> str:
        calls.append(text)
        release.wait(5)
        return text

    clock = Clock()
    translator = CachedTranslator(slow, timeout_s=0.05, clock=clock)
    try:
        translation = await translator.translate("hej", "en", "sv")
        assert (translation.text, translation.translated, translation.note) == (
            "hej",
            False,
            "timeout",
        )
        assert (await translator.translate("tack", "en", "sv")).note == "offline"
        assert calls == ["hej"]
    finally:
        release.set()


@pytest.mark.parametrize("result", ["", "   "])
async def test_an_empty_answer_is_not_passed_off_as_a_translation(result):
    backend = FakeBackend(result=result)
    translator = CachedTranslator(backend)
    translation = await translator.translate("hej", "en", "sv")
    assert (translation.text, translation.translated) == ("hej", False)
    await translator.translate("hej", "en", "sv")
    assert len(backend.calls) == 2


async def test_the_none_backend_never_translates():
    translator = translator_from_settings("none", timeout_s=1, cache_size=10)
    assert (await translator.translate("hej", "en", "sv")).note == "disabled"


def test_an_unknown_backend_name_is_refused():
    with pytest.raises(ValueError, match="unknown translation backend 'babelfish'"):
        deep_translator_backend("babelfish")
