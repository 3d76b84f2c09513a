"""Database outages: moderation goes on, writes wait in a bounded buffer, a warning is
logged, and the buffered incidents land once the database is back."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from bot.adapters.replay import DryRunAdapter
from bot.app import build_engine, load_communities
from bot.engine import Engine
from bot.storage import Store
from cogs.moderation import Moderation
from tests.conftest import NOW, message, rules_text, seconds_later
from tests.storage.conftest import POSTGRES_URL, _libpq, _with_search_path

from .conftest import INSULT, KEYWORD_RULES, TcpProxy


@pytest.fixture
def fast_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked SQLite file fails a write after 50 ms instead of 10 s."""
    monkeypatch.setattr("bot.storage.engine.BUSY_TIMEOUT_MS", 50)


@pytest.fixture
def sqlite_path(tmp_path: Path, fast_busy_timeout: None) -> Path:
    return tmp_path / "record.db"


@pytest.fixture
def lock(sqlite_path: Path) -> Iterator[sqlite3.Connection]:
    """Another process's connection, able to hold the write lock of the file."""
    conn = sqlite3.connect(sqlite_path, isolation_level=None)
    yield conn
    conn.close()


async def moderated_engine(url: str, tmp_path: Path) -> Engine:
    engine = await build_engine(
        database_url=url, adapter=DryRunAdapter(), cogs=[Moderation], flush_seconds=0
    )
    path = tmp_path / "test.toml"
    path.write_text(rules_text(KEYWORD_RULES), encoding="utf-8")
    report = await load_communities(engine, [path])
    assert not report.errors
    return engine


@pytest.fixture
async def engine(sqlite_path: Path, tmp_path: Path) -> AsyncIterator[Engine]:
    built = await moderated_engine(f"sqlite:///{sqlite_path}", tmp_path)
    yield built
    await built.close()


async def send_insults(engine: Engine, count: int, first: int = 0) -> list[list[str]]:
    """Insults two minutes apart (so each gets its own warning), ids m<first>, m<first+1>..."""
    kinds = []
    for n in range(first, first + count):
        event = message(f"{INSULT} {n}", at=seconds_later(120 * n), message_id=f"m{n}")
        kinds.append([action.kind for action in await engine.dispatch(event)])
    return kinds


async def test_moderation_keeps_acting_while_the_database_is_locked(
    engine: Engine, lock: sqlite3.Connection
) -> None:
    lock.execute("BEGIN EXCLUSIVE")
    assert await send_insults(engine, 3) == [["delete", "warn"]] * 3
    assert engine.services.store.pending_writes == 3
    lock.execute("ROLLBACK")


async def test_one_warning_is_logged_per_outage(
    engine: Engine, lock: sqlite3.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    lock.execute("BEGIN EXCLUSIVE")
    with caplog.at_level(logging.WARNING, logger="bot.storage"):
        await send_insults(engine, 3)
    lock.execute("ROLLBACK")
    warnings = [r for r in caplog.records if "database unreachable" in r.getMessage()]
    assert len(warnings) == 1


async def test_buffered_incidents_land_in_order_when_the_database_is_back(
    engine: Engine, lock: sqlite3.Connection
) -> None:
    store = engine.services.store
    lock.execute("BEGIN EXCLUSIVE")
    await send_insults(engine, 3)
    lock.execute("ROLLBACK")
    await store.flush()
    assert [i.message_id for i in await store.incidents("test")] == ["m0", "m1", "m2"]
    assert store.pending_writes == 0


async def test_a_write_after_the_outage_first_delivers_the_buffered_ones(
    engine: Engine, lock: sqlite3.Connection
) -> None:
    lock.execute("BEGIN EXCLUSIVE")
    await send_insults(engine, 2)
    lock.execute("ROLLBACK")
    await engine.dispatch(message(f"{INSULT} again", at=seconds_later(600), message_id="m9"))
    incidents = await engine.services.store.incidents("test")
    assert [i.message_id for i in incidents] == ["m0", "m1", "m9"]


async def test_strike_points_count_buffered_incidents(
    sqlite_path: Path, lock: sqlite3.Connection
) -> None:
    store = await Store.open(f"sqlite:///{sqlite_path}", flush_interval_s=0)
    try:
        await store.add_incident("c1", "u1", NOW, "spam", points=1)
        lock.execute("BEGIN EXCLUSIVE")
        assert await store.add_incident("c1", "u1", NOW, "spam", points=2) is None
        assert await store.strike_points("c1", "u1", NOW, 3600) == 3
        lock.execute("ROLLBACK")
    finally:
        await store.close()


async def test_the_buffer_is_bounded_and_drops_the_oldest(
    sqlite_path: Path, lock: sqlite3.Connection
) -> None:
    store = await Store.open(f"sqlite:///{sqlite_path}", flush_interval_s=0, max_pending_writes=2)
    try:
        await store.ensure_community("c1", "C1")
        lock.execute("BEGIN EXCLUSIVE")
        for n in range(3):
            await store.add_incident("c1", "u1", seconds_later(n), "spam", message_id=f"m{n}")
        assert (store.pending_writes, store.dropped_writes) == (2, 1)
        lock.execute("ROLLBACK")
        await store.flush()
        assert [i.message_id for i in await store.incidents("c1")] == ["m1", "m2"]
    finally:
        await store.close()


async def test_due_temp_actions_is_empty_while_the_database_is_unreachable(
    tmp_path: Path,
) -> None:
    store = await Store.open(f"sqlite:///{tmp_path / 'gone.db'}", flush_interval_s=0)
    try:
        (tmp_path / "gone.db").unlink()  # reads now fail: the tables are gone
        store._engine.dispose()
        assert await store.due_temp_actions(NOW) == []
    finally:
        await store.close()


# -- PostgreSQL: the server goes away (connections cut, new ones refused) and comes back


@pytest.fixture
async def pg_proxy_url() -> AsyncIterator[tuple[TcpProxy, str]]:
    if not POSTGRES_URL:
        pytest.skip("HEARTH_TEST_POSTGRES_URL is not set")
    server = make_url(POSTGRES_URL)
    proxy = TcpProxy(server.host or "127.0.0.1", server.port or 5432)
    await proxy.start()
    schema = f"hearth_outage_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    through_proxy = server.set(host="127.0.0.1", port=proxy.port)
    url = through_proxy.render_as_string(hide_password=False)
    try:
        yield proxy, _with_search_path(url, schema)
    finally:
        await proxy.stop()
        with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.mark.postgres
async def test_incidents_from_a_postgresql_outage_land_after_it(
    pg_proxy_url: tuple[TcpProxy, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    proxy, url = pg_proxy_url
    engine = await moderated_engine(url, tmp_path)
    store = engine.services.store
    try:
        await send_insults(engine, 1)
        await proxy.stop()
        with caplog.at_level(logging.WARNING, logger="bot.storage"):
            kinds = await send_insults(engine, 3, first=1)
        assert kinds == [["delete", "warn"]] * 3
        assert store.pending_writes == 3
        assert any("database unreachable" in r.getMessage() for r in caplog.records)
        await proxy.start()
        await store.flush()
        assert store.pending_writes == 0
        assert [i.message_id for i in await store.incidents("test")] == ["m0", "m1", "m2", "m3"]
    finally:
        await engine.close()
