"""Read `hearth replay` transcripts: one JSON event per line, as in DESIGN.md.

Each line becomes a neutral event or a `TranscriptError` naming the line and the
reason; the caller skips bad lines and goes on. Members are remembered by id so a
later line can refer to them by id alone, and `reply_to` names an earlier line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.events import Command, Edit, Event, Join, Leave, Member, Message, Reaction, utc

KNOWN_FIELDS = frozenset(
    {
        "type",
        "at",
        "user",
        "name",
        "channel",
        "text",
        "roles",
        "mentions",
        "attachments",
        "reply_to",
        "lang",
        "locale",
        "args",
        "message",
        "emoji",
        "bot",
    }
)
MAX_LINE_CHARS = 1_000_000
REMEMBERED_AUTHORS = 100_000
"""Message lines whose author `reply_to` and reactions can name; older ones are forgotten,
so reading a transcript of any length takes constant memory."""
DEFAULT_CHANNEL = "general"


class TranscriptError(ValueError):
    """One transcript line that cannot be replayed."""


@dataclass(slots=True)
class TranscriptReader:
    """Turns transcript lines into events for one community, remembering members."""

    community_id: str
    names: dict[str, str] = field(default_factory=dict)
    authors: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def parse(self, line: str, number: int) -> Event | None:
        """The event on this line, None for a blank or comment line."""
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return None
        if len(stripped) > MAX_LINE_CHARS:
            raise TranscriptError(f"line is longer than {MAX_LINE_CHARS} characters")
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise TranscriptError(f"not valid JSON: {error.msg} (column {error.colno})") from None
        if not isinstance(data, dict):
            raise TranscriptError("each line must be a JSON object")
        unknown = sorted(set(data) - KNOWN_FIELDS)
        if unknown:
            self.warnings.append(f"{number}: ignored unknown field {unknown[0]!r}")
        return self._event(data, number)

    def _event(self, data: Mapping[str, Any], number: int) -> Event:
        kind = _text(data, "type", required=True)
        common = {
            "community_id": self.community_id,
            "at": _time(data.get("at")),
            "user": self._member(data),
        }
        if kind == "message":
            event: Event = Message(
                **common,
                channel=_text(data, "channel") or DEFAULT_CHANNEL,
                text=_text(data, "text", required=True, allow_empty=True),
                message_id=str(number),
                mentions=_ids(data.get("mentions")),
                attachments=_count(data.get("attachments")),
                reply_to=self._reply_to(data.get("reply_to"), number),
                reply_to_user=self._reply_author(data.get("reply_to")),
                lang_hint=_text(data, "lang"),
            )
            self.authors[number] = common["user"].id
            if len(self.authors) > REMEMBERED_AUTHORS:
                del self.authors[next(iter(self.authors))]
            return event
        if kind == "edit":
            target = data.get("message")
            message_id = str(target) if isinstance(target, int) else str(number)
            return Edit(
                **common,
                channel=_text(data, "channel") or DEFAULT_CHANNEL,
                text=_text(data, "text", required=True, allow_empty=True),
                message_id=message_id,
            )
        if kind == "join":
            return Join(**common)
        if kind == "leave":
            return Leave(**common)
        if kind == "command":
            return Command(
                **common,
                name=_text(data, "name", required=True).lstrip("/"),
                args=_args(data.get("args")),
                channel=_text(data, "channel") or DEFAULT_CHANNEL,
                interaction_id=str(number),
            )
        if kind == "reaction":
            target = data.get("message")
            if not isinstance(target, int) or isinstance(target, bool):
                raise TranscriptError("a reaction needs `message`: the line number reacted to")
            return Reaction(
                **common,
                channel=_text(data, "channel") or DEFAULT_CHANNEL,
                message_id=str(target),
                emoji=_text(data, "emoji", required=True),
                message_author=self.authors.get(target),
            )
        raise TranscriptError(
            f"unknown type {kind!r} (use message, edit, join, leave, command or reaction)"
        )

    def _member(self, data: Mapping[str, Any]) -> Member:
        user = data.get("user")
        if isinstance(user, int) and not isinstance(user, bool):
            user = str(user)
        if not isinstance(user, str) or not user.strip():
            raise TranscriptError("`user` is required (a member id)")
        own_name = None if data.get("type") == "command" else _text(data, "name")
        name = own_name or self.names.get(user) or user
        self.names[user] = name
        roles = data.get("roles", [])
        if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
            raise TranscriptError("`roles` must be a list of role names")
        is_bot = data.get("bot", False)
        if not isinstance(is_bot, bool):
            raise TranscriptError("`bot` must be true or false")
        return Member(
            id=user, name=name, roles=tuple(roles), locale=_text(data, "locale"), is_bot=is_bot
        )

    def _reply_to(self, value: Any, number: int) -> str | None:
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < number:
            raise TranscriptError("`reply_to` must be the number of an earlier line")
        return str(value)

    def _reply_author(self, value: Any) -> str | None:
        return self.authors.get(value) if isinstance(value, int) else None


def _text(
    data: Mapping[str, Any], key: str, *, required: bool = False, allow_empty: bool = False
) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise TranscriptError(f"`{key}` is required")
        return None
    if not isinstance(value, str):
        raise TranscriptError(f"`{key}` must be a string")
    if required and not allow_empty and not value.strip():
        raise TranscriptError(f"`{key}` must not be empty")
    return value


def _time(value: Any) -> datetime:
    if value is None:
        raise TranscriptError("`at` is required (ISO 8601 time or seconds)")
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            raise TranscriptError(f"`at` {value!r} is out of range") from None
    if isinstance(value, str):
        try:
            return utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            raise TranscriptError(f"`at` {value!r} is not an ISO 8601 time") from None
    raise TranscriptError("`at` must be an ISO 8601 string or a number of seconds")


def _ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(item, str | int) and not isinstance(item, bool) for item in value
    ):
        raise TranscriptError("`mentions` must be a list of member ids")
    return tuple(str(item) for item in value)


def _count(value: Any) -> int:
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TranscriptError("`attachments` must be a count (0 or more)")
    return value


def _args(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TranscriptError("`args` must be an object of option names to values")
    args = {}
    for key, item in value.items():
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise TranscriptError(f"option {key!r} must be a string or a number")
        args[str(key)] = str(item)
    return args
