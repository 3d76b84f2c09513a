"""Caps, zalgo, mentions, the language guess and the combined TextChecker."""

import pytest

from bot.filters.check import CheckSettings, text_checker
from bot.filters.language import guess_language
from bot.filters.shape import (
    caps_ratio,
    count_mentions,
    is_excessive_caps,
    is_mass_mention,
    is_zalgo,
    zalgo_ratio,
)
from bot.filters.types import Severity


def test_caps_ratio_counts_cased_letters_only() -> None:
    assert caps_ratio("ABC def 123!") == 0.5


def test_shouting_is_excessive_caps() -> None:
    assert is_excessive_caps("WHY IS THE SERVER DOWN AGAIN")


def test_short_caps_is_not_excessive() -> None:
    assert not is_excessive_caps("OK LOL")


def test_zalgo_is_detected() -> None:
    assert is_zalgo("h\u0338\u0322\u031be\u0335\u0322l\u0337\u031bl\u0336\u0328o\u0338")


def test_precomposed_accents_are_not_zalgo() -> None:
    assert zalgo_ratio("Tiếng Việt är fin, żółć") == 0.0


def test_mentions_in_text_are_counted() -> None:
    assert count_mentions("<@123> <@!45> <@&9> @everyone hi@x.se @kasia_b") == 5


def test_mass_mention_is_over_the_limit() -> None:
    assert is_mass_mention(6, 5) and not is_mass_mention(5, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("jag vet inte vad det är", "sv"),
        ("jeg vet ikke hva det er", "nb"),
        ("nie wiem co to jest", "pl"),
        ("I don't know what this is", "en"),
    ],
)
def test_language_guess_picks_the_right_candidate(text: str, lang: str) -> None:
    assert guess_language(text, ["en", "sv", "nb", "pl"]) == lang


def test_language_guess_is_none_without_evidence() -> None:
    assert guess_language("xyzzy 12345", ["en", "sv"]) is None


def test_language_guess_only_returns_candidates() -> None:
    assert guess_language("jag vet inte vad det är", ["en", "pl"]) is None


def test_checker_runs_every_detector() -> None:
    checker = text_checker(CheckSettings(languages=("en", "pl")))
    report = checker.check("KURWA MAĆ join discord.gg/abc mail a@b.se <@1> <@2>", mentions=9)
    assert report.worst == Severity.ABUSIVE
    assert [m.label for m in report.links] == ["invite"]
    assert [m.label for m in report.personal_data] == ["email"]
    assert report.mass_mention and report.mentions == 9


def test_checker_for_equal_settings_is_shared() -> None:
    assert text_checker(CheckSettings(languages=("sv",))) is text_checker(
        CheckSettings(languages=("sv",))
    )
