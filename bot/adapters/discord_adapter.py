"""The Discord adapter (discord.py 2.7): one sharded client for many communities.

Gateway events become neutral events for the community whose rule file lists the guild
(`[platforms] discord.guild_ids`); other guilds are skipped. The adapter is assembled from
mixins, one concern each: `GuildCare` (commands, set-up checks, AutoMod per guild),
`InteractionRouting` (buttons and slash commands), `DiscordActions`,
`DiscordChannelActions` and `DiscordMemberActions` (carrying out actions). Messages are
judged once (`discord_messages`). `run` is what `hearth run --platform discord` awaits:
it owns the client's whole life.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import discord
from discord import app_commands

from bot.actions import Action
from bot.adapters.discord_actions import DiscordActions
from bot.adapters.discord_channels import DiscordChannelActions
from bot.adapters.discord_commands import FluentTranslator
from bot.adapters.discord_events import (
    LocaleMemory,
    edit_from_message,
    join_event,
    leave_event,
    member_from,
    message_event,
    reaction_event,
)
from bot.adapters.discord_guilds import GuildCare
from bot.adapters.discord_interactions import DEFER_AFTER_S, PendingInteraction
from bot.adapters.discord_members import MAX_TIMEOUT_S, DiscordMemberActions
from bot.adapters.discord_messages import JudgedMessages
from bot.adapters.discord_parsers import guard_parsers
from bot.adapters.discord_routing import InteractionRouting
from bot.config import DiscordConfig, HearthConfig
from bot.engine import Engine
from bot.errors import ActionFailed
from bot.events import Event, Member
from bot.platform import Adapter
from bot.sanitize import clean_event

log = logging.getLogger(__name__)

current_guild: ContextVar[int | None] = ContextVar("hearth_discord_guild", default=None)
"""The guild of the event being handled, so actions land in the guild it came from."""


def intents() -> discord.Intents:
    """Guilds, members (joins, leaves), message content (filters) and moderation (bans)."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.members = True
    wanted.moderation = True
    wanted.guild_messages = True
    wanted.guild_reactions = True
    wanted.message_content = True
    wanted.auto_moderation_execution = True
    return wanted


class DiscordAdapter(
    GuildCare,
    InteractionRouting,
    DiscordActions,
    DiscordChannelActions,
    DiscordMemberActions,
    Adapter,
):
    """Hearth on Discord: builds the client, routes events, carries out actions."""

    platform = "discord"
    max_timeout_s = MAX_TIMEOUT_S

    def __init__(self, engine: Engine, settings: DiscordConfig, token: str = "") -> None:
        self.engine = engine
        self.settings = settings
        self._token = token
        self._pending: dict[str, PendingInteraction] = {}
        self.defer_after_s = DEFER_AFTER_S
        self._locales = LocaleMemory()
        self.judged = JudgedMessages()
        self._guild_map: tuple[tuple[int, ...], dict[int, str]] = ((), {})
        self._runner: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[Any]] = set()
        self.client = self._make_client()
        self.tree = app_commands.CommandTree(self.client)
        self.tree.on_error = self._on_tree_error  # type: ignore[method-assign]
        self.synced = asyncio.Event()

    # -- client --------------------------------------------------------------------

    def _make_client(self) -> discord.Client:
        """An AutoShardedClient: discord.py runs the shards (Discord's recommended count
        unless `shard_count` is set; `shard_ids` picks this process's share)."""
        client = discord.AutoShardedClient(
            intents=intents(),
            shard_count=self.settings.shard_count,
            shard_ids=self.settings.shard_ids,
            # Members arrive as they act and join; a 100,000-member guild is never
            # downloaded whole at start-up (docs/deployment.md: "Discord intents and members").
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.from_intents(intents()),
            guild_ready_timeout=self.settings.guild_ready_timeout_s,
            # Nobody is pinged unless a message says whom (Send.mentions, the member a
            # DM-closed notice is for): never @everyone, roles or bystanders.
            allowed_mentions=discord.AllowedMentions.none(),
        )
        guard_parsers(client)
        client.setup_hook = self._setup_hook  # type: ignore[method-assign]
        listeners: dict[str, Callable[..., Any]] = {
            "on_ready": self._on_ready,
            "on_guild_available": self._on_guild_available,
            "on_guild_join": self._on_guild_join,
            "on_message": self._on_message,
            "on_raw_message_edit": self._on_raw_message_edit,
            "on_member_join": self._on_member_join,
            "on_member_update": self._on_member_update,
            "on_raw_member_remove": self._on_raw_member_remove,
            "on_raw_reaction_add": self._on_raw_reaction_add,
            "on_interaction": self._on_interaction,
            "on_automod_action": self._on_automod_action,
        }
        for name, listener in listeners.items():
            setattr(client, name, listener)
        return client

    async def _setup_hook(self) -> None:
        await self.tree.set_translator(FluentTranslator(self.engine.i18n))

    async def _on_ready(self) -> None:
        client = self.client
        shards = sorted(getattr(client, "shards", {}) or [0])
        owned = [g.id for g in client.guilds if self.community_for_guild(g.id) is not None]
        log.info(
            "discord: connected as %s; shards %s of %s; %d guilds, %d with a rule file",
            client.user,
            shards,
            getattr(client, "shard_count", 1),
            len(client.guilds),
            len(owned),
        )
        self._spawn(self._on_ready_guilds())

    def owns(self, guild_id: int) -> bool:
        """Whether this process runs the shard that guild belongs to."""
        count = getattr(self.client, "shard_count", None) or 1
        shard = (guild_id >> 22) % count
        ids = self.settings.shard_ids
        return shard in ids if ids is not None else True

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def start(self) -> None:
        """Log in (failing fast on a bad token), then keep the gateway running."""
        await self.client.login(self._token)
        self._runner = asyncio.create_task(self.client.connect(reconnect=True))

    async def wait_closed(self) -> None:
        """Until the gateway connection ends (raises what ended it)."""
        if self._runner is not None:
            await self._runner

    async def stop(self) -> None:
        await self.client.close()
        for task in [*self._background, *([self._runner] if self._runner else [])]:
            task.cancel()
        for task in [*self._background, *([self._runner] if self._runner else [])]:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._runner = None

    # -- communities -----------------------------------------------------------------

    def guilds_by_community(self) -> dict[str, list[int]]:
        mapped: dict[str, list[int]] = {}
        for community_id, community in self.engine.communities.items():
            ids = [int(g) for g in community.rules.platforms.discord.guild_ids if g.isdigit()]
            mapped[community_id] = ids
        return mapped

    def community_for_guild(self, guild_id: int | None) -> str | None:
        """The community whose rule file lists this guild (rules may be hot-reloaded)."""
        if guild_id is None:
            return None
        key = tuple(id(c.rules) for c in self.engine.communities.values())
        if key != self._guild_map[0]:
            mapping = {
                guild: community_id
                for community_id, guilds in self.guilds_by_community().items()
                for guild in guilds
            }
            self._guild_map = (key, mapping)
        return self._guild_map[1].get(guild_id)

    def guild_for(self, community_id: str, action: Action | None = None) -> discord.Guild:
        """The event's own guild when it belongs to the community, else its first guild."""
        ids = self.guilds_by_community().get(community_id, [])
        current = current_guild.get()
        ordered = ([current] if current in ids else []) + ids
        for guild_id in ordered:
            guild = self.client.get_guild(guild_id)
            if guild is not None:
                return guild
        raise ActionFailed(
            action,
            f"the bot is in no Discord server of community {community_id}",
            "discord-no-guild",
        )

    def community_locale(self, community_id: str) -> str:
        community = self.engine.communities.get(community_id)
        return community.locale if community is not None else self.engine.i18n.default

    def text(self, locale: str | None, message_id: str, **args: object) -> str:
        return self.engine.i18n.format(locale, message_id, **args)

    async def fetch_member(self, community_id: str, user_id: str) -> Member | None:
        try:
            guild = self.guild_for(community_id)
        except ActionFailed:
            return None
        found = await self.member(guild, user_id)
        return member_from(found, self._locales.get(found.id)) if found else None

    async def bot_member(self, community_id: str) -> Member | None:
        if self.client.user is None:
            return None
        return await self.fetch_member(community_id, str(self.client.user.id))

    # -- events -------------------------------------------------------------------------

    async def _dispatch(
        self, guild_id: int | None, build: Callable[[str], Event | None]
    ) -> list[Action]:
        """Build the event for the guild's community and run it; returns what was done."""
        community_id = self.community_for_guild(guild_id)
        if community_id is None:
            log.debug("discord: guild %s has no rule file; event skipped", guild_id)
            return []
        event = build(community_id)
        if event is None:
            return []
        token = current_guild.set(guild_id)
        try:
            return await self.engine.dispatch(clean_event(event))
        finally:
            current_guild.reset(token)

    async def _on_message(self, message: discord.Message) -> None:
        me = self.client.user
        if message.guild is None or (me is not None and message.author.id == me.id):
            return
        if not self.judged.judge_new(message.id, message.content):
            return
        locale = self._locales.get(message.author.id)
        done = await self._dispatch(
            message.guild.id, lambda cid: message_event(cid, message, locale)
        )
        self.judged.note_actions(message.id, done)

    async def _on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """Judge an update only when its text changed (never a link preview arriving),
        built like a new message from the payload's own member: no REST call per edit."""
        message = payload.message
        me = self.client.user
        if payload.guild_id is None or (me is not None and message.author.id == me.id):
            return
        if not isinstance(message.author, discord.Member):
            log.debug("discord: update of %s without its member; skipped", message.id)
            return
        before = payload.cached_message.content if payload.cached_message else None
        if not self.judged.judge_update(message.id, message.content, before):
            return
        locale = self._locales.get(message.author.id)
        done = await self._dispatch(
            payload.guild_id, lambda cid: edit_from_message(cid, message, before, locale)
        )
        self.judged.note_actions(message.id, done)

    async def _on_member_join(self, member: discord.Member) -> None:
        """A join; with Discord's membership screening on, only once they pass it."""
        if member.pending:
            log.debug("discord: %s joined %s and is screening", member.id, member.guild.id)
            return
        locale = self._locales.get(member.id)
        await self._dispatch(member.guild.id, lambda cid: join_event(cid, member, locale))

    async def _on_member_update(self, before: discord.Member, after: discord.Member) -> None:
        """Accepting the server's rules (pending -> not pending) is when they really join."""
        if before.pending and not after.pending:
            locale = self._locales.get(after.id)
            await self._dispatch(after.guild.id, lambda cid: join_event(cid, after, locale))

    async def _on_raw_member_remove(self, payload: discord.RawMemberRemoveEvent) -> None:
        await self._dispatch(payload.guild_id, lambda cid: leave_event(cid, payload.user))

    async def _on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        locale = self._locales.get(payload.user_id)
        await self._dispatch(payload.guild_id, lambda cid: reaction_event(cid, payload, locale))

    async def _on_automod_action(self, execution: discord.AutoModAction) -> None:
        from bot.adapters.discord_automod import record_execution

        community_id = self.community_for_guild(execution.guild_id)
        if community_id is not None:
            await record_execution(self.engine.services.store, community_id, execution)


async def run(engine: Engine, settings: HearthConfig, token: str) -> None:
    """Run Hearth on Discord until cancelled, SIGINT or SIGTERM; always close cleanly."""
    adapter = DiscordAdapter(engine, settings.discord, token)
    engine.adapter = adapter
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    handled: list[signal.Signals] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            log.debug("discord: cannot handle %s here", signum.name)
    stopper = asyncio.create_task(stop.wait())
    try:
        # A refused token or missing intents propagate: `hearth run` turns them into one
        # line with what to do (bot.adapters.discord_startup, bot.startup).
        await adapter.start()
        runner = asyncio.create_task(adapter.wait_closed())
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if runner in done:
            runner.result()
        else:
            log.info("discord: stopping at %s", datetime.now(UTC).isoformat())
            runner.cancel()
    finally:
        stopper.cancel()
        for signum in handled:
            loop.remove_signal_handler(signum)
        await adapter.stop()
        engine.adapter = None
