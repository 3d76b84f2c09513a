"""A fake Discord (REST + gateway) on 127.0.0.1 that the real discord.py client talks to.

Point discord.py at it by setting `discord.http.Route.BASE = fake.api_base` and
`DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)`. It keeps one small
world (guilds, channels, roles, members), answers the REST routes the adapter uses,
records every request for assertions, and lets a test inject failures (403, 404, 429)
or push gateway events. Responses carry Content-Type exactly `application/json`, as
discord.py only parses JSON when the header matches.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web
from discord.utils import time_snowflake

APP_ID = "900000000000000001"
BOT_ID = APP_ID
JSON = {"Content-Type": "application/json"}


def snowflakes() -> itertools.count[int]:
    """Ids that look recent to discord.py (bulk delete only takes messages < 14 days)."""
    return itertools.count(time_snowflake(datetime.now(UTC)))


def user_payload(user_id: str, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": user_id,
        "username": name.lower(),
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def message_payload(
    message_id: str,
    channel_id: str,
    author: dict[str, Any],
    content: str,
    *,
    components: list[Any] | None = None,
    flags: int = 0,
) -> dict[str, Any]:
    """A complete message object as the Discord API sends it."""
    return {
        "id": message_id,
        "channel_id": channel_id,
        "author": author,
        "content": content,
        "timestamp": datetime.now(UTC).isoformat(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "components": components or [],
        "pinned": False,
        "type": 0,
        "flags": flags,
    }


@dataclass
class FakeMember:
    id: str
    name: str
    roles: list[str] = field(default_factory=list)
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "user": user_payload(self.id, self.name, bot=self.bot),
            "roles": list(self.roles),
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
            "communication_disabled_until": None,
        }


@dataclass
class FakeGuild:
    id: str
    name: str
    owner_id: str
    roles: list[dict[str, Any]] = field(default_factory=list)
    channels: list[dict[str, Any]] = field(default_factory=list)
    members: dict[str, FakeMember] = field(default_factory=dict)

    def role_id(self, name: str) -> str:
        return next(role["id"] for role in self.roles if role["name"] == name)

    def channel_id(self, name: str) -> str:
        return next(channel["id"] for channel in self.channels if channel["name"] == name)

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "owner_id": self.owner_id,
            "icon": None,
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": self.roles,
            "channels": [{**channel, "guild_id": self.id} for channel in self.channels],
            "members": [member.payload() for member in self.members.values()],
            "member_count": len(self.members),
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "large": False,
            "unavailable": False,
            "preferred_locale": "en-US",
            "premium_tier": 0,
            "system_channel_id": None,
            "mfa_level": 0,
            "verification_level": 0,
            "explicit_content_filter": 0,
            "default_message_notifications": 0,
        }


@dataclass(frozen=True)
class Recorded:
    """One REST request as the fake saw it."""

    method: str
    path: str
    body: Any
    query: dict[str, str]


@dataclass
class Injected:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: Any
    headers: dict[str, str]
    times: int


class FakeDiscord:
    """The fake server: `await start()`, build the world, then drive the client."""

    def __init__(self) -> None:
        self._ids = snowflakes()
        self.guilds: dict[str, FakeGuild] = {}
        self.requests: list[Recorded] = []
        self.injected: list[Injected] = []
        self.identified: list[dict[str, Any]] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.dms_closed: set[str] = set()
        """Users whose DMs are closed: posting in their DM channel answers 403 (50007)."""
        self._dm_users: dict[str, str] = {}
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def new_id(self) -> str:
        return str(next(self._ids))

    # -- the world -------------------------------------------------------------------

    def add_guild(self, guild_id: str, name: str, owner_id: str) -> FakeGuild:
        guild = FakeGuild(id=guild_id, name=name, owner_id=owner_id)
        guild.roles.append(self.role_payload(guild_id, "@everyone", 0))
        self.guilds[guild_id] = guild
        return guild

    def add_role(self, guild: FakeGuild, name: str, position: int) -> str:
        role = self.role_payload(self.new_id(), name, position)
        guild.roles.append(role)
        return str(role["id"])

    @staticmethod
    def role_payload(role_id: str, name: str, position: int) -> dict[str, Any]:
        return {
            "id": role_id,
            "name": name,
            "position": position,
            "permissions": "0",
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }

    def add_channel(self, guild: FakeGuild, name: str) -> str:
        channel_id = self.new_id()
        guild.channels.append(
            {
                "id": channel_id,
                "type": 0,
                "name": name,
                "position": len(guild.channels),
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
                "topic": None,
                "rate_limit_per_user": 0,
                "last_message_id": None,
            }
        )
        return channel_id

    def add_member(self, guild: FakeGuild, member: FakeMember) -> FakeMember:
        guild.members[member.id] = member
        return member

    # -- test controls -----------------------------------------------------------------

    def inject(
        self,
        method: str,
        path_regex: str,
        status: int,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` matching requests with this status and body."""
        self.injected.append(
            Injected(method, re.compile(path_regex), status, body, headers or {}, times)
        )

    def seen(self, method: str, path_regex: str) -> list[Recorded]:
        pattern = re.compile(path_regex)
        return [r for r in self.requests if r.method == method and pattern.search(r.path)]

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Push one gateway DISPATCH to every connected client."""
        frame = {"op": 0, "t": event, "s": next(self._seq), "d": data}
        for socket in list(self._sockets):
            await socket.send_str(json.dumps(frame))

    # -- gateway -------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}}))
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    continue
                message = json.loads(frame.data)
                if message.get("op") == 2:
                    await self._identify(socket, message["d"])
                elif message.get("op") == 1:
                    await socket.send_str(json.dumps({"op": 11}))
        finally:
            self._sockets.remove(socket)
        return socket

    async def _identify(self, socket: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        self.identified.append(identify)
        ready = {
            "v": 10,
            "user": user_payload(BOT_ID, "Hearth", bot=True),
            "guilds": [{"id": guild_id, "unavailable": True} for guild_id in self.guilds],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": APP_ID, "flags": 0},
        }
        if "shard" in identify:
            ready["shard"] = identify["shard"]
        frames = [{"op": 0, "t": "READY", "s": next(self._seq), "d": ready}]
        for guild in self.guilds.values():
            frames.append(
                {"op": 0, "t": "GUILD_CREATE", "s": next(self._seq), "d": guild.payload()}
            )
        for frame in frames:
            await socket.send_str(json.dumps(frame))

    # -- REST ----------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body and request.content_type == "application/json":
            body = await request.json()
        self.requests.append(Recorded(request.method, path, body, dict(request.query)))
        for injected in self.injected:
            if injected.method == request.method and injected.pattern.search(path):
                injected.times -= 1
                if injected.times <= 0:
                    self.injected.remove(injected)
                return _json(injected.body, injected.status, injected.headers)
        result = self._route(request.method, path, body)
        if result is None:
            return _json({"code": 0, "message": f"fake: no route {request.method} {path}"}, 404)
        status, payload = result
        return web.Response(status=204) if status == 204 else _json(payload, status)

    def _route(self, method: str, path: str, body: Any) -> tuple[int, Any] | None:
        for route_method, pattern, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and route_method == method:
                return handler(body, *match.groups())
        return None

    def _routes(self) -> list[tuple[str, str, Any]]:
        ok = lambda *_: (204, None)  # noqa: E731
        return [
            ("GET", r"/users/@me", lambda *_: (200, user_payload(BOT_ID, "Hearth", bot=True))),
            ("GET", r"/oauth2/applications/@me", lambda *_: (200, self._application())),
            ("GET", r"/gateway/bot", lambda *_: (200, self._gateway_bot())),
            ("PUT", r"/applications/\d+/guilds/(\d+)/commands", self._sync),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("GET", r"/channels/(\d+)/messages", self._history),
            ("DELETE", r"/channels/\d+/messages/\d+", ok),
            ("POST", r"/channels/\d+/messages/bulk-delete", ok),
            ("PATCH", r"/channels/(\d+)", self._edit_channel),
            ("PUT", r"/channels/\d+/permissions/\d+", ok),
            ("POST", r"/users/@me/channels", self._dm_channel),
            ("GET", r"/guilds/(\d+)/members/(\d+)", self._get_member),
            ("PATCH", r"/guilds/(\d+)/members/(\d+)", self._edit_member),
            ("DELETE", r"/guilds/\d+/members/\d+", ok),
            ("PUT", r"/guilds/\d+/members/\d+/roles/\d+", ok),
            ("DELETE", r"/guilds/\d+/members/\d+/roles/\d+", ok),
            ("PUT", r"/guilds/\d+/bans/\d+", ok),
            ("DELETE", r"/guilds/\d+/bans/\d+", ok),
            ("GET", r"/guilds/\d+/auto-moderation/rules", lambda *_: (200, [])),
            ("POST", r"/guilds/(\d+)/auto-moderation/rules", self._automod_rule),
            ("POST", r"/interactions/(\d+)/[^/]+/callback", self._callback),
            ("POST", r"/webhooks/\d+/[^/]+", lambda body, *_: (200, self._message("0", body))),
            ("PATCH", r"/webhooks/\d+/[^/]+/messages/@original", self._edit_original),
            ("DELETE", r"/webhooks/\d+/[^/]+/messages/@original", ok),
        ]

    def _application(self) -> dict[str, Any]:
        return {
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

    def _gateway_bot(self) -> dict[str, Any]:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    def _sync(self, body: Any, guild_id: str) -> tuple[int, Any]:
        commands = [
            {
                "description": "",
                **command,
                "id": self.new_id(),
                "application_id": APP_ID,
                "guild_id": guild_id,
                "version": "1",
                "type": command.get("type", 1),
            }
            for command in body or []
        ]
        return 200, commands

    def _message(self, channel_id: str, body: Any) -> dict[str, Any]:
        body = body or {}
        return message_payload(
            self.new_id(),
            channel_id,
            user_payload(BOT_ID, "Hearth", bot=True),
            body.get("content") or "",
            components=body.get("components") or [],
            flags=body.get("flags") or 0,
        )

    def _create_message(self, body: Any, channel_id: str) -> tuple[int, Any]:
        if self._dm_users.get(channel_id) in self.dms_closed:
            return 403, {"code": 50007, "message": "Cannot send messages to this user"}
        return 200, self._message(channel_id, body)

    def dm_channel_of(self, user_id: str) -> str | None:
        return next((c for c, u in self._dm_users.items() if u == user_id), None)

    def _history(self, body: Any, channel_id: str) -> tuple[int, Any]:
        return 200, self.messages.get(channel_id, [])

    def _edit_channel(self, body: Any, channel_id: str) -> tuple[int, Any] | None:
        for guild in self.guilds.values():
            for channel in guild.channels:
                if channel["id"] == channel_id:
                    channel.update(body or {})
                    return 200, {**channel, "guild_id": guild.id}
        return 404, {"code": 10003, "message": "Unknown Channel"}

    def _dm_channel(self, body: Any) -> tuple[int, Any]:
        recipient = str((body or {}).get("recipient_id"))
        user = user_payload(recipient, f"user{recipient[-4:]}")
        channel_id = self.new_id()
        self._dm_users[channel_id] = recipient
        return 200, {"id": channel_id, "type": 1, "recipients": [user], "last_message_id": None}

    def _get_member(self, body: Any, guild_id: str, user_id: str) -> tuple[int, Any]:
        member = self.guilds[guild_id].members.get(user_id) if guild_id in self.guilds else None
        if member is None:
            return 404, {"code": 10007, "message": "Unknown Member"}
        return 200, member.payload()

    def _edit_member(self, body: Any, guild_id: str, user_id: str) -> tuple[int, Any]:
        status, payload = self._get_member(body, guild_id, user_id)
        if status == 200:
            payload.update(body or {})
        return status, payload

    def _automod_rule(self, body: Any, guild_id: str) -> tuple[int, Any]:
        rule = {
            **(body or {}),
            "id": self.new_id(),
            "guild_id": guild_id,
            "creator_id": BOT_ID,
            "exempt_roles": (body or {}).get("exempt_roles", []),
            "exempt_channels": [],
        }
        return 200, rule

    def _callback(self, body: Any, interaction_id: str) -> tuple[int, Any]:
        kind = (body or {}).get("type", 4)
        return 200, {"interaction": {"id": interaction_id, "type": kind}}

    def _edit_original(self, body: Any) -> tuple[int, Any]:
        return 200, self._message("0", body)


def _json(payload: Any, status: int, headers: dict[str, str] | None = None) -> web.Response:
    if status == 204:
        return web.Response(status=204, headers=headers)
    data = json.dumps(payload if payload is not None else {}).encode()
    return web.Response(status=status, body=data, headers={**JSON, **(headers or {})})


async def wait_for(predicate: Any, timeout: float = 5.0, interval: float = 0.01) -> Any:
    """Poll `predicate()` until it returns something truthy; fail after `timeout` s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


async def wait_for_async(probe: Any, timeout: float = 5.0, interval: float = 0.01) -> Any:
    """Like `wait_for`, for a coroutine function such as a store query."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)
