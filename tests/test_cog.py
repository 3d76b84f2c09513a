"""Cogs: decorators only mark; `__init_subclass__` gathers and rejects mistakes early."""

from __future__ import annotations

import pytest

from bot.actions import Reply, Send
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option
from bot.events import Join, Leave, Message
from tests.conftest import OLA, message, rules_text
from tests.conftest import command as command_event


class Greeter(Cog):
    order = 5

    @listen(Join)
    async def greet(self, ctx: Context) -> None:
        await ctx.perform(Send(channel="welcome", text="hi"))

    @command("hello", Option("user"), level=Level.MODERATOR)
    async def hello(self, ctx: Context, user: str) -> None:
        await ctx.reply_text(f"hello {user}")


def test_listen_rejects_a_plain_function():
    with pytest.raises(TypeError, match="async def"):

        @listen(Join)
        def handler(self, ctx):  # pragma: no cover - never called
            return None


def test_command_rejects_a_plain_function():
    with pytest.raises(TypeError, match="async def"):

        @command("x")
        def handler(self, ctx):  # pragma: no cover - never called
            return None


@pytest.mark.parametrize("attr", ["cog_greet", "bot_greet"])
def test_reserved_handler_names_are_refused_when_the_class_is_defined(attr):
    async def handler(self, ctx):  # pragma: no cover - never called
        return None

    with pytest.raises(TypeError, match="reserved"):
        type("Bad", (Cog,), {attr: listen(Join)(handler)})


def test_two_handlers_for_one_command_name_are_refused():
    class Mixin:
        @command("same")
        async def first(self, ctx):  # pragma: no cover - never called
            return None

    with pytest.raises(TypeError, match="'same' twice"):

        class Twice(Mixin, Cog):
            @command("same")
            async def second(self, ctx):  # pragma: no cover - never called
                return None


def test_a_cog_is_named_after_its_class_unless_it_says_otherwise():
    assert Greeter.name == "greeter"

    class Named(Cog):
        name = "custom"

    assert Named.name == "custom"


def test_listeners_and_commands_are_gathered_from_mixins():
    class LeaveMixin:
        @listen(Leave)
        async def farewell(self, ctx):  # pragma: no cover - never called
            return None

    class Both(LeaveMixin, Greeter):
        pass

    assert set(Both.__listeners__) == {(Join, "greet"), (Leave, "farewell")}
    assert [spec.name for spec in Both.__commands__] == ["hello"]


def test_a_subclass_override_without_a_mark_removes_the_listener():
    class Quiet(Greeter):
        async def greet(self, ctx):  # pragma: no cover - never called
            return None

    assert Quiet.__listeners__ == ()


def test_one_listener_may_take_several_event_types():
    class Watcher(Cog):
        @listen(Message, Join)
        async def seen(self, ctx):  # pragma: no cover - never called
            return None

    assert Watcher.__listeners__ == ((Message, "seen"), (Join, "seen"))


def test_a_command_spec_knows_its_cog_callback_and_level():
    (spec,) = Greeter.__commands__
    assert (spec.cog, spec.callback, spec.level) == ("greeter", "hello", Level.MODERATOR)


async def test_context_reply_to_a_message_answers_that_message(make_engine, add_community):
    engine = await make_engine(cogs=[Greeter])
    community = await add_community(engine, rules_text())
    event = message("hej", message_id="42")
    ctx = Context(engine, community, event, [])
    await ctx.reply_text("hello")
    assert ctx.performed == [Reply(channel="general", text="hello", message_id="42", user="u1")]


async def test_context_reply_to_a_command_answers_the_interaction(make_engine, add_community):
    engine = await make_engine(cogs=[Greeter])
    community = await add_community(engine, rules_text())
    event = command_event("hello")
    ctx = Context(engine, community, event, [])
    await ctx.reply_text("hi", ephemeral=True)
    (reply,) = ctx.performed
    assert reply.message_id == event.interaction_id
    assert reply.ephemeral


async def test_context_speaks_the_members_language_and_the_communitys(make_engine, add_community):
    engine = await make_engine(cogs=[Greeter])
    community = await add_community(engine, rules_text())
    swede = OLA.__class__(id="u9", name="Sven", locale="sv-SE")
    ctx = Context(engine, community, message("hej", swede), [])
    assert ctx.locale == "sv"
    assert ctx.t("guideline-respect") != ctx.t_community("guideline-respect")
    assert ctx.t_community("guideline-respect") == "Respect"


async def test_context_now_is_the_event_time(make_engine, add_community):
    engine = await make_engine(cogs=[Greeter])
    community = await add_community(engine, rules_text())
    event = message("hej")
    assert Context(engine, community, event, []).now() == event.at


async def test_context_reports_the_platform_timeout_limit(make_engine, add_community):
    engine = await make_engine(cogs=[Greeter])
    community = await add_community(engine, rules_text())
    assert Context(engine, community, message("x"), []).max_timeout_s is None
