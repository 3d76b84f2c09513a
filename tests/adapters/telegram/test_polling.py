"""Updates arriving by long polling become neutral events, and actions reach the Bot API."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from bot.config import TelegramConfig
from tests.adapters.telegram.conftest import GROUP_ID, Running, eventually, start_bot
from tests.fakes.telegram_server import (
    BOT_ID,
    BOT_USERNAME,
    administrator,
    chat_member_update,
    group,
    left,
    member,
    message,
    user,
)

OLA = user(501, "Ola", last_name="Nordmann", language_code="en")
ADMIN = user(900, "Maja", username="maja")


async def test_a_message_that_breaks_a_rule_is_deleted_and_the_member_warned(
    bot: Running,
) -> None:
    spam = message(group(GROUP_ID), OLA, "buy followers cheap here")
    bot.api.push({"message": spam})
    deleted = await eventually(lambda: bot.api.calls_to("deleteMessage"))
    assert deleted[0]["chat_id"] == GROUP_ID and deleted[0]["message_id"] == spam["message_id"]
    warning = await bot.sent(501, "Ola Nordmann")
    assert "spam" in warning["text"].lower()


async def test_a_join_gets_the_welcome(bot: Running) -> None:
    kasia = user(502, "Kasia", language_code="pl")
    bot.api.push(chat_member_update(group(GROUP_ID), left(kasia), member(kasia)))
    welcome = await bot.sent(GROUP_ID, "Kasia")
    assert "Witaj" in welcome["text"]


async def test_a_warning_falls_back_to_a_group_notice_when_the_member_never_started_the_bot(
    bot: Running,
) -> None:
    bot.api.fail(
        "sendMessage",
        "Forbidden: bot can't initiate conversation with a user",
        code=403,
        when=lambda params: int(params["chat_id"]) == 501,
    )
    bot.api.push({"message": message(group(GROUP_ID), OLA, "buy followers cheap here")})
    notice = await bot.sent(GROUP_ID, "tg://user\\?id=501")
    assert notice["parse_mode"] == "HTML"
    assert "Ola Nordmann" in notice["text"]


async def test_the_bot_being_demoted_is_logged(
    bot: Running, caplog: pytest.LogCaptureFixture
) -> None:
    me = user(BOT_ID, "Hearth", username=BOT_USERNAME, is_bot=True)
    bot.api.push(chat_member_update(group(GROUP_ID), administrator(me), member(me), mine=True))
    await eventually(lambda: "no longer an administrator" in caplog.text)


async def test_join_notices_are_removed_when_configured(tmp_path: Path) -> None:
    settings = TelegramConfig(delete_service_messages=True)
    async for running in start_bot(tmp_path, settings):
        notice = message(group(GROUP_ID), OLA, None, new_chat_members=[OLA])
        running.api.push({"message": notice})
        deleted = await eventually(partial(running.api.calls_to, "deleteMessage"))
        assert deleted[0]["message_id"] == notice["message_id"]
