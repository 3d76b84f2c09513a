"""Acting on members: timeouts, kicks, bans and roles, after a role-hierarchy check.

`DiscordMemberActions` is a mixin of `DiscordAdapter`. Before touching a member it
refuses, with `action-hierarchy`, anyone whose top role is not below the bot's (and
the owner), so moderators get a clear reason instead of Discord's bare 403.
"""

from __future__ import annotations

from abc import abstractmethod
from datetime import UTC, datetime, timedelta

import discord

from bot.actions import Action, Ban, Kick, RoleAdd, RoleRemove, Timeout, Unban, Untimeout
from bot.adapters.discord_actions import platform_errors
from bot.adapters.discord_events import member_from
from bot.errors import ActionFailed
from bot.platform import supports

MAX_TIMEOUT_S = 28 * 86400
MAX_BAN_DELETE_S = 7 * 86400


class DiscordMemberActions:
    """The member half of DiscordAdapter's `@supports` methods."""

    client: discord.Client

    @abstractmethod
    def guild_for(self, community_id: str, action: Action | None = None) -> discord.Guild:
        """Provided by DiscordAdapter."""

    @abstractmethod
    async def member(self, guild: discord.Guild, user_id: str) -> discord.Member | None:
        """Provided by DiscordAdapter."""

    @abstractmethod
    def permission(self, community_id: str, name: str) -> str:
        """Provided by DiscordActions."""

    async def _target(self, guild: discord.Guild, action: Action, user_id: str) -> discord.Member:
        """The member an action is about, refused when they rank at or above the bot."""
        target = await self.member(guild, user_id)
        if target is None:
            raise ActionFailed(
                action,
                f"member {user_id} is not in the server",
                "action-member-not-found",
                user=user_id,
            )
        me = guild.me
        if me is None and self.client.user is not None:
            me = await self.member(guild, str(self.client.user.id))
        if me is not None and me.id != guild.owner_id:
            mine, theirs = member_from(me), member_from(target)
            if theirs.is_owner or theirs.top_role_position >= mine.top_role_position:
                raise ActionFailed(
                    action,
                    f"{target.display_name}'s top role is not below the bot's top role",
                    "action-hierarchy",
                    user=target.display_name,
                )
        return target

    def _role(self, guild: discord.Guild, action: RoleAdd | RoleRemove) -> discord.Role:
        wanted = action.role.casefold()
        role = next((r for r in guild.roles if r.name.casefold() == wanted), None)
        if role is None:
            raise ActionFailed(
                action,
                f"no role {action.role!r} in this server",
                "discord-role-not-found",
                role=action.role,
            )
        me = guild.me
        if me is not None and me.id != guild.owner_id and role >= me.top_role:
            raise ActionFailed(
                action,
                f"role {role.name!r} is not below the bot's top role",
                "action-hierarchy",
                user=role.name,
            )
        return role

    @supports(Timeout)
    async def _timeout(self, community_id: str, action: Timeout) -> None:
        if not 0 < action.duration_s <= MAX_TIMEOUT_S:
            raise ActionFailed(
                action,
                f"Discord timeouts last 1 second to 28 days, not {action.duration_s} s",
                "discord-timeout-too-long",
            )
        guild = self.guild_for(community_id, action)
        member = await self._target(guild, action, action.user)
        until = datetime.now(UTC) + timedelta(seconds=action.duration_s)
        with platform_errors(
            action, self.permission(community_id, "moderate_members"), user=action.user
        ):
            await member.timeout(until, reason=action.reason or None)

    @supports(Untimeout)
    async def _untimeout(self, community_id: str, action: Untimeout) -> None:
        guild = self.guild_for(community_id, action)
        member = await self._target(guild, action, action.user)
        with platform_errors(
            action, self.permission(community_id, "moderate_members"), user=action.user
        ):
            await member.timeout(None, reason=action.reason or None)

    @supports(Kick)
    async def _kick(self, community_id: str, action: Kick) -> None:
        guild = self.guild_for(community_id, action)
        member = await self._target(guild, action, action.user)
        with platform_errors(
            action, self.permission(community_id, "kick_members"), user=action.user
        ):
            await member.kick(reason=action.reason or None)

    @supports(Ban)
    async def _ban(self, community_id: str, action: Ban) -> None:
        guild = self.guild_for(community_id, action)
        _require_user_id(action, action.user)
        if await self.member(guild, action.user) is not None:
            await self._target(guild, action, action.user)
        seconds = max(0, min(action.delete_messages_s, MAX_BAN_DELETE_S))
        with platform_errors(
            action, self.permission(community_id, "ban_members"), user=action.user
        ):
            await guild.ban(
                discord.Object(int(action.user)),
                delete_message_seconds=seconds,
                reason=action.reason or None,
            )

    @supports(Unban)
    async def _unban(self, community_id: str, action: Unban) -> None:
        guild = self.guild_for(community_id, action)
        _require_user_id(action, action.user)
        with platform_errors(action, self.permission(community_id, "ban_members")):
            try:
                await guild.unban(discord.Object(int(action.user)), reason=action.reason or None)
            except discord.NotFound as error:
                raise ActionFailed(
                    action,
                    f"{action.user} is not banned",
                    "discord-not-banned",
                    user=action.user,
                ) from error

    @supports(RoleAdd, RoleRemove)
    async def _role_change(self, community_id: str, action: RoleAdd | RoleRemove) -> None:
        guild = self.guild_for(community_id, action)
        role = self._role(guild, action)
        member = await self.member(guild, action.user)
        if member is None:
            raise ActionFailed(
                action,
                f"member {action.user} is not in the server",
                "action-member-not-found",
                user=action.user,
            )
        with platform_errors(
            action, self.permission(community_id, "manage_roles"), user=action.user
        ):
            if isinstance(action, RoleAdd):
                await member.add_roles(role, reason=action.reason or None)
            else:
                await member.remove_roles(role, reason=action.reason or None)


def _require_user_id(action: Action, user: str) -> None:
    """Bans and unbans work on ids of people who may not be members; refuse anything else."""
    if not user.isdigit():
        raise ActionFailed(
            action, f"{user!r} is not a Discord user id", "action-member-not-found", user=user
        )
