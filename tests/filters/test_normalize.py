"""Normalization: what it folds, what it keeps, and the map back to the original."""

import pytest

from bot.filters.normalize import fast_key, fast_normalize, key_of
from bot.filters.offsets import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("FuCk", "fuck"),
        ("ｆｕｃｋ", "fuck"),
        ("𝐟𝐮𝐜𝐤", "fuck"),
        ("fu\u200bck", "fuck"),
        ("fu\u202ec\u202ck", "fuck"),
        ("k\u0338\u0322u\u0335r\u0337w\u0336a", "kurwa"),
        ("fuсk", "fuck"),  # Cyrillic с
        ("κurwα", "kurwa"),  # Greek kappa and alpha
        ("fück", "fuck"),
        ("f u c k", "fuck"),
        ("f.u.c.k", "fuck"),
        ("f*u*c*k", "fuck"),
        ("fuuuuuuck", "fuuuck"),
        ("sh1t", "shit"),
        ("a$$hole", "asshole"),
        ("b|tch", "bitch"),
    ],
)
def test_evasion_is_folded(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_scandinavian_and_polish_letters_are_kept() -> None:
    assert normalize("ÅÄÖ Æø ŁĄĘŚŻŹĆŃÓ").text == "åäö æø łąęśżźćńó"


def test_digits_in_ordinary_numbers_stay_digits() -> None:
    assert normalize("room 455 at 14:30, 2024").text == "room 455 at 14:30, 2024"


def test_exclamation_at_word_end_is_punctuation_not_leet() -> None:
    assert normalize("what!! sh!t!").text == "what!! shit!"


def test_leading_at_sign_stays_a_mention() -> None:
    assert normalize("@kasia @ss").text == "@kasia ass"


def test_doubled_letters_are_spelling_and_kept() -> None:
    assert normalize("fanns slutt ass").text == "fanns slutt ass"


def test_interior_asterisk_becomes_wildcard_mark_but_markdown_does_not() -> None:
    text = normalize("f*ck *bold*").text
    assert text[1] != "*" and text.endswith("*bold*")


def test_offsets_point_at_original_characters() -> None:
    norm = normalize("Hej F.U.C.K dig")
    start = norm.text.index("fuck")
    assert norm.original_span(start, start + 4) == (4, 11)


def test_offsets_cover_removed_zero_width_and_marks() -> None:
    raw = "x k\u200bu\u0301r\u0336wa y"
    norm = normalize(raw)
    s, e = norm.original_span(2, 7)
    assert raw[s:e] == "k\u200bu\u0301r\u0336wa"


def test_offsets_of_a_cut_run_span_the_whole_run() -> None:
    raw = "fuuuuuck"
    norm = normalize(raw)
    assert norm.original_span(0, len(norm.text)) == (0, 8)


def test_offsets_of_full_width_letters_are_per_character() -> None:
    raw = "ｆｕｃｋ ｙｏｕ"
    norm = normalize(raw)
    assert norm.original_span(0, 4) == (0, 4)


def test_empty_span_maps_to_a_position() -> None:
    norm = normalize("abc")
    assert norm.original_span(3, 3) == (3, 3)


def test_fast_path_gives_the_same_text_as_tracked_path() -> None:
    for raw in ["Straße", "ǅemal", "x\ud800y", "가각", "ｶﾞ", "a\u0308b", "jääääävla"]:
        assert fast_normalize(raw) == normalize(raw).text


def test_key_has_one_byte_per_normalized_character() -> None:
    norm = normalize("jävla żółć 😀 a_b")
    assert len(norm.key) == len(norm.text)
    assert key_of(norm.text) == fast_key("jävla żółć 😀 a_b")


def test_key_keeps_protected_letters_distinct_from_ascii() -> None:
    assert fast_key("höra") != fast_key("hora")
