"""Rule-file regular expressions are compiled with RE2: no pattern can hang the bot."""

from __future__ import annotations

import pytest

from bot.rules.regex import MAX_PATTERN_LENGTH, UnsafePattern, compile_user_pattern


def test_patterns_match_case_insensitively():
    assert compile_user_pattern(r"crypto\s*giveaway").search("CRYPTO  Giveaway today")


def test_patterns_understand_unicode_classes():
    assert compile_user_pattern(r"\pL+ följare").search("köp följare")


@pytest.mark.parametrize(
    ("pattern", "feature"),
    [(r"(a)\1", "backreference"), (r"foo(?=bar)", "lookahead"), (r"(?<!x)y", "lookbehind")],
)
def test_backtracking_only_features_are_refused(pattern, feature):
    with pytest.raises(UnsafePattern, match="no backreferences or look-around"):
        compile_user_pattern(pattern)


@pytest.mark.parametrize("pattern", ["[unclosed", "a{2,1}", "(", "*a"])
def test_invalid_syntax_is_refused(pattern):
    with pytest.raises(UnsafePattern, match="invalid or unsupported regular expression"):
        compile_user_pattern(pattern)


def test_an_empty_pattern_is_refused():
    with pytest.raises(UnsafePattern, match="empty"):
        compile_user_pattern("")


def test_a_long_pattern_is_refused():
    with pytest.raises(UnsafePattern, match=f"longer than {MAX_PATTERN_LENGTH}"):
        compile_user_pattern("a" * (MAX_PATTERN_LENGTH + 1))


def test_hearths_own_long_patterns_may_skip_the_length_limit():
    pattern = "|".join(f"word{index}" for index in range(200))
    assert compile_user_pattern(pattern, max_length=None).search("say word150 now")


def test_a_classic_catastrophic_pattern_runs_in_linear_time():
    compiled = compile_user_pattern(r"(a+)+$")
    assert compiled.search("a" * 50_000 + "!") is None
