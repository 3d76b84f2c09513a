"""Which Telegram chat an action goes to, and which community a chat belongs to.

A community is the rule file whose `platforms.telegram.chat_ids` lists the chat; the
mapping is read on every lookup, so a hot-reloaded rule file takes effect at once.

Channels in neutral actions are either numeric (`"-1001234"` for a chat, or
`"-1001234:42"` for forum topic 42, as events carry them) or names from the rule file
("welcome", "mod-log"). Telegram groups have no named channels, so a name means the
group the current update came from (or the community's first chat, for clock events).
Names are not mapped to forum topics: they land in the group's General topic.
"""

from __future__ import annotations

import logging
import re
from contextvars import ContextVar
from dataclasses import dataclass

from telegram import Message

from bot.community import Community
from bot.engine import Engine

log = logging.getLogger(__name__)

_NUMERIC = re.compile(r"(-?\d{1,20})(?::(\d{1,12}))?")


@dataclass(frozen=True, slots=True)
class Place:
    """A chat and, in forum supergroups, a topic."""

    chat_id: int
    thread_id: int | None = None

    @property
    def is_private(self) -> bool:
        return self.chat_id > 0


current_place: ContextVar[Place | None] = ContextVar("telegram_place", default=None)
"""The chat of the update being handled, so named channels resolve to that group."""


def channel_of(message: Message) -> str:
    """The neutral channel id of a message: the chat, plus the topic in forums."""
    if message.is_topic_message and message.message_thread_id:
        return f"{message.chat.id}:{message.message_thread_id}"
    return str(message.chat.id)


def parse_channel(channel: str | None) -> Place | None:
    match = _NUMERIC.fullmatch((channel or "").strip())
    if match is None:
        return None
    thread = int(match[2]) if match[2] else None
    return Place(int(match[1]), thread)


class ChatMap:
    """Chat ids to communities and back, from the loaded rule files."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._unmapped_seen: set[int] = set()

    def community_for(self, chat_id: int) -> Community | None:
        key = str(chat_id)
        for community in self._engine.communities.values():
            if key in community.rules.platforms.telegram.chat_ids:
                return community
        if chat_id not in self._unmapped_seen:
            self._unmapped_seen.add(chat_id)
            log.info("chat %s is not listed in any rule file; its updates are skipped", chat_id)
        return None

    def chats_of(self, community_id: str) -> list[int]:
        community = self._engine.communities.get(community_id)
        if community is None:
            return []
        chats = []
        for raw in community.rules.platforms.telegram.chat_ids:
            try:
                chats.append(int(raw))
            except ValueError:
                log.warning("community %s: %r is not a Telegram chat id", community_id, raw)
        return chats

    def all_chats(self) -> list[tuple[Community, int]]:
        return [
            (community, chat_id)
            for community in self._engine.communities.values()
            for chat_id in self.chats_of(community.id)
        ]

    def group(self, community_id: str) -> Place | None:
        """The community's group for this update: the current one, else its first chat."""
        place = current_place.get()
        chats = self.chats_of(community_id)
        if place is not None and place.chat_id in chats:
            return place
        return Place(chats[0]) if chats else None

    def target(self, community_id: str, channel: str | None) -> Place | None:
        """Where a channel points: a numeric chat[:topic] as given, else the group."""
        numeric = parse_channel(channel)
        if numeric is not None:
            return numeric
        group = self.group(community_id)
        return Place(group.chat_id) if group is not None else None
