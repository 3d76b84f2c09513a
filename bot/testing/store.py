"""The record for tests: Hearth's real Store on SQLite in memory, written at once.

Using the real Store (not a stand-in) means a cog's test sees the same queries,
constraints and saved-state rows it will see in production; `flush_interval_s=0` makes
buffered writes visible without waiting.
"""

from __future__ import annotations

from bot.storage import Store


async def memory_store(community_id: str | None = None, name: str = "Test Community") -> Store:
    """An empty store in memory (close it with `await store.close()`)."""
    store = await Store.open("sqlite://", flush_interval_s=0)
    if community_id is not None:
        await store.ensure_community(community_id, name)
    return store
