"""The schema exists only through the Alembic migrations, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.storage import ChannelCount, Store
from bot.storage import tables as t
from bot.storage.engine import make_engine
from bot.storage.migrate import MIGRATIONS_DIR, head_revision, upgrade

from .conftest import NOW

EXPECTED_TABLES = {model.__tablename__ for model in t.ALL_TABLES}  # type: ignore[attr-defined]


async def test_opening_migrates_an_empty_database_to_head(store: Store) -> None:
    def tables() -> set[str]:
        return set(inspect(store._engine).get_table_names())

    assert await store._in_thread(tables) == EXPECTED_TABLES | {"alembic_version"}
    assert await store.schema_revision() == head_revision()


async def test_migrations_match_the_table_definitions(store: Store) -> None:
    def diff() -> list:
        with store._engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), t.SQLModel.metadata)

    assert await store._in_thread(diff) == []


async def test_reopening_a_migrated_database_keeps_its_data(database_url: str) -> None:
    first = await Store.open(database_url)
    await first.ensure_community("c1", "One")
    await first.close()
    second = await Store.open(database_url)
    try:
        community = await second.get_community("c1")
        assert community is not None and community.name == "One"
    finally:
        await second.close()


async def test_sqlite_file_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    store = await Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    try:

        def pragmas() -> tuple[str, int, int]:
            with store._engine.connect() as conn:
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
                fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
                busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
                return mode, fk, busy

        mode, fk, busy = await store._in_thread(pragmas)
        assert (mode, fk) == ("wal", 1)
        assert busy > 0
        await store.ensure_community("c1", "One")
    finally:
        await store.close()
    assert (tmp_path / "w.db").exists()


async def test_in_memory_sqlite_is_one_database_across_calls() -> None:
    store = await Store.open("sqlite://")
    try:
        await store.ensure_community("c1", "One")
        await store.add_note("c1", "u1", "m1", "watch", NOW)
        assert [n.text for n in await store.notes_for("c1", "u1")] == ["watch"]
    finally:
        await store.close()


def test_migration_scripts_ship_inside_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert list((MIGRATIONS_DIR / "versions").glob("0001_*.py"))
    assert "bot" in MIGRATIONS_DIR.parts and "storage" in MIGRATIONS_DIR.parts


async def test_upgrading_splits_old_activity_into_channel_hours_and_member_days(
    database_url: str,
) -> None:
    """Revision 0002: counts per (hour, channel, member) are summed into the new tables."""
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO communities VALUES ('c1', 'One', '2026-11-01 00:00:00')"))
        for hour, channel, user, messages in [
            (12, "general", "u1", 3),
            (12, "general", "u2", 1),
            (13, "music", "u1", 2),
        ]:
            conn.execute(
                text(
                    "INSERT INTO activity VALUES ('c1', '2026-11-01', :hour, :channel, :user, :n)"
                ),
                {"hour": hour, "channel": channel, "user": user, "n": messages},
            )
    engine.dispose()
    store = await Store.open(database_url)
    try:
        since = NOW - timedelta(days=1)
        assert await store.activity_per_channel("c1", since) == [
            ChannelCount("general", 4),
            ChannelCount("music", 2),
        ]
        assert await store.member_message_total("c1", "u1") == 5
        assert await store.active_members("c1", since) == 2
    finally:
        await store.close()
