"""Platform-neutral events: what happened in a community, as plain frozen data.

Adapters build these from Discord or Telegram payloads (or from a transcript line);
cogs only ever see these. Ids are strings, datetimes are aware UTC.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType


def utc(moment: datetime) -> datetime:
    """Return `moment` as an aware UTC datetime (naive input is taken to be UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Member:
    """Who did something: enough to check permissions and to greet them by name."""

    id: str
    name: str
    roles: tuple[str, ...] = ()
    locale: str | None = None
    is_bot: bool = False
    is_owner: bool = False
    top_role_position: int = 0

    def has_any_role(self, roles: tuple[str, ...] | list[str]) -> bool:
        wanted = {role.casefold() for role in roles}
        return any(role.casefold() in wanted for role in self.roles)


SYSTEM = Member(id="hearth", name="Hearth", is_bot=True)
"""The bot itself, as the author of clock events and automatic actions."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Fields every event carries: which community, when, and who."""

    community_id: str
    at: datetime
    user: Member

    @property
    def kind(self) -> str:
        return type(self).__name__.lower()


@dataclass(frozen=True, slots=True, kw_only=True)
class Message(Event):
    channel: str
    text: str
    message_id: str = ""
    mentions: tuple[str, ...] = ()
    attachments: int = 0
    reply_to: str | None = None
    reply_to_user: str | None = None
    lang_hint: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Edit(Event):
    channel: str
    text: str
    message_id: str = ""
    before: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Join(Event):
    """A member arrived (Discord member add, Telegram chat_member joined)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Leave(Event):
    """A member left or was removed."""


def _frozen_args(args: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(args or {}))


@dataclass(frozen=True, slots=True, kw_only=True)
class Command(Event):
    """A command invocation with its raw string options, before conversion."""

    name: str
    args: Mapping[str, str] = field(default_factory=_frozen_args)
    channel: str = ""
    interaction_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", _frozen_args(self.args))


@dataclass(frozen=True, slots=True, kw_only=True)
class Reaction(Event):
    channel: str
    message_id: str
    emoji: str
    message_author: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Button(Event):
    """A press of a persistent button or inline keyboard key, by its custom id."""

    channel: str
    custom_id: str
    message_id: str = ""
    interaction_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Tick(Event):
    """A periodic clock event: lets cogs lift expired actions or send digests."""


EVENT_TYPES: tuple[type[Event], ...] = (
    Message,
    Edit,
    Join,
    Leave,
    Command,
    Reaction,
    Button,
    Tick,
)
