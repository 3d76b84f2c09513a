"""Welcome: each new member is greeted personally, in their language, where it is seen."""

from __future__ import annotations

import pytest

from bot.actions import Dm, Send
from bot.events import Member
from cogs.welcome import Welcome
from tests.conftest import KASIA, join, leave, rules_text

CHANNELS = '[channels]\nwelcome = "lobby"\nintroductions = "intros"\nrules = "rules"\n'


@pytest.fixture
async def welcome_engine(make_engine):
    return await make_engine(cogs=[Welcome])


async def greet(engine, add_community, extra: str = CHANNELS, member: Member = KASIA):
    await add_community(engine, rules_text(extra))
    return await engine.dispatch(join(member))


async def test_a_new_member_is_greeted_by_name_in_the_welcome_channel(
    welcome_engine, add_community
):
    (greeting,) = await greet(welcome_engine, add_community)
    assert isinstance(greeting, Send)
    assert greeting.channel == "lobby"
    assert greeting.rule == "welcome"
    assert "Kasia" in greeting.text and "Test Community" in greeting.text


async def test_the_greeting_invites_an_introduction_when_there_is_a_channel(
    welcome_engine, add_community
):
    (greeting,) = await greet(welcome_engine, add_community)
    assert "#intros" in greeting.text


async def test_without_an_introductions_channel_the_plain_welcome_is_used(
    welcome_engine, add_community
):
    (greeting,) = await greet(welcome_engine, add_community, '[channels]\nwelcome = "lobby"\n')
    assert greeting.text == welcome_engine.i18n.format(
        "en", "welcome-message", name="Kasia", community="Test Community"
    )


async def test_the_member_is_greeted_in_their_own_language(welcome_engine, add_community):
    swede = Member(id="u7", name="Sven", locale="sv")
    (greeting,) = await greet(welcome_engine, add_community, member=swede)
    assert greeting.text == welcome_engine.i18n.format(
        "sv",
        "welcome-message-intro",
        name="Sven",
        community="Test Community",
        intro_channel="intros",
    )


async def test_the_communitys_own_template_is_used_for_its_language(welcome_engine, add_community):
    extra = (
        CHANNELS + '[welcome.messages]\nen = "Hi {name}, see #{rules_channel} in {community}!"\n'
    )
    (greeting,) = await greet(welcome_engine, add_community, extra)
    assert greeting.text == "Hi Kasia, see #rules in Test Community!"


async def test_without_a_template_in_their_language_a_member_gets_the_communitys_template(
    welcome_engine, add_community
):
    extra = CHANNELS + '[welcome.messages]\nen = "Hi {name}!"\n'
    polish = Member(id="u8", name="Ola", locale="pl")
    (greeting,) = await greet(welcome_engine, add_community, extra, polish)
    assert greeting.text == "Hi Ola!"


async def test_dm_true_welcomes_by_direct_message(welcome_engine, add_community):
    (greeting,) = await greet(welcome_engine, add_community, CHANNELS + "[welcome]\ndm = true\n")
    assert isinstance(greeting, Dm)
    assert greeting.user == "u2"


async def test_without_any_welcome_channel_the_welcome_is_a_direct_message(
    welcome_engine, add_community
):
    (greeting,) = await greet(welcome_engine, add_community, "")
    assert isinstance(greeting, Dm)


async def test_a_welcome_channel_in_the_welcome_table_wins(welcome_engine, add_community):
    extra = CHANNELS + '[welcome]\nchannel = "hello"\n'
    (greeting,) = await greet(welcome_engine, add_community, extra)
    assert greeting.channel == "hello"


async def test_a_disabled_welcome_sends_nothing(welcome_engine, add_community):
    assert (
        await greet(welcome_engine, add_community, CHANNELS + "[welcome]\nenabled = false\n") == []
    )


async def test_bots_are_not_welcomed(welcome_engine, add_community):
    robot = Member(id="b1", name="Robot", is_bot=True)
    assert await greet(welcome_engine, add_community, member=robot) == []


async def test_a_join_is_recorded_for_the_member(welcome_engine, add_community):
    await greet(welcome_engine, add_community)
    member = await welcome_engine.services.store.get_member("test", "u2")
    assert member is not None
    assert member.display_name == "Kasia"


async def test_a_leave_sends_nothing(welcome_engine, add_community):
    await add_community(welcome_engine, rules_text(CHANNELS))
    assert await welcome_engine.dispatch(leave()) == []
