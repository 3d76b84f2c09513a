"""The Store's engine room: one worker thread, short sessions, and small shared helpers.

Every database call runs in a dedicated single-thread executor, so SQLite writes are
serialized and the event loop never blocks; each call opens its own short session. The
feature mixins (`_members`, `_moderation`, ...) build on `StoreBase`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

from bot.storage import tables as t
from bot.storage.engine import IMMEDIATE

log = logging.getLogger("bot.storage")

T = TypeVar("T")


class StoreClosed(RuntimeError):
    """The store was used after `close()`."""


def aware(moment: datetime) -> datetime:
    """`moment` in UTC; naive datetimes are refused because their zone is a guess."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware (UTC) datetime")
    return moment.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


def jsonable(row: SQLModel) -> dict[str, Any]:
    """A row as JSON-ready data: datetimes and dates become ISO 8601 strings."""
    out: dict[str, Any] = {}
    for column in row.__table__.columns:  # type: ignore[attr-defined]
        value = getattr(row, column.name)
        out[column.name] = value.isoformat() if isinstance(value, date | datetime) else value
    return out


def dialect_insert(session: Session, model: type[SQLModel]) -> Any:
    """An INSERT that supports ON CONFLICT on both SQLite and PostgreSQL."""
    table = model.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


class StoreBase:
    """Owns the engine and the worker thread; runs session functions there."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # Only SQLite looks at the option: its write transactions begin IMMEDIATE.
        self._writer = engine.execution_options(**{IMMEDIATE: True})
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-db")
        self._closed = False
        self._known_communities: set[str] = set()
        self.write_listeners: list[Callable[[float], None]] = []
        """Called with each committed write's lag (queueing plus work, in seconds)."""

    @property
    def dialect(self) -> str:
        """The dialect name: "sqlite" or "postgresql"."""
        return self._engine.dialect.name

    async def _in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise StoreClosed("the store is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args))

    async def _read(self, fn: Callable[[Session], T]) -> T:
        """Run `fn(session)` in the worker thread without committing."""

        def run() -> T:
            with Session(self._engine, expire_on_commit=False) as session:
                return fn(session)

        return await self._in_thread(run)

    async def _write(self, fn: Callable[[Session], T]) -> T:
        """Run `fn(session)` in the worker thread as one committed transaction."""

        def run() -> T:
            try:
                with Session(self._writer, expire_on_commit=False) as session:
                    result = fn(session)
                    session.commit()
                    return result
            except Exception:
                self._known_communities.clear()  # a rollback may have dropped one
                raise

        started = time.perf_counter()
        result = await self._in_thread(run)
        lag = time.perf_counter() - started
        for listener in self.write_listeners:
            try:
                listener(lag)
            except Exception:
                log.exception("write listener failed")
        return result

    async def ping(self) -> bool:
        """True when the database answers a trivial query (for health checks)."""

        def run() -> bool:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return True

        try:
            return await self._in_thread(run)
        except StoreClosed:
            raise
        except Exception as error:
            log.debug("database ping failed: %s", type(error).__name__)
            return False

    def _ensure_community(self, session: Session, community_id: str) -> None:
        """Create the community row (named after its id) if this is its first write."""
        if community_id in self._known_communities:
            return
        stmt = dialect_insert(session, t.Community).values(
            id=community_id, name=community_id, created_at=now_utc()
        )
        session.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))
        self._known_communities.add(community_id)


R = TypeVar("R")


def record(cls: type[R], row: Any, **override: Any) -> R:
    """Copy the fields `cls` declares from a table row into a frozen record."""
    names = [f for f in cls.__dataclass_fields__ if f not in override]  # type: ignore[attr-defined]
    return cls(**{name: getattr(row, name) for name in names}, **override)
