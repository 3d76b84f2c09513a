"""Hearth's storage layer: the Store (the only code that touches the database) and its records.

Usage (see `bot.storage.store` for the contract):

    from bot.storage import Store, database_url_from
    store = await Store.open(database_url_from(args.db, config.database_url))
    ...
    await store.close()
"""

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
