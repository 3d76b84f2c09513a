"""The fake's member routes: members, timeouts, kicks, roles and bans (Resources > Guild),
with Discord's permission and hierarchy checks and the gateway events each change sends."""

from __future__ import annotations

from typing import Any

from tests.fakes.discord_fake import limits
from tests.fakes.discord_fake.limits import MISSING_PERMISSIONS, unknown
from tests.fakes.discord_fake.rest import Call, RestRoutes
from tests.fakes.discord_fake.state import (
    BAN_MEMBERS,
    KICK_MEMBERS,
    MANAGE_ROLES,
    MODERATE_MEMBERS,
    FakeGuild,
    FakeMember,
    user_payload,
)


class MemberRoutes(RestRoutes):
    """Mixin of FakeDiscord."""

    # -- members ------------------------------------------------------------------------

    async def _list_members(self, call: Call) -> tuple[int, Any]:
        """List Guild Members: ordered by id, `limit` 1..1000 (default 1), `after`."""
        guild = self._guild(call.groups[0])
        limit = int(call.query.get("limit", 1))
        after = int(call.query.get("after", 0))
        members = sorted(
            (m for m in guild.members.values() if int(m.id) > after), key=lambda m: int(m.id)
        )
        return 200, [m.payload() for m in members[:limit]]

    async def _get_member(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        return 200, self._member(guild, call.groups[1]).payload()

    async def _member_update(self, guild: FakeGuild, member: FakeMember) -> None:
        await self.dispatch(
            "GUILD_MEMBER_UPDATE", {**member.payload(), "guild_id": guild.id}, guild_id=guild.id
        )

    async def _edit_member(self, call: Call) -> tuple[int, Any]:
        """Modify Guild Member: timeouts need MODERATE_MEMBERS, a lower-ranked target who
        is not an administrator or the owner, and at most 28 days."""
        guild = self._guild(call.groups[0])
        member = self._member(guild, call.groups[1])
        body = call.body or {}
        if "communication_disabled_until" in body:
            self._require(guild, None, MODERATE_MEMBERS)
            self._over(guild, member)
            if guild.base_permissions(member) & (1 << 3):
                raise MISSING_PERMISSIONS
            until = limits.check_timeout(
                body["communication_disabled_until"], self.world.clock.now()
            )
            member.communication_disabled_until = until
        if "roles" in body:
            self._require(guild, None, MANAGE_ROLES)
            member.roles = [str(r) for r in body["roles"] or []]
        if "nick" in body:
            member.nick = body["nick"]
        await self._member_update(guild, member)
        return 200, member.payload()

    async def _kick(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        member = self._member(guild, call.groups[1])
        self._require(guild, None, KICK_MEMBERS)
        self._over(guild, member)
        await self._remove(guild, member)
        return 204, None

    async def _remove(self, guild: FakeGuild, member: FakeMember) -> None:
        del guild.members[member.id]
        await self.dispatch(
            "GUILD_MEMBER_REMOVE",
            {"guild_id": guild.id, "user": user_payload(member.id, member.name, bot=member.bot)},
            guild_id=guild.id,
        )

    async def _role_change(self, call: Call, add: bool) -> tuple[int, Any]:
        """Add/Remove Guild Member Role: MANAGE_ROLES and a role below the bot's top."""
        guild = self._guild(call.groups[0])
        member = self._member(guild, call.groups[1])
        role = guild.roles.get(call.groups[2])
        if role is None:
            raise unknown("Role")
        self._require(guild, None, MANAGE_ROLES)
        bot = self._bot(guild)
        if bot.id != guild.owner_id and role.position >= guild.top_position(bot):
            raise MISSING_PERMISSIONS
        if add and role.id not in member.roles:
            member.roles.append(role.id)
        if not add and role.id in member.roles:
            member.roles.remove(role.id)
        await self._member_update(guild, member)
        return 204, None

    async def _add_role(self, call: Call) -> tuple[int, Any]:
        return await self._role_change(call, add=True)

    async def _remove_role(self, call: Call) -> tuple[int, Any]:
        return await self._role_change(call, add=False)

    async def _ban(self, call: Call) -> tuple[int, Any]:
        """Create Guild Ban: BAN_MEMBERS; members must rank below the bot."""
        guild = self._guild(call.groups[0])
        user_id = call.groups[1]
        self._require(guild, None, BAN_MEMBERS)
        member = guild.members.get(user_id)
        if member is not None:
            self._over(guild, member)
        seconds = (call.body or {}).get("delete_message_seconds")
        if seconds is None:
            seconds = call.query.get("delete_message_seconds", 0)
        if not 0 <= int(seconds) <= 604800:
            raise limits.form_error(
                ["delete_message_seconds"], "NUMBER_TYPE_MAX", "Must be between 0 and 604800."
            )
        name = member.name if member else f"user{user_id[-4:]}"
        guild.bans[user_id] = {"user": user_payload(user_id, name), "reason": call.reason}
        if member is not None:
            await self._remove(guild, member)
        await self.dispatch(
            "GUILD_BAN_ADD",
            {"guild_id": guild.id, "user": user_payload(user_id, name)},
            guild_id=guild.id,
        )
        return 204, None

    async def _unban(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        self._require(guild, None, BAN_MEMBERS)
        ban = guild.bans.pop(call.groups[1], None)
        if ban is None:
            raise unknown("Ban")
        await self.dispatch(
            "GUILD_BAN_REMOVE", {"guild_id": guild.id, "user": ban["user"]}, guild_id=guild.id
        )
        return 204, None
