"""The rule file's `[cogs]` table: a cog switched off has no listeners and its commands say
so; hot reload applies a change; a platform that lacks what a cog needs keeps it off; a
cog that fails to load is skipped while the others run."""

from __future__ import annotations

import pytest

from bot.actions import ACTION_TYPES, Action, Reply, Send, Slowmode
from bot.cog import Cog, Context, command, listen
from bot.events import Join
from bot.platform import Adapter, supports
from bot.plugins import Catalog, CogManifest, installed_catalog
from bot.rules import RuleFileError, parse_rules
from tests.conftest import command as command_event
from tests.conftest import join, kinds, rules_text

WELCOME_CHANNEL = '[channels]\nwelcome = "welcome"\n'


def replies(actions) -> str:
    return "\n".join(action.text for action in actions if isinstance(action, Reply))


async def test_every_installed_cog_is_on_unless_the_rule_file_says_otherwise():
    rules = parse_rules(rules_text())
    assert rules.cogs == {manifest.name: True for manifest in installed_catalog()}


async def test_a_switched_off_cog_does_not_hear_events(engine, add_community):
    await add_community(engine, rules_text(WELCOME_CHANNEL + "[cogs]\nwelcome = false\n"))
    assert "send" not in kinds(await engine.dispatch(join()))


async def test_a_switched_off_cogs_command_says_it_is_off_in_the_members_language(
    engine, add_community
):
    await add_community(engine, rules_text("[cogs]\npolls = false\n"))
    text = replies(await engine.dispatch(command_event("poll", {"question": "Pizza?"})))
    assert (
        text
        == "/poll is switched off in this community. An admin can turn it on in the rule file."
    )


async def test_help_lists_no_command_of_a_switched_off_cog(engine, add_community):
    await add_community(engine, rules_text("[cogs]\npolls = false\n"))
    listing = replies(await engine.dispatch(command_event("help")))
    assert "/event" in listing
    assert "/poll" not in listing and "/endpoll" not in listing


async def test_hot_reload_switches_a_cog_back_on(engine, add_community):
    community = await add_community(
        engine, rules_text(WELCOME_CHANNEL + "[cogs]\nwelcome = false\n")
    )
    community.replace_rules(parse_rules(rules_text(WELCOME_CHANNEL + "[cogs]\nwelcome = true\n")))
    assert "send" in kinds(await engine.dispatch(join()))


def test_an_unknown_cog_name_is_reported_with_its_line():
    with pytest.raises(RuleFileError) as caught:
        parse_rules(rules_text("[cogs]\npols = false\n"), "town.toml")
    (problem,) = caught.value.problems
    assert str(problem).startswith("town.toml:8: cogs: no cog named 'pols' is installed")


def test_a_required_cog_cannot_be_switched_off():
    with pytest.raises(RuleFileError) as caught:
        parse_rules(rules_text("[cogs]\nprivacy = false\n"), "town.toml")
    (problem,) = caught.value.problems
    assert str(problem).startswith("town.toml:8: cogs: 'privacy' is required")


class Greeter(Cog):
    """Says hello with a slow mode, which some platforms cannot do."""

    name = "greeter"

    @listen(Join)
    async def hello(self, ctx: Context) -> None:
        await ctx.perform(Send(channel="general", text="hello"))

    @command("greet")
    async def greet(self, ctx: Context) -> None:
        await ctx.reply_text("hello")


class NoSlowmode(Adapter):
    """A platform like Telegram: everything but slow mode."""

    platform = "telegram"

    def __init__(self) -> None:
        self.performed: list[Action] = []

    @supports(*(kind for kind in ACTION_TYPES if kind is not Slowmode))
    async def record(self, community_id: str, action: Action) -> None:
        self.performed.append(action)

    async def start(self) -> None:
        """Nothing to connect."""

    async def stop(self) -> None:
        """Nothing to close."""


GREETER = CogManifest(cog=Greeter, requires={"slowmode", "send"})


@pytest.fixture
def greeter_catalog() -> Catalog:
    return Catalog([*installed_catalog(), GREETER])


async def test_a_cog_the_platform_cannot_serve_stays_off_and_says_so(
    make_engine, add_community, greeter_catalog
):
    engine = await make_engine(cogs=[Greeter], adapter=NoSlowmode(), catalog=greeter_catalog)
    await add_community(engine, rules_text())
    assert await engine.dispatch(join()) == []
    text = replies(await engine.dispatch(command_event("greet")))
    assert text == "/greet isn't available on Telegram."


async def test_the_same_cog_runs_where_the_platform_can(
    make_engine, add_community, greeter_catalog
):
    engine = await make_engine(cogs=[Greeter], catalog=greeter_catalog)
    await add_community(engine, rules_text())
    assert kinds(await engine.dispatch(join())) == ["send"]


class Refuses(Cog):
    name = "refuses"

    async def cog_load(self) -> None:
        raise RuntimeError("no licence key")


async def test_a_cog_that_fails_to_load_is_reported_and_the_others_run(make_engine, add_community):
    from cogs.info import Info

    engine = await make_engine(cogs=[Refuses, Info])
    await add_community(engine, rules_text())
    assert [cog.name for cog in engine.cogs] == ["info"]
    (failure,) = [failure for failure in engine.failures if failure.name == "refuses"]
    assert failure.reason == "RuntimeError: no licence key"
    assert "/help" in replies(await engine.dispatch(command_event("help")))
