"""A terminal "platform" for demos and manual tests.

Type a line to post it as the current member; `/command args` runs a command as the
moderator; `@Name: text` speaks as someone else for one line. `:help` lists the
rest. Every action the bot takes is printed, exactly as replay would record it.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TextIO

from rich.console import Console

from bot.actions import ACTION_TYPES, Action
from bot.commands import OptionType
from bot.engine import Engine
from bot.events import Command, Event, Join, Leave, Member, Message
from bot.i18n import SUPPORTED_LOCALES
from bot.platform import Adapter, supports
from bot.sanitize import clean_event
from bot.terminal import markup, plain

HELP = """\
  text                 post a message as the current member
  /command args        run a command as the moderator (e.g. /warn Ola spamming)
  @Name: text          post (or /command) as Name for one line
  :user Name [roles]   become Name (roles comma separated, e.g. moderator)
  :lang sv             speak as a member whose language is sv (en, sv, nb, pl)
  :channel name        post in another channel
  :join Name           Name joins the community   :leave Name   Name leaves
  :caps                what this platform can do  :help  this text   :quit  leave
"""


class ConsoleAdapter(Adapter):
    """Prints each action instead of calling a platform."""

    platform = "console"

    def __init__(self, console: Console) -> None:
        self.console = console

    @supports(*ACTION_TYPES)
    async def show(self, community_id: str, action: Action) -> None:
        details = {key: value for key, value in action.to_dict().items() if key != "action"}
        text = details.pop("text", None)
        summary = " ".join(f"{key}={value}" for key, value in details.items())
        self.console.print(f"[bold cyan]→ {action.kind}[/] [dim]{markup(summary)}[/]")
        if text:
            for line in plain(str(text)).splitlines() or [""]:
                self.console.print(f"    {markup(line)}")

    async def start(self) -> None:
        """The console is always connected."""

    async def stop(self) -> None:
        """Nothing to close."""


@dataclass(slots=True)
class ConsoleSession:
    """Who is speaking, where, and how to turn a typed line into an event."""

    community_id: str
    member: Member = field(default_factory=lambda: Member(id="u1", name="Ola"))
    moderator: Member = field(
        default_factory=lambda: Member(id="m1", name="Mia", roles=("moderator",))
    )
    channel: str = "general"
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    known: dict[str, Member] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        for member in (self.member, self.moderator):
            self.known[member.name.casefold()] = member

    def person(self, name: str, roles: tuple[str, ...] = ()) -> Member:
        found = self.known.get(name.casefold())
        if found is None or (roles and found.roles != roles):
            found = Member(
                id=found.id if found else f"u-{name.casefold()}",
                name=name,
                roles=roles or (found.roles if found else ()),
            )
            self.known[name.casefold()] = found
        return found

    def resolve_user(self, value: str) -> str:
        """Let commands name members by display name as well as by id."""
        member = self.known.get(value.removeprefix("@").casefold())
        return member.id if member else value

    def event_for(self, line: str, engine: Engine) -> Event | None:
        speaker: Member | None = None
        if line.startswith("@") and ":" in line:
            name, _, line = line[1:].partition(":")
            speaker = self.person(name.strip())
            line = line.strip()
        if line.startswith("/"):
            return self._command(line[1:], speaker or self.moderator, engine)
        return Message(
            community_id=self.community_id,
            at=self.clock(),
            user=speaker or self.member,
            channel=self.channel,
            text=line,
            message_id=str(next(self._ids)),
        )

    def _command(self, line: str, author: Member, engine: Engine) -> Command:
        name, _, rest = line.partition(" ")
        spec = engine.registry.get(name)
        args = spec.bind_line(rest) if spec else {}
        if spec is not None:
            for option in spec.options:
                if option.type is OptionType.USER and option.name in args:
                    args[option.name] = self.resolve_user(args[option.name])
        return Command(
            community_id=self.community_id,
            at=self.clock(),
            user=author,
            name=name,
            args=args,
            channel=self.channel,
            interaction_id=str(next(self._ids)),
        )

    def meta(self, line: str, console: Console, adapter: Adapter) -> Event | bool | None:
        """Handle a `:` line; False means quit."""
        word, _, rest = line[1:].partition(" ")
        rest = rest.strip()
        if word in ("quit", "exit", "q"):
            return False
        if word == "user" and rest:
            name, _, roles = rest.partition(" ")
            self.member = self.person(name, tuple(r for r in roles.split(",") if r))
            console.print(f"[dim]now speaking as {markup(self.member.name)}[/]")
        elif word == "lang" and rest:
            if rest not in SUPPORTED_LOCALES:
                known = ", ".join(SUPPORTED_LOCALES)
                console.print(f"[red]unknown language {markup(rest)}[/]: use one of {known}")
                return None
            self.member = replace(self.member, locale=rest)
            self.known[self.member.name.casefold()] = self.member
            console.print(f"[dim]{markup(self.member.name)} now reads {markup(rest)}[/]")
        elif word == "channel" and rest:
            self.channel = rest.lstrip("#")
        elif word in ("join", "leave") and rest:
            kind = Join if word == "join" else Leave
            return kind(community_id=self.community_id, at=self.clock(), user=self.person(rest))
        elif word == "caps":
            console.print(", ".join(sorted(adapter.capabilities().actions)))
        else:
            console.print(HELP, markup=False)
        return None


async def run_console(
    engine: Engine, session: ConsoleSession, console: Console, source: TextIO | None = None
) -> None:
    """Read lines (from `source` or the current stdin) until the end or `:quit`."""
    source = source if source is not None else sys.stdin
    adapter = engine.adapter
    assert adapter is not None
    interactive = source.isatty()
    name = engine.communities[session.community_id].name
    console.print(f"[bold]Hearth console[/] — {markup(name)}. Type :help for help.")
    while True:
        if interactive:
            who, where = markup(session.member.name), markup(session.channel)
            console.print(f"[green]{who}[/] #{where}> ", end="")
        line = await asyncio.to_thread(source.readline)
        if not line:
            break
        line = line.rstrip("\n")
        if not line.strip():
            continue
        event: Event | bool | None
        if line.startswith(":"):
            event = session.meta(line, console, adapter)
            if event is False:
                break
        else:
            event = session.event_for(line, engine)
        if isinstance(event, Event):
            performed = await engine.dispatch(clean_event(event))
            if not performed:
                console.print("[dim]  (no action)[/]")
