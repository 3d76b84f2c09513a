"""A community's keyword rules: whole words, case-insensitive, RE2 patterns, hot reload."""

from __future__ import annotations

import pytest

from bot.rules import parse_rules
from cogs.moderation import Moderation
from cogs.moderation.keywords import compile_keyword_rule
from cogs.moderation.schema import KeywordRule
from tests.conftest import kinds, message, rules_text


def compiled(words=(), patterns=()):
    return compile_keyword_rule(KeywordRule(id="k", words=list(words), patterns=list(patterns)))


@pytest.mark.parametrize("text", ["free nitro", "get free nitro!", "(free nitro)", "free nitro."])
def test_a_listed_phrase_matches_as_whole_words(text):
    assert compiled(["free nitro"]).search(text) == "free nitro"


@pytest.mark.parametrize("text", ["classic", "passage", "bass guitar", "asses"])
def test_a_word_inside_another_word_does_not_match(text):
    assert compiled(["ass"]).search(text) is None


def test_words_match_whole_words_in_any_script():
    rule = compiled(["köp följare"])
    assert rule.search("vill du köp följare nu") == "köp följare"
    assert rule.search("köp följarexyz") is None


def test_words_are_matched_case_insensitively():
    assert compiled(["Free Nitro"]).search("FREE NITRO".casefold()) == "free nitro"


def test_regex_characters_in_words_are_literal():
    rule = compiled(["a.b"])
    assert rule.search("a.b") == "a.b"
    assert rule.search("axb") is None


def test_a_pattern_match_returns_the_matched_text():
    assert compiled(patterns=[r"crypto\s*giveaway"]).search("big CRYPTO giveaway") == (
        "CRYPTO giveaway"
    )


def test_no_match_is_none():
    assert compiled(["spam"], [r"ham\d"]).search("eggs and ham") is None


async def engine_with(make_engine, add_community, keywords: str):
    engine = await make_engine(cogs=[Moderation])
    community = await add_community(engine, rules_text(keywords))
    return engine, community


SPAM_RULE = '[[moderation.keywords]]\nid = "spam"\nwords = ["buy followers"]\nseverity = "mild"\n'


async def test_a_keyword_in_a_message_is_acted_on(make_engine, add_community):
    engine, _ = await engine_with(make_engine, add_community, SPAM_RULE)
    performed = await engine.dispatch(message("Buy Followers here"))
    assert kinds(performed) == ["delete", "warn"]
    assert {action.rule for action in performed} == {"spam"}


async def test_a_hot_reload_takes_effect_on_the_next_message(make_engine, add_community):
    engine, community = await engine_with(make_engine, add_community, SPAM_RULE)
    community.replace_rules(parse_rules(rules_text(SPAM_RULE.replace("buy followers", "cheap"))))
    assert await engine.dispatch(message("buy followers")) == []
    assert kinds(await engine.dispatch(message("so cheap"))) == ["delete", "warn"]


async def test_moderators_are_not_filtered(make_engine, add_community):
    from tests.conftest import MIA

    engine, _ = await engine_with(make_engine, add_community, SPAM_RULE)
    assert await engine.dispatch(message("buy followers", MIA)) == []
