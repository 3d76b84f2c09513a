"""Mood scoring with the shipped lexicon: lean, negation, language, no mood."""

from __future__ import annotations

import pytest

from bot.health.sentiment import Mood, score

ALL = ("en", "sv", "nb", "pl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is great, thanks so much!", Mood(1, "en")),
        ("Det här är toppen, tack!", Mood(1, "sv")),
        ("Dette var kjedelig og dårlig", Mood(-1, "nb")),
        ("Świetnie, dziękuję!", Mood(1, "pl")),
        ("Niestety to jest beznadziejne", Mood(-1, "pl")),
    ],
)
def test_a_message_leans_positive_or_negative_in_its_language(text: str, expected: Mood) -> None:
    assert score(text, ALL) == expected


@pytest.mark.parametrize("text", ["not good at all", "inte bra", "ikke bra", "nie dobrze"])
def test_a_negator_right_before_a_mood_word_flips_it(text: str) -> None:
    assert score(text, ALL).score == -1


@pytest.mark.parametrize("text", ["", "The meeting is at 19:00", "12345", "🙂"])
def test_text_without_mood_words_is_neutral(text: str) -> None:
    assert score(text, ALL) == Mood(0, None)


def test_only_the_communitys_languages_are_used() -> None:
    assert score("Świetnie!", ("en", "sv")) == Mood(0, None)
