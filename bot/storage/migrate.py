"""Schema migrations, run programmatically: no alembic.ini, the scripts ship in the package.

The Store calls `upgrade(engine)` when it opens, so the schema exists only through the
migrations in `bot/storage/migrations/versions/`. To write a new migration after changing
`tables.py`, run `python -m bot.storage.migrate revision "what changed"`: it upgrades a
scratch in-memory database to head and autogenerates the difference (review it!).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from bot.storage.engine import IMMEDIATE, MEMORY_URL, make_engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged scripts."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind `engine` up to `revision` in one transaction."""
    cfg = alembic_config()
    with engine.execution_options(**{IMMEDIATE: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    log.debug("database schema at %s", revision)


def revision(message: str) -> None:
    """Autogenerate a migration from the difference between head and `tables.py`."""
    engine = make_engine(MEMORY_URL)
    try:
        upgrade(engine)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True)
    finally:
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover - developer tool
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m bot.storage.migrate revision "message"')
    revision(sys.argv[2])
