"""Fixtures for the health tests: an in-memory store and a fixed 'now'."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.storage import Store

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # Monday, 13:00 in Stockholm
COMMUNITY = "care"


@pytest.fixture
async def store() -> AsyncIterator[Store]:
    opened = await Store.open("sqlite://", flush_interval_s=0)
    try:
        yield opened
    finally:
        await opened.close()
