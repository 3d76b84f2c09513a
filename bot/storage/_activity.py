"""Activity counters: the hot path, buffered in memory and written in batches.

`record_activity` only bumps a counter keyed by (community, UTC day, hour, channel,
member). The buffer is written as one upsert transaction when it holds `flush_every`
events, every `flush_interval_s` seconds (a background task), and on `flush()`/`close()`.
The same flushes retry writes buffered during a database outage (`_buffer`), first.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from bot.storage import tables as t
from bot.storage._base import aware, dialect_insert, log
from bot.storage._buffer import RetryBufferMixin, is_outage

ActivityKey = tuple[str, date, int, str, str]  # community, day, hour, channel, user
PK = ("community_id", "day", "hour", "channel", "user_id")


class ActivityMixin(RetryBufferMixin):
    _activity: Counter[ActivityKey]
    _pending_events: int
    _flush_every: int
    _flush_interval_s: float
    _flush_lock: asyncio.Lock
    _flush_task: asyncio.Task[None] | None
    _batch_task: asyncio.Task[None] | None

    def _init_activity(self, flush_every: int, flush_interval_s: float) -> None:
        self._activity = Counter()
        self._pending_events = 0
        self._flush_every = max(1, flush_every)
        self._flush_interval_s = flush_interval_s
        self._flush_lock = asyncio.Lock()
        self._flush_task = None
        self._batch_task = None

    def _start_flusher(self) -> None:
        if self._flush_interval_s > 0:
            self._flush_task = asyncio.create_task(self._flush_loop(), name="hearth-db-flush")

    async def _stop_flusher(self) -> None:
        if self._batch_task is not None:
            await self._batch_task
            self._batch_task = None
        if self._flush_task is not None:
            self._flush_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flush_task
            self._flush_task = None

    async def _flush_loop(self) -> None:
        while True:
            await asyncio.sleep(self._flush_interval_s)
            await self._flush_quietly()

    async def _flush_quietly(self) -> None:
        """A background flush: failures are logged and the counts kept for the next try."""
        try:
            await self.flush()
        except Exception as error:
            if not is_outage(error):
                log.exception("activity flush failed; counts kept for the next try")
                return
            log.warning(
                "database unreachable; %d activity events and %d writes kept for later",
                self._pending_events,
                self.pending_writes,
            )

    @property
    def pending_activity(self) -> int:
        """Events recorded but not yet written."""
        return self._pending_events

    async def record_activity(
        self, community_id: str, user_id: str, channel: str, at: datetime
    ) -> None:
        """Count one message; written later in a batch, never one commit per call.

        A full buffer is written by a background task, so the message being handled never
        waits for the database; only when the database falls far behind (ten batches
        pending) does the caller wait, which keeps memory bounded.
        """
        when = aware(at)
        self._activity[(community_id, when.date(), when.hour, channel, user_id)] += 1
        self._pending_events += 1
        if self._pending_events < self._flush_every:
            return
        if self._batch_task is None or self._batch_task.done():
            self._batch_task = asyncio.create_task(
                self._flush_quietly(), name="hearth-activity-batch"
            )
        elif self._pending_events >= 10 * self._flush_every:
            await self._batch_task

    async def flush(self) -> int:
        """Write buffered activity in one transaction; returns the counter rows written.

        Writes kept during an outage go first; if the database is still unreachable the
        activity stays buffered and the error is raised.
        """
        await self._drain_pending()
        async with self._flush_lock:
            if not self._activity:
                return 0
            batch, events = self._activity, self._pending_events
            self._activity, self._pending_events = Counter(), 0
            try:
                await self._write(lambda session: self._upsert_activity(session, batch))
            except BaseException:
                self._activity.update(batch)
                self._pending_events += events
                raise
            log.debug("flushed %d activity counters (%d events)", len(batch), events)
            return len(batch)

    def _upsert_activity(self, session: Session, batch: Counter[ActivityKey]) -> None:
        for community_id in {key[0] for key in batch}:
            self._ensure_community(session, community_id)
        rows: list[dict[str, Any]] = [
            dict(zip(PK, key, strict=True), messages=count) for key, count in batch.items()
        ]
        stmt = dialect_insert(session, t.Activity)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(PK),
            set_={"messages": t.Activity.__table__.c.messages + stmt.excluded.messages},
        )
        session.execute(stmt, rows)
