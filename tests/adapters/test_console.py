"""The console platform: typed lines become events and every action is printed."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from rich.console import Console

from bot.adapters.console import ConsoleAdapter, ConsoleSession, run_console
from bot.events import Command, Join, Message


async def run(make_engine, add_community, script: str) -> str:
    out = io.StringIO()
    console = Console(file=out, width=200, highlight=False, color_system=None)
    engine = await make_engine(adapter=ConsoleAdapter(console))
    community = await add_community(engine)
    session = ConsoleSession(community.id, clock=lambda: datetime(2026, 11, 1, 12, 0, tzinfo=UTC))
    await run_console(engine, session, console, io.StringIO(script))
    return out.getvalue()


async def test_the_console_greets_with_the_community_name(make_engine, add_community):
    assert "Hearth console — Example Community" in await run(make_engine, add_community, "")


async def test_a_typed_line_is_a_message_and_its_actions_are_printed(make_engine, add_community):
    output = await run(make_engine, add_community, "get free nitro here\n")
    assert "→ delete" in output
    assert "→ warn" in output
    assert "rule=self-promotion" in output


async def test_a_harmless_line_says_no_action(make_engine, add_community):
    assert "(no action)" in await run(make_engine, add_community, "hello everyone\n")


async def test_a_join_is_welcomed(make_engine, add_community):
    output = await run(make_engine, add_community, ":join Kasia\n")
    assert "→ send" in output
    assert "Welcome to Example Community, Kasia!" in output


async def test_a_slash_line_runs_a_command_as_the_moderator(make_engine, add_community):
    output = await run(make_engine, add_community, "/help\n")
    assert "→ reply" in output
    assert "/guidelines" in output


async def test_quit_stops_reading(make_engine, add_community):
    output = await run(make_engine, add_community, ":quit\n:join Kasia\n")
    assert "→ send" not in output


async def test_caps_lists_what_the_platform_can_do(make_engine, add_community):
    output = await run(make_engine, add_community, ":caps\n")
    assert "ban, delete, dm, kick" in output


async def test_an_unknown_colon_word_shows_the_help(make_engine, add_community):
    assert ":user Name [roles]" in await run(make_engine, add_community, ":what\n")


async def test_markup_in_a_message_is_printed_literally(make_engine, add_community):
    output = await run(make_engine, add_community, ":join [bold]Eve[/bold]\n")
    assert "[bold]Eve[/bold]" in output


def test_at_name_speaks_as_someone_else_for_one_line():
    session = ConsoleSession("c")
    event = session.event_for("@Kasia: hej", engine=None)  # type: ignore[arg-type]
    assert isinstance(event, Message)
    assert (event.user.name, event.text) == ("Kasia", "hej")
    assert session.event_for("next", engine=None).user.name == "Ola"  # type: ignore[arg-type]


async def test_command_users_may_be_named_by_display_name(make_engine, add_community):
    from bot.cog import Cog, Context, command
    from bot.commands import Option, OptionType

    class Poke(Cog):
        @command("poke", Option("user", OptionType.USER))
        async def poke(self, ctx: Context, user: str) -> None:  # pragma: no cover
            return None

    engine = await make_engine(cogs=[Poke])
    session = ConsoleSession("c")
    event = session.event_for("/poke Ola", engine)
    assert isinstance(event, Command)
    assert dict(event.args) == {"user": "u1"}


def test_user_switches_the_speaker_and_their_roles():
    session = ConsoleSession("c")
    out = Console(file=io.StringIO())
    session.meta(":user Ada admin,moderator", out, adapter=None)  # type: ignore[arg-type]
    assert (session.member.name, session.member.roles) == ("Ada", ("admin", "moderator"))


def test_join_and_leave_build_events():
    session = ConsoleSession("c")
    out = Console(file=io.StringIO())
    assert isinstance(session.meta(":join Kasia", out, adapter=None), Join)  # type: ignore[arg-type]
    assert session.meta(":quit", out, adapter=None) is False  # type: ignore[arg-type]


async def test_an_unknown_language_is_refused_with_the_supported_list(make_engine, add_community):
    output = await run(make_engine, add_community, ":lang xx\n")
    assert "unknown language xx: use one of en, sv, nb, pl" in output
    assert "now reads" not in output


async def test_warning_someone_who_never_was_here_is_refused(make_engine, add_community):
    output = await run(make_engine, add_community, "hello\n/warn NoSuchPerson spamming\n")
    assert "There's no member called NoSuchPerson" in output
    assert "→ warn" not in output


async def test_a_member_who_spoke_can_be_warned_by_name(make_engine, add_community):
    output = await run(make_engine, add_community, "@Kasia: hello\n/warn Kasia spamming\n")
    assert "→ warn" in output
