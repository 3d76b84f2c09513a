"""FakeDiscord: the REST + gateway server the real discord.py client talks to in tests.

Point discord.py at it with `discord.http.Route.BASE = fake.api_base` and
`DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)`. Each request is
authenticated (401 for a wrong token), validated against Discord's OpenAPI description
(`spec.py`), checked against Discord's limits and permissions (`limits.py`, `rest.py`),
recorded for assertions, and answered with rate-limit headers. Tests build the world
(`add_guild`, `add_role`, `add_channel`, `add_member`), act as members (`say`, `edit`,
`link_preview`, `join`, `interact`, `join_guild`) and assert on the state afterwards.
Failures a test wants (429, 5xx) are injected with `inject` / `rate_limit`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from tests.fakes.discord_fake import spec
from tests.fakes.discord_fake.gateway import Gateway
from tests.fakes.discord_fake.limits import UNAUTHORIZED, DiscordError
from tests.fakes.discord_fake.rest import (
    APP_ID,
    BOT_ID,
    Call,
    PendingInteraction,
    World,
)
from tests.fakes.discord_fake.rest_interactions import AutoModAndInteractionRoutes
from tests.fakes.discord_fake.rest_members import MemberRoutes
from tests.fakes.discord_fake.state import (
    EVERYONE_DEFAULT,
    Clock,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    Snowflakes,
    user_payload,
)

log = logging.getLogger("fake.discord")
JSON = {"Content-Type": "application/json"}
TOKEN = "OTAwMDAwMDAwMDAwMDAwMDAx.GfAkEd.fake-discord-token-for-tests-only"
"""Shaped like a real bot token (base64 of the bot's id, a timestamp, an HMAC), so
`hearth run` accepts it before it connects (bot.startup.token_problem)."""


@dataclass(frozen=True)
class Recorded:
    """One REST request as the fake saw it, and how it answered."""

    method: str
    path: str
    body: Any
    query: dict[str, str]
    status: int = 0
    code: int | None = None


@dataclass
class Injected:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: Any
    headers: dict[str, str]
    times: int


class FakeDiscord(MemberRoutes, AutoModAndInteractionRoutes, Gateway):
    """`await start()`, build the world, then drive the client."""

    def __init__(self, token: str = TOKEN) -> None:
        Gateway.__init__(self)
        self.world = World(clock=Clock())
        self.clock = self.world.clock
        self.ids = Snowflakes(self.clock)
        self.token = token
        self.requests: list[Recorded] = []
        self.injected: list[Injected] = []
        self.recommended_shards = 1
        self._runner: web.AppRunner | None = None
        self._joined = 0
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
        await self.close_sockets()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def new_id(self, at: datetime | None = None) -> str:
        return self.ids.mint(at)

    # -- building the world -------------------------------------------------------------

    @property
    def guilds(self) -> dict[str, FakeGuild]:
        return self.world.guilds

    @property
    def dms_closed(self) -> set[str]:
        """Users whose DMs are closed: posting in their DM channel answers 403 (50007)."""
        return self.world.dms_closed

    def add_guild(self, guild_id: str, name: str, owner_id: str) -> FakeGuild:
        guild = FakeGuild(id=guild_id, name=name, owner_id=owner_id)
        guild.roles[guild_id] = FakeRole(guild_id, "@everyone", 0, EVERYONE_DEFAULT)
        self.world.guilds[guild_id] = guild
        return guild

    def add_role(self, guild: FakeGuild, name: str, position: int, permissions: int = 0) -> str:
        role = FakeRole(self.new_id(), name, position, permissions)
        guild.roles[role.id] = role
        return role.id

    def add_channel(self, guild: FakeGuild, name: str, *, kind: int = 0) -> str:
        channel = FakeChannel(self.new_id(), name, type=kind, position=len(guild.channels))
        guild.channels[channel.id] = channel
        return channel.id

    def add_member(self, guild: FakeGuild, member: FakeMember) -> FakeMember:
        """A member who joined some time ago; each gets their own `joined_at`."""
        if member.joined_at is None:
            self._joined += 1
            member.joined_at = (
                self.clock.now() - timedelta(days=90) + timedelta(minutes=self._joined)
            )
        guild.members[member.id] = member
        return member

    def dm_channel_of(self, user_id: str) -> str | None:
        return next((c for c, u in self.world.dm_users.items() if u == user_id), None)

    def channel_messages(self, channel_id: str) -> list[FakeMessage]:
        """What is still visible in a channel, oldest first."""
        return [m for m in self.world.messages.get(channel_id, []) if not m.deleted]

    def message(self, message_id: str) -> FakeMessage | None:
        for messages in self.world.messages.values():
            for message in messages:
                if message.id == message_id:
                    return message
        return None

    # -- acting as Discord and its members ---------------------------------------------

    async def dispatch(
        self, event: str, data: dict[str, Any], *, guild_id: str | None = None
    ) -> None:
        """Push one DISPATCH to the shard of its guild, keeping the world in step."""
        guild_id = guild_id or (str(data["guild_id"]) if data.get("guild_id") else None)
        if event == "MESSAGE_CREATE" and self.message(str(data.get("id"))) is None:
            self.store_message(_message_from(data))
        elif event == "MESSAGE_UPDATE":
            stored = self.message(str(data.get("id")))
            if stored is not None:
                stored.content = data.get("content", stored.content)
                stored.embeds = data.get("embeds", stored.embeds)
        elif event == "INTERACTION_CREATE":
            self.world.interactions[str(data["id"])] = PendingInteraction(
                id=str(data["id"]),
                token=str(data["token"]),
                created=self.clock.now(),
                channel_id=data.get("channel_id"),
            )
        await self.push(event, data, guild_id)

    async def say(
        self,
        guild: FakeGuild,
        channel: str,
        member: FakeMember,
        text: str,
        *,
        at: datetime | None = None,
        mentions: list[FakeMember] | None = None,
    ) -> FakeMessage:
        """A member posts in a channel (by name or id): MESSAGE_CREATE with `member`."""
        channel_id = channel if channel.isdigit() else guild.channel_id(channel)
        message = self.store_message(
            FakeMessage(
                id=self.new_id(at),
                channel_id=channel_id,
                guild_id=guild.id,
                author=user_payload(member.id, member.name, bot=member.bot),
                content=text,
                mentions=[user_payload(m.id, m.name) for m in mentions or []],
            )
        )
        await self.dispatch("MESSAGE_CREATE", self._with_member(guild, member, message))
        return message

    def _with_member(
        self, guild: FakeGuild, member: FakeMember, message: FakeMessage
    ) -> dict[str, Any]:
        part = member.payload()
        part.pop("user")
        return {**message.payload(), "member": part}

    async def edit(self, guild: FakeGuild, message: FakeMessage, text: str) -> None:
        """The author edits the text: a full MESSAGE_UPDATE with a new edited_timestamp."""
        message.content = text
        message.edited_at = self.clock.now()
        member = guild.members.get(message.author["id"])
        data = self._with_member(guild, member, message) if member else message.payload()
        await self.dispatch("MESSAGE_UPDATE", data)

    async def link_preview(
        self, guild: FakeGuild, message: FakeMessage, *, partial: bool = False
    ) -> None:
        """Discord unfurls a link: MESSAGE_UPDATE with the new `embeds`, content unchanged
        and edited_timestamp untouched (Topics > Gateway Events > Message Update). Today
        Discord sends the whole message; `partial=True` sends the older shape with only
        id, channel_id, guild_id and embeds, which clients must also survive."""
        message.embeds = [
            {"type": "link", "url": "https://example.org/", "title": "Example", "description": ""}
        ]
        if partial:
            data = {
                "id": message.id,
                "channel_id": message.channel_id,
                "guild_id": guild.id,
                "embeds": message.embeds,
            }
        else:
            member = guild.members.get(message.author["id"])
            data = self._with_member(guild, member, message) if member else message.payload()
        await self.dispatch("MESSAGE_UPDATE", data)

    async def join(self, guild: FakeGuild, member: FakeMember) -> FakeMember:
        """Someone joins now: GUILD_MEMBER_ADD (pending while screening is on)."""
        member.joined_at = self.clock.now()
        if "MEMBER_VERIFICATION_GATE_ENABLED" in guild.features:
            member.pending = True
        guild.members[member.id] = member
        await self.dispatch("GUILD_MEMBER_ADD", {**member.payload(), "guild_id": guild.id})
        return member

    async def pass_screening(self, guild: FakeGuild, member: FakeMember) -> None:
        """The member accepts the server rules: GUILD_MEMBER_UPDATE with pending false."""
        member.pending = False
        await self.dispatch("GUILD_MEMBER_UPDATE", {**member.payload(), "guild_id": guild.id})

    async def leave(self, guild: FakeGuild, member: FakeMember) -> None:
        guild.members.pop(member.id, None)
        await self.dispatch(
            "GUILD_MEMBER_REMOVE",
            {"guild_id": guild.id, "user": user_payload(member.id, member.name)},
        )

    async def join_guild(self, guild: FakeGuild) -> None:
        """The bot is added to a guild: GUILD_CREATE for it (Gateway Events > Guild Create)."""
        if BOT_ID not in guild.members:
            self.add_member(guild, FakeMember(BOT_ID, "Hearth", [], bot=True))
        payload = guild.payload()
        # A newly joined guild's GUILD_CREATE has no `unavailable` key; `false` would mean
        # an outage ended (Topics > Gateway Events > Guild Create).
        payload.pop("unavailable")
        await self.dispatch("GUILD_CREATE", payload, guild_id=guild.id)

    async def interact(self, payload: dict[str, Any]) -> None:
        await self.dispatch("INTERACTION_CREATE", payload)

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

    def rate_limit(self, method: str, path_regex: str, retry_after: float = 0.05) -> None:
        """One 429 as Discord sends it (Topics > Rate Limits): body and headers."""
        self.inject(
            method,
            path_regex,
            429,
            {
                "message": "You are being rate limited.",
                "retry_after": retry_after,
                "global": False,
            },
            headers={
                "Retry-After": str(retry_after),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": str(retry_after),
                "X-RateLimit-Bucket": "fake-bucket",
                "X-RateLimit-Scope": "user",
                "Via": "1.1 google",
            },
        )

    def seen(self, method: str, path_regex: str) -> list[Recorded]:
        pattern = re.compile(path_regex)
        return [r for r in self.requests if r.method == method and pattern.search(r.path)]

    def refused(self, code: int) -> list[Recorded]:
        """Requests the fake answered with this JSON error code."""
        return [r for r in self.requests if r.code == code]

    # -- REST ----------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body and request.content_type == "application/json":
            body = await request.json()
        query = dict(request.query)
        try:
            status, payload, headers = await self._answer(request, path, body, query)
        except DiscordError as refusal:
            status, headers = refusal.status, {}
            payload = {"code": refusal.code, "message": refusal.message}
            if refusal.errors:
                payload["errors"] = refusal.errors
            if refusal.status == 429:
                payload.update(retry_after=1.0, **{"global": False})
                headers = {"Retry-After": "1", "X-RateLimit-Scope": "shared", "Via": "1.1 google"}
        code = payload.get("code") if isinstance(payload, dict) and status >= 400 else None
        if status >= 400:
            log.warning("fake Discord: %s %s -> %s %s", request.method, path, status, payload)
        self.requests.append(Recorded(request.method, path, body, query, status, code))
        headers = {**self._bucket_headers(path), **headers}
        if status == 204:
            return web.Response(status=204, headers=headers)
        data = json.dumps(payload if payload is not None else {}).encode()
        return web.Response(status=status, body=data, headers={**JSON, **headers})

    async def _answer(
        self, request: web.Request, path: str, body: Any, query: dict[str, str]
    ) -> tuple[int, Any, dict[str, str]]:
        # Reference > Authentication; interaction and webhook routes use their token instead.
        public = path.startswith(("/interactions/", "/webhooks/"))
        if not public and request.headers.get("Authorization") != f"Bot {self.token}":
            raise UNAUTHORIZED
        for injected in self.injected:
            if injected.method == request.method and injected.pattern.search(path):
                injected.times -= 1
                if injected.times <= 0:
                    self.injected.remove(injected)
                return injected.status, injected.body, injected.headers
        spec.validate(request.method, path, query, body)
        found = self.find_route(request.method, path)
        if found is None:
            raise DiscordError(404, 0, f"fake: no route {request.method} {path}")
        handler, groups = found
        reason = request.headers.get("X-Audit-Log-Reason")
        status, payload = await handler(Call(groups, body, query, reason))
        return status, payload, {}

    def _bucket_headers(self, path: str) -> dict[str, str]:
        """Topics > Rate Limits > Header Format: every answer says where the bucket stands."""
        reset = self.clock.now().timestamp() + 1
        return {
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "49",
            "X-RateLimit-Reset": f"{reset:.3f}",
            "X-RateLimit-Reset-After": "1.000",
            "X-RateLimit-Bucket": re.sub(r"\d{15,}", "id", path.split("?")[0])[:64],
        }


def _message_from(data: dict[str, Any]) -> FakeMessage:
    return FakeMessage(
        id=str(data["id"]),
        channel_id=str(data.get("channel_id")),
        guild_id=data.get("guild_id"),
        author=data.get("author") or {"id": "0"},
        content=data.get("content") or "",
        embeds=data.get("embeds") or [],
    )


__all__ = ["APP_ID", "BOT_ID", "FakeDiscord", "Recorded"]
