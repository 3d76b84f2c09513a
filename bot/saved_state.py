"""Cog state that survives restarts: read from the store once per process, saved whole.

A cog keeps its object in community state as before, but gets it with `load` (which reads
the saved copy the first time a community needs it) and calls `save` after each change.
Without a store everything stays in memory. What a cog saves must follow the store's
convention for personal data (`bot.storage._state`): per-member data under a "members"
mapping keyed by user id. A saved value the cog cannot decode is logged and replaced by
an empty state; a failed save is logged and the state lives on in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from bot.cog import Context
from bot.community import Community

log = logging.getLogger(__name__)

T = TypeVar("T")
SLOT = "saved:"
"""Prefix of the community state slots that hold a loaded copy."""


async def load(
    ctx: Context, key: str, decode: Callable[[dict[str, Any]], T], empty: Callable[[], T]
) -> T:
    """The community's state for `key`: from memory, else from the store, else empty."""
    state = ctx.community.state
    slot = SLOT + key
    if slot in state:
        return state[slot]  # type: ignore[no-any-return]
    value = empty()
    if ctx.store is not None:
        saved = await ctx.store.load_state(ctx.community.id, key)
        if saved is not None:
            try:
                value = decode(saved)
            except Exception:  # any shape the cog did not write must not stop it
                log.exception(
                    "saved %s state of %s unreadable; starting empty", key, ctx.community.id
                )
    # Another handler may have loaded it while this one waited: the first copy wins.
    return state.setdefault(slot, value)  # type: ignore[no-any-return]


async def save(ctx: Context, key: str, value: dict[str, Any]) -> None:
    """Replace the saved copy of `key` (a no-op without a store)."""
    if ctx.store is None:
        return
    try:
        await ctx.store.save_state(ctx.community.id, key, value, ctx.now())
    except Exception:
        log.exception("could not save %s state of %s; kept in memory", key, ctx.community.id)


def forget(community: Community) -> None:
    """Drop the loaded copies so the next use reads the store (after an erasure)."""
    for slot in [slot for slot in community.state if str(slot).startswith(SLOT)]:
        del community.state[slot]
