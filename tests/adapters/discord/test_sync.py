"""Commands stay in sync: on guild join, after a reload that changes levels, at start-up
only when the tree changed, and with default permissions that hide moderator commands."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.adapters.discord_adapter import DiscordAdapter
from bot.app import build_engine, load_communities
from bot.config import DiscordConfig
from tests.adapters.discord.conftest import GUILD_ID, OWNER_ID, Hearth, build_world, rule_file
from tests.fakes.discord_server import (
    BOT_DEFAULT,
    BOT_ID,
    MANAGE_MESSAGES,
    TOKEN,
    FakeDiscord,
    FakeMember,
    wait_for,
)

NEW_GUILD = "800000000000000003"


def synced(hearth: Hearth, guild_id: str = GUILD_ID) -> dict[str, dict]:
    put = hearth.fake.seen("PUT", rf"/guilds/{guild_id}/commands$")
    return {command["name"]: command for command in put[-1].body}


async def run_once(fake: FakeDiscord, rules: Path, db: Path) -> None:
    """Start Hearth on a file database, wait until it has looked after its guilds, stop."""
    engine = await build_engine(database_url=f"sqlite:///{db}")
    await load_communities(engine, [rules])
    adapter = DiscordAdapter(engine, DiscordConfig(guild_ready_timeout_s=0.05), TOKEN)
    engine.adapter = adapter
    try:
        await adapter.start()
        await wait_for(adapter.synced.is_set)
    finally:
        await adapter.stop()
        await engine.close()


async def test_a_restart_with_the_same_commands_does_not_sync_again(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    build_world(fake)
    rules, db = rule_file(tmp_path, [GUILD_ID]), tmp_path / "hearth.db"

    await run_once(fake, rules, db)
    await run_once(fake, rules, db)

    assert len(fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")) == 1
    assert len(fake.identified) == 2


async def test_a_new_version_of_the_tree_is_synced_at_start_up(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    build_world(fake)
    rules, db = rule_file(tmp_path, [GUILD_ID]), tmp_path / "hearth.db"
    await run_once(fake, rules, db)

    text = rules.read_text(encoding="utf-8").replace(
        "[permissions]\n", '[permissions]\npurge = "admin"\n'
    )
    rules.write_text(text, encoding="utf-8")
    await run_once(fake, rules, db)

    assert len(fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")) == 2


async def test_joining_a_guild_publishes_its_commands(hearth: Hearth, tmp_path: Path) -> None:
    fake = hearth.fake
    guild = fake.add_guild(NEW_GUILD, "Newcomers", OWNER_ID)
    role = fake.add_role(guild, "Hearth", 1, BOT_DEFAULT)
    fake.add_channel(guild, "general")
    community = hearth.engine.communities[hearth.community_id]
    links = community.rules.platforms.discord.model_copy(
        update={"guild_ids": [GUILD_ID, NEW_GUILD]}
    )
    platforms = community.rules.platforms.model_copy(update={"discord": links})
    community.replace_rules(community.rules.model_copy(update={"platforms": platforms}))

    fake.add_member(guild, FakeMember(BOT_ID, "Hearth", [role], bot=True))
    await fake.join_guild(guild)

    put = await wait_for(lambda: fake.seen("PUT", rf"/guilds/{NEW_GUILD}/commands$"))
    assert "warn" in {command["name"] for command in put[0].body}
    assert hearth.adapter.client.get_guild(int(NEW_GUILD)) is not None


async def test_a_reload_that_changes_permissions_resyncs_the_levels(hearth: Hearth) -> None:
    before = synced(hearth)
    moderate = discord.Permissions(moderate_members=True).value
    assert int(before["purge"]["default_member_permissions"]) == moderate
    community = hearth.engine.communities[hearth.community_id]
    rules = community.rules.model_copy(
        update={"permissions": {"purge": "admin", "cases": "everyone"}}
    )
    community.replace_rules(rules)

    hearth.adapter.rules_changed(hearth.community_id)
    await wait_for(lambda: len(hearth.fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")) == 2)

    after = synced(hearth)
    admin = discord.Permissions(administrator=True).value
    assert int(after["purge"]["default_member_permissions"]) == admin
    assert after["cases"]["default_member_permissions"] is None


async def test_moderator_commands_need_a_permission_the_moderator_role_has(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    guild = build_world(fake)
    guild.role_named("moderator").permissions = MANAGE_MESSAGES  # no Timeout Members
    await run_once(fake, rule_file(tmp_path, [GUILD_ID]), tmp_path / "hearth.db")

    put = fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")[-1].body
    warn = next(command for command in put if command["name"] == "warn")
    assert int(warn["default_member_permissions"]) == MANAGE_MESSAGES
    assert not guild.everyone.permissions & MANAGE_MESSAGES  # so members never see it
