"""The contract between the neutral core and a platform.

An adapter turns platform updates into `bot.events` and carries out `bot.actions`.
It declares what it can do with `@supports(ActionType)`: anything else reaches
`UnsupportedAction`, so a cog can say "not available here" instead of failing silently.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from bot.actions import Action
from bot.errors import ActionFailed, UnsupportedAction
from bot.events import Member

__all__ = ["ActionFailed", "Adapter", "Capabilities", "UnsupportedAction", "supports"]

log = logging.getLogger(__name__)

Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Any]])


def supports(*action_types: type[Action]) -> Callable[[Handler], Handler]:
    """Mark an adapter method as the one that carries out these action types."""

    def mark(method: Handler) -> Handler:
        method.__hearth_supports__ = action_types  # type: ignore[attr-defined]
        return method

    return mark


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a platform can do, for docs, cogs and the console's `:caps` view."""

    platform: str
    actions: frozenset[str]
    max_timeout_s: int | None = None
    limits: dict[str, Any] = field(default_factory=dict)

    def can(self, kind: str) -> bool:
        return kind in self.actions


class Adapter(ABC):
    """Base class for platforms: Discord, Telegram, the console and replay."""

    platform: ClassVar[str] = "adapter"
    max_timeout_s: ClassVar[int | None] = None
    _performers: ClassVar[dict[type[Action], str]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        performers: dict[type[Action], str] = {}
        for klass in reversed(cls.__mro__):
            for name, member in vars(klass).items():
                for action_type in getattr(member, "__hearth_supports__", ()):
                    performers[action_type] = name
        cls._performers = performers

    @classmethod
    def capabilities(cls) -> Capabilities:
        return Capabilities(
            platform=cls.platform,
            actions=frozenset(action.kind for action in cls._performers),
            max_timeout_s=cls.max_timeout_s,
        )

    async def perform(self, community_id: str, action: Action) -> str | None:
        """Carry out one action or raise ActionFailed with a reason moderators can read.

        Returns the platform's id of the message it sent, where there is one (Send), so a
        cog can later delete or edit it; None otherwise.
        """
        method_name = self._performers.get(type(action))
        if method_name is None:
            raise UnsupportedAction(self.platform, action)
        result = await getattr(self, method_name)(community_id, action)
        return result if isinstance(result, str) else None

    async def fetch_member(self, community_id: str, user_id: str) -> Member | None:
        """The member as the platform knows them (roles, top role, owner), or None.

        Used for role-hierarchy checks; platforms without a lookup return None.
        """
        return None

    async def bot_member(self, community_id: str) -> Member | None:
        """The bot's own member in that community, for hierarchy checks."""
        return None

    def rules_changed(self, community_id: str) -> None:
        """A valid edit of the community's rule file took effect (hot reload).

        Platforms that mirror rules elsewhere (Discord: commands, channels, AutoMod)
        resync here; the others have nothing to do. Must not block: spawn the work.
        """
        return None

    def rules_rejected(self, community_id: str, error: Exception) -> None:
        """An edit of the community's rule file was refused (a `RuleFileError`); its last
        good rules stay. A platform may tell the moderators' log."""
        return None

    @abstractmethod
    async def start(self) -> None:
        """Connect and begin delivering events to the engine."""

    @abstractmethod
    async def stop(self) -> None:
        """Disconnect cleanly; the engine flushes the store afterwards."""
