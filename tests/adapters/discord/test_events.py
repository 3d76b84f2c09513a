"""Gateway events reach the engine as neutral events, and what it decides happens on Discord."""

from __future__ import annotations

import logging

import pytest

from bot.events import Button, Command, Edit, Join, Message
from tests.adapters.discord.conftest import (
    GUILD_ID,
    MEMBER_ID,
    MODERATOR_ID,
    OTHER_GUILD_ID,
    Hearth,
)
from tests.adapters.discord.payloads import (
    bot_message,
    button_press,
    member_add,
    message_create,
    message_update,
)
from tests.fakes.discord_server import FakeMember, wait_for


async def say(
    hearth: Hearth, text: str, *, user: str = MEMBER_ID, channel: str = "general"
) -> str:
    message_id = hearth.fake.new_id()
    payload = message_create(
        hearth.guild, hearth.channel_id(channel), hearth.member(user), text, message_id
    )
    await hearth.fake.dispatch("MESSAGE_CREATE", payload)
    return message_id


async def test_message_breaking_a_keyword_rule_is_deleted_and_the_member_warned(
    hearth: Hearth,
) -> None:
    message_id = await say(hearth, "want to buy followers cheap?")
    general = hearth.channel_id("general")

    await wait_for(
        lambda: hearth.fake.seen("DELETE", rf"/channels/{general}/messages/{message_id}$")
    )
    dm_channel = await wait_for(lambda: hearth.fake.dm_channel_of(MEMBER_ID))
    warning = await wait_for(
        lambda: hearth.fake.seen("POST", rf"/channels/{dm_channel}/messages$")
    )
    assert "Ola" in warning[0].body["content"]


async def test_warning_falls_back_to_a_mention_in_the_channel_when_dms_are_closed(
    hearth: Hearth,
) -> None:
    hearth.fake.dms_closed.add(MEMBER_ID)
    await say(hearth, "free nitro here")
    general = hearth.channel_id("general")

    posts = await wait_for(lambda: hearth.fake.seen("POST", rf"/channels/{general}/messages$"))
    assert posts[0].body["content"].startswith(f"<@{MEMBER_ID}>")
    assert posts[0].body["allowed_mentions"]["users"] == [int(MEMBER_ID)]


async def test_a_member_join_is_welcomed_in_the_welcome_channel(hearth: Hearth) -> None:
    newcomer = FakeMember("700000000000000099", "Kasia")
    await hearth.fake.dispatch("GUILD_MEMBER_ADD", member_add(hearth.guild, newcomer))
    welcome = hearth.channel_id("welcome")

    posts = await wait_for(lambda: hearth.fake.seen("POST", rf"/channels/{welcome}/messages$"))
    body = posts[0].body
    assert f"<@{newcomer.id}>" in body["content"]
    assert f"<#{hearth.channel_id('introductions')}>" in body["content"]
    assert "#<#" not in body["content"]
    assert body["allowed_mentions"] == {"parse": [], "users": [int(newcomer.id)]}
    joins = await wait_for(lambda: hearth.seen(Join))  # the probe records after welcome
    assert joins[0].user.id == newcomer.id and joins[0].community_id == hearth.community_id


async def test_a_message_becomes_a_neutral_message_with_roles_by_name(hearth: Hearth) -> None:
    message_id = await say(hearth, "hello there", user=MODERATOR_ID)

    messages = await wait_for(lambda: hearth.seen(Message))
    event = messages[0]
    assert isinstance(event, Message)
    assert event.message_id == message_id
    assert event.channel == hearth.channel_id("general")
    assert event.text == "hello there"
    assert event.user.roles == ("moderator",)
    assert event.user.top_role_position == 1
    assert not event.user.is_owner and not event.user.is_bot


async def test_an_edit_that_breaks_a_rule_is_moderated_like_a_message(hearth: Hearth) -> None:
    message_id = hearth.fake.new_id()
    general = hearth.channel_id("general")
    payload = message_update(
        hearth.guild, general, hearth.member(MEMBER_ID), "buy followers", message_id
    )
    await hearth.fake.dispatch("MESSAGE_UPDATE", payload)

    await wait_for(
        lambda: hearth.fake.seen("DELETE", rf"/channels/{general}/messages/{message_id}$")
    )


async def test_a_guild_without_a_rule_file_is_skipped(
    hearth: Hearth, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.adapters.discord_adapter")
    elsewhere = hearth.fake.guilds[OTHER_GUILD_ID]
    stranger = FakeMember(MEMBER_ID, "Ola")
    foreign = message_create(
        elsewhere, elsewhere.channel_id("general"), stranger, "buy followers", "1"
    )
    await hearth.fake.dispatch("MESSAGE_CREATE", foreign)
    await say(hearth, "buy followers")

    await wait_for(lambda: hearth.fake.seen("DELETE", r"/messages/"))
    assert len(hearth.fake.seen("DELETE", r"/messages/")) == 1
    assert f"guild {OTHER_GUILD_ID} has no rule file" in caplog.text


async def test_bad_payloads_are_logged_and_skipped_while_the_bot_keeps_running(
    hearth: Hearth, caplog: pytest.LogCaptureFixture
) -> None:
    general = hearth.channel_id("general")
    member = hearth.member(MEMBER_ID)
    broken = message_create(hearth.guild, general, member, "hi", hearth.fake.new_id())
    del broken["author"]
    await hearth.fake.dispatch("MESSAGE_CREATE", broken)
    unknown_channel = message_create(hearth.guild, "123", member, "buy followers", "5")
    await hearth.fake.dispatch("MESSAGE_CREATE", unknown_channel)
    gone = FakeMember("700000000000000077", "Gone")
    edit_by_gone = message_update(hearth.guild, general, gone, "buy followers", "6")
    del edit_by_gone["member"]  # Discord sends no member object for someone who left
    await hearth.fake.dispatch("MESSAGE_UPDATE", edit_by_gone)
    message_id = await say(hearth, "buy followers")

    await wait_for(lambda: hearth.fake.seen("DELETE", rf"/messages/{message_id}$"))
    assert "bad MESSAGE_CREATE payload skipped" in caplog.text
    mod_log = hearth.channel_id("mod-log")
    report = await wait_for(
        lambda: [m for m in hearth.fake.channel_messages(mod_log) if "#123" in m.content]
    )
    assert "I couldn't find a channel called #123" in report[0].content
    assert not hearth.fake.seen("DELETE", r"/messages/6$")
    assert hearth.adapter.client.is_ready()


async def test_a_button_press_becomes_a_button_event_answered_by_the_engine(
    hearth: Hearth,
) -> None:
    general = hearth.channel_id("general")
    original = bot_message(hearth.fake.new_id(), general, "Do you agree?")
    i42 = hearth.fake.new_id()
    payload = button_press(
        hearth.guild, general, hearth.member(MEMBER_ID), i42, "probe:answer", original
    )
    await hearth.fake.dispatch("INTERACTION_CREATE", payload)

    callback = await wait_for(
        lambda: hearth.fake.seen("POST", rf"/interactions/{i42}/token-{i42}/callback")
    )
    assert callback[0].body["type"] == 4
    assert callback[0].body["data"]["content"] == "thanks for pressing"
    pressed = hearth.seen(Button)[0]
    assert isinstance(pressed, Button) and pressed.custom_id == "probe:answer"
    assert pressed.message_id == original["id"]


async def test_a_button_nobody_handles_is_still_acknowledged(hearth: Hearth) -> None:
    general = hearth.channel_id("general")
    original = bot_message(hearth.fake.new_id(), general, "old message")
    i43 = hearth.fake.new_id()
    payload = button_press(
        hearth.guild, general, hearth.member(MEMBER_ID), i43, "from-before-a-restart", original
    )
    await hearth.fake.dispatch("INTERACTION_CREATE", payload)

    callback = await wait_for(
        lambda: hearth.fake.seen("POST", rf"/interactions/{i43}/token-{i43}/callback")
    )
    assert callback[0].body["type"] == 6
    assert not hearth.seen(Command)
    assert GUILD_ID in {str(g.id) for g in hearth.adapter.client.guilds}
    assert not hearth.seen(Edit)
