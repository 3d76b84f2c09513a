"""Database URLs and engines: which database to use and how to connect to it.

`database_url_from` decides the URL (--db path, then HEARTH_DATABASE_URL, then config,
then the caller's default). `make_engine` builds a SQLAlchemy engine tuned per backend:
SQLite files get WAL, foreign keys and a busy timeout, and write transactions start with
BEGIN IMMEDIATE so two processes never deadlock on a lock upgrade; `sqlite://` is one
shared in-memory database; `postgresql://` URLs go through psycopg 3. On every backend,
text parameters are cleaned (`bot.sanitize.clean_parameters`: no NUL, no lone surrogate)
before they reach the driver.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from bot.redact import register_url
from bot.sanitize import clean_parameters

ENV_VAR = "HEARTH_DATABASE_URL"
MEMORY_URL = "sqlite://"
BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5  # PostgreSQL: give up on an unreachable server after this long
IMMEDIATE = "hearth_immediate"  # execution option: begin the transaction as a writer


def sqlite_file_url(path: str | os.PathLike[str]) -> str:
    """The URL of a SQLite file, made absolute so it does not depend on the working dir."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def database_url_from(
    db_path: str | None,
    config_url: str | None,
    default: str = MEMORY_URL,
    environ: Mapping[str, str] | None = None,
) -> str:
    """Pick the database: an explicit --db path wins, then $HEARTH_DATABASE_URL, then config."""
    env = os.environ if environ is None else environ
    if db_path:
        return sqlite_file_url(db_path)
    if env.get(ENV_VAR):
        return env[ENV_VAR]
    if config_url:
        return config_url
    return default


def normalize_url(url: str) -> URL:
    """Parse `url`, sending plain PostgreSQL URLs to the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: str) -> Engine:
    """Create the engine for `url` (see the module docstring for what each backend gets)."""
    register_url(url)  # its password is masked in every log line and error from now on
    parsed = normalize_url(url)
    if parsed.get_backend_name() != "sqlite":
        # A bounded connect wait: during an outage writes are buffered, not stuck for minutes.
        engine = create_engine(
            parsed,
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=2,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )
        _clean_text_parameters(engine)
        return engine
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if is_memory(parsed):
        kwargs["poolclass"] = StaticPool
    else:
        kwargs["connect_args"]["timeout"] = BUSY_TIMEOUT_MS / 1000
    engine = create_engine(parsed, **kwargs)
    _tune_sqlite(engine, wal=not is_memory(parsed))
    _clean_text_parameters(engine)
    return engine


def _clean_text_parameters(engine: Engine) -> None:
    """No statement fails on a NUL or a lone surrogate, wherever its text came from."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _clean(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool
    ) -> tuple[str, Any]:
        return statement, clean_parameters(parameters)


def _tune_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's own handling defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
