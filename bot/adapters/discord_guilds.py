"""Looking after each guild: at start-up, when the bot joins one, when its rule file changes.

For every guild this process owns (its shards' guilds), `GuildCare` installs the slash
commands, syncs them when they changed, checks permissions, role position and the
channels the rule file names (reported once to the moderators' log), and mirrors the
keyword rules into AutoMod when asked to. A rule file that fails to load is announced in
the moderators' log too. It also renders mentions and message links for `bot.markup`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

import discord

from bot.adapters import discord_setup
from bot.adapters.discord_destinations import (
    channel_mention,
    message_link,
    moderator_log,
    resolve,
)
from bot.adapters.discord_interactions import chunks
from bot.adapters.discord_sync import install_guild, sync_guild
from bot.errors import ActionFailed

if TYPE_CHECKING:
    from discord import app_commands

    from bot.community import Community
    from bot.config import DiscordConfig
    from bot.engine import Engine

log = logging.getLogger(__name__)


class GuildCare:
    """Mixin of DiscordAdapter; see the module docstring."""

    client: discord.Client
    tree: app_commands.CommandTree[Any]
    engine: Engine
    settings: DiscordConfig
    synced: asyncio.Event

    def community_for_guild(self, guild_id: int | None) -> str | None:
        raise NotImplementedError

    def guilds_by_community(self) -> dict[str, list[int]]:
        raise NotImplementedError

    def community_locale(self, community_id: str) -> str:
        raise NotImplementedError

    def _spawn(self, coroutine: Any) -> None:
        raise NotImplementedError

    def _community_of(self, guild: discord.Guild) -> tuple[str, Community] | None:
        community_id = self.community_for_guild(guild.id)
        community = self.engine.communities.get(community_id or "")
        return (community_id, community) if community_id and community else None

    # -- gateway events ----------------------------------------------------------------

    async def _on_guild_available(self, guild: discord.Guild) -> None:
        """Commands are on the tree as soon as the guild is, so none is ever unknown."""
        found = self._community_of(guild)
        if found is not None:
            install_guild(self.tree, self, guild, found[1])  # type: ignore[arg-type]

    async def _on_ready_guilds(self) -> None:
        """Once per connection: sync what changed and check every owned guild."""
        try:
            for guild in list(self.client.guilds):
                await self._care(guild, joined=False)
        finally:
            self.synced.set()

    async def _on_guild_join(self, guild: discord.Guild) -> None:
        """A new guild: its commands are published now, whatever the stored hash says."""
        log.info("discord: joined guild %s (%s members)", guild.id, guild.member_count)
        await self._on_guild_available(guild)
        await self._care(guild, joined=True)

    async def _care(self, guild: discord.Guild, *, joined: bool) -> None:
        found = self._community_of(guild)
        if found is None:
            log.info("discord: guild %s has no rule file; nothing to set up", guild.id)
            return
        community_id, community = found
        store = self.engine.services.store
        if self.settings.sync_commands:
            try:
                await sync_guild(self.tree, store, community_id, guild.id, force=joined)
            except discord.HTTPException as error:
                log.warning("discord: command sync for guild %s failed: %s", guild.id, error)
        try:
            problems = discord_setup.problems_in(
                guild, community.rules, automod=self.settings.automod_sync
            )
            await discord_setup.report_once(
                guild,
                problems,
                rules=community.rules,
                store=store,
                community_id=community_id,
                i18n=self.engine.i18n,
                locale=community.locale,
            )
        except Exception:
            log.exception("discord: set-up check of guild %s failed", guild.id)
        if self.settings.automod_sync:
            from bot.adapters.discord_automod import sync_guild as sync_automod

            try:
                await sync_automod(guild, community.rules)
            except discord.HTTPException as error:
                log.warning("automod: sync for guild %s failed: %s", guild.id, error)

    # -- rule files ----------------------------------------------------------------------

    def rules_changed(self, community_id: str) -> None:
        """After a reload: new command levels, destinations and AutoMod words take effect."""
        self._spawn(self._after_reload(community_id))

    async def _after_reload(self, community_id: str) -> None:
        community = self.engine.communities.get(community_id)
        if community is None:
            return
        for guild_id in self.guilds_by_community().get(community_id, []):
            guild = self.client.get_guild(guild_id)
            if guild is None:
                continue
            install_guild(self.tree, self, guild, community)  # type: ignore[arg-type]
            await self._care(guild, joined=False)

    def rules_rejected(self, community_id: str, error: Exception) -> None:
        """A broken edit: say so where the team reads, not only on stderr."""
        self._spawn(self._announce_rejected(community_id, str(error)))

    async def _announce_rejected(self, community_id: str, detail: str) -> None:
        community = self.engine.communities.get(community_id)
        if community is None:
            return
        header = self.engine.i18n.format(community.locale, "discord-rules-rejected")
        text = f"{header}\n```\n{detail[:1800]}\n```"
        for guild_id in self.guilds_by_community().get(community_id, []):
            guild = self.client.get_guild(guild_id)
            channel = moderator_log(guild, community.rules) if guild else None
            if channel is None:
                continue
            with contextlib.suppress(discord.HTTPException):
                for part in chunks(text):
                    await channel.send(part, allowed_mentions=discord.AllowedMentions.none())

    # -- markup for bot.markup -------------------------------------------------------------

    def guild_for(self, community_id: str, action: Any = None) -> discord.Guild:
        raise NotImplementedError

    def _guild_of(self, community_id: str) -> discord.Guild | None:
        """The event's own guild when it belongs to the community, else its first one."""
        with contextlib.suppress(ActionFailed):
            return self.guild_for(community_id)
        return None

    def channel_mention(self, community_id: str, ref: str) -> str | None:
        guild = self._guild_of(community_id)
        return channel_mention(guild, ref) if guild is not None else None

    def member_mention(self, community_id: str, user_id: str, name: str) -> str | None:
        return f"<@{user_id}>" if user_id.isdigit() else None

    def message_link(self, community_id: str, channel: str, message_id: str) -> str | None:
        guild = self._guild_of(community_id)
        if guild is None or resolve(guild, channel) is None:
            return None
        return message_link(guild, channel, message_id)
