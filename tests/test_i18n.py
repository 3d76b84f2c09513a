"""Localizer behaviour: formatting, the fallback chain, CLDR plurals and guidelines.

Fallback and parsing are specified on small locale folders built in `tmp_path`;
plural forms and selectors are checked on the shipped locales, since those are the
strings members actually read.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.i18n import Localizer
from bot.rules.types import GUIDELINE_IDS

GUIDELINES = """Be kind — moderators act on breaches; appeal with /appeal.

## Respect {#respect}

Treat people well.
No insults.

## No spam or self-promotion {#no-spam}

Don't flood channels.
"""


def make_locales(root: Path, files: dict[str, str]) -> Path:
    """Write `{"en/core.ftl": "..."}` under `root/locales` and return that folder."""
    locales = root / "locales"
    for name in ("en", "sv", "nb", "pl"):
        (locales / name).mkdir(parents=True, exist_ok=True)
    for relative, text in files.items():
        (locales / relative).write_text(text, encoding="utf-8")
    return locales


@pytest.fixture
def small(tmp_path: Path) -> Localizer:
    locales = make_locales(
        tmp_path,
        {
            "en/core.ftl": "hello = Hello, { $name }!\nonly-english = Only in English\n",
            "en/extra.ftl": "from-second-file = Also loaded\n",
            "sv/core.ftl": "hello = Hej, { $name }!\n",
            "en/guidelines.md": GUIDELINES,
        },
    )
    return Localizer(locales)


@pytest.fixture(scope="module")
def shipped() -> Localizer:
    return Localizer()


# -- formatting and fallback ------------------------------------------------------------


def test_formats_a_message_in_the_requested_locale(small: Localizer) -> None:
    assert small.format("sv", "hello", name="Ola") == "Hej, Ola!"


def test_falls_back_to_english_when_the_locale_lacks_the_message(small: Localizer) -> None:
    assert small.format("sv", "only-english") == "Only in English"


def test_an_unsupported_locale_speaks_english(small: Localizer) -> None:
    assert small.format("de", "hello", name="Ola") == "Hello, Ola!"
    assert small.format(None, "hello", name="Ola") == "Hello, Ola!"


def test_every_ftl_file_of_a_locale_is_loaded(small: Localizer) -> None:
    assert small.format("en", "from-second-file") == "Also loaded"


def test_a_message_missing_everywhere_returns_its_id_and_warns(
    small: Localizer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        assert small.format("sv", "no-such-message") == "no-such-message"
    assert any("no-such-message" in record.getMessage() for record in caplog.records)


def test_a_missing_variable_warns_but_still_returns_text(
    small: Localizer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        text = small.format("en", "hello")
    assert text.startswith("Hello, ")
    assert any("hello" in record.getMessage() for record in caplog.records)


def test_variables_are_not_wrapped_in_isolation_marks(small: Localizer) -> None:
    text = small.format("en", "hello", name="Kasia")
    assert "\u2068" not in text and "\u2069" not in text


def test_has_reports_messages_per_locale_without_fallback(small: Localizer) -> None:
    assert small.has("en", "only-english")
    assert not small.has("sv", "only-english")
    assert not small.has("de", "hello")


def test_message_ids_lists_what_each_locale_defines(small: Localizer) -> None:
    assert small.message_ids["en"] == {"hello", "only-english", "from-second-file"}
    assert small.message_ids["sv"] == {"hello"}
    assert small.message_ids["pl"] == set()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("sv", ["sv", "en"]), ("pl", ["pl", "en"]), ("en", ["en"]), ("de", ["en"]), (None, ["en"])],
)
def test_chain_tries_the_locale_then_english(
    small: Localizer, locale: str | None, expected: list[str]
) -> None:
    assert small.chain(locale) == expected


# -- plurals and selectors (shipped locales) ------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 minuta"),
        (2, "2 minuty"),
        (5, "5 minut"),
        (12, "12 minut"),
        (22, "22 minuty"),
        (25, "25 minut"),
    ],
)
def test_polish_minutes_pick_the_cldr_form(shipped: Localizer, count: int, expected: str) -> None:
    assert shipped.format("pl", "duration-minutes", count=count) == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 dzień"), (2, "2 dni"), (5, "5 dni"), (22, "22 dni"), (25, "25 dni")],
)
def test_polish_days_pick_the_cldr_form(shipped: Localizer, count: int, expected: str) -> None:
    assert shipped.format("pl", "duration-days", count=count) == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 tydzień"),
        (2, "2 tygodnie"),
        (5, "5 tygodni"),
        (22, "22 tygodnie"),
        (25, "25 tygodni"),
    ],
)
def test_polish_weeks_pick_the_cldr_form(shipped: Localizer, count: int, expected: str) -> None:
    assert shipped.format("pl", "duration-weeks", count=count) == expected


@pytest.mark.parametrize(
    ("locale", "one", "many"),
    [
        ("en", "1 hour", "2 hours"),
        ("sv", "1 timme", "2 timmar"),
        ("nb", "1 time", "2 timer"),
        ("pl", "1 godzina", "2 godziny"),
    ],
)
def test_durations_are_singular_for_one_and_plural_otherwise(
    shipped: Localizer, locale: str, one: str, many: str
) -> None:
    assert shipped.format(locale, "duration-hours", count=1) == one
    assert shipped.format(locale, "duration-hours", count=2) == many


@pytest.mark.parametrize("locale", ["en", "sv", "nb", "pl"])
def test_not_allowed_names_the_level_the_command_needs(shipped: Localizer, locale: str) -> None:
    texts = {
        level: shipped.format(locale, "error-not-allowed", command="ban", level=level)
        for level in ("moderator", "admin", "everyone")
    }
    assert len(set(texts.values())) == 3
    assert all("/ban" in text for text in texts.values())


@pytest.mark.parametrize("locale", ["en", "sv", "nb", "pl"])
def test_internal_error_shows_the_incident_id(shipped: Localizer, locale: str) -> None:
    assert "a1b2c3d4" in shipped.format(locale, "error-internal", incident="a1b2c3d4")


# -- guidelines -----------------------------------------------------------------------------


def test_guideline_sections_are_keyed_by_id_with_title_then_body(small: Localizer) -> None:
    sections = small.guideline_sections("en")
    assert list(sections) == ["respect", "no-spam"]
    assert sections["respect"] == "Respect\nTreat people well.\nNo insults."
    assert sections["no-spam"].splitlines()[0] == "No spam or self-promotion"


def test_guideline_sections_leave_out_the_intro(small: Localizer) -> None:
    assert all("/appeal" not in body for body in small.guideline_sections("en").values())


def test_guidelines_fall_back_to_the_english_file(small: Localizer) -> None:
    assert small.guidelines("sv") == small.guidelines("en")
    assert small.guidelines("sv").startswith("Be kind")
    assert small.guideline_title("sv", "no-spam") == "No spam or self-promotion"


def test_guidelines_as_members_read_them_have_no_section_anchors(small: Localizer) -> None:
    text = small.guidelines("en")
    assert "{#" not in text
    assert "## Respect\n" in text


def test_guideline_title_of_an_unknown_id_is_the_id(small: Localizer) -> None:
    assert small.guideline_title("en", "no-such-guideline") == "no-such-guideline"


def test_no_guidelines_anywhere_reads_as_empty(tmp_path: Path) -> None:
    localizer = Localizer(make_locales(tmp_path, {}))
    assert localizer.guidelines("en") == ""
    assert localizer.guideline_sections("pl") == {}


@pytest.mark.parametrize(
    ("locale", "title"),
    [("en", "Safety"), ("sv", "Trygghet"), ("nb", "Trygghet"), ("pl", "Bezpieczeństwo")],
)
def test_shipped_guidelines_use_their_own_language(
    shipped: Localizer, locale: str, title: str
) -> None:
    assert list(shipped.guideline_sections(locale)) == list(GUIDELINE_IDS)
    assert shipped.guideline_title(locale, "safety") == title


# -- spans of time in the grammatical case the sentence needs ---------------------------------


@pytest.mark.parametrize(
    ("seconds", "case", "expected"),
    [
        (3600, "nominative", "1 godzina"),
        (3600, "accusative", "1 godzinę"),
        (3600, "genitive", "1 godziny"),
        (3600, "instrumental", "1 godziną"),
        (7200, "accusative", "2 godziny"),
        (7200, "genitive", "2 godzin"),
        (18000, "accusative", "5 godzin"),
        (60, "accusative", "1 minutę"),
        (1, "accusative", "1 sekundę"),
        (86400 + 7200, "accusative", "1 dzień 2 godziny"),
        (604800, "genitive", "1 tygodnia"),
        (22 * 86400, "accusative", "3 tygodnie 1 dzień"),
        (5400, "instrumental", "1 godziną 30 minutami"),
    ],
)
def test_polish_spans_take_the_case_the_sentence_asks_for(
    shipped: Localizer, seconds: int, case: str, expected: str
) -> None:
    assert shipped.duration("pl", seconds, case=case) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "1 day 2 hours"), ("sv", "1 dag 2 timmar"), ("nb", "1 dag 2 timer")],
)
def test_languages_without_cases_read_every_case_the_same(
    shipped: Localizer, locale: str, expected: str
) -> None:
    spans = {shipped.duration(locale, 93784, case=case) for case in ("nominative", "accusative")}
    assert spans == {expected}


def test_a_span_shows_its_two_largest_units_and_zero_reads_as_seconds(shipped: Localizer) -> None:
    assert shipped.duration("en", 93784) == "1 day 2 hours"
    assert shipped.duration("en", 93784, parts=3) == "1 day 2 hours 3 minutes"
    assert shipped.duration("en", 0) == "0 seconds"
    assert shipped.duration("pl", 0, case="accusative") == "0 sekund"


def test_an_unknown_grammatical_case_is_a_programming_error(shipped: Localizer) -> None:
    with pytest.raises(ValueError, match="vocative"):
        shipped.duration("pl", 60, case="vocative")


def test_a_unit_formatted_without_a_case_is_nominative_and_silent(
    shipped: Localizer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        assert shipped.format("pl", "duration-minutes", count=1) == "1 minuta"
    assert not caplog.records


def test_render_returns_the_errors_format_would_only_log(shipped: Localizer) -> None:
    text, errors = shipped.render("pl", "toolkit-timed-out", {"user": "Ola", "case": 3})
    assert "Ola" in text and errors
    assert shipped.render("sv", "no-such-message", {}) == (
        "no-such-message",
        ["no message no-such-message in sv"],
    )


# -- messages whose grammar depends on the numbers ----------------------------------------------


@pytest.mark.parametrize(
    ("locale", "one", "many"),
    [
        ("sv", "Välkommen till Fika, Åsa!", "Välkomna till Fika, Åsa, Ola!"),
        ("pl", "Witaj w społeczności Fika, Åsa!", "Witajcie w społeczności Fika, Åsa, Ola!"),
        ("en", "Welcome to Fika, Åsa!", "Welcome to Fika, Åsa, Ola!"),
    ],
)
def test_a_batched_welcome_greets_one_person_in_the_singular(
    shipped: Localizer, locale: str, one: str, many: str
) -> None:
    def greet(names: str, count: int) -> str:
        return shipped.format(
            locale, "welcome-batch", community="Fika", names=names, count=count, more=0
        )

    assert greet("Åsa", 1).startswith(one)
    assert greet("Åsa, Ola", 2).startswith(many)


@pytest.mark.parametrize(
    ("more", "expected"),
    [(1, "i jeszcze 1 osoba!"), (3, "i jeszcze 3 osoby!"), (5, "i jeszcze 5 osób!")],
)
def test_polish_counts_the_members_a_batched_welcome_leaves_unnamed(
    shipped: Localizer, more: int, expected: str
) -> None:
    text = shipped.format(
        "pl", "welcome-batch", community="Fika", names="Ola, Kasia", count=9, more=more
    )
    assert expected in text


@pytest.mark.parametrize("locale", ["en", "sv", "nb", "pl"])
def test_appeal_outcomes_say_what_happened_to_the_decision(
    shipped: Localizer, locale: str
) -> None:
    """ "Upheld" means the decision stays: no text may read as the appeal succeeding."""
    kept = shipped.format(
        locale, "toolkit-appeal-outcome", outcome="upheld", number=4, community="Fika", lifted="no"
    )
    undone = shipped.format(
        locale,
        "toolkit-appeal-outcome",
        outcome="overturned",
        number=4,
        community="Fika",
        lifted="yes",
    )
    stands = {"en": "stands", "sv": "står fast", "nb": "står ved lag", "pl": "utrzymana"}
    overturned = {"en": "overturned", "sv": "upphävts", "nb": "omgjort", "pl": "uchylona"}
    assert stands[locale] in kept and overturned[locale] not in kept
    assert overturned[locale] in undone and stands[locale] not in undone
