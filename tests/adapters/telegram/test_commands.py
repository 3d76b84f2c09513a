"""Commands typed in Telegram: levels from chat status, replies, private chats, menus."""

from __future__ import annotations

from tests.adapters.telegram.conftest import GATED_ID, GROUP_ID, Running, eventually
from tests.fakes.telegram_server import (
    BOT_USERNAME,
    administrator,
    group,
    left,
    message,
    owner,
    private,
    user,
)

OLA = user(501, "Ola", language_code="sv")
ADMIN = user(900, "Maja", username="maja")


def make_admin(bot: Running, person: dict = ADMIN) -> None:
    bot.api.set_member(GROUP_ID, administrator(person))


async def test_an_administrator_can_ask_for_help_and_sees_moderator_commands(
    bot: Running,
) -> None:
    make_admin(bot)
    command = message(group(GROUP_ID), ADMIN, "/help")
    bot.api.push({"message": command})
    answer = await bot.sent(GROUP_ID, "/modping")
    assert answer["reply_parameters"]["message_id"] == command["message_id"]


async def test_an_administrator_may_run_a_moderator_command(bot: Running) -> None:
    make_admin(bot)
    bot.api.push({"message": message(group(GROUP_ID), ADMIN, "/modping")})
    await bot.sent(GROUP_ID, "^pong$")


async def test_the_chat_creator_may_run_a_moderator_command(bot: Running) -> None:
    make_admin(bot)
    bot.api.set_member(GROUP_ID, owner(OLA))
    bot.api.push({"message": message(group(GROUP_ID), OLA, f"/modping@{BOT_USERNAME}")})
    await bot.sent(GROUP_ID, "^pong$")


async def test_a_member_who_is_not_an_administrator_is_refused(bot: Running) -> None:
    bot.api.push({"message": message(group(GROUP_ID), OLA, "/modping")})
    refusal = await bot.sent(GROUP_ID, "modping")
    assert "pong" not in refusal["text"]
    assert "moderator" in refusal["text"]


async def test_a_command_replying_to_a_message_takes_that_member_as_user(bot: Running) -> None:
    make_admin(bot)
    target = message(group(GROUP_ID), user(777, "Target"), "hello")
    bot.api.push({"message": target})
    bot.api.push({"message": message(group(GROUP_ID), ADMIN, "/whois", reply_to_message=target)})
    await bot.sent(GROUP_ID, "^member 777$")


async def test_a_command_for_another_bot_is_left_alone(bot: Running) -> None:
    make_admin(bot)
    bot.api.push({"message": message(group(GROUP_ID), ADMIN, "/modping@other_bot")})
    bot.api.push({"message": message(group(GROUP_ID), ADMIN, "/modping")})
    await bot.sent(GROUP_ID, "^pong$")
    replies = [p for p in bot.api.calls_to("sendMessage") if p["text"] == "pong"]
    assert len(replies) == 1


async def test_a_private_guidelines_command_is_answered_for_the_members_group(
    bot: Running,
) -> None:
    bot.api.set_member(GATED_ID, left(OLA))
    bot.api.push({"message": message(private(OLA), OLA, "/guidelines")})
    answer = await bot.sent(501, "Example Community")
    assert "riktlinjer" in answer["text"].lower()


async def test_a_private_moderator_command_points_to_the_group(bot: Running) -> None:
    bot.api.push({"message": message(private(ADMIN), ADMIN, "/modping")})
    answer = await bot.sent(900, "/modping")
    assert "group" in answer["text"]


async def test_a_private_command_without_a_clear_group_asks_to_use_the_group(
    bot: Running,
) -> None:
    stranger = user(555, "Stranger")
    bot.api.set_member(GROUP_ID, left(stranger))
    bot.api.set_member(GATED_ID, left(stranger))
    bot.api.push({"message": message(private(stranger), stranger, "/guidelines")})
    answer = await bot.sent(555, "/guidelines")
    assert "which group" in answer["text"]


async def test_start_in_private_explains_what_works_there(bot: Running) -> None:
    bot.api.push({"message": message(private(OLA), OLA, "/start")})
    answer = await bot.sent(501, "/guidelines")
    assert answer["text"].startswith("Hej")


async def test_command_menus_are_published_per_scope_and_language(bot: Running) -> None:
    calls = await eventually(lambda: bot.api.calls_to("setMyCommands"))
    menus = {(c["scope"]["type"], c.get("language_code")): c["commands"] for c in calls}
    assert {code for _, code in menus} == {None, "sv", "nb", "no", "pl"}
    names = {scope: {c["command"] for c in cmds} for (scope, code), cmds in menus.items()}
    assert "modping" in names["all_chat_administrators"]
    assert "modping" not in names["all_group_chats"] | names["default"]
    assert {"guidelines", "help"} <= names["default"]
    swedish = {c["command"]: c["description"] for c in menus[("all_group_chats", "sv")]}
    assert (
        swedish["guidelines"]
        != dict((c["command"], c["description"]) for c in menus[("all_group_chats", None)])[
            "guidelines"
        ]
    )
