"""What a handler may ask a platform to do, as plain frozen data.

Cogs never call a platform: they hand one of these to `Context.perform`, and the
adapter carries it out or raises `ActionFailed`. Each action knows its `kind`, the
name used in `hearth replay --json` output and in the Capabilities table.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, ClassVar

_LEADING_KEYS = ("user", "channel", "rule")


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    """Fields shared by every action: why it happened and whether a human asked."""

    kind: ClassVar[str] = "action"
    rule: str | None = None
    reason: str = ""
    automatic: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The replay/JSON form: `action`, who, where, which rule, then the rest that is set.

        Unset values (None, "", False, empty tuples) are left out so lines stay short.
        """
        fields = asdict(self)
        data: dict[str, Any] = {"action": self.kind}
        for key in (*_LEADING_KEYS, *fields):
            value = fields.get(key)
            if key in data or value is None or value is False or value in ("", (), []):
                continue
            data[key] = list(value) if isinstance(value, tuple) else value
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class Delete(Action):
    kind: ClassVar[str] = "delete"
    user: str
    channel: str
    message_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Warn(Action):
    """Tell a member privately (or in channel when DMs are closed) that they broke a rule."""

    kind: ClassVar[str] = "warn"
    user: str
    text: str
    channel: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeout(Action):
    kind: ClassVar[str] = "timeout"
    user: str
    duration_s: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Untimeout(Action):
    kind: ClassVar[str] = "untimeout"
    user: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Kick(Action):
    kind: ClassVar[str] = "kick"
    user: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Ban(Action):
    kind: ClassVar[str] = "ban"
    user: str
    duration_s: int | None = None
    delete_messages_s: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Unban(Action):
    kind: ClassVar[str] = "unban"
    user: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Send(Action):
    kind: ClassVar[str] = "send"
    channel: str
    text: str
    buttons: tuple[tuple[str, str], ...] = ()
    """(custom_id, label) pairs rendered as persistent buttons / inline keys."""
    mentions: tuple[str, ...] = ()
    """Members this message may notify (a welcome pings its newcomer); nobody else is."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply(Action):
    kind: ClassVar[str] = "reply"
    channel: str
    text: str
    message_id: str | None = None
    user: str | None = None
    ephemeral: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Dm(Action):
    kind: ClassVar[str] = "dm"
    user: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleAdd(Action):
    kind: ClassVar[str] = "role_add"
    user: str
    role: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleRemove(Action):
    kind: ClassVar[str] = "role_remove"
    user: str
    role: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Slowmode(Action):
    kind: ClassVar[str] = "slowmode"
    channel: str
    seconds: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Lock(Action):
    kind: ClassVar[str] = "lock"
    channel: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Unlock(Action):
    kind: ClassVar[str] = "unlock"
    channel: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Report(Action):
    """Put something in front of the moderators (log channel or report queue)."""

    kind: ClassVar[str] = "report"
    channel: str
    text: str
    user: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Purge(Action):
    kind: ClassVar[str] = "purge"
    channel: str
    count: int
    user: str | None = None


ACTION_TYPES: tuple[type[Action], ...] = (
    Delete,
    Warn,
    Timeout,
    Untimeout,
    Kick,
    Ban,
    Unban,
    Send,
    Reply,
    Dm,
    RoleAdd,
    RoleRemove,
    Slowmode,
    Lock,
    Unlock,
    Report,
    Purge,
)
ACTIONS_BY_KIND: dict[str, type[Action]] = {action.kind: action for action in ACTION_TYPES}
