"""Hostile input never raises and offsets always stay inside the original text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.filters.check import CheckSettings, text_checker
from bot.filters.links import find_links
from bot.filters.normalize import fast_normalize
from bot.filters.offsets import normalize
from bot.filters.privacy import find_personal_data
from bot.filters.profanity import profanity_filter

ALL = profanity_filter(["en", "sv", "nb", "pl"])
CHECKER = text_checker(CheckSettings(languages=("en", "nb", "pl", "sv")))
TRICKY = (
    "fuck kurwa jävla faen ｆ\u200b\u202e\u2066\u0336\u0301а@$!|*._- 0145 \ud800\udfff"
    "ß ﬀ ŉ İ ǅ 가\u1100\u1161ｶﾞ 😀 ÅÄÖæøłąęśżźćńó \u3164\u2800 <@1> discord.gg/x"
)
hostile_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=200) | st.text(max_size=200)


def assert_offsets_valid(text: str) -> None:
    for match in ALL.scan(text):
        assert 0 <= match.start <= match.end <= len(text)
        assert text[match.start : match.end] == match.excerpt
    for link in find_links(text):
        assert 0 <= link.start <= link.end <= len(text)
    for match in find_personal_data(text):
        assert 0 <= match.start <= match.end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_any_text_keeps_offsets_inside_the_original(text: str) -> None:
    assert_offsets_valid(text)
    CHECKER.check(text)


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_fast_and_tracked_normalization_agree(text: str) -> None:
    norm = normalize(text)
    assert norm.text == fast_normalize(text)
    assert len(norm.offsets) == len(norm.ends) == len(norm.text)
    assert all(0 <= s <= e <= len(text) for s, e in zip(norm.offsets, norm.ends, strict=True))


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_original_span_is_always_inside_the_text(start: int, end: int) -> None:
    norm = normalize("F.U.C.K ｙｏｕ fuuuuck ß\u200b")
    s, e = norm.original_span(start, end)
    assert 0 <= s <= e <= len(norm.original)


def test_a_megabyte_of_text() -> None:
    chunk = "hello there 455 ÅÄÖ \u200b żółć ｆｕｌｌ " * 300 + "f u c k "
    text = (chunk * 100)[:1_000_000]
    assert_offsets_valid(text)
    assert len(ALL.scan(text)) > 50


def test_a_megabyte_of_combining_marks() -> None:
    text = "fuck" + "\u0336" * 1_000_000
    assert_offsets_valid(text)


def test_lone_surrogates() -> None:
    text = "fu\ud800ck \udfff kurwa \ud83d"
    assert_offsets_valid(text)
    CHECKER.check(text)


def test_ten_thousand_combining_marks() -> None:
    text = "k" + "\u0301\u0336" * 5_000 + "urwa"
    matches = ALL.scan(text)
    assert matches and matches[0].start == 0 and matches[0].end == len(text)
    assert CHECKER.check(text).zalgo


def test_bidi_overrides() -> None:
    text = "\u202ekcuf\u202c \u2066fuck\u2069 \u200f\u061cx"
    assert_offsets_valid(text)
    assert ALL.scan(text)


def test_deeply_nested_markdown() -> None:
    text = "**__~~||" * 5_000 + "fuck" + "||~~__**" * 5_000
    assert_offsets_valid(text)
    assert ALL.scan(text)
