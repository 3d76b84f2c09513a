"""bot.sanitize: what a database or an encoder cannot take is cleaned once, nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.events import Command, Member, Message
from bot.sanitize import clean_event, clean_parameters, clean_text

AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fuck you \ud800", "fuck you \ufffd"),
        ("\udfff lone low", "\ufffd lone low"),
        ("a pair \ud83d\ude00 joins", "a pair 😀 joins"),
        ("nul\x00 in\x00side", "nul inside"),
        ("\ud800\x00", "\ufffd"),
    ],
)
def test_what_no_encoder_or_database_takes_is_cleaned(text: str, expected: str) -> None:
    assert clean_text(text) == expected
    clean_text(expected).encode("utf-8")


@pytest.mark.parametrize(
    "text", ["", "hello", "zażółć gęślą jaźń", "שָׁלוֹם", "0️⃣ 🔟 👨‍👩‍👧", "\u202etxt.exe", "a\tb\nc"]
)
def test_everything_else_is_left_exactly_as_written(text: str) -> None:
    assert clean_text(text) is text


def test_a_clean_event_is_returned_as_it_is() -> None:
    event = Message(
        community_id="c", at=AT, user=Member(id="u1", name="Ola"), channel="g", text="hej"
    )
    assert clean_event(event) is event


def test_every_string_of_an_event_is_cleaned() -> None:
    event = Command(
        community_id="c",
        at=AT,
        user=Member(id="u1", name="Ka\x00sia", roles=("mod\ud800",)),
        name="note",
        args={"user": "u2", "text": "bad \ud800 \x00"},
        channel="general",
    )
    cleaned = clean_event(event)
    assert cleaned.user.name == "Kasia" and cleaned.user.roles == ("mod\ufffd",)
    assert dict(cleaned.args) == {"user": "u2", "text": "bad \ufffd "}
    assert cleaned.at == AT and cleaned.name == "note"


def test_statement_parameters_are_cleaned_in_any_shape() -> None:
    assert clean_parameters({"a": "x\x00", "b": 1}) == {"a": "x", "b": 1}
    assert clean_parameters([("x\ud800", 2), ("ok", 3)]) == [("x\ufffd", 2), ("ok", 3)]
    untouched = {"a": "fine", "b": None}
    assert clean_parameters(untouched) is untouched
