"""Refusals before any action: hierarchy, the owner, the bot, oneself, unknown members,
and a platform that lacks a permission. Each is a clear reply and nothing else."""

from __future__ import annotations

import pytest

from bot.actions import Ban, Dm, Reply, Warn
from bot.events import Member
from tests.cogs.toolkit.conftest import (
    ADA,
    BOT,
    KASIA,
    MAX,
    MIA,
    NOW,
    OLA,
    OWNER,
    HierarchyAdapter,
    MissingPermissionAdapter,
    only,
)


async def refused(toolkit, actions) -> str:
    assert [type(action) for action in actions] == [Reply], [a.kind for a in actions]
    assert await toolkit.store.get_case("toolkit", 1) is None
    return actions[0].text


async def test_a_moderator_cannot_act_on_an_equal_moderator(toolkit):
    text = await refused(toolkit, await toolkit.command("warn", {"user": "m2", "reason": "x"}))

    assert "Max (m2)" in text and "same as yours or above it" in text


async def test_a_moderator_cannot_act_on_a_higher_admin(toolkit):
    text = await refused(toolkit, await toolkit.command("kick", {"user": "a1", "reason": "x"}))

    assert "Ada (a1)" in text


async def test_an_admin_can_act_on_a_moderator(toolkit):
    actions = await toolkit.command("warn", {"user": "m1", "reason": "x"}, user=ADA)

    assert only(actions, Warn)[0].user == "m1"


async def test_nobody_acts_on_the_owner(toolkit):
    text = await refused(
        toolkit, await toolkit.command("ban", {"user": "o1", "reason": "x"}, user=ADA)
    )

    assert "owns this community" in text


async def test_the_owner_may_act_on_anyone_below_the_bot(toolkit):
    actions = await toolkit.command("warn", {"user": "m2", "reason": "x"}, user=OWNER)

    assert only(actions, Warn)


async def test_nobody_acts_on_the_bot(toolkit):
    text = await refused(
        toolkit,
        await toolkit.command("timeout", {"user": BOT.id, "duration": "1h", "reason": "x"}),
    )

    assert "against myself" in text


async def test_nobody_acts_on_themselves(toolkit):
    text = await refused(toolkit, await toolkit.command("warn", {"user": "m1", "reason": "x"}))

    assert "yourself" in text


async def test_the_bot_cannot_act_above_its_own_top_role(make_toolkit):
    low_bot = Member(id="bot", name="Hearth", is_bot=True, top_role_position=3)
    toolkit = await make_toolkit(adapter=HierarchyAdapter([OLA, MIA, ADA, MAX], bot=low_bot))

    text = await refused(
        toolkit, await toolkit.command("warn", {"user": "m2", "reason": "x"}, user=ADA)
    )

    assert "same as mine or above it" in text


@pytest.mark.parametrize("command", ["warn", "kick", "untimeout"])
async def test_an_unknown_member_is_refused(toolkit, command):
    args = {"user": "nobody"} if command == "untimeout" else {"user": "nobody", "reason": "x"}

    text = await refused(toolkit, await toolkit.command(command, args))

    assert "couldn't find nobody" in text


async def test_a_missing_bot_permission_names_the_permission_and_voids_the_case(make_toolkit):
    adapter = MissingPermissionAdapter(["ban"], [OLA, KASIA, MIA])
    toolkit = await make_toolkit(adapter=adapter)

    actions = await toolkit.command("ban", {"user": "u1", "reason": "x", "duration": "1d"})

    assert [type(action) for action in actions] == [Dm, Reply]
    assert "Ban Members" in actions[-1].text
    assert not [action for _, action in adapter.performed if isinstance(action, Ban)]
    assert await toolkit.store.active_temp_actions("toolkit", "u1", NOW) == []
    assert (await toolkit.store.get_case("toolkit", 1)).status == "void"


async def test_without_member_lookups_commands_still_work(dry):
    await dry.store.upsert_member("toolkit", "u1", "Ola")  # the record has seen Ola

    actions = await dry.command("warn", {"user": "u1", "reason": "x"})

    assert only(actions, Warn)[0].user == "u1"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("warn", {"user": "NoSuchPerson", "reason": "x"}),
        ("kick", {"user": "Nobody", "reason": "x"}),
        ("timeout", {"user": "Nobody", "duration": "1h", "reason": "x"}),
    ],
)
async def test_without_member_lookups_a_member_the_record_never_saw_is_refused(dry, name, args):
    actions = await dry.command(name, args)

    assert [type(action) for action in actions] == [Reply]
    assert f"There's no member called {args['user']}" in actions[0].text
    assert await dry.store.recent_cases("toolkit") == []


async def test_a_member_known_only_from_an_incident_can_be_warned(dry):
    await dry.store.add_incident("toolkit", "u7", NOW, "spam")

    actions = await dry.command("warn", {"user": "u7", "reason": "x"})

    assert only(actions, Warn)[0].user == "u7"


async def test_a_warning_the_platform_cannot_deliver_leaves_a_void_case(make_toolkit):
    toolkit = await make_toolkit(adapter=MissingPermissionAdapter(["warn"], [OLA, MIA]))

    actions = await toolkit.command("warn", {"user": "u1", "reason": "x"})

    assert [type(action) for action in actions] == [Reply]
    assert (await toolkit.store.get_case("toolkit", 1)).status == "void"
