"""A gate that cannot strand anyone: a verified role (nothing to lift) and the welcome only
after passing, with a confirmation to the member; Discord's own screening is honoured."""

from __future__ import annotations

import pytest

from tests.adapters.discord.conftest import GUILD_ID, Hearth
from tests.adapters.discord.payloads import button_press
from tests.fakes.discord_server import FakeMember, wait_for

NEWCOMER = "700000000000000123"


@pytest.fixture
def rules_extra() -> str:
    return '\n[welcome.gate]\nenabled = true\nmode = "rules"\nrole = "verified"\n'


async def add_verified_role(hearth: Hearth) -> str:
    role_id = hearth.fake.add_role(hearth.guild, "verified", 1)
    role = hearth.guild.roles[role_id]
    await hearth.fake.dispatch("GUILD_ROLE_CREATE", {"guild_id": GUILD_ID, "role": role.payload()})
    guild = hearth.adapter.client.get_guild(int(GUILD_ID))
    await wait_for(lambda: guild.get_role(int(role_id)))  # type: ignore[union-attr]
    return role_id


async def test_passing_the_gate_gives_the_role_confirms_and_only_then_welcomes(
    hearth: Hearth,
) -> None:
    fake = hearth.fake
    role_id = await add_verified_role(hearth)
    welcome = hearth.channel_id("welcome")
    member = await fake.join(hearth.guild, FakeMember(NEWCOMER, "Kasia"))

    (challenge,) = await wait_for(lambda: fake.channel_messages(welcome))
    assert challenge.components and f"<@{NEWCOMER}>" not in challenge.content
    assert not fake.seen("PATCH", rf"/members/{NEWCOMER}$")  # no timeout to lift, ever
    button = challenge.components[0]["components"][0]
    interaction = fake.new_id()
    await fake.interact(
        button_press(
            hearth.guild, welcome, member, interaction, button["custom_id"], challenge.payload()
        )
    )

    await wait_for(lambda: role_id in member.roles)
    callback = await wait_for(lambda: fake.seen("POST", rf"/interactions/{interaction}/"))
    assert "You're in" in callback[0].body["data"]["content"]
    assert callback[0].body["data"]["flags"] & 64
    (greeting,) = await wait_for(lambda: fake.channel_messages(welcome))
    assert greeting.id != challenge.id and f"<@{NEWCOMER}>" in greeting.content


async def test_a_wrong_member_pressing_changes_nothing(hearth: Hearth) -> None:
    fake = hearth.fake
    await add_verified_role(hearth)
    welcome = hearth.channel_id("welcome")
    await fake.join(hearth.guild, FakeMember(NEWCOMER, "Kasia"))
    (challenge,) = await wait_for(lambda: fake.channel_messages(welcome))
    button = challenge.components[0]["components"][0]
    interaction = fake.new_id()
    other = hearth.member("700000000000000002")

    await fake.interact(
        button_press(
            hearth.guild, welcome, other, interaction, button["custom_id"], challenge.payload()
        )
    )

    await wait_for(lambda: fake.seen("POST", rf"/interactions/{interaction}/"))
    assert not fake.seen("PUT", r"/members/\d+/roles/")
