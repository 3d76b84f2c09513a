"""Language scoping, allow lists, community additions, the shared factory and explain()."""

import pytest

from bot.filters.profanity import profanity_filter
from bot.filters.types import Severity
from bot.filters.wordlist import PatternError


def test_word_rude_in_another_language_is_clean_when_that_language_is_not_listed() -> None:
    assert profanity_filter(["sv"]).scan("what a slut") == []


def test_same_word_matches_when_its_language_is_listed() -> None:
    assert profanity_filter(["en"]).scan("what a slut")


def test_swedish_slut_in_a_swedish_sentence_is_clean_with_english_also_listed() -> None:
    assert profanity_filter(["en", "sv"]).scan("slut på mjölk, någon som handlar?") == []


def test_english_slut_in_an_english_sentence_matches_with_swedish_also_listed() -> None:
    assert profanity_filter(["en", "sv"]).scan("you are such a slut")


def test_swedish_fan_is_clean_for_an_english_community() -> None:
    assert profanity_filter(["en"]).scan("I'm a big fan") == []


def test_swedish_fan_matches_for_a_swedish_community() -> None:
    assert profanity_filter(["sv"]).scan("fan vad dåligt")


def test_norwegian_kuk_is_clean_for_a_polish_community() -> None:
    assert profanity_filter(["pl"]).scan("kuk") == []


def test_unknown_language_falls_back_to_the_baseline() -> None:
    assert profanity_filter(["xx"]).scan("you wanker")


def test_baseline_can_be_turned_off() -> None:
    assert profanity_filter(["xx"], baseline=False).scan("you wanker") == []


def test_allow_list_suppresses_a_match() -> None:
    assert profanity_filter(["en"], allow=["dick"]).scan("Dick is here") == []


def test_allow_list_phrase_only_suppresses_inside_the_phrase() -> None:
    filt = profanity_filter(["en"], allow=["Moby Dick"])
    assert filt.scan("I read Moby Dick") == []
    assert filt.scan("you dick")


def test_community_addition_matches_with_its_severity() -> None:
    (match,) = profanity_filter(["en"], extra=[("grobble*", Severity.SLUR)]).scan("GROBBLES!")
    assert (match.label, match.severity, match.language) == ("grobble*", Severity.SLUR, None)


def test_community_regex_addition_runs_through_re2() -> None:
    filt = profanity_filter(["en"], extra=[("re:b[a4]d ?w[o0]rd", Severity.MILD)])
    (match,) = filt.scan("such a bad word")
    assert match.excerpt == "bad word"


def test_community_regex_with_backreference_is_rejected() -> None:
    with pytest.raises(PatternError):
        profanity_filter(["en"], extra=[(r"re:(a+)\1", Severity.MILD)])


def test_same_arguments_give_the_same_shared_filter() -> None:
    assert profanity_filter(["en", "sv"]) is profanity_filter(["sv", "en", "en"])


def test_different_allow_lists_give_different_filters() -> None:
    assert profanity_filter(["en"], allow=["x"]) is not profanity_filter(["en"])


def test_explain_shows_normalized_text_and_allowed_hits() -> None:
    explanation = profanity_filter(["en"], allow=["dick"]).explain("D i c k and f.u.c.k")
    assert explanation.normalized == "dick and fuck"
    assert [m.excerpt for m in explanation.allowed] == ["D i c k"]
    assert [m.excerpt for m in explanation.matches] == ["f.u.c.k"]


def test_explain_lists_suppressed_homographs() -> None:
    explanation = profanity_filter(["en", "sv"]).explain("det är slut nu")
    assert explanation.matches == ()
    assert [m.excerpt for m in explanation.suppressed] == ["slut"]
