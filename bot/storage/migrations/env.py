"""Alembic environment for Hearth: runs on the connection the Store hands over.

`bot.storage.migrate` puts an open connection in `config.attributes["connection"]`;
without one (offline SQL generation) the URL from the config is used.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection
from sqlmodel.sql.sqltypes import AutoString

from bot.storage import tables
from bot.storage.engine import make_engine

config = context.config
target_metadata = tables.SQLModel.metadata


def _render_item(kind: str, obj: Any, _autogen: Any) -> str | bool:
    """Render project types as plain SQLAlchemy ones, so migrations never import them."""
    if kind == "type" and isinstance(obj, AutoString):
        return f"sa.String({obj.length})" if obj.length else "sa.String()"
    if kind == "type" and isinstance(obj, tables.UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif (given := config.attributes.get("connection")) is not None:
    _run(given)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()
