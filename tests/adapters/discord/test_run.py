"""`run` owns the client's life; sharding, AutoMod sync and pure helpers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import discord
import pytest

from bot.adapters import discord_adapter
from bot.adapters.discord_adapter import DiscordAdapter, intents
from bot.adapters.discord_automod import MAX_KEYWORDS, plan_for
from bot.adapters.discord_events import hearth_locale
from bot.adapters.discord_interactions import chunks
from bot.adapters.discord_startup import classify
from bot.app import build_engine, load_communities
from bot.config import DiscordConfig, HearthConfig
from bot.rules import load_rules
from bot.startup import Backoff, StartupFailure, run_with_retries
from tests.adapters.discord.conftest import GUILD_ID, build_world, rule_file
from tests.fakes.discord_server import TOKEN, FakeDiscord, wait_for


@pytest.mark.parametrize(
    ("discord_locale", "expected"),
    [("en-US", "en"), ("en-GB", "en"), ("sv-SE", "sv"), ("no", "nb"), ("pl", "pl"), ("de", "de")],
)
def test_discord_locales_map_to_hearth_locales(discord_locale: str, expected: str) -> None:
    assert hearth_locale(discord.Locale(discord_locale)) == expected


def test_long_text_is_split_at_line_breaks_within_discords_limit() -> None:
    text = "\n".join(f"line {n} " + "x" * 90 for n in range(60))

    parts = chunks(text)

    assert all(len(part) <= 2000 for part in parts)
    assert "\n".join(parts) == text


def test_the_intents_cover_members_message_content_and_moderation() -> None:
    wanted = intents()

    assert wanted.guilds and wanted.members and wanted.message_content and wanted.moderation
    assert not wanted.presences


async def test_run_connects_and_closes_cleanly_when_cancelled(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    build_world(fake)
    engine = await build_engine(database_url="sqlite://")
    await load_communities(engine, [rule_file(tmp_path, [GUILD_ID])])
    settings = HearthConfig(discord=DiscordConfig(guild_ready_timeout_s=0.05, sync_commands=False))
    task = asyncio.create_task(discord_adapter.run(engine, settings, TOKEN))
    try:
        adapter = await wait_for(lambda: engine.adapter)
        await wait_for(adapter.client.is_ready)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert adapter.client.is_closed()
        assert not fake.seen("PUT", r"/commands$")
    finally:
        await engine.close()


async def test_a_shard_count_makes_an_auto_sharded_client(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    build_world(fake)
    engine = await build_engine(database_url="sqlite://")
    await load_communities(engine, [rule_file(tmp_path, [GUILD_ID])])
    settings = DiscordConfig(shard_count=1, guild_ready_timeout_s=0.05, sync_commands=False)
    adapter = DiscordAdapter(engine, settings, token=TOKEN)
    try:
        await adapter.start()
        await wait_for(adapter.client.is_ready)
        assert isinstance(adapter.client, discord.AutoShardedClient)
        assert fake.identified[0]["shard"] == [0, 1]
    finally:
        await adapter.stop()
        await engine.close()


def test_automod_keeps_what_does_not_fit_for_hearths_own_filter(tmp_path: Path) -> None:
    rules = load_rules(rule_file(tmp_path, []))
    long_word = "x" * 61
    many = [f"word{n}" for n in range(499)] + [long_word]
    keywords = [
        rule.model_copy(update={"words": many}) if n == 0 else rule
        for n, rule in enumerate(rules.moderation.keywords)
    ]
    extra = [
        keywords[0].model_copy(
            update={"id": f"more-{n}", "words": [f"more{n}-{i}" for i in range(300)]}
        )
        for n in range(2)
    ]
    moderation = rules.moderation.model_copy(update={"keywords": keywords + extra})
    plan = plan_for(rules.model_copy(update={"moderation": moderation}))

    assert len(plan.keywords) == MAX_KEYWORDS
    assert long_word not in plan.keywords
    assert plan.overflow == 1 + (499 + 600 - MAX_KEYWORDS)


async def test_a_refused_token_stops_with_a_clear_message(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """`hearth run` runs the adapter under bot.startup: a 401 is final, one line, exit 2."""
    build_world(fake)
    engine = await build_engine(database_url="sqlite://")
    await load_communities(engine, [rule_file(tmp_path, [GUILD_ID])])
    settings = HearthConfig(discord=DiscordConfig(guild_ready_timeout_s=0.05))
    try:
        with pytest.raises(StartupFailure) as stopped:
            await run_with_retries(
                lambda: discord_adapter.run(engine, settings, "not-the-token"),
                classify,
                Backoff(attempts=3, first_s=0, max_s=0),
            )
        assert stopped.value.exit_code == 2 and not stopped.value.retry
        assert "Discord rejected the token in DISCORD_TOKEN" in stopped.value.message
        assert len(fake.refused(0)) == 1 and fake.refused(0)[0].status == 401  # not retried
    finally:
        await engine.close()
