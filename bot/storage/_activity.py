"""Activity counters: the hot path, buffered in memory and written in batches.

`count_activity` bumps two counters: messages per (community, UTC hour, channel) and per
(community, UTC day, member). `count_mood` tallies a message's lean per (community, local
day, language). The buffers are written as one upsert transaction when they hold
`flush_every` messages, every `flush_interval_s` seconds (a background task), and on
`flush()`/`close()`. The same flushes retry writes buffered during a database outage
(`_buffer`), first. A row per member and day (not per hour and channel) keeps the record
minimal and the batches small: a busy hour of 3,600 messages is a few hundred rows.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from bot.storage import tables as t
from bot.storage._base import aware, log
from bot.storage._buffer import RetryBufferMixin, is_outage

ChannelKey = tuple[str, int, str]  # community, UTC hours since 1970, channel
MemberKey = tuple[str, int, str]  # community, UTC days since 1970, member
MoodKey = tuple[str, date, str]  # community, local day, language
EPOCH = date(1970, 1, 1)
_UPSERT_CHANNEL = (
    "INSERT INTO channel_activity (community_id, day, hour, channel, messages) "
    "VALUES ({marks}) ON CONFLICT (community_id, day, hour, channel) "
    "DO UPDATE SET messages = channel_activity.messages + excluded.messages"
)
_UPSERT_MEMBER = (
    "INSERT INTO member_activity (community_id, day, user_id, messages) "
    "VALUES ({marks}) ON CONFLICT (community_id, day, user_id) "
    "DO UPDATE SET messages = member_activity.messages + excluded.messages"
)
_UPSERT_MOOD = (
    "INSERT INTO mood (community_id, day, language, positive, negative) "
    "VALUES ({marks}) ON CONFLICT (community_id, day, language) "
    "DO UPDATE SET positive = mood.positive + excluded.positive, "
    "negative = mood.negative + excluded.negative"
)


class _Batch:
    """What one flush writes: the three buffers, swapped out together."""

    __slots__ = ("channels", "events", "members", "moods")

    def __init__(self) -> None:
        self.channels: Counter[ChannelKey] = Counter()
        self.members: Counter[MemberKey] = Counter()
        self.moods: dict[MoodKey, list[int]] = {}  # [positive, negative]
        self.events = 0

    def __bool__(self) -> bool:
        return bool(self.channels or self.members or self.moods)

    def merge(self, other: _Batch) -> None:
        """Take back a batch that could not be written."""
        self.channels.update(other.channels)
        self.members.update(other.members)
        for key, (positive, negative) in other.moods.items():
            cell = self.moods.setdefault(key, [0, 0])
            cell[0] += positive
            cell[1] += negative
        self.events += other.events


class ActivityMixin(RetryBufferMixin):
    _batch: _Batch
    _flush_every: int
    _flush_interval_s: float
    _flush_lock: asyncio.Lock
    _flush_task: asyncio.Task[None] | None
    _batch_task: asyncio.Task[None] | None
    _before_flush: list[Callable[[], None]]

    def _init_activity(self, flush_every: int, flush_interval_s: float) -> None:
        self._batch = _Batch()
        self._before_flush = []
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
                self._batch.events,
                self.pending_writes,
            )

    @property
    def pending_activity(self) -> int:
        """Messages counted but not yet written."""
        return self._batch.events

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
        batch = self._batch
        batch.channels[(community_id, hour_index, channel)] += 1
        batch.members[(community_id, hour_index // 24, user_id)] += 1
        batch.events += 1
        if batch.events < self._flush_every:
            return False
        return self.write_soon(batch.events)

    @property
    def flush_every(self) -> int:
        """How many messages make a batch worth writing at once."""
        return self._flush_every

    def write_soon(self, waiting: int) -> bool:
        """Start writing in the background unless a write is already running.

        `waiting` is how many messages the caller holds for this store; returns True when
        a write is running and they reach ten batches: the caller should then
        `await activity_caught_up()` (backpressure when the database is slow).
        """
        if self._batch_task is None or self._batch_task.done():
            self._batch_task = asyncio.create_task(
                self._flush_quietly(), name="hearth-activity-batch"
            )
            return False
        return waiting >= 10 * self._flush_every

    def count_mood(self, community_id: str, day: date, language: str, lean: int) -> None:
        """Tally one message that leaned positive (`lean` > 0) or negative (< 0) on a local
        day; written with the next activity batch. Neutral messages are not counted."""
        if not lean:
            return
        moods = self._batch.moods
        cell = moods.get((community_id, day, language))
        if cell is None:
            cell = moods[(community_id, day, language)] = [0, 0]
        cell[0 if lean > 0 else 1] += 1

    def before_flush(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Run `hook()` at the start of every flush, so work a caller batched up (the
        activity cog's queued messages) lands in the same write. Returns a function that
        removes the hook. A failing hook is logged and never stops the flush."""
        self._before_flush.append(hook)
        return lambda: self._before_flush.remove(hook)

    def _run_before_flush(self) -> None:
        for hook in self._before_flush:
            try:
                hook()
            except Exception:
                log.exception("a before-flush hook failed; flushing what was counted")

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
            self._run_before_flush()
            batch = self._batch
            if not batch:
                return 0
            self._batch = _Batch()
            try:
                await self._write(lambda session: self._upsert_batch(session, batch))
            except BaseException:
                self._batch.merge(batch)
                raise
            rows = len(batch.channels) + len(batch.members) + len(batch.moods)
            log.debug("flushed %d activity counters (%d messages)", rows, batch.events)
            return rows

    async def member_message_total(self, community_id: str, user_id: str) -> int:
        """Messages the member has written, as counted by `count_activity` (written or not).

        Holds the flush lock, so a batch is never counted twice or missed while it is
        being written, and runs the before-flush hooks first, so messages a caller
        queued for counting are included.
        """
        query = select(func.sum(t.MemberActivity.messages)).where(
            t.MemberActivity.community_id == community_id,
            t.MemberActivity.user_id == user_id,
        )
        async with self._flush_lock:
            self._run_before_flush()
            buffered = sum(
                count
                for (cid, _day, uid), count in self._batch.members.items()
                if uid == user_id and cid == community_id
            )
            stored = await self._read(lambda session: session.exec(query).one())
        return buffered + int(stored or 0)

    def _upsert_batch(self, session: Session, batch: _Batch) -> None:
        """One executemany of a plain upsert per table: the driver's fast path, about 3x
        quicker than building the statement per batch (measured on SQLite, 500 rows)."""
        communities = {key[0] for key in batch.channels}
        communities.update(key[0] for key in batch.members)
        communities.update(key[0] for key in batch.moods)
        for community_id in communities:
            self._ensure_community(session, community_id)
        connection = session.connection()
        is_sqlite = connection.dialect.name == "sqlite"

        def sql(template: str, columns: int) -> str:
            return template.format(marks=", ".join(["?" if is_sqlite else "%s"] * columns))

        def day_value(day: date) -> date | str:
            return day.isoformat() if is_sqlite else day

        hours: dict[int, tuple[date | str, int]] = {}
        for _cid, hour_index, _channel in batch.channels:
            if hour_index not in hours:
                moment = datetime.fromtimestamp(hour_index * 3600, UTC)
                hours[hour_index] = (day_value(moment.date()), moment.hour)
        days = {key[1]: day_value(EPOCH + timedelta(days=key[1])) for key in batch.members}
        if batch.channels:
            rows = [
                (cid, *hours[hour_index], channel, count)
                for (cid, hour_index, channel), count in batch.channels.items()
            ]
            connection.exec_driver_sql(sql(_UPSERT_CHANNEL, 5), rows)
        if batch.members:
            rows = [
                (cid, days[day_index], user, count)
                for (cid, day_index, user), count in batch.members.items()
            ]
            connection.exec_driver_sql(sql(_UPSERT_MEMBER, 4), rows)
        if batch.moods:
            rows = [
                (cid, day_value(day), language, positive, negative)
                for (cid, day, language), (positive, negative) in batch.moods.items()
            ]
            connection.exec_driver_sql(sql(_UPSERT_MOOD, 5), rows)
