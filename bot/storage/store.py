"""The Store: the only object in Hearth that talks to the database.

Open it with `store = await Store.open(url)` (or `async with await Store.open(url) as
store:`) and `await store.close()` when done. Opening creates the engine, runs the Alembic
migrations up to head, and starts the background activity flusher. All public methods are
coroutines; the database work runs in one worker thread. Methods return frozen records
from `bot.storage.records` (never live SQLModel objects); datetimes in and out are aware
UTC (naive ones are refused).
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Self

from sqlalchemy import Engine

from bot.storage import migrate
from bot.storage._base import StoreBase, log
from bot.storage._buffer import DEFAULT_MAX_PENDING
from bot.storage._cases import CasesMixin
from bot.storage._incidents import IncidentsMixin
from bot.storage._members import MembersMixin
from bot.storage._privacy import PrivacyMixin
from bot.storage._recognition import RecognitionMixin
from bot.storage._state import CogStateMixin
from bot.storage._stats import StatsMixin
from bot.storage._temp import TempActionsMixin
from bot.storage.engine import make_engine
from bot.storage.open_errors import DatabaseOpenError
from bot.storage.open_errors import describe as describe_open_error

DEFAULT_FLUSH_EVERY = 5000
DEFAULT_FLUSH_INTERVAL_S = 5.0


class Store(
    MembersMixin,
    IncidentsMixin,
    CasesMixin,
    TempActionsMixin,
    RecognitionMixin,
    StatsMixin,
    CogStateMixin,
    PrivacyMixin,
):
    """Async facade over the database; see the module docstring for the contract."""

    def __init__(
        self,
        engine: Engine,
        flush_every: int = DEFAULT_FLUSH_EVERY,
        flush_interval_s: float = DEFAULT_FLUSH_INTERVAL_S,
        max_pending_writes: int = DEFAULT_MAX_PENDING,
    ) -> None:
        """Wrap an engine; prefer `Store.open`, which also migrates and starts flushing."""
        StoreBase.__init__(self, engine)
        self._case_locks: dict[str, asyncio.Lock] = {}
        self._init_buffer(max_pending_writes)
        self._init_activity(flush_every, flush_interval_s)

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        flush_every: int = DEFAULT_FLUSH_EVERY,
        flush_interval_s: float = DEFAULT_FLUSH_INTERVAL_S,
        max_pending_writes: int = DEFAULT_MAX_PENDING,
    ) -> Self:
        """Connect to `url`, migrate the schema to head, and start the activity flusher.

        `flush_interval_s=0` turns the timer off (flushes then happen every
        `flush_every` events and on `flush()`/`close()` only). `max_pending_writes`
        bounds the writes kept while the database is unreachable (see `_buffer`).
        """
        try:
            engine = make_engine(url)
        except Exception as error:
            raise DatabaseOpenError(describe_open_error(url, error)) from error
        store = cls(engine, flush_every, flush_interval_s, max_pending_writes)
        try:
            await store._in_thread(migrate.upgrade, store._engine)
        except BaseException as error:
            await store._shutdown()
            if isinstance(error, Exception):
                raise DatabaseOpenError(describe_open_error(url, error)) from error
            raise
        store._start_flusher()
        return store

    async def schema_revision(self) -> str | None:
        """The Alembic revision the database is at."""
        return await self._in_thread(migrate.current_revision, self._engine)

    async def close(self) -> None:
        """Flush buffered activity, then release connections and the worker thread."""
        if self._closed:
            return
        await self._stop_flusher()
        try:
            await self.flush()
        finally:
            if self.pending_writes:
                log.error(
                    "closing with %d writes the database never received", self.pending_writes
                )
            await self._shutdown()

    async def _shutdown(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._engine.dispose)
        self._closed = True
        self._executor.shutdown(wait=True)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
