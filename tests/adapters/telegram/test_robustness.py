"""Odd or unexpected updates are logged and skipped, and the bot keeps working."""

from __future__ import annotations

import logging

import pytest

from tests.adapters.telegram.conftest import GROUP_ID, Running, eventually
from tests.fakes.telegram_server import callback, group, message, user

OLA = user(501, "Ola")


async def spam_is_still_handled(bot: Running) -> None:
    spam = message(group(GROUP_ID), OLA, "buy followers now")
    bot.api.push({"message": spam})
    deleted = await eventually(lambda: bot.api.calls_to("deleteMessage"))
    assert [call["message_id"] for call in deleted] == [spam["message_id"]]


async def test_unknown_fields_are_ignored(bot: Running) -> None:
    odd = message(group(GROUP_ID), OLA, "hello", future_field={"x": 1})
    bot.api.push({"message": odd, "brand_new_update_kind": {"id": 5}})
    bot.api.push({"brand_new_update_kind": {"id": 6}})
    await spam_is_still_handled(bot)


async def test_a_message_without_a_sender_is_skipped(bot: Running) -> None:
    bot.api.push({"message": message(group(GROUP_ID), None, "buy followers anonymously")})
    await spam_is_still_handled(bot)


async def test_an_edit_without_text_is_skipped(bot: Running) -> None:
    photo = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
    edited = message(group(GROUP_ID), OLA, None, photo=photo, edit_date=1)
    bot.api.push({"edited_message": edited})
    await spam_is_still_handled(bot)


async def test_an_edit_that_breaks_a_rule_is_deleted(bot: Running) -> None:
    edited = message(group(GROUP_ID), OLA, "now buy followers", edit_date=1)
    bot.api.push({"edited_message": edited})
    deleted = await eventually(lambda: bot.api.calls_to("deleteMessage"))
    assert deleted[0]["message_id"] == edited["message_id"]


async def test_chats_without_a_rule_file_are_logged_and_skipped(
    bot: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.adapters.telegram_chats")
    bot.api.push({"message": message(group(-100999), OLA, "buy followers elsewhere")})
    bot.api.push(
        {"callback_query": callback(group(-100999), OLA, "gate:1:2", 3)["callback_query"]}
    )
    await spam_is_still_handled(bot)
    assert "-100999 is not listed in any rule file" in caplog.text


async def test_channel_posts_and_automatic_forwards_are_skipped(bot: Running) -> None:
    channel = {"id": -100777, "type": "channel", "title": "News"}
    bot.api.push({"channel_post": message(channel, None, "buy followers", sender_chat=channel)})
    forward = message(
        group(GROUP_ID), None, "buy followers", sender_chat=channel, is_automatic_forward=True
    )
    bot.api.push({"message": forward})
    await spam_is_still_handled(bot)


async def test_an_anonymous_administrator_counts_as_a_moderator(bot: Running) -> None:
    chat = group(GROUP_ID)
    anonymous = user(1087968824, "Group", username="GroupAnonymousBot", is_bot=True)
    bot.api.push({"message": message(chat, anonymous, "/modping", sender_chat=chat)})
    await bot.sent(GROUP_ID, "^pong$")
