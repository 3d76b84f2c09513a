"""Sharding is done by the library: Discord's recommended count by default, a share of the
shards per process with shard_ids, and each process looks after only its own guilds."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from bot.adapters.discord_adapter import DiscordAdapter
from bot.app import build_engine, load_communities
from bot.config import ConfigError, DiscordConfig, load_config
from tests.adapters.discord.conftest import GUILD_ID, OWNER_ID, build_world, rule_file
from tests.fakes.discord_server import (
    BOT_DEFAULT,
    BOT_ID,
    TOKEN,
    FakeDiscord,
    FakeMember,
    wait_for,
)

SHARD0_GUILD = "800000000004194305"  # (id >> 22) % 2 == 0; GUILD_ID is on shard 1


def second_guild(fake: FakeDiscord) -> None:
    guild = fake.add_guild(SHARD0_GUILD, "Shard zero", OWNER_ID)
    role = fake.add_role(guild, "Hearth", 1, BOT_DEFAULT)
    fake.add_channel(guild, "general")
    fake.add_member(guild, FakeMember(BOT_ID, "Hearth", [role], bot=True))


async def start(fake: FakeDiscord, tmp_path: Path, settings: DiscordConfig) -> DiscordAdapter:
    engine = await build_engine(database_url="sqlite://")
    await load_communities(engine, [rule_file(tmp_path, [GUILD_ID, SHARD0_GUILD])])
    adapter = DiscordAdapter(engine, settings, token=TOKEN)
    engine.adapter = adapter
    await adapter.start()
    # discord.py waits 5 s between shard identifies (its before_identify_hook).
    await wait_for(adapter.synced.is_set, timeout=20)
    return adapter


async def stop(adapter: DiscordAdapter) -> None:
    await adapter.stop()
    await adapter.engine.close()


async def test_the_library_runs_the_shards_discord_recommends(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    build_world(fake)
    second_guild(fake)
    fake.recommended_shards = 2
    adapter = await start(fake, tmp_path, DiscordConfig(guild_ready_timeout_s=0.05))
    try:
        assert isinstance(adapter.client, discord.AutoShardedClient)
        assert sorted(tuple(i["shard"]) for i in fake.identified) == [(0, 2), (1, 2)]
        assert {g.id for g in adapter.client.guilds} >= {int(GUILD_ID), int(SHARD0_GUILD)}
        assert fake.seen("PUT", rf"/guilds/{SHARD0_GUILD}/commands$")
        assert fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")
    finally:
        await stop(adapter)


async def test_a_process_with_some_shards_looks_after_only_their_guilds(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    build_world(fake)
    second_guild(fake)
    settings = DiscordConfig(guild_ready_timeout_s=0.05, shard_count=2, shard_ids=[0])
    adapter = await start(fake, tmp_path, settings)
    try:
        assert [tuple(i["shard"]) for i in fake.identified] == [(0, 2)]
        assert adapter.owns(int(SHARD0_GUILD)) and not adapter.owns(int(GUILD_ID))
        assert [g.id for g in adapter.client.guilds] == [int(SHARD0_GUILD)]
        assert fake.seen("PUT", rf"/guilds/{SHARD0_GUILD}/commands$")
        assert not fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")
    finally:
        await stop(adapter)


def test_shard_ids_without_shard_count_is_a_clear_config_error(tmp_path: Path) -> None:
    path = tmp_path / "hearth.toml"
    path.write_text("[discord]\nshard_ids = [0, 1]\n", encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        load_config(path)

    assert "hearth.toml:1" in str(error.value) or "hearth.toml:2" in str(error.value)
    assert "shard_ids needs shard_count" in str(error.value)


def test_shard_ids_outside_the_count_are_refused() -> None:
    with pytest.raises(ValueError, match="from 0 to 1"):
        DiscordConfig(shard_count=2, shard_ids=[2])
