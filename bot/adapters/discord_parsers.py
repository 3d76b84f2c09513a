"""Gateway payload parsing that never takes a shard down.

discord.py parses each DISPATCH before Hearth sees it; a payload it cannot parse would
raise inside the gateway loop. `guard_parsers` wraps every parser so a malformed payload
is logged and skipped, and skips the old embed-only MESSAGE_UPDATE shape quietly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import discord

log = logging.getLogger("bot.adapters.discord_adapter")


def guard_parsers(client: discord.Client) -> None:
    """A malformed gateway payload is logged and skipped instead of killing the shard."""
    state = client._connection
    for name, parser in list(state.parsers.items()):
        state.parsers[name] = _guarded(name, parser)
    state.parsers["MESSAGE_UPDATE"] = _skip_partial_updates(state.parsers["MESSAGE_UPDATE"])


def _skip_partial_updates(parser: Callable[[Any], None]) -> Callable[[Any], None]:
    """Discord used to send MESSAGE_UPDATE with only id, channel and `embeds` when a link
    preview arrived; such an update has no text to judge and is skipped quietly."""

    def parse(data: Any) -> None:
        if isinstance(data, dict) and ("author" not in data or "content" not in data):
            log.debug("discord: partial MESSAGE_UPDATE (no author or content) skipped")
            return
        parser(data)

    return parse


def _guarded(name: str, parser: Callable[[Any], None]) -> Callable[[Any], None]:
    def parse(data: Any) -> None:
        try:
            parser(data)
        except Exception as error:
            log.warning("discord: bad %s payload skipped (%s)", name, type(error).__name__)
            log.debug("discord: %s payload error", name, exc_info=True)

    return parse
