"""Word-list file format: parsing, errors with file:line, and pattern compilation."""

import pytest
import re2

from bot.filters.normalize import fast_key
from bot.filters.types import Severity
from bot.filters.wordlist import (
    PatternError,
    available_languages,
    compile_pattern,
    parse_wordlist,
)


def matches(pattern: str, text: str) -> bool:
    return re2.search(compile_pattern(pattern).encode(), fast_key(text)) is not None


def test_every_shipped_language_has_a_list() -> None:
    assert {"en", "sv", "nb", "pl"} <= set(available_languages())


def test_line_with_tab_or_two_spaces_parses() -> None:
    wl = parse_wordlist("foo\tmild\nbar baz  threat  # comment\n", "xx")
    assert [(e.label, e.severity) for e in wl.entries] == [
        ("foo", Severity.MILD),
        ("bar baz", Severity.THREAT),
    ]


def test_ordinary_and_allow_lines_are_not_entries() -> None:
    wl = parse_wordlist("slut  ordinary\npussy willow  allow\n", "xx")
    assert (wl.entries, wl.ordinary, len(wl.allow)) == ((), frozenset({"slut"}), 1)


def test_bad_kind_names_file_and_line() -> None:
    with pytest.raises(PatternError, match=r"list\.txt:2"):
        parse_wordlist("ok  mild\nbad  terrible\n", "xx", "list.txt")


def test_unbalanced_group_is_an_error() -> None:
    with pytest.raises(PatternError):
        compile_pattern("(ab")


def test_star_is_a_stem_wildcard() -> None:
    assert matches("kurw*", "kurwami") and not matches("kurw*", "xkurwa")


def test_whole_words_only() -> None:
    assert not matches("ass", "class")


def test_space_matches_any_separator_run() -> None:
    assert matches("jag ska", "jag,  ska")


def test_protected_letter_in_term_accepts_ascii_spelling_but_not_the_reverse() -> None:
    assert matches("jävla", "javla") and not matches("hora", "höra")
