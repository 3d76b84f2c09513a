"""AutoMod as a partner: keyword rules mirrored idempotently, re-synced on reload, and
patterns Discord's Rust regex engine would refuse kept in Hearth's own filter only."""

from __future__ import annotations

import logging

import pytest

from bot.adapters.discord_automod import RULE_NAME
from bot.config import DiscordConfig
from tests.adapters.discord.conftest import GUILD_ID, MEMBER_ID, Hearth
from tests.fakes.discord_server import wait_for, wait_for_async


@pytest.fixture
def settings() -> DiscordConfig:
    return DiscordConfig(guild_ready_timeout_s=0.05, automod_sync=True)


def hearth_rule(hearth: Hearth) -> dict:
    return next(r for r in hearth.guild.automod_rules.values() if r["name"] == RULE_NAME)


def with_keywords(hearth: Hearth, words: list[str], patterns: list[str]) -> None:
    """Edit the community's first keyword rule as a reload would, and tell the adapter."""
    community = hearth.engine.communities[hearth.community_id]
    rules = community.rules
    first = rules.moderation.keywords[0].model_copy(update={"words": words, "patterns": patterns})
    moderation = rules.moderation.model_copy(update={"keywords": [first]})
    community.replace_rules(rules.model_copy(update={"moderation": moderation}))
    hearth.adapter.rules_changed(hearth.community_id)


async def test_automod_sync_publishes_the_keyword_rules(hearth: Hearth) -> None:
    rule = await wait_for(lambda: hearth_rule(hearth))

    assert "buy followers" in rule["trigger_metadata"]["keyword_filter"]
    assert rule["trigger_metadata"]["regex_patterns"] == [r"crypto\s*giveaway"]
    assert hearth.guild.role_id("moderator") in rule["exempt_roles"]


async def test_a_reload_that_changes_nothing_writes_nothing(hearth: Hearth) -> None:
    await wait_for(lambda: hearth_rule(hearth))
    writes = len(hearth.fake.seen("POST", r"/auto-moderation/rules")) + len(
        hearth.fake.seen("PATCH", r"/auto-moderation/rules/")
    )

    hearth.adapter.rules_changed(hearth.community_id)
    await wait_for(lambda: len(hearth.fake.seen("GET", r"/auto-moderation/rules$")) >= 2)

    assert writes == 1
    assert not hearth.fake.seen("PATCH", r"/auto-moderation/rules/")


async def test_a_reload_with_new_words_updates_the_same_rule(hearth: Hearth) -> None:
    first = await wait_for(lambda: hearth_rule(hearth))

    with_keywords(hearth, ["cheap followers"], [])
    await wait_for(lambda: hearth.fake.seen("PATCH", rf"/auto-moderation/rules/{first['id']}$"))

    rule = hearth_rule(hearth)
    assert rule["id"] == first["id"]
    assert rule["trigger_metadata"]["keyword_filter"] == ["cheap followers"]
    assert len(hearth.guild.automod_rules) == 1


async def test_patterns_discord_would_refuse_stay_in_hearths_filter_with_a_log_line(
    hearth: Hearth, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.adapters.discord_automod")
    await wait_for(lambda: hearth_rule(hearth))
    quoted = r"free \Qnitro.gift\E"  # RE2 (Hearth) takes \Q..\E; Rust (Discord) does not
    too_long = "a" * 261
    many = [f"spam{n}\\d" for n in range(11)]

    with_keywords(hearth, ["spam"], [quoted, too_long, *many])
    await wait_for(lambda: hearth.fake.seen("PATCH", r"/auto-moderation/rules/"))

    published = hearth_rule(hearth)["trigger_metadata"]["regex_patterns"]
    assert published == many[:10]
    assert not hearth.fake.refused(50035)
    assert "Qnitro.gift" in caplog.text and "260" in caplog.text
    assert "at most 10" in caplog.text
    message = await hearth.fake.say(
        hearth.guild, "general", hearth.member(MEMBER_ID), "free nitro.gift here"
    )
    await wait_for(lambda: hearth.fake.seen("DELETE", rf"/messages/{message.id}$"))


async def test_an_automod_block_is_recorded_as_an_incident(hearth: Hearth) -> None:
    execution = {
        "guild_id": GUILD_ID,
        "action": {"type": 1, "metadata": {}},
        "rule_id": "1",
        "rule_trigger_type": 1,
        "user_id": MEMBER_ID,
        "channel_id": hearth.channel_id("general"),
        "message_id": "31",
        "content": "buy followers",
        "matched_keyword": "buy followers",
        "matched_content": "buy followers",
    }
    await hearth.fake.dispatch("AUTO_MODERATION_ACTION_EXECUTION", execution)

    store = hearth.engine.services.store

    async def recorded() -> list:
        return await store.incidents(hearth.community_id, MEMBER_ID)

    incidents = await wait_for_async(recorded)
    assert incidents[0].rule == "discord-automod"
    assert incidents[0].excerpt is None
