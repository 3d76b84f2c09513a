"""Innocent words that contain a rude substring must never match."""

import pytest

from bot.filters.profanity import profanity_filter

MUST_NOT_MATCH = {
    "en": [
        "Scunthorpe",
        "assassin",
        "cocktail",
        "class",
        "Dickens",
        "skit",
        "shiitake",
        "Sussex",
        "cumulative",
        "therapist",
        "Arsenal",
        "peacock",
        "cockpit",
        "passionate",
        "bass",
        "grasshopper",
        "Matsushita",
        "Penistone",
        "Titanic",
        "shuttlecock",
        "assessment",
        "I could kill for a coffee",
        "you'll kill it tomorrow",
        "hell yeah",
        "room 455",
        "magna cum laude",
        "pussy willows",
    ],
    "sv": [
        "slutet",
        "fanns",
        "fantastisk",
        "höra",
        "hör",
        "slutsats",
        "sluta",
        "fans",
        "horisont",
        "horoskop",
        "analys",
        "kuksa",
        "Helvetica",
        "fanken",
        "Kukkola",
        "kassen",
    ],
    "nb": [
        "slutt",
        "slutten",
        "fant",
        "høres",
        "hører",
        "pulten",
        "pikant",
        "pikkolo",
        "kukeluku",
        "horisont",
        "skitten",
        "analyse",
    ],
    "pl": [
        "analiza",
        "ciotka",
        "ciocia",
        "sukienka",
        "sukces",
        "pedałować",
        "szmatką",
        "kurczak",
        "kurtka",
        "chuligan",
        "huśtawka",
        "jebediah",
        "kurde",
        "kurczę",
        "dupleks",
        "zabiję czas",
        "zabiję się ze śmiechu",
        "Kurylewicz",
    ],
}
CASES = [(lang, word) for lang, words in MUST_NOT_MATCH.items() for word in words]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_innocent_word_does_not_match(lang: str, text: str) -> None:
    assert profanity_filter([lang]).scan(text) == []


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_innocent_word_does_not_match_with_all_languages_active(lang: str, text: str) -> None:
    assert profanity_filter(["en", "sv", "nb", "pl"]).scan(text) == []
