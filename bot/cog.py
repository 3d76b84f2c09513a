"""Cogs: features as classes whose methods are tagged as listeners or commands.

Decorators only mark functions; `Cog.__init_subclass__` gathers the marks across the
class and its mixins once, in MRO order, and rejects mistakes when the class is
defined (a non-coroutine handler, a reserved name, two commands with one name).
Handlers receive a `Context` through which they read the community and ask for
actions; they never see a platform object.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar, runtime_checkable

from bot.actions import Action, Reply
from bot.commands import CommandRegistry, CommandSpec, Level, Option
from bot.events import Button, Command, Event, Member, Message

if TYPE_CHECKING:
    from bot.community import Community
    from bot.i18n import Localizer
    from bot.platform import Adapter

Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Any]])
RESERVED_PREFIXES = ("cog_", "bot_")


def listen(*event_types: type[Event]) -> Callable[[Handler], Handler]:
    """Mark a coroutine method to receive events of these types."""

    def mark(function: Handler) -> Handler:
        if not inspect.iscoroutinefunction(function):
            raise TypeError(f"listener {function.__qualname__} must be `async def`")
        function.__hearth_listen__ = event_types  # type: ignore[attr-defined]
        return function

    return mark


def command(
    name: str, *options: Option, level: Level = Level.EVERYONE, guild_only: bool = True
) -> Callable[[Handler], Handler]:
    """Mark a coroutine method as the handler of a registry command.

    The handler is called as `handler(ctx, **converted_options)`.
    """

    def mark(function: Handler) -> Handler:
        if not inspect.iscoroutinefunction(function):
            raise TypeError(f"command {function.__qualname__} must be `async def`")
        spec = CommandSpec(name=name, options=options, level=level, guild_only=guild_only)
        function.__hearth_command__ = spec  # type: ignore[attr-defined]
        return function

    return mark


@dataclass(slots=True)
class Services:
    """What the engine lends to every cog: the record, the messages, the clock."""

    i18n: Localizer
    store: Any = None
    translator: Any = None
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)


class Cog:
    """Base class for features. Subclasses set `name`, `order` and tag methods."""

    name: ClassVar[str] = ""
    order: ClassVar[int] = 0
    """Lower runs first: moderation (-100) before anti-spam, welcome, stats (100)."""
    data_statement: ClassVar[str | None] = None
    """Fluent id of what this cog stores about members and why (shown by /privacy)."""

    __listeners__: ClassVar[tuple[tuple[type[Event], str], ...]] = ()
    __commands__: ClassVar[tuple[CommandSpec, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__dict__.get("name"):
            cls.name = cls.__name__.lower()
        members: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            members.update(vars(klass))
        listeners: list[tuple[type[Event], str]] = []
        commands: dict[str, CommandSpec] = {}
        for attr, member in members.items():
            is_listener = hasattr(member, "__hearth_listen__")
            spec = getattr(member, "__hearth_command__", None)
            if (is_listener or spec) and attr.startswith(RESERVED_PREFIXES):
                raise TypeError(
                    f"{cls.__name__}.{attr}: names starting with cog_/bot_ are reserved"
                )
            if is_listener:
                listeners.extend((event_type, attr) for event_type in member.__hearth_listen__)
            if spec is not None:
                if spec.name in commands:
                    raise TypeError(f"{cls.__name__} defines command {spec.name!r} twice")
                commands[spec.name] = CommandSpec(
                    name=spec.name,
                    options=spec.options,
                    level=spec.level,
                    guild_only=spec.guild_only,
                    cog=cls.name,
                    callback=attr,
                )
        cls.__listeners__ = tuple(listeners)
        cls.__commands__ = tuple(commands.values())

    def __init__(self, services: Services) -> None:
        self.services = services

    async def cog_load(self) -> None:
        """Called before the cog's commands are registered; raise to refuse loading."""

    async def cog_unload(self) -> None:
        """Called when the cog is removed or the bot stops."""


class Host(Protocol):
    """What a Context needs from the engine that runs it (`bot.engine.Engine` is one).

    Declared here so the cog layer never imports the engine: the engine imports cogs.
    """

    services: Services
    adapter: Adapter | None
    cogs: list[Cog]
    registry: CommandRegistry

    @property
    def i18n(self) -> Localizer: ...

    def cog_available(self, community: Community, cog_name: str) -> bool: ...

    async def perform(self, community: Community, action: Action) -> str | None: ...


@runtime_checkable
class Explains(Protocol):
    """A cog that can say why it acted, or did not, on each event (`replay --explain`).

    The command line finds such cogs among the loaded ones; it never imports a cog.
    """

    def start_explaining(self) -> None:
        """Begin recording a decision for every event the cog judges."""

    async def take_explanations(self) -> list[dict[str, Any]]:
        """JSON-ready accounts of the decisions recorded since the last call."""

    def format_explanation(self, line: int, data: dict[str, Any]) -> str:
        """The plain-text form of one account, for output without --json."""


class Context:
    """One handler's view of one event: read the community, ask for actions, reply."""

    __slots__ = ("_engine", "community", "event", "locale", "performed", "stopped")

    def __init__(
        self,
        engine: Host,
        community: Community,
        event: Event,
        performed: list[Action],
        locale: str | None = None,
    ) -> None:
        self._engine = engine
        self.community = community
        self.event = event
        self.locale = locale or community.locale_for(event.user, engine.i18n.locales)
        self.performed = performed
        self.stopped = False

    @property
    def services(self) -> Services:
        return self._engine.services

    @property
    def i18n(self) -> Localizer:
        return self._engine.i18n

    @property
    def rules(self) -> Any:
        return self.community.rules

    @property
    def store(self) -> Any:
        return self._engine.services.store

    @property
    def cogs(self) -> tuple[Cog, ...]:
        """The loaded cogs in dispatch order (for /privacy's data statements)."""
        return tuple(self._engine.cogs)

    @property
    def commands(self) -> CommandRegistry:
        """Every loaded command, including those of cogs switched off here."""
        return self._engine.registry

    def cog_available(self, name: str) -> bool:
        """Whether the named cog runs in this community: on here, and the platform can."""
        return self._engine.cog_available(self.community, name)

    def available_commands(self) -> list[CommandSpec]:
        """The commands that work in this community (their cog is on and can run here)."""
        return [
            spec
            for spec in self._engine.registry
            if self._engine.cog_available(self.community, spec.cog)
        ]

    @property
    def adapter(self) -> Adapter | None:
        """The platform adapter (for `bot.markup`); None in tests without one."""
        return self._engine.adapter

    @property
    def max_timeout_s(self) -> int | None:
        """The platform's longest timeout, so cogs can cap durations and say so."""
        adapter = self._engine.adapter
        return adapter.max_timeout_s if adapter is not None else None

    def now(self) -> datetime:
        """Event time: replay and tests stay deterministic, live runs see real time."""
        return self.event.at

    async def fetch_member(self, user_id: str | None = None) -> Member | None:
        """A member as the platform knows them (roles, top role, owner) for hierarchy checks.

        `None` asks for the bot's own member. Returns None when the member is unknown or
        the platform has no member lookup (replay, console): then the bot itself is None.
        """
        adapter = self._engine.adapter
        if adapter is None:
            return None
        if user_id is None:
            return await adapter.bot_member(self.community.id)
        return await adapter.fetch_member(self.community.id, user_id)

    def t(self, message_id: str, **args: Any) -> str:
        """A message in the language of the member who caused this event."""
        return self.i18n.format(self.locale, message_id, **args)

    def t_community(self, message_id: str, **args: Any) -> str:
        """A message in the community's own language (public notices, moderator log)."""
        return self.i18n.format(self.community.locale, message_id, **args)

    def stop(self) -> None:
        """No later cog sees this event (for example after deleting the message)."""
        self.stopped = True

    async def perform(self, action: Action) -> str | None:
        """Ask the platform to act; raises ActionFailed when it cannot.

        Returns the id of the message the platform sent (for Send), when it reports one.
        """
        sent_id = await self._engine.perform(self.community, action)
        self.performed.append(action)
        return sent_id

    async def reply(self, message_id: str, *, ephemeral: bool = False, **args: Any) -> None:
        """Answer the member in their language, where the event happened."""
        await self.reply_text(self.t(message_id, **args), ephemeral=ephemeral)

    async def reply_text(self, text: str, *, ephemeral: bool = False) -> None:
        event = self.event
        channel = getattr(event, "channel", "") or ""
        message_id = event.message_id if isinstance(event, Message) else None
        if isinstance(event, Command | Button):
            message_id = event.interaction_id
        await self.perform(
            Reply(
                channel=channel,
                text=text,
                message_id=message_id,
                user=event.user.id,
                ephemeral=ephemeral,
            )
        )
