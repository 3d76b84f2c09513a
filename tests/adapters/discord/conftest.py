"""A running Hearth on the real discord.py client, connected to the fake Discord.

`hearth` gives the real engine (SQLite in memory, the default cogs plus a small
`report` command) with the example rule file mapped to the fake guild, and a
connected DiscordAdapter. Errors that reach discord.py's `on_error` or the command
tree's `on_error` are collected and fail the test.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import discord
import discord.gateway
import discord.http
import pytest
import yarl

from bot.adapters.discord_adapter import DiscordAdapter
from bot.app import build_engine, default_cog_factories, load_communities
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.config import DiscordConfig
from bot.engine import Engine
from bot.events import Button, Command, Edit, Event, Join, Leave, Message, Reaction
from tests.fakes.discord_server import (
    ADMINISTRATOR,
    BOT_DEFAULT,
    BOT_ID,
    MODERATOR_DEFAULT,
    TOKEN,
    FakeDiscord,
    FakeGuild,
    FakeMember,
    wait_for,
)

ROOT = Path(__file__).resolve().parents[3]
GUILD_ID = "800000000000000001"
OTHER_GUILD_ID = "800000000000000002"
OWNER_ID = "700000000000000001"
MEMBER_ID = "700000000000000002"
MODERATOR_ID = "700000000000000003"
ADMIN_ID = "700000000000000004"


class Probe(Cog):
    """Stands in for later cogs: a `report` command (so the "Report message" menu has one
    to call), a moderator command that waits until the test releases it, a button
    answer, and a record of every event the engine delivered."""

    name = "probe"
    order = 1000

    def __init__(self, services: object) -> None:
        super().__init__(services)  # type: ignore[arg-type]
        self.seen: list[Event] = []
        self.release = asyncio.Event()

    @listen(Message, Edit, Join, Leave, Reaction, Command, Button)
    async def record(self, ctx: Context) -> None:
        self.seen.append(ctx.event)

    @listen(Button)
    async def pressed(self, ctx: Context) -> None:
        assert isinstance(ctx.event, Button)
        if ctx.event.custom_id == "probe:answer":
            await ctx.reply_text("thanks for pressing", ephemeral=True)

    @command(
        "slow",
        Option("period", OptionType.CHOICE, required=False, choices=("week", "month", "all")),
        Option("number", OptionType.INTEGER, required=False, min_value=1, max_value=9999),
        level=Level.MODERATOR,
    )
    async def slow(self, ctx: Context, period: str | None, number: int | None) -> None:
        await self.release.wait()
        await ctx.reply_text("finally done", ephemeral=True)


@dataclass
class Hearth:
    engine: Engine
    adapter: DiscordAdapter
    fake: FakeDiscord
    guild: FakeGuild
    community_id: str
    errors: list[BaseException] = field(default_factory=list)

    def channel_id(self, name: str) -> str:
        return self.guild.channel_id(name)

    def member(self, user_id: str) -> FakeMember:
        return self.guild.members[user_id]

    @property
    def probe(self) -> Probe:
        cog = self.engine.cog("probe")
        assert isinstance(cog, Probe)
        return cog

    def seen(self, kind: type[Event]) -> list[Event]:
        return [event for event in self.probe.seen if isinstance(event, kind)]


def rule_file(tmp_path: Path, guild_ids: list[str], extra: str = "") -> Path:
    """rules/example.toml, governing the fake guild (plus `extra` TOML at the end)."""
    text = (ROOT / "rules" / "example.toml").read_text(encoding="utf-8") + extra
    ids = ", ".join(f'"{guild_id}"' for guild_id in guild_ids)
    text, count = re.subn(r"(?m)^discord\.guild_ids = \[\]", f"discord.guild_ids = [{ids}]", text)
    assert count == 1
    path = tmp_path / "example.toml"
    path.write_text(text, encoding="utf-8")
    return path


def build_world(fake: FakeDiscord) -> FakeGuild:
    """One guild: roles below and above the bot, the example's channels, four people."""
    guild = fake.add_guild(GUILD_ID, "Example", OWNER_ID)
    moderator = fake.add_role(guild, "moderator", 1, MODERATOR_DEFAULT)
    hearth_role = fake.add_role(guild, "Hearth", 2, BOT_DEFAULT)
    admin = fake.add_role(guild, "admin", 3, ADMINISTRATOR)
    for name in ("general", "welcome", "introductions", "rules", "mod-log", "reports"):
        fake.add_channel(guild, name)
    fake.add_member(guild, FakeMember(BOT_ID, "Hearth", [hearth_role], bot=True))
    fake.add_member(guild, FakeMember(OWNER_ID, "Owner"))
    fake.add_member(guild, FakeMember(MEMBER_ID, "Ola"))
    fake.add_member(guild, FakeMember(MODERATOR_ID, "Mia", [moderator]))
    fake.add_member(guild, FakeMember(ADMIN_ID, "Ada", [admin]))
    other = fake.add_guild(OTHER_GUILD_ID, "Elsewhere", OWNER_ID)
    fake.add_channel(other, "general")
    other_role = fake.add_role(other, "Hearth", 1, BOT_DEFAULT)
    fake.add_member(other, FakeMember(BOT_ID, "Hearth", [other_role], bot=True))
    return guild


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url)
    )
    yield server
    await server.close()


@pytest.fixture
def settings() -> DiscordConfig:
    return DiscordConfig(guild_ready_timeout_s=0.05, sync_commands=True)


@pytest.fixture
def rules_extra() -> str:
    """TOML appended to the example rule file (a module overrides this to change rules)."""
    return ""


@pytest.fixture
async def hearth(
    fake: FakeDiscord, tmp_path: Path, settings: DiscordConfig, rules_extra: str
) -> AsyncIterator[Hearth]:
    guild = build_world(fake)
    engine = await build_engine(database_url="sqlite://", cogs=[*default_cog_factories(), Probe])
    report = await load_communities(engine, [rule_file(tmp_path, [GUILD_ID], rules_extra)])
    assert not report.errors
    adapter = DiscordAdapter(engine, settings, token=TOKEN)
    engine.adapter = adapter
    running = Hearth(engine, adapter, fake, guild, next(iter(report.loaded)))

    async def client_error(event: str, *args: object, **kwargs: object) -> None:
        import sys

        running.errors.append(sys.exc_info()[1] or RuntimeError(event))

    original_tree_error = adapter.tree.on_error

    async def tree_error(interaction: discord.Interaction, error: Exception) -> None:
        running.errors.append(error)
        await original_tree_error(interaction, error)

    adapter.client.on_error = client_error  # type: ignore[method-assign]
    adapter.tree.on_error = tree_error  # type: ignore[method-assign]
    try:
        await adapter.start()
        await wait_for(adapter.client.is_ready)
        await wait_for(adapter.synced.is_set)
        yield running
    finally:
        await adapter.stop()
        await engine.close()
    assert not running.errors, running.errors
