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
from datetime import UTC, date, datetime

from sqlmodel import Session

from bot.storage._base import aware, log
from bot.storage._buffer import RetryBufferMixin, is_outage

ActivityKey = tuple[str, int, str, str]  # community, UTC hours since 1970, channel, user
PK = ("community_id", "day", "hour", "channel", "user_id")
_UPSERT = (
    "INSERT INTO activity (community_id, day, hour, channel, user_id, messages) "
    "VALUES ({marks}) ON CONFLICT (community_id, day, hour, channel, user_id) "
    "DO UPDATE SET messages = activity.messages + excluded.messages"
)


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
        if self.count_activity(community_id, user_id, channel, at):
            await self.activity_caught_up()

    def count_activity(self, community_id: str, user_id: str, channel: str, at: datetime) -> bool:
        """The hot path of `record_activity`, without a coroutine per message.

        Returns True when the database has fallen ten batches behind: the caller should
        then `await activity_caught_up()` before counting more.
        """
        if at.tzinfo is None:
            aware(at)  # raises: a naive time's zone would be a guess
        hour_index = int(at.timestamp()) // 3600
        self._activity[(community_id, hour_index, channel, user_id)] += 1
        self._pending_events += 1
        if self._pending_events < self._flush_every:
            return False
        if self._batch_task is None or self._batch_task.done():
            self._batch_task = asyncio.create_task(
                self._flush_quietly(), name="hearth-activity-batch"
            )
            return False
        return self._pending_events >= 10 * self._flush_every

    async def activity_caught_up(self) -> None:
        """Wait for the batch being written (backpressure when the database is slow)."""
        if self._batch_task is not None:
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
        """One executemany of a plain upsert: the driver's fast path, about 3x quicker
        than building the statement per batch (measured on SQLite, 500 counter rows)."""
        for community_id in {key[0] for key in batch}:
            self._ensure_community(session, community_id)
        connection = session.connection()
        is_sqlite = connection.dialect.name == "sqlite"
        mark = "?" if is_sqlite else "%s"
        sql = _UPSERT.format(marks=", ".join([mark] * 6))
        hours: dict[int, tuple[date | str, int]] = {}
        for _cid, hour_index, _channel, _user in batch:
            if hour_index not in hours:
                moment = datetime.fromtimestamp(hour_index * 3600, UTC)
                day = moment.date()
                hours[hour_index] = (day.isoformat() if is_sqlite else day, moment.hour)
        rows = [
            (cid, *hours[hour_index], channel, user, count)
            for (cid, hour_index, channel, user), count in batch.items()
        ]
        connection.exec_driver_sql(sql, rows)
