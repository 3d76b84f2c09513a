"""A 100,000-member guild: start-up downloads no member list, nothing in the message path
fetches a member, and moderation works for members the cache has never seen."""

from __future__ import annotations

from pathlib import Path

from bot.adapters.discord_adapter import DiscordAdapter
from bot.app import build_engine, load_communities
from bot.config import DiscordConfig
from tests.adapters.discord.conftest import GUILD_ID, build_world, rule_file
from tests.fakes.discord_server import TOKEN, FakeDiscord, FakeMember, wait_for


async def test_a_huge_guild_starts_without_fetching_members_and_still_moderates(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    guild = build_world(fake)
    guild.extra_member_count = 100_000  # GUILD_CREATE says `large` and carries only bots
    stranger = fake.add_member(guild, FakeMember("700000000000555555", "Stranger"))
    engine = await build_engine(database_url="sqlite://")
    await load_communities(engine, [rule_file(tmp_path, [GUILD_ID])])
    adapter = DiscordAdapter(engine, DiscordConfig(guild_ready_timeout_s=0.05), TOKEN)
    engine.adapter = adapter
    try:
        await adapter.start()
        await wait_for(adapter.synced.is_set)
        cached = adapter.client.get_guild(int(GUILD_ID))
        assert cached is not None and cached.member_count > 100_000
        assert cached.get_member(int(stranger.id)) is None

        for text in ("hello everyone", "good morning", "buy followers"):
            await fake.say(guild, "general", stranger, text)
        await wait_for(lambda: fake.seen("DELETE", r"/messages/\d+$"))
        await wait_for(lambda: fake.dm_channel_of(stranger.id))
    finally:
        await adapter.stop()
        await engine.close()

    assert not fake.member_requests  # no REQUEST_GUILD_MEMBERS (op 8) at any point
    assert not fake.seen("GET", r"/guilds/\d+/members")
