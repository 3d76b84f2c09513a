"""Per-language word lists: inflections, evasions, severities and threat phrases."""

import pytest

from bot.filters.profanity import profanity_filter
from bot.filters.types import Severity


def labels(lang: str, text: str) -> list[str]:
    return [m.label for m in profanity_filter([lang]).scan(text)]


@pytest.mark.parametrize("word", ["kurwa", "kurwy", "kurwo", "kurwą", "skurwysyn", "wkurwia"])
def test_polish_kurwa_inflections_match(word: str) -> None:
    assert labels("pl", f"no {word} no")


@pytest.mark.parametrize("word", ["jävla", "jävlar", "jävligt", "jävel", "javla", "jaevla"])
def test_swedish_javla_inflections_and_ascii_spellings_match(word: str) -> None:
    assert labels("sv", f"det var {word} dåligt")


@pytest.mark.parametrize("word", ["faen", "faan", "faens", "jævla", "jevla"])
def test_norwegian_faen_variants_match(word: str) -> None:
    assert labels("nb", f"{word} heller")


@pytest.mark.parametrize("word", ["fuck", "fucking", "motherfucker", "fucked", "clusterfuck"])
def test_english_fuck_forms_match(word: str) -> None:
    assert labels("en", f"oh {word} no")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I will kill you"),
        ("en", "i'm gonna kill you tonight"),
        ("sv", "jag ska döda dig"),
        ("sv", "jag kommer att döda dig"),
        ("nb", "jeg skal drepe deg"),
        ("pl", "zabiję cię"),
    ],
)
def test_threat_phrases_have_threat_severity(lang: str, text: str) -> None:
    matches = profanity_filter([lang]).scan(text)
    assert max(m.severity for m in matches) == Severity.THREAT


def test_slur_has_slur_severity() -> None:
    (match,) = profanity_filter(["en"], baseline=False).scan("shut up retard")
    assert match.severity == Severity.SLUR


def test_match_reports_language_and_original_span() -> None:
    text = "Hej! K.U.R.W.A mać"
    (match,) = [m for m in profanity_filter(["pl"]).scan(text) if m.label == "kurw*"]
    assert match.language == "pl"
    assert text[match.start : match.end] == match.excerpt == "K.U.R.W.A"


@pytest.mark.parametrize(
    "text",
    ["f u c k off", "sh1t", "fuсk you", "f\u200buck", "ｆｕｃｋ", "fuuuuuck", "f*cking", "FUCK"],
)
def test_english_evasions_match(text: str) -> None:
    assert labels("en", text)


def test_word_written_three_times_longer_matches() -> None:
    assert labels("pl", "kuuuuurwa")


def test_not_a_match_when_letter_doubled_only_once_in_short_word() -> None:
    assert not labels("sv", "jag fann det")
