"""The captcha gate end to end on Telegram: join, restriction, challenge, right answer."""

from __future__ import annotations

import re

from tests.adapters.telegram.conftest import GATED_ID, Running, eventually
from tests.fakes.telegram_server import callback, chat_member_update, group, left, member, user

NEWCOMER = user(640, "Nadia", language_code="nb")


async def test_a_newcomer_is_restricted_challenged_and_let_in_by_the_right_answer(
    bot: Running,
) -> None:
    chat = group(GATED_ID)
    bot.api.push(chat_member_update(chat, left(NEWCOMER), member(NEWCOMER)))
    restriction = await eventually(lambda: bot.api.calls_to("restrictChatMember"))
    assert restriction[0]["user_id"] == 640
    assert not any(restriction[0]["permissions"].values())
    challenge = await bot.sent(GATED_ID, r"\d+ \+ \d+")
    first, second = map(int, re.search(r"(\d+) \+ (\d+)", challenge["text"]).groups())
    keys = challenge["reply_markup"]["inline_keyboard"][0]
    right = next(k["callback_data"] for k in keys if k["text"] == str(first + second))

    bot.api.push(callback(chat, NEWCOMER, right, message_id=4242))
    await eventually(lambda: len(bot.api.calls_to("restrictChatMember")) == 2)
    lifted = bot.api.calls_to("restrictChatMember")[1]
    assert lifted["permissions"]["can_send_messages"] is True
    deleted = await eventually(lambda: bot.api.calls_to("deleteMessage"))
    assert deleted[0]["message_id"] == 4242
    assert bot.api.calls_to("answerCallbackQuery")
    assert not bot.api.calls_to("banChatMember")


async def test_every_button_press_is_answered_even_when_nothing_is_pending(bot: Running) -> None:
    bot.api.push(callback(group(GATED_ID), NEWCOMER, "gate:640:7", message_id=1))
    await eventually(lambda: bot.api.calls_to("answerCallbackQuery"))
    assert not bot.api.calls_to("banChatMember")
