"""The fast paths give exactly what the whole-text, step-by-step paths give."""

import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.filters.charmap import FOLD_TABLE
from bot.filters.check import CheckSettings, text_checker
from bot.filters.language import guess_language
from bot.filters.links import link_matches
from bot.filters.normalize import (
    _LONG_MARKS,
    _STEPS,
    _apply_steps,
    _cut_marks,
    _fold,
    _fold_full,
    _has_long_marks,
    fast_normalize,
    key_of,
    plain_key,
)
from bot.filters.offsets import _Tracked, normalize
from bot.filters.privacy import find_personal_data
from bot.filters.profanity import profanity_filter
from bot.filters.screen import CAPS, CAPS_MIN, LINKS, MARKS, PRIVACY, SPECIAL, screen
from bot.filters.shape import count_mentions, is_excessive_caps, is_zalgo

LANGS = ("en", "nb", "pl", "sv")
CHECKER = text_checker(CheckSettings(languages=LANGS))
ALL = profanity_filter(LANGS)
TRICKY = (
    "fuck kurwa jävla faen i w z å a b c ｆ\u200b\u202e\u0336\u0301а@$!|*._-+ 0145 \ud800"
    "ß ﬀ İ ǅ 가\u1100\u1161ｶﾞ 😀\ufe0f ÅÄÖæøłąęśżźćńó ΣΌ \u3164 \n\t<@1> discord.gg/x "
    "www.a.se a@b.se +46 70 123 45 67 811218-9876 HEJ "
)
text_strategy = st.text(alphabet=st.sampled_from(TRICKY), max_size=300) | st.text(max_size=120)
CASES = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def whole_text_normalize(text: str) -> tuple[str, list[int], list[int]]:
    """The reference: every step on the whole text, every character tracked."""
    t = _Tracked(text)
    if text.isascii():
        t.replace_same_length(text.lower())
    else:
        if _has_long_marks(text):
            t.sub(_LONG_MARKS, _cut_marks)
        t.nfkc()
        t.casefold()
        t.fold_table()
    for pattern, func in _STEPS:
        t.sub(pattern, func)
    return t.text, list(t.starts), list(t.ends)


@CASES
@given(text_strategy)
def test_screened_fold_equals_the_full_fold(text: str) -> None:
    assert _fold(text)[:2] == _fold_full(text)[:2]


@CASES
@given(text_strategy)
def test_windowed_steps_equal_steps_on_the_whole_text(text: str) -> None:
    assert fast_normalize(text) == _apply_steps(_fold_full(text)[0])


@CASES
@given(text_strategy)
@example("0 0 A\x80")  # a spaced run ended by a control character, found by hypothesis
def test_windowed_offsets_equal_whole_text_offsets(text: str) -> None:
    norm = normalize(text)
    expected = whole_text_normalize(text)
    assert (norm.text, list(norm.offsets), list(norm.ends)) == expected


@CASES
@given(text_strategy)
def test_screen_is_a_superset_of_every_detector(text: str) -> None:
    hits = screen(text)
    if find_personal_data(text):
        assert PRIVACY in hits
    if link_matches(text, deny_domains=("a.se", "b.se", "x.com")):
        assert LINKS in hits
    if is_zalgo(text, 0.01, 1):
        assert MARKS in hits


@CASES
@given(text_strategy)
def test_checker_equals_running_each_detector(text: str) -> None:
    report = CHECKER.check(text)
    assert report.profanity == tuple(ALL.scan(text))
    assert report.links == tuple(link_matches(text))
    assert report.personal_data == tuple(find_personal_data(text))
    assert report.excessive_caps == is_excessive_caps(text)
    assert report.zalgo == is_zalgo(text)
    assert report.mentions == count_mentions(text)


def test_language_is_guessed_on_first_access() -> None:
    text = "jag vet inte vad det är, fan"
    report = CHECKER.check(text)
    assert report.language == guess_language(text, LANGS) == "sv"


def test_language_is_none_for_a_one_language_community() -> None:
    report = text_checker(CheckSettings(languages=("pl",))).check("nie wiem co to jest")
    assert report.language is None


def test_special_screen_covers_every_character_the_fold_table_changes() -> None:
    for cp in list(FOLD_TABLE)[::97]:
        ch = chr(cp)
        if unicodedata.category(ch) != "Cs":
            assert _fold("a" + ch + "b") == _fold_full("a" + ch + "b")


def test_long_message_with_one_letter_words_keeps_offsets_of_a_far_match() -> None:
    filler = "i w z to jest gra a ja nie wiem " * 60
    text = filler + "ty k\u200burwo " + filler + "f u c k"
    labels = {(text[m.start : m.end], m.label) for m in ALL.scan(text)}
    assert ("k\u200burwo", "kurw*") in labels
    assert ("f u c k", "fuck*") in labels


def test_long_plain_message_with_spaced_words_keeps_offsets() -> None:
    text = "a b c jest ok " * 100 + "to kurwa mać"
    match = next(m for m in ALL.scan(text) if m.label.startswith("kurw"))
    assert text[match.start : match.end] == match.excerpt
    assert match.excerpt.startswith("kurwa")


@CASES
@given(text_strategy | st.text(alphabet=st.sampled_from("AÅŁΣÓabc Ⓐ\u2160ǅ\n"), max_size=40))
def test_caps_screen_hits_every_text_with_enough_capitals(text: str) -> None:
    if sum(map(str.isupper, text)) >= CAPS_MIN:
        assert CAPS in screen(text)


@CASES
@given(text_strategy)
def test_low_caps_settings_still_count_capitals(text: str) -> None:
    checker = text_checker(CheckSettings(languages=LANGS, caps_ratio=0.2, caps_min_length=3))
    assert checker.check(text).excessive_caps == is_excessive_caps(text, 0.2, 3)


def test_a_clean_report_cannot_be_changed() -> None:
    report = CHECKER.check("just a plain message about the game tonight")
    with pytest.raises(AttributeError):
        report.profanity = ()  # type: ignore[misc]
    assert report.matches == () and report.worst is None and not report.excessive_caps


def test_one_language_communities_share_one_clean_report() -> None:
    checker = text_checker(CheckSettings(languages=("sv",)))
    first, second = checker.check("vi ses ikväll"), checker.check("tack för idag")
    assert first is second and first.language is None


def test_clean_reports_of_many_languages_guess_their_own_language() -> None:
    assert CHECKER.check("jag vet inte vad det är").language == "sv"
    assert CHECKER.check("nie wiem co to jest").language == "pl"


def test_a_platform_mention_count_reaches_a_clean_report() -> None:
    report = text_checker(CheckSettings(languages=LANGS, max_mentions=2)).check("hi all", 3)
    assert report.mentions == 3 and report.mass_mention


def test_plain_key_equals_the_key_of_the_case_fold_for_every_plain_character() -> None:
    chars = [chr(cp) for cp in range(0x30000) if not 0xD800 <= cp <= 0xDFFF]
    plain = [c for c in chars if SPECIAL not in screen(c)]
    assert [plain_key(c) for c in plain] == [key_of(c.casefold()) for c in plain]


@CASES
@given(text_strategy)
def test_plain_key_equals_the_key_of_the_case_fold(text: str) -> None:
    if SPECIAL not in screen(text):
        assert plain_key(text) == key_of(text.casefold())
