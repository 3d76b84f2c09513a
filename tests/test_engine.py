"""The engine: ordered dispatch, the stop chain, isolation of failures, command permission
levels, error replies, and reporting what the platform refused."""

from __future__ import annotations

import logging
import re
from typing import ClassVar

import pytest

from bot.actions import Delete, Report, Send
from bot.cog import Cog, Context, Services, command, listen
from bot.commands import Level, Option, OptionType
from bot.engine import Engine
from bot.errors import UserError
from bot.events import Join, Message
from tests.conftest import (
    ADA,
    KASIA,
    MIA,
    OLA,
    FailingAdapter,
    join,
    kinds,
    message,
    rules_text,
)
from tests.conftest import (
    command as command_event,
)

WITH_LOG = rules_text('[channels]\nmoderator_log = "mod-log"\n')


class Early(Cog):
    order = -10

    @listen(Message)
    async def note(self, ctx: Context) -> None:
        await ctx.perform(Send(channel="log", text="early"))
        if ctx.event.text == "stop":
            ctx.stop()


class Late(Cog):
    order = 10

    @listen(Message)
    async def note(self, ctx: Context) -> None:
        await ctx.perform(Send(channel="log", text="late"))


class Broken(Cog):
    order = 0

    @listen(Message)
    async def explode(self, ctx: Context) -> None:
        raise RuntimeError("boom")


class Refusing(Cog):
    order = 0

    @listen(Message)
    async def refuse(self, ctx: Context) -> None:
        raise UserError("error-not-allowed")


class Deleter(Cog):
    @listen(Message)
    async def remove(self, ctx: Context) -> None:
        event = ctx.event
        await ctx.perform(Delete(user=event.user.id, channel=event.channel, message_id="1"))


class Tools(Cog):
    calls: ClassVar[list[str]] = []

    @command("probe", Option("user", OptionType.USER), level=Level.MODERATOR)
    async def probe(self, ctx: Context, user: str) -> None:
        self.calls.append(user)
        await ctx.reply_text(f"probed {user}")

    @command("crash")
    async def crash(self, ctx: Context) -> None:
        raise RuntimeError("boom")

    @command("wait", Option("duration", OptionType.DURATION))
    async def wait(self, ctx: Context, duration: int) -> None:
        await ctx.reply_text(f"{duration}")

    @command("purge_it")
    async def purge_it(self, ctx: Context) -> None:
        await ctx.perform(Delete(user="u1", channel="general", message_id="1"))


def texts(actions) -> list[str]:
    return [action.text for action in actions]


# -- ordering and the stop chain --------------------------------------------------


async def test_cogs_run_in_order_whatever_order_they_were_added(make_engine, add_community):
    engine = await make_engine(cogs=[Late, Early])
    await add_community(engine, rules_text())
    assert texts(await engine.dispatch(message("hej"))) == ["early", "late"]


async def test_ctx_stop_keeps_the_event_from_later_cogs(make_engine, add_community):
    engine = await make_engine(cogs=[Early, Late])
    await add_community(engine, rules_text())
    assert texts(await engine.dispatch(message("stop"))) == ["early"]


async def test_events_of_other_types_do_not_reach_a_listener(make_engine, add_community):
    engine = await make_engine(cogs=[Early, Late])
    await add_community(engine, rules_text())
    assert await engine.dispatch(join()) == []


async def test_an_event_for_an_unknown_community_does_nothing(make_engine, add_community):
    engine = await make_engine(cogs=[Early])
    await add_community(engine, rules_text())
    assert await engine.dispatch(message("hej", community_id="elsewhere")) == []


async def test_dispatch_returns_what_the_adapter_carried_out(make_engine, add_community):
    engine = await make_engine(cogs=[Early])
    await add_community(engine, rules_text())
    performed = await engine.dispatch(message("hej"))
    assert [action for _, action in engine.adapter.performed] == performed


# -- failures are isolated ------------------------------------------------------------


async def test_a_failing_listener_is_logged_and_the_others_still_run(
    make_engine, add_community, caplog
):
    engine = await make_engine(cogs=[Early, Broken, Late])
    await add_community(engine, rules_text())
    with caplog.at_level(logging.ERROR, logger="bot.engine"):
        performed = await engine.dispatch(message("hej"))
    assert texts(performed) == ["early", "late"]
    (record,) = caplog.records
    assert "broken.explode failed (incident " in record.getMessage()
    assert record.exc_info is not None


async def test_a_user_error_in_a_listener_is_not_an_incident(make_engine, add_community, caplog):
    engine = await make_engine(cogs=[Refusing, Late])
    await add_community(engine, rules_text())
    with caplog.at_level(logging.WARNING, logger="bot.engine"):
        performed = await engine.dispatch(message("hej"))
    assert texts(performed) == ["late"]
    assert caplog.records == []


async def test_a_refused_action_in_a_listener_is_reported_to_the_moderators_log(
    make_engine, add_community
):
    engine = await make_engine(cogs=[Deleter], adapter=FailingAdapter(refuse={"delete"}))
    await add_community(engine, WITH_LOG)
    (report,) = await engine.dispatch(message("hej"))
    assert isinstance(report, Report)
    assert report.channel == "mod-log"
    assert "delete refused by the test platform" in report.text
    assert report.automatic


async def test_a_refused_action_without_a_log_channel_is_only_logged(
    make_engine, add_community, caplog
):
    engine = await make_engine(cogs=[Deleter], adapter=FailingAdapter(refuse={"delete"}))
    await add_community(engine, rules_text())
    with caplog.at_level(logging.WARNING, logger="bot.engine"):
        assert await engine.dispatch(message("hej")) == []
    assert "delete refused" in caplog.text


async def test_a_refused_report_does_not_escape_the_engine(make_engine, add_community):
    adapter = FailingAdapter(refuse={"delete", "report"})
    engine = await make_engine(cogs=[Deleter, Late], adapter=adapter)
    await add_community(engine, WITH_LOG)
    assert texts(await engine.dispatch(message("hej"))) == ["late"]


# -- commands ---------------------------------------------------------------------------


async def test_a_moderator_can_run_a_moderator_command(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("probe", {"user": "@u1"}, MIA))
    assert reply.text == "probed u1"


async def test_an_admin_can_run_a_moderator_command(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("probe", {"user": "u1"}, ADA))
    assert reply.text == "probed u1"


async def test_a_command_below_its_level_is_refused_with_a_localized_reply_and_nothing_else(
    make_engine, add_community
):
    engine = await make_engine(cogs=[Tools, Early])
    await add_community(engine, rules_text())
    Tools.calls.clear()
    performed = await engine.dispatch(command_event("probe", {"user": "u2"}, OLA))
    assert kinds(performed) == ["reply"]
    assert performed[0].text == "Only moderators can use /probe."
    assert performed[0].ephemeral
    assert Tools.calls == []


async def test_the_refusal_is_in_the_members_language(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    swede = OLA.__class__(id="u5", name="Sven", locale="sv")
    (reply,) = await engine.dispatch(command_event("probe", {"user": "u2"}, swede))
    assert reply.text == engine.i18n.format(
        "sv", "error-not-allowed", command="probe", level="moderator"
    )
    assert reply.text != "Only moderators can use /probe."


async def test_options_are_not_checked_before_the_level(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("probe", {}, OLA))
    assert reply.text == "Only moderators can use /probe."


async def test_the_rule_file_can_raise_a_commands_level(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text('[permissions]\nprobe = "admin"\n'))
    (refused,) = await engine.dispatch(command_event("probe", {"user": "u2"}, MIA))
    assert refused.text == "Only admins can use /probe."
    (allowed,) = await engine.dispatch(command_event("probe", {"user": "u2"}, ADA))
    assert allowed.text == "probed u2"


async def test_the_rule_file_can_open_a_command_to_everyone(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text('[permissions]\nprobe = "everyone"\n'))
    (reply,) = await engine.dispatch(command_event("probe", {"user": "u2"}, KASIA))
    assert reply.text == "probed u2"


async def test_the_community_owner_may_run_admin_commands(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text('[permissions]\nprobe = "admin"\n'))
    owner = OLA.__class__(id="o1", name="Owner", is_owner=True)
    (reply,) = await engine.dispatch(command_event("probe", {"user": "u2"}, owner))
    assert reply.text == "probed u2"


async def test_an_unknown_command_gets_a_reply(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("frobnicate", {}, OLA))
    assert "/frobnicate" in reply.text
    assert reply.ephemeral


async def test_a_bad_option_gets_a_reply_naming_it(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("wait", {"duration": "soon"}, OLA))
    assert "“soon”" in reply.text
    assert "“duration”" in reply.text


async def test_an_unknown_option_gets_a_reply_naming_it(make_engine, add_community):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("wait", {"duration": "1m", "x": "1"}, OLA))
    assert reply.text == "/wait has no option called “x”."


async def test_an_internal_error_reply_carries_the_logged_incident_id(
    make_engine, add_community, caplog
):
    engine = await make_engine(cogs=[Tools])
    await add_community(engine, rules_text())
    with caplog.at_level(logging.ERROR, logger="bot.engine"):
        (reply,) = await engine.dispatch(command_event("crash", {}, OLA))
    incident = re.search(r"error code: (\w+)", reply.text).group(1)
    assert f"command crash failed (incident {incident})" in caplog.text


async def test_a_refused_action_in_a_command_is_explained_to_whoever_asked(
    make_engine, add_community
):
    engine = await make_engine(cogs=[Tools], adapter=FailingAdapter(refuse={"delete"}))
    await add_community(engine, WITH_LOG)
    (reply,) = await engine.dispatch(command_event("purge_it", {}, MIA))
    assert reply.kind == "reply"
    assert reply.text == "I couldn't do that: delete refused by the test platform"


async def test_an_unsupported_action_is_explained_by_platform(make_engine, add_community):
    class NoDelete(FailingAdapter):
        platform = "telegram"

        async def perform(self, community_id, action):
            if action.kind == "delete":
                from bot.errors import UnsupportedAction

                raise UnsupportedAction(self.platform, action)
            await super().perform(community_id, action)

    engine = await make_engine(cogs=[Tools], adapter=NoDelete())
    await add_community(engine, rules_text())
    (reply,) = await engine.dispatch(command_event("purge_it", {}, MIA))
    assert reply.text == "Deleting messages isn't available on Telegram."


async def test_without_an_adapter_nothing_is_carried_out(add_community, localizer):
    engine = Engine(Services(i18n=localizer), adapter=None)
    await engine.add_cog(Early(engine.services))
    await add_community(engine, rules_text())
    assert await engine.dispatch(message("hej")) == []


# -- loading and unloading cogs ---------------------------------------------------------------


class Clashing(Cog):
    unloaded = False

    @command("aaa_first")
    async def first(self, ctx: Context) -> None:  # pragma: no cover - never called
        return None

    @command("probe")
    async def probe(self, ctx: Context) -> None:  # pragma: no cover - never called
        return None

    async def cog_unload(self) -> None:
        Clashing.unloaded = True


async def test_a_command_clash_loads_nothing_of_the_new_cog(make_engine):
    engine = await make_engine(cogs=[Tools])
    with pytest.raises(ValueError, match="'probe' is already registered by tools"):
        await engine.add_cog(Clashing(engine.services))
    assert "aaa_first" not in engine.registry
    assert engine.registry.get("probe").cog == "tools"
    assert engine.cog("clashing") is None
    assert Clashing.unloaded


async def test_a_second_cog_with_the_same_name_is_refused(make_engine):
    engine = await make_engine(cogs=[Tools])
    with pytest.raises(ValueError, match="already loaded"):
        await engine.add_cog(Tools(engine.services))


async def test_close_unloads_every_cog_even_when_one_fails(make_engine, caplog):
    unloaded: list[str] = []

    class A(Cog):
        async def cog_unload(self) -> None:
            unloaded.append("a")

    class B(Cog):
        order = 1

        async def cog_unload(self) -> None:
            raise RuntimeError("stuck")

    engine = await make_engine(cogs=[A, B])
    with caplog.at_level(logging.ERROR, logger="bot.engine"):
        await engine.close()
    assert unloaded == ["a"]
    assert "cog b failed to unload" in caplog.text


async def test_a_join_goes_to_join_listeners_only(make_engine, add_community):
    class Door(Cog):
        @listen(Join)
        async def opened(self, ctx: Context) -> None:
            await ctx.perform(Send(channel="door", text=ctx.event.user.name))

    engine = await make_engine(cogs=[Door, Early])
    await add_community(engine, rules_text())
    assert texts(await engine.dispatch(join(KASIA))) == ["Kasia"]
