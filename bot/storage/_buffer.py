"""Riding out a database outage: writes that must not be lost wait in a bounded buffer.

When the database cannot be reached (connection refused, server gone, SQLite locked or
out of space), `_write_or_buffer` keeps the write in memory instead of failing the
moderation that asked for it, logs one warning per outage, and the writes are retried
in order: before the next write, on every `flush()` and by the background flusher.
The buffer is bounded; when it is full the oldest write is dropped and that is logged
as an error. Errors that are not about reaching the database still raise: they are bugs.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlmodel import Session

from bot.storage._base import StoreBase, log

T = TypeVar("T")
DEFAULT_MAX_PENDING = 10_000


def is_outage(error: BaseException) -> bool:
    """True when `error` means the database is unreachable or unwritable right now."""
    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """One write waiting for the database: what it is, its values, and how to do it."""

    what: str
    work: Callable[[Session], Any]
    values: dict[str, Any] = field(default_factory=dict)


class RetryBufferMixin(StoreBase):
    _pending: deque[PendingWrite]
    _max_pending: int
    _dropped: int
    _in_outage: bool
    _drain_lock: asyncio.Lock

    def _init_buffer(self, max_pending: int = DEFAULT_MAX_PENDING) -> None:
        self._pending = deque()
        self._max_pending = max(1, max_pending)
        self._dropped = 0
        self._in_outage = False
        self._drain_lock = asyncio.Lock()

    @property
    def pending_writes(self) -> int:
        """Writes waiting for the database to come back."""
        return len(self._pending)

    @property
    def dropped_writes(self) -> int:
        """Writes lost because the buffer was full during an outage (since opening)."""
        return self._dropped

    def pending_values(self, what: str) -> Iterable[dict[str, Any]]:
        """The values of buffered writes of one kind, oldest first (for degraded reads)."""
        return [write.values for write in self._pending if write.what == what]

    async def _write_or_buffer(
        self, work: Callable[[Session], T], what: str, values: dict[str, Any]
    ) -> T | None:
        """Write now if the database answers, else buffer the write and return None."""
        if self._pending:
            await self._drain_pending()
            if self._pending:  # still down: keep order, don't wait on another failure
                self._buffer(PendingWrite(what, work, values))
                return None
        try:
            return await self._write(work)
        except Exception as error:
            if not is_outage(error):
                raise
            self._note_outage(error)
            self._buffer(PendingWrite(what, work, values))
            return None

    def _buffer(self, write: PendingWrite) -> None:
        if len(self._pending) >= self._max_pending:
            dropped = self._pending.popleft()
            self._dropped += 1
            if self._dropped == 1 or self._dropped % 1000 == 0:
                log.error(
                    "database write buffer is full (%d); dropped the oldest %s (%d dropped)",
                    self._max_pending,
                    dropped.what,
                    self._dropped,
                )
        self._pending.append(write)

    def _note_outage(self, error: BaseException) -> None:
        if not self._in_outage:
            self._in_outage = True
            log.warning(
                "database unreachable (%s); moderation goes on and writes are kept "
                "(up to %d) until it is back",
                type(getattr(error, "orig", None) or error).__name__,
                self._max_pending,
            )

    async def _drain_pending(self) -> int:
        """Write buffered writes in order, each in its own transaction; stop at an outage."""
        written = 0
        async with self._drain_lock:
            while self._pending:
                write = self._pending[0]
                try:
                    await self._write(write.work)
                except Exception as error:
                    if is_outage(error):
                        self._note_outage(error)
                        return written
                    self._pending.popleft()
                    log.exception("a buffered %s could not be written; dropped", write.what)
                    continue
                self._pending.popleft()
                written += 1
            if self._in_outage:
                self._in_outage = False
                log.warning("database reachable again; wrote %d buffered writes", written)
        return written
