"""Hearth's storage layer: the Store (the only code that touches the database) and its records.

Usage (see `bot.storage.store` for the contract):

    from bot.storage import Store, database_url_from
    store = await Store.open(database_url_from(args.db, config.database_url))
    ...
    await store.close()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage._base import StoreClosed
    from bot.storage._incidents import decayed
    from bot.storage._privacy import PURGEABLE
    from bot.storage.engine import ENV_VAR, MEMORY_URL, database_url_from, sqlite_file_url
    from bot.storage.records import (
        AuditRecord,
        BadgeRecord,
        CaseRecord,
        ChannelCount,
        CommunityRecord,
        DayCount,
        HourCount,
        IncidentRecord,
        LeaderboardEntry,
        MemberEventKind,
        MemberRecord,
        NoteRecord,
        PurgeKind,
        ReportRecord,
        ReportStatus,
        RuleCount,
        SentimentPoint,
        TempActionKind,
        TempActionRecord,
    )
    from bot.storage.store import Store

_HOMES = {
    "StoreClosed": "_base",
    "decayed": "_incidents",
    "PURGEABLE": "_privacy",
    "ENV_VAR": "engine",
    "MEMORY_URL": "engine",
    "database_url_from": "engine",
    "sqlite_file_url": "engine",
    "Store": "store",
}
"""Where each public name lives; the records are plain dataclasses in `records`."""


def __getattr__(name: str) -> Any:
    """Import on first use: a cog that only needs `CaseRecord` never loads SQLAlchemy."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"bot.storage.{_HOMES.get(name, 'records')}")
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "ENV_VAR",
    "MEMORY_URL",
    "PURGEABLE",
    "AuditRecord",
    "BadgeRecord",
    "CaseRecord",
    "ChannelCount",
    "CommunityRecord",
    "DayCount",
    "HourCount",
    "IncidentRecord",
    "LeaderboardEntry",
    "MemberEventKind",
    "MemberRecord",
    "NoteRecord",
    "PurgeKind",
    "ReportRecord",
    "ReportStatus",
    "RuleCount",
    "SentimentPoint",
    "Store",
    "StoreClosed",
    "TempActionKind",
    "TempActionRecord",
    "database_url_from",
    "decayed",
    "sqlite_file_url",
]
