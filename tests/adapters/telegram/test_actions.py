"""Neutral actions carried out through the Bot API, and its refusals as ActionFailed."""

from __future__ import annotations

import time

import pytest

from bot.actions import (
    Ban,
    Kick,
    Lock,
    Purge,
    Report,
    RoleAdd,
    Send,
    Slowmode,
    Timeout,
    Unlock,
    Untimeout,
)
from bot.errors import ActionFailed, UnsupportedAction
from tests.adapters.telegram.conftest import GROUP_ID, Running
from tests.fakes.telegram_server import DEFAULT_PERMISSIONS, administrator, user

DAY = 86400
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture
def bot(shared_bot: Running) -> Running:
    return shared_bot


async def restriction_after(bot: Running, duration_s: int) -> tuple[dict, float]:
    before = time.time()
    await bot.adapter.perform("community", Timeout(user="501", duration_s=duration_s))
    return bot.api.calls_to("restrictChatMember")[-1], before


async def test_a_timeout_restricts_sending_until_a_date(bot: Running) -> None:
    call, before = await restriction_after(bot, 600)
    assert call["chat_id"] == GROUP_ID and call["user_id"] == 501
    assert not any(call["permissions"].values())
    assert before + 600 - 2 <= call["until_date"] <= time.time() + 600 + 1


@pytest.mark.parametrize(("asked", "applied"), [(5, 30), (400 * DAY, 366 * DAY)])
async def test_a_timeout_outside_telegrams_range_is_clamped(
    bot: Running, asked: int, applied: int
) -> None:
    call, before = await restriction_after(bot, asked)
    assert before + applied - 2 <= call["until_date"] <= time.time() + applied + 1
    assert bot.adapter.capabilities().max_timeout_s == 366 * DAY


async def test_lifting_a_timeout_restores_the_chats_default_permissions(bot: Running) -> None:
    await bot.adapter.perform("community", Untimeout(user="501"))
    call = bot.api.calls_to("restrictChatMember")[-1]
    assert call["permissions"]["can_send_messages"] is True
    assert call["permissions"]["can_send_polls"] is DEFAULT_PERMISSIONS["can_send_polls"]
    assert "until_date" not in call


async def test_a_kick_is_a_ban_then_an_unban(bot: Running) -> None:
    await bot.adapter.perform("community", Kick(user="501"))
    methods = [c.method for c in bot.api.calls if c.method.endswith("ChatMember")]
    assert methods[-2:] == ["banChatMember", "unbanChatMember"]
    assert bot.api.calls_to("unbanChatMember")[-1]["only_if_banned"] is True


async def test_a_temporary_ban_that_deletes_messages(bot: Running) -> None:
    await bot.adapter.perform("community", Ban(user="501", duration_s=DAY, delete_messages_s=3600))
    call = bot.api.calls_to("banChatMember")[-1]
    assert call["revoke_messages"] is True
    assert call["until_date"] >= time.time() + DAY - 5


async def test_buttons_become_an_inline_keyboard(bot: Running) -> None:
    await bot.adapter.perform(
        "community", Send(channel="welcome", text="pick", buttons=(("a:1", "One"), ("a:2", "Two")))
    )
    call = await bot.sent(GROUP_ID, "^pick$")
    keys = call["reply_markup"]["inline_keyboard"][0]
    assert [(k["callback_data"], k["text"]) for k in keys] == [("a:1", "One"), ("a:2", "Two")]


async def test_a_forum_topic_channel_posts_into_that_topic(bot: Running) -> None:
    await bot.adapter.perform("community", Send(channel=f"{GROUP_ID}:42", text="topic"))
    call = await bot.sent(GROUP_ID, "^topic$")
    assert call["message_thread_id"] == 42


async def test_reports_go_to_a_numeric_moderator_chat_or_else_the_group(bot: Running) -> None:
    await bot.adapter.perform("community", Report(channel="-100999", text="look here"))
    await bot.sent(-100999, "^look here$")
    await bot.adapter.perform("community", Report(channel="mod-log", text="and here"))
    await bot.sent(GROUP_ID, "^and here$")


async def test_lock_removes_sending_and_unlock_restores_what_was_there(bot: Running) -> None:
    await bot.adapter.perform("community", Lock(channel="general"))
    await bot.adapter.perform("community", Unlock(channel="general"))
    locked, unlocked = bot.api.calls_to("setChatPermissions")[-2:]
    assert not any(locked["permissions"].values())
    assert unlocked["permissions"]["can_send_messages"] is True
    assert unlocked["permissions"]["can_send_polls"] is False


@pytest.mark.parametrize(
    "action",
    [
        Slowmode(channel="general", seconds=30),
        RoleAdd(user="501", role="helper"),
        Purge(channel="general", count=10),
    ],
)
async def test_what_the_bot_api_cannot_do_is_unsupported(bot: Running, action: object) -> None:
    with pytest.raises(UnsupportedAction):
        await bot.adapter.perform("community", action)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("description", "message_id"),
    [
        (
            "Bad Request: not enough rights to restrict/ban chat member",
            "action-missing-permission",
        ),
        ("Bad Request: user is an administrator of the chat", "action-hierarchy"),
        ("Bad Request: user not found", "action-member-not-found"),
        ("Bad Request: something unexpected", "action-failed"),
    ],
)
async def test_bot_api_refusals_become_action_failed(
    bot: Running, description: str, message_id: str
) -> None:
    bot.api.fail("restrictChatMember", description)
    with pytest.raises(ActionFailed) as failure:
        await bot.adapter.perform("community", Timeout(user="501", duration_s=600))
    assert failure.value.message_id == message_id
    assert description.removeprefix("Bad Request: ") in failure.value.reason.casefold()


async def test_members_are_fetched_with_roles_from_their_status(bot: Running) -> None:
    bot.api.set_member(GROUP_ID, administrator(user(900, "Maja")))
    fetched = await bot.adapter.fetch_member("community", "900")
    assert fetched is not None and fetched.roles == ("moderator",) and fetched.name == "Maja"
    own = await bot.adapter.bot_member("community")
    assert own is not None and own.is_bot
