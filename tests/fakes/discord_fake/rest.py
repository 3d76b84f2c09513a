"""The REST routes Hearth calls, with the state they change and the refusals Discord gives.

This module holds the route table, the lookups and permission checks every route uses,
and the identity, command, message and channel routes; members and bans are in
rest_members.py, AutoMod and interaction responses in rest_interactions.py.

Each handler takes the request's path groups, JSON body and query, changes the world in
`state.py`, dispatches the gateway events Discord sends for that change (so discord.py's
cache stays true), and returns (status, payload) or raises `DiscordError`. Permissions are
computed as Discord does (Topics > Permissions) for the bot's own member.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tests.fakes.discord_fake import limits
from tests.fakes.discord_fake.limits import (
    CANNOT_DM,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    DiscordError,
    unknown,
)
from tests.fakes.discord_fake.state import (
    MANAGE_CHANNELS,
    MANAGE_MESSAGES,
    MANAGE_ROLES,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    Clock,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    Overwrite,
    Snowflakes,
    user_payload,
)

APP_ID = "900000000000000001"
BOT_ID = APP_ID

Handler = Callable[..., Awaitable[tuple[int, Any]]]


@dataclass
class PendingInteraction:
    """An interaction the fake dispatched: its token, when, and whether it was answered."""

    id: str
    token: str
    created: datetime
    acknowledged: bool = False
    original: dict[str, Any] | None = None
    channel_id: str | None = None


@dataclass
class Call:
    groups: tuple[str, ...]
    body: Any
    query: dict[str, str]
    reason: str | None = None


@dataclass
class World:
    """What the routes work on (the server object provides it)."""

    clock: Clock = field(default_factory=Clock)
    guilds: dict[str, FakeGuild] = field(default_factory=dict)
    messages: dict[str, list[FakeMessage]] = field(default_factory=dict)
    """Per channel, oldest first."""
    interactions: dict[str, PendingInteraction] = field(default_factory=dict)
    dms_closed: set[str] = field(default_factory=set)
    dm_users: dict[str, str] = field(default_factory=dict)
    daily_creates: dict[str, list[datetime]] = field(default_factory=dict)


class RestRoutes:
    """Mixin of FakeDiscord: the route table and its handlers."""

    world: World
    ids: Snowflakes

    async def dispatch(
        self, event: str, data: dict[str, Any], *, guild_id: str | None = None
    ) -> None:
        raise NotImplementedError

    # -- lookups -----------------------------------------------------------------------

    def _guild(self, guild_id: str) -> FakeGuild:
        guild = self.world.guilds.get(guild_id)
        if guild is None or BOT_ID not in guild.members:
            raise unknown("Guild")
        return guild

    def _channel(self, channel_id: str) -> tuple[FakeGuild | None, FakeChannel | None]:
        for guild in self.world.guilds.values():
            if channel_id in guild.channels:
                return guild, guild.channels[channel_id]
        if channel_id in self.world.dm_users:
            return None, None
        raise unknown("Channel")

    def _bot(self, guild: FakeGuild) -> FakeMember:
        return guild.members[BOT_ID]

    def _require(self, guild: FakeGuild, channel: FakeChannel | None, *flags: int) -> None:
        """Topics > Permissions: the bot needs VIEW_CHANNEL to see the channel at all
        (else 50001 Missing Access), then each flag (else 50013 Missing Permissions)."""
        permissions = guild.permissions_in(self._bot(guild), channel)
        if channel is not None and not permissions & VIEW_CHANNEL:
            raise MISSING_ACCESS
        for flag in flags:
            if not permissions & flag:
                raise MISSING_PERMISSIONS

    def _over(self, guild: FakeGuild, target: FakeMember) -> None:
        """Permission Hierarchy: the bot acts only on members ranked strictly below it."""
        if not guild.outranks(self._bot(guild), target):
            raise MISSING_PERMISSIONS

    def _member(self, guild: FakeGuild, user_id: str) -> FakeMember:
        member = guild.members.get(user_id)
        if member is None:
            raise unknown("Member")
        return member

    def _message(self, channel_id: str, message_id: str) -> FakeMessage:
        for message in self.world.messages.get(channel_id, []):
            if message.id == message_id and not message.deleted:
                return message
        raise unknown("Message")

    # -- the table ---------------------------------------------------------------------

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", r"/users/@me", self._me),
            ("GET", r"/oauth2/applications/@me", self._application),
            ("GET", r"/applications/@me", self._application),
            ("GET", r"/gateway/bot", self._gateway_bot),
            ("GET", r"/applications/\d+/guilds/(\d+)/commands", self._get_commands),
            ("PUT", r"/applications/\d+/guilds/(\d+)/commands", self._sync),
            ("PUT", r"/applications/\d+/commands", self._sync_global),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("GET", r"/channels/(\d+)/messages", self._history),
            ("GET", r"/channels/(\d+)/messages/(\d+)", self._get_message),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._edit_message),
            ("DELETE", r"/channels/(\d+)/messages/(\d+)", self._delete_message),
            ("POST", r"/channels/(\d+)/messages/bulk-delete", self._bulk_delete),
            ("PATCH", r"/channels/(\d+)", self._edit_channel),
            ("PUT", r"/channels/(\d+)/permissions/(\d+)", self._put_overwrite),
            ("DELETE", r"/channels/(\d+)/permissions/(\d+)", self._delete_overwrite),
            ("POST", r"/users/@me/channels", self._dm_channel),
            ("GET", r"/guilds/(\d+)/members", self._list_members),
            ("GET", r"/guilds/(\d+)/members/(\d+)", self._get_member),
            ("PATCH", r"/guilds/(\d+)/members/(\d+)", self._edit_member),
            ("DELETE", r"/guilds/(\d+)/members/(\d+)", self._kick),
            ("PUT", r"/guilds/(\d+)/members/(\d+)/roles/(\d+)", self._add_role),
            ("DELETE", r"/guilds/(\d+)/members/(\d+)/roles/(\d+)", self._remove_role),
            ("PUT", r"/guilds/(\d+)/bans/(\d+)", self._ban),
            ("DELETE", r"/guilds/(\d+)/bans/(\d+)", self._unban),
            ("GET", r"/guilds/(\d+)/auto-moderation/rules", self._automod_list),
            ("POST", r"/guilds/(\d+)/auto-moderation/rules", self._automod_create),
            ("PATCH", r"/guilds/(\d+)/auto-moderation/rules/(\d+)", self._automod_edit),
            ("DELETE", r"/guilds/(\d+)/auto-moderation/rules/(\d+)", self._automod_delete),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
            ("POST", r"/webhooks/\d+/([^/]+)", self._followup),
            ("PATCH", r"/webhooks/\d+/([^/]+)/messages/@original", self._edit_original),
            ("DELETE", r"/webhooks/\d+/([^/]+)/messages/@original", self._delete_original),
        ]

    def find_route(self, method: str, path: str) -> tuple[Handler, tuple[str, ...]] | None:
        for route_method, pattern, handler in self.routes():
            match = re.fullmatch(pattern, path)
            if match and route_method == method:
                return handler, match.groups()
        return None

    # -- identity ----------------------------------------------------------------------

    async def _me(self, call: Call) -> tuple[int, Any]:
        return 200, user_payload(BOT_ID, "Hearth", bot=True)

    async def _application(self, call: Call) -> tuple[int, Any]:
        return 200, {
            "id": APP_ID,
            "name": "Hearth",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user_payload("1", "Owner"),
            "verify_key": "0" * 64,
            "flags": 0,
            "summary": "",
        }

    async def _gateway_bot(self, call: Call) -> tuple[int, Any]:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 16}
        return 200, {
            "url": self.gateway_url,  # type: ignore[attr-defined]
            "shards": self.recommended_shards,  # type: ignore[attr-defined]
            "session_start_limit": limit,
        }

    # -- application commands ------------------------------------------------------------

    async def _get_commands(self, call: Call) -> tuple[int, Any]:
        return 200, self._guild(call.groups[0]).commands

    async def _sync(self, call: Call) -> tuple[int, Any]:
        """Bulk overwrite: commands not there before count as creates (200 a day)."""
        guild = self._guild(call.groups[0])
        body = call.body or []
        limits.check_commands(body)
        before = {(c.get("type", 1), c["name"]): c for c in guild.commands}
        now = self.world.clock.now()
        creates = [
            t
            for t in self.world.daily_creates.get(guild.id, [])
            if (now - t).total_seconds() < 86400
        ]
        new = [c for c in body if (c.get("type", 1), c["name"]) not in before]
        if len(creates) + len(new) > limits.DAILY_CREATES_MAX:
            raise DiscordError(
                429,
                30034,
                "Max number of daily application command creates has been reached (200)",
            )
        self.world.daily_creates[guild.id] = creates + [now] * len(new)
        guild.commands = [
            {
                "description": "",
                **command,
                "id": before.get((command.get("type", 1), command["name"]), {}).get("id")
                or self.ids.mint(),
                "application_id": APP_ID,
                "guild_id": guild.id,
                "version": self.ids.mint(),
                "type": command.get("type", 1),
            }
            for command in body
        ]
        return 200, guild.commands

    async def _sync_global(self, call: Call) -> tuple[int, Any]:
        limits.check_commands(call.body or [])
        return 200, []

    # -- messages ------------------------------------------------------------------------

    def store_message(self, message: FakeMessage) -> FakeMessage:
        self.world.messages.setdefault(message.channel_id, []).append(message)
        return message

    async def _create_message(self, call: Call) -> tuple[int, Any]:
        channel_id = call.groups[0]
        body = call.body or {}
        guild, channel = self._channel(channel_id)
        if guild is None:
            if self.world.dm_users.get(channel_id) in self.world.dms_closed:
                raise CANNOT_DM
        else:
            self._require(guild, channel, SEND_MESSAGES)
            reference = body.get("message_reference")
            if reference and reference.get("fail_if_not_exists", True):
                self._message(channel_id, str(reference["message_id"]))
        limits.check_message_body(body)
        message = self.store_message(
            FakeMessage(
                id=self.ids.mint(),
                channel_id=channel_id,
                guild_id=guild.id if guild else None,
                author=user_payload(BOT_ID, "Hearth", bot=True),
                content=body.get("content") or "",
                embeds=body.get("embeds") or [],
                components=body.get("components") or [],
                flags=body.get("flags") or 0,
                reference=body.get("message_reference"),
            )
        )
        if guild is not None:
            await self.dispatch("MESSAGE_CREATE", message.payload(), guild_id=guild.id)
        return 200, message.payload()

    async def _history(self, call: Call) -> tuple[int, Any]:
        """Get Channel Messages: newest first, `limit` (default 50), before/after."""
        channel_id = call.groups[0]
        guild, channel = self._channel(channel_id)
        if guild is not None:
            self._require(guild, channel, READ_MESSAGE_HISTORY)
        limit = int(call.query.get("limit", 50))
        found = [m for m in self.world.messages.get(channel_id, []) if not m.deleted]
        if "before" in call.query:
            found = [m for m in found if int(m.id) < int(call.query["before"])]
        if "after" in call.query:
            found = [m for m in found if int(m.id) > int(call.query["after"])]
            found = sorted(found, key=lambda m: int(m.id))[:limit]
            return 200, [m.payload() for m in reversed(found)]
        newest = sorted(found, key=lambda m: int(m.id), reverse=True)[:limit]
        return 200, [m.payload() for m in newest]

    async def _get_message(self, call: Call) -> tuple[int, Any]:
        guild, channel = self._channel(call.groups[0])
        if guild is not None:
            self._require(guild, channel, READ_MESSAGE_HISTORY)
        return 200, self._message(*call.groups).payload()

    async def _edit_message(self, call: Call) -> tuple[int, Any]:
        message = self._message(*call.groups)
        if message.author["id"] != BOT_ID:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        body = call.body or {}
        limits.check_message_body({**message.payload(), **body})
        if "content" in body:
            message.content = body["content"] or ""
            message.edited_at = self.world.clock.now()
        if "components" in body:
            message.components = body["components"] or []
        return 200, message.payload()

    async def _delete_message(self, call: Call) -> tuple[int, Any]:
        """Delete Message: others' messages need MANAGE_MESSAGES; gone ones are 10008."""
        channel_id, message_id = call.groups
        guild, channel = self._channel(channel_id)
        message = self._message(channel_id, message_id)
        if guild is not None and message.author["id"] != BOT_ID:
            self._require(guild, channel, MANAGE_MESSAGES)
        message.deleted = True
        data = {"id": message_id, "channel_id": channel_id}
        if guild is not None:
            await self.dispatch(
                "MESSAGE_DELETE", {**data, "guild_id": guild.id}, guild_id=guild.id
            )
        return 204, None

    async def _bulk_delete(self, call: Call) -> tuple[int, Any]:
        channel_id = call.groups[0]
        guild, channel = self._channel(channel_id)
        if guild is None:
            raise DiscordError(403, 50003, "Cannot execute action on a DM channel")
        self._require(guild, channel, MANAGE_MESSAGES)
        ids = [str(i) for i in (call.body or {}).get("messages", [])]
        from tests.fakes.discord_fake.state import snowflake_time

        limits.check_bulk_delete(ids, [snowflake_time(i) for i in ids], self.world.clock.now())
        for message in self.world.messages.get(channel_id, []):
            if message.id in ids:
                message.deleted = True
        await self.dispatch(
            "MESSAGE_DELETE_BULK",
            {"ids": ids, "channel_id": channel_id, "guild_id": guild.id},
            guild_id=guild.id,
        )
        return 204, None

    # -- channels ---------------------------------------------------------------------

    async def _edit_channel(self, call: Call) -> tuple[int, Any]:
        guild, channel = self._channel(call.groups[0])
        if guild is None or channel is None:
            raise DiscordError(403, 50003, "Cannot execute action on a DM channel")
        self._require(guild, channel, MANAGE_CHANNELS)
        body = call.body or {}
        if "rate_limit_per_user" in body:
            channel.rate_limit_per_user = int(body["rate_limit_per_user"] or 0)
        if "name" in body:
            channel.name = body["name"]
        payload = channel.payload(guild.id)
        await self.dispatch("CHANNEL_UPDATE", payload, guild_id=guild.id)
        return 200, payload

    async def _put_overwrite(self, call: Call) -> tuple[int, Any]:
        """Edit Channel Permissions: needs MANAGE_ROLES, and "only permissions your bot
        has in the guild or parent channel can be allowed/denied" (else 50013)."""
        channel_id, target = call.groups
        guild, channel = self._channel(channel_id)
        if guild is None or channel is None:
            raise DiscordError(403, 50003, "Cannot execute action on a DM channel")
        self._require(guild, channel, MANAGE_ROLES)
        body = call.body or {}
        allow, deny = int(body.get("allow") or 0), int(body.get("deny") or 0)
        own = guild.base_permissions(self._bot(guild))
        if (allow | deny) & ~own:
            raise MISSING_PERMISSIONS
        kind = int(body.get("type", 0))
        if kind == 0 and target not in guild.roles:
            raise unknown("Role")
        channel.overwrites[target] = Overwrite(target, kind, allow, deny)
        await self.dispatch("CHANNEL_UPDATE", channel.payload(guild.id), guild_id=guild.id)
        return 204, None

    async def _delete_overwrite(self, call: Call) -> tuple[int, Any]:
        channel_id, target = call.groups
        guild, channel = self._channel(channel_id)
        if guild is None or channel is None:
            raise DiscordError(403, 50003, "Cannot execute action on a DM channel")
        self._require(guild, channel, MANAGE_ROLES)
        channel.overwrites.pop(target, None)
        await self.dispatch("CHANNEL_UPDATE", channel.payload(guild.id), guild_id=guild.id)
        return 204, None

    async def _dm_channel(self, call: Call) -> tuple[int, Any]:
        recipient = str((call.body or {}).get("recipient_id"))
        existing = next((c for c, u in self.world.dm_users.items() if u == recipient), None)
        channel_id = existing or self.ids.mint()
        self.world.dm_users[channel_id] = recipient
        user = user_payload(recipient, f"user{recipient[-4:]}")
        return 200, {"id": channel_id, "type": 1, "recipients": [user], "last_message_id": None}
