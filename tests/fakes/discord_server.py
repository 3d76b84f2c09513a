"""The fake Discord for tests: the server lives in `tests/fakes/discord_fake/`; this module
is the one tests import, with the payload builders and polling helpers they share.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from tests.fakes.discord_fake.rest import APP_ID, BOT_ID
from tests.fakes.discord_fake.server import TOKEN, FakeDiscord, Recorded
from tests.fakes.discord_fake.state import (
    ADMINISTRATOR,
    BOT_DEFAULT,
    EVERYONE_DEFAULT,
    MANAGE_MESSAGES,
    MODERATOR_DEFAULT,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    user_payload,
)

__all__ = [
    "ADMINISTRATOR",
    "APP_ID",
    "BOT_DEFAULT",
    "BOT_ID",
    "EVERYONE_DEFAULT",
    "MANAGE_MESSAGES",
    "MODERATOR_DEFAULT",
    "TOKEN",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeMessage",
    "Recorded",
    "message_payload",
    "user_payload",
    "wait_for",
    "wait_for_async",
]


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
    message = FakeMessage(
        id=message_id,
        channel_id=channel_id,
        author=author,
        content=content,
        components=components or [],
        flags=flags,
    )
    payload = message.payload()
    if payload["timestamp"] is None or (message_id.isdigit() and int(message_id) < 1 << 22):
        payload["timestamp"] = datetime.now(UTC).isoformat()
    return payload


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
