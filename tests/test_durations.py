"""Durations as people type them; the same rules for commands and rule files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.durations import DurationError, format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("10m", 600),
        ("2h", 7200),
        ("1d", 86400),
        ("1w", 604800),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        (" 10M ", 600),
        ("45", 45),
        (30, 30),
    ],
)
def test_reads_durations_as_typed(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "   ", "ten minutes", "10x", "-5m", "1.5h", "m10", "0s", "0m0s", "h", "²"]
)
def test_rejects_text_that_is_not_a_duration(text):
    with pytest.raises(DurationError):
        parse_duration(text)


@pytest.mark.parametrize("value", [True, False, -1, -0.5])
def test_rejects_booleans_and_negative_numbers(value):
    with pytest.raises(DurationError):
        parse_duration(value)


@pytest.mark.parametrize("value", [float("inf"), float("nan")])
def test_rejects_non_finite_numbers_with_a_duration_error(value):
    with pytest.raises(DurationError):
        parse_duration(value)


def test_a_duration_error_names_the_bad_text():
    with pytest.raises(DurationError, match="soon"):
        parse_duration("soon")


@pytest.mark.parametrize(
    ("seconds", "text"), [(5400, "1h30m"), (0, "0s"), (-3, "0s"), (604800 + 1, "1w1s")]
)
def test_formats_the_shortest_exact_form(seconds, text):
    assert format_duration(seconds) == text


@given(st.integers(min_value=1, max_value=10**8))
def test_format_and_parse_round_trip(seconds):
    assert parse_duration(format_duration(seconds)) == seconds
