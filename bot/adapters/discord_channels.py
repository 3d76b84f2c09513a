"""Channel actions on Discord: slowmode, and locks that give back exactly what they took.

`DiscordChannelActions` is a mixin of `DiscordAdapter`. A lock saves the channel's
@everyone overwrite in `cog_state` (key `lock:discord:<channel id>`) before denying
Send Messages, once however often it is locked; the unlock takes that row and restores
the same allow/deny, or removes the overwrite if there was none.
"""

from __future__ import annotations

from abc import abstractmethod
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord

from bot.actions import Action, Lock, Slowmode, Unlock
from bot.adapters.discord_actions import Channel, platform_errors
from bot.errors import ActionFailed
from bot.platform import supports

if TYPE_CHECKING:
    from bot.engine import Engine

MAX_SLOWMODE_S = 21600
"""Resources > Channel: rate_limit_per_user is 0 to 21600 seconds."""


class DiscordChannelActions:
    """The channel half of DiscordAdapter's `@supports` methods."""

    engine: Engine

    @abstractmethod
    def guild_for(self, community_id: str, action: Action | None = None) -> discord.Guild:
        """Provided by DiscordAdapter."""

    @abstractmethod
    def channel(self, guild: discord.Guild, ref: str, action: Action) -> Channel:
        """Provided by DiscordActions."""

    @abstractmethod
    def permission(self, community_id: str, name: str) -> str:
        """Provided by DiscordActions."""

    @supports(Slowmode)
    async def _slowmode(self, community_id: str, action: Slowmode) -> None:
        if not 0 <= action.seconds <= MAX_SLOWMODE_S:
            raise ActionFailed(
                action,
                f"Discord slowmode is 0 to 6 hours, not {action.seconds} s",
                "discord-slowmode-too-long",
            )
        guild = self.guild_for(community_id, action)
        channel = self.channel(guild, action.channel, action)
        with platform_errors(
            action,
            self.permission(community_id, "manage_channels"),
            access=self.permission(community_id, "view_channel"),
        ):
            await channel.edit(slowmode_delay=action.seconds, reason=action.reason or None)

    @supports(Lock, Unlock)
    async def _lock(self, community_id: str, action: Lock | Unlock) -> None:
        """Lock: deny @everyone sending, after saving its overwrite exactly as it was.
        Unlock: put that saved overwrite back (or remove it, if there was none), so a
        channel that was read-only or had its own rules before comes back unchanged."""
        guild = self.guild_for(community_id, action)
        channel = self.channel(guild, action.channel, action)
        if isinstance(channel, discord.Thread):
            with platform_errors(
                action,
                self.permission(community_id, "manage_threads"),
                access=self.permission(community_id, "view_channel"),
            ):
                await channel.edit(locked=isinstance(action, Lock))
            return
        everyone = guild.default_role
        store = self.engine.services.store
        key = f"lock:discord:{channel.id}"
        current = channel.overwrites.get(everyone)
        if isinstance(action, Lock):
            saved = await store.load_state(community_id, key) if store is not None else None
            if saved is None and store is not None:
                allow, deny = current.pair() if current is not None else (None, None)
                await store.save_state(
                    community_id,
                    key,
                    {
                        "existed": current is not None,
                        "allow": allow.value if allow is not None else 0,
                        "deny": deny.value if deny is not None else 0,
                    },
                    datetime.now(UTC),
                )
            overwrite = current or discord.PermissionOverwrite()
            overwrite.update(send_messages=False, send_messages_in_threads=False)
        else:
            saved = await store.take_state(community_id, key) if store is not None else None
            if saved is not None and not saved.get("existed"):
                overwrite = None
            elif saved is not None:
                overwrite = discord.PermissionOverwrite.from_pair(
                    discord.Permissions(int(saved.get("allow", 0))),
                    discord.Permissions(int(saved.get("deny", 0))),
                )
            else:  # locked by someone else: lift only what a lock denies
                overwrite = current or discord.PermissionOverwrite()
                overwrite.update(send_messages=None, send_messages_in_threads=None)
                if overwrite.is_empty():
                    overwrite = None
        with platform_errors(
            action,
            self.permission(community_id, "manage_roles"),
            access=self.permission(community_id, "view_channel"),
        ):
            await channel.set_permissions(
                everyone, overwrite=overwrite, reason=action.reason or None
            )
