"""The clock: a `Tick` event for every community at a steady interval.

Cogs that need time to pass (lifting temporary actions, raid mode ending, reminders,
weekly digests) listen for `Tick` instead of running their own loops, so every timed
behaviour is driven, tested and replayed the same way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.engine import Engine
from bot.events import SYSTEM, Tick

log = logging.getLogger(__name__)

DEFAULT_TICK_S = 30.0


async def tick_once(engine: Engine, now: datetime) -> None:
    """Dispatch one Tick to every community; one community's failure spares the rest."""
    for community_id in list(engine.communities):
        try:
            await engine.dispatch(Tick(community_id=community_id, at=now, user=SYSTEM))
        except Exception:
            log.exception("tick failed for community %s", community_id)


async def tick_forever(
    engine: Engine,
    interval_s: float = DEFAULT_TICK_S,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Tick until cancelled."""
    while True:
        await tick_once(engine, clock())
        await asyncio.sleep(interval_s)
