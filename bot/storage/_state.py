"""Cog state that outlives restarts: one JSON object per community and cog key.

Cogs whose state is worth keeping (upcoming events, open polls) save it whole after each
change and load it once per process (see `bot.saved_state`). The value must be a JSON
object; one that cannot be read back is logged and treated as absent, so a bad row costs
a cog its saved state, never its start-up.

Personal data convention: everything a value holds about one member sits in a mapping
stored under the key "members" (at any depth), keyed by user id; member ids appear
nowhere else. Privacy export and erasure rely on it and need no cog-specific code.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.storage import tables as t
from bot.storage._base import StoreBase, aware, log

MEMBERS = "members"
MAX_KEY = 64


def decode(text: str, community_id: str, key: str) -> dict[str, Any] | None:
    """The saved object, or None (logged) when the text is not a JSON object."""
    try:
        value = json.loads(text)
    except ValueError:
        log.error("saved %s state of %s is not valid JSON; ignored", key, community_id)
        return None
    if not isinstance(value, dict):
        log.error("saved %s state of %s is not a JSON object; ignored", key, community_id)
        return None
    return value


def encode(value: dict[str, Any]) -> str:
    if not isinstance(value, dict):
        raise TypeError(f"cog state must be a dict, not {type(value).__name__}")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _holders(node: Any) -> list[dict[str, Any]]:
    """Every object in `node` (itself included) that has a "members" mapping."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get(MEMBERS), dict):
            found.append(node)
        for child in node.values():
            found += _holders(child)
    elif isinstance(node, list):
        for child in node:
            found += _holders(child)
    return found


def member_entries(value: dict[str, Any], user_id: str) -> list[dict[str, Any]]:
    """What `value` holds about the member: each holder's plain fields and their entry.

    The plain fields (say an event's title and start) give the entry its context; the
    holder's other members and nested data stay out.
    """
    entries = []
    for holder in _holders(value):
        if user_id in holder[MEMBERS]:
            context = {k: v for k, v in holder.items() if not isinstance(v, dict | list)}
            entries.append({**context, MEMBERS: {user_id: holder[MEMBERS][user_id]}})
    return entries


def drop_member(value: dict[str, Any], user_id: str) -> bool:
    """Remove the member's entries from `value` in place; True if there were any."""
    changed = False
    for holder in _holders(value):
        if holder[MEMBERS].pop(user_id, None) is not None:
            changed = True
    return changed


class CogStateMixin(StoreBase):
    async def load_state(self, community_id: str, key: str) -> dict[str, Any] | None:
        """The object last saved under `key`, or None if there is none or it is unreadable."""

        def work(session: Session) -> str | None:
            row = session.get(t.CogState, (community_id, key))
            return None if row is None else row.value

        text = await self._read(work)
        return None if text is None else decode(text, community_id, key)

    async def save_state(
        self, community_id: str, key: str, value: dict[str, Any], at: datetime
    ) -> None:
        """Replace what is saved under `key` with `value` (a JSON-serialisable dict)."""
        if not key or len(key) > MAX_KEY:
            raise ValueError(f"cog state key must be 1 to {MAX_KEY} characters: {key!r}")
        text, when = encode(value), aware(at)

        def work(session: Session) -> None:
            self._ensure_community(session, community_id)
            row = session.get(t.CogState, (community_id, key))
            if row is None:
                row = t.CogState(community_id=community_id, key=key, value=text, updated_at=when)
            else:
                row.value, row.updated_at = text, when
            session.add(row)

        await self._write(work)

    async def take_state(self, community_id: str, key: str) -> dict[str, Any] | None:
        """Remove what is saved under `key` and return it (None if nothing was saved).

        For one-shot state such as a channel's permissions saved by a lock, which the
        unlock restores exactly once.
        """

        def work(session: Session) -> str | None:
            row = session.get(t.CogState, (community_id, key))
            if row is None:
                return None
            session.delete(row)
            return row.value

        text = await self._write(work)
        return None if text is None else decode(text, community_id, key)
