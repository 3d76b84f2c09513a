"""Fixtures for the storage tests: every `store` test runs on SQLite and, when
HEARTH_TEST_POSTGRES_URL is set, on PostgreSQL too (in a fresh schema dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import MetaData, select
from sqlalchemy.engine import make_url

from bot.storage import Store

POSTGRES_URL = os.environ.get("HEARTH_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _with_search_path(url: str, schema: str) -> str:
    parsed = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return parsed.render_as_string(hide_password=False)


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hearth.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip("HEARTH_TEST_POSTGRES_URL is not set")
    schema = f"hearth_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield _with_search_path(POSTGRES_URL, schema)
    finally:
        with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    """An open store on a fresh database, with the activity timer off."""
    opened = await Store.open(database_url, flush_interval_s=0)
    try:
        yield opened
    finally:
        await opened.close()


async def all_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table the database has (reflected, not taken from tables.py)."""

    def work() -> dict[str, list[dict[str, Any]]]:
        meta = MetaData()
        with store._engine.connect() as conn:
            meta.reflect(conn)
            return {
                name: [dict(row._mapping) for row in conn.execute(select(table))]
                for name, table in meta.tables.items()
            }

    return await store._in_thread(work)
