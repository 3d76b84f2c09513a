"""The fake gateway: Hello, Identify (with shards), READY, GUILD_CREATE, heartbeats,
member chunks, and dispatches routed to the shard that owns the guild.

Topics > Gateway: a guild belongs to shard `(guild_id >> 22) % num_shards`; READY lists
the shard's guilds as unavailable and a GUILD_CREATE follows for each; a guild the bot
joins later arrives as a GUILD_CREATE too. Large guilds (over 250 members) carry only a
few members; the rest come from Request Guild Members (op 8) as GUILD_MEMBERS_CHUNKs.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.discord_fake.rest import APP_ID, BOT_ID, World
from tests.fakes.discord_fake.state import FakeGuild, user_payload

CHUNK_SIZE = 1000
"""Topics > Gateway Events > Guild Members Chunk: up to 1000 members per chunk."""


def shard_of(guild_id: str, shards: int) -> int:
    return (int(guild_id) >> 22) % shards


class Gateway:
    """Mixin of FakeDiscord: the websocket side."""

    world: World
    gateway_url: str

    def __init__(self) -> None:
        self.identified: list[dict[str, Any]] = []
        self.member_requests: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []
        self._sockets: dict[web.WebSocketResponse, tuple[int, int]] = {}
        self._seq = itertools.count(1)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}}))
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    continue
                message = json.loads(frame.data)
                op = message.get("op")
                if op == 2:
                    await self._identify(socket, message["d"])
                elif op == 1:
                    await socket.send_str(json.dumps({"op": 11}))
                elif op == 8:
                    await self._request_members(socket, message["d"])
        finally:
            self._sockets.pop(socket, None)
        return socket

    def _owned(self, guild: FakeGuild, shard: tuple[int, int]) -> bool:
        return BOT_ID in guild.members and shard_of(guild.id, shard[1]) == shard[0]

    async def _identify(self, socket: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        self.identified.append(identify)
        shard = tuple(identify.get("shard") or (0, 1))
        self._sockets[socket] = (int(shard[0]), int(shard[1]))
        guilds = [g for g in self.world.guilds.values() if self._owned(g, self._sockets[socket])]
        ready = {
            "v": 10,
            "user": user_payload(BOT_ID, "Hearth", bot=True),
            "guilds": [{"id": guild.id, "unavailable": True} for guild in guilds],
            "session_id": f"fake-session-{shard[0]}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": APP_ID, "flags": 0},
        }
        if "shard" in identify:
            ready["shard"] = list(shard)
        await self._send(socket, "READY", ready)
        for guild in guilds:
            await self._send(socket, "GUILD_CREATE", guild.payload())

    async def _request_members(self, socket: web.WebSocketResponse, data: dict[str, Any]) -> None:
        self.member_requests.append(data)
        guild = self.world.guilds.get(str(data.get("guild_id")))
        if guild is None:
            return
        members = list(guild.members.values())
        wanted = data.get("user_ids")
        if wanted:
            wanted_ids = {str(user) for user in wanted}
            members = [m for m in members if m.id in wanted_ids]
        chunks = [members[i : i + CHUNK_SIZE] for i in range(0, len(members), CHUNK_SIZE)] or [[]]
        for index, chunk in enumerate(chunks):
            payload = {
                "guild_id": guild.id,
                "members": [member.payload() for member in chunk],
                "chunk_index": index,
                "chunk_count": len(chunks),
            }
            if data.get("nonce"):
                payload["nonce"] = data["nonce"]
            await self._send(socket, "GUILD_MEMBERS_CHUNK", payload)

    async def _send(self, socket: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        frame = {"op": 0, "t": event, "s": next(self._seq), "d": data}
        self.sent.append({"t": event, "d": data})
        await socket.send_str(json.dumps(frame))

    async def push(self, event: str, data: dict[str, Any], guild_id: str | None) -> None:
        """Send one DISPATCH to the shard owning `guild_id` (to every shard without one)."""
        for socket, shard in list(self._sockets.items()):
            if guild_id is None or shard_of(guild_id, shard[1]) == shard[0]:
                await self._send(socket, event, data)

    async def close_sockets(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
