"""The fake Discord is a contract: it refuses what Discord refuses, with Discord's codes.

These talk to the fake with plain HTTP, so they check the fake itself, not Hearth.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest

from tests.fakes.discord_fake.state import snowflake_time
from tests.fakes.discord_server import (
    BOT_DEFAULT,
    BOT_ID,
    MODERATOR_DEFAULT,
    TOKEN,
    FakeDiscord,
    FakeGuild,
    FakeMember,
)

GUILD = "800000000000000001"
OWNER, MEMBER, MODERATOR = "700000000000000001", "700000000000000002", "700000000000000003"


class Client:
    def __init__(self, fake: FakeDiscord, session: aiohttp.ClientSession) -> None:
        self.fake, self.session = fake, session

    async def call(
        self, method: str, path: str, body: Any = None, *, token: str = TOKEN, **query: str
    ) -> tuple[int, Any]:
        headers = {"Authorization": f"Bot {token}"}
        async with self.session.request(
            method, self.fake.api_base + path, json=body, params=query, headers=headers
        ) as response:
            data = await response.json() if response.status != 204 else None
            return response.status, data


@pytest.fixture
async def world() -> AsyncIterator[tuple[Client, FakeGuild]]:
    fake = FakeDiscord()
    await fake.start()
    guild = fake.add_guild(GUILD, "Example", OWNER)
    moderator = fake.add_role(guild, "moderator", 2, MODERATOR_DEFAULT)
    bot_role = fake.add_role(guild, "Hearth", 1, BOT_DEFAULT)
    fake.add_channel(guild, "general")
    fake.add_member(guild, FakeMember(BOT_ID, "Hearth", [bot_role], bot=True))
    fake.add_member(guild, FakeMember(OWNER, "Owner"))
    fake.add_member(guild, FakeMember(MEMBER, "Ola"))
    fake.add_member(guild, FakeMember(MODERATOR, "Mia", [moderator]))
    async with aiohttp.ClientSession() as session:
        yield Client(fake, session), guild
    await fake.close()


async def test_a_wrong_token_is_401(world: tuple[Client, FakeGuild]) -> None:
    client, _ = world
    status, body = await client.call("GET", "/users/@me", token="wrong")
    assert (status, body["code"]) == (401, 0)


async def test_a_body_that_breaks_the_openapi_schema_is_50035_with_its_error_tree(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    status, body = await client.call(
        "POST", f"/channels/{guild.channel_id('general')}/messages", {"content": 42}
    )
    assert (status, body["code"]) == (400, 50035)
    assert body["errors"]["content"]["_errors"][0]["code"] == "BASE_TYPE_BAD_TYPE"


async def test_a_route_discord_does_not_have_is_404_and_a_wrong_method_405(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    assert (await client.call("GET", "/channels/1/nonsense"))[0] == 404
    assert (await client.call("PUT", f"/guilds/{guild.id}/members/{MEMBER}/roles"))[0] == 404
    assert (await client.call("POST", "/users/@me"))[0] == 405


async def test_content_over_2000_characters_is_refused(world: tuple[Client, FakeGuild]) -> None:
    client, guild = world
    status, body = await client.call(
        "POST", f"/channels/{guild.channel_id('general')}/messages", {"content": "x" * 2001}
    )
    assert (status, body["code"]) == (400, 50035)
    assert body["errors"]["content"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"


async def test_a_timeout_over_28_days_is_refused_and_a_valid_one_sticks(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    now = client.fake.clock.now()
    too_long = {"communication_disabled_until": (now + timedelta(days=29)).isoformat()}
    status, body = await client.call("PATCH", f"/guilds/{guild.id}/members/{MEMBER}", too_long)
    assert (status, body["code"]) == (400, 50035)
    assert guild.members[MEMBER].communication_disabled_until is None

    fine = {"communication_disabled_until": (now + timedelta(days=1)).isoformat()}
    assert (await client.call("PATCH", f"/guilds/{guild.id}/members/{MEMBER}", fine))[0] == 200
    assert guild.members[MEMBER].communication_disabled_until is not None


async def test_acting_on_a_member_ranked_above_the_bot_is_50013(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    status, body = await client.call("DELETE", f"/guilds/{guild.id}/members/{MODERATOR}")
    assert (status, body["code"]) == (403, 50013)
    assert MODERATOR in guild.members
    assert (await client.call("DELETE", f"/guilds/{guild.id}/members/{MEMBER}"))[0] == 204
    assert MEMBER not in guild.members


async def test_without_manage_messages_deleting_someones_message_is_50013(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    fake = client.fake
    message = await fake.say(guild, "general", guild.members[MEMBER], "hello")
    guild.role_named("Hearth").permissions &= ~(1 << 13)
    path = f"/channels/{message.channel_id}/messages/{message.id}"

    status, body = await client.call("DELETE", path)

    assert (status, body["code"]) == (403, 50013)
    guild.role_named("Hearth").permissions |= 1 << 13
    assert (await client.call("DELETE", path))[0] == 204
    status, body = await client.call("DELETE", path)
    assert (status, body["code"]) == (404, 10008)


async def test_bulk_delete_refuses_old_messages_and_wrong_counts(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    fake = client.fake
    channel = guild.channel_id("general")
    old = [fake.new_id(fake.clock.now() - timedelta(days=15)) for _ in range(2)]
    status, body = await client.call(
        "POST", f"/channels/{channel}/messages/bulk-delete", {"messages": old}
    )
    assert (status, body["code"]) == (400, 50034)
    status, body = await client.call(
        "POST", f"/channels/{channel}/messages/bulk-delete", {"messages": [fake.new_id()]}
    )
    assert (status, body["code"]) == (400, 50035)  # the schema's minItems: 2
    assert "messages" in body["errors"]


async def test_history_honours_limit_newest_first(world: tuple[Client, FakeGuild]) -> None:
    client, guild = world
    sent = [
        await client.fake.say(guild, "general", guild.members[MEMBER], f"m{n}") for n in range(5)
    ]
    status, body = await client.call(
        "GET", f"/channels/{guild.channel_id('general')}/messages", limit="2"
    )
    assert status == 200
    assert [m["id"] for m in body] == [sent[4].id, sent[3].id]
    assert (
        await client.call("GET", f"/channels/{guild.channel_id('general')}/messages", limit="101")
    )[0] == 400


async def test_snowflakes_encode_the_clock_and_members_joined_at_different_times(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    fake = client.fake
    first = fake.new_id()
    fake.clock.advance(3600)
    second = fake.new_id()
    assert snowflake_time(second) - snowflake_time(first) >= timedelta(minutes=59)
    joined = {member.joined_at for member in guild.members.values()}
    assert len(joined) == len(guild.members)


async def test_an_interaction_is_answered_once_and_within_three_seconds(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    fake = client.fake
    for number in (1, 2):
        await fake.dispatch(
            "INTERACTION_CREATE",
            {"id": f"{number}00", "token": f"t{number}", "guild_id": guild.id, "type": 2},
        )
    answer = {"type": 4, "data": {"content": "hi"}}
    assert (await client.call("POST", "/interactions/100/t1/callback", answer))[0] == 204
    status, body = await client.call("POST", "/interactions/100/t1/callback", answer)
    assert (status, body["code"]) == (400, 40060)

    fake.clock.advance(4)
    status, body = await client.call("POST", "/interactions/200/t2/callback", answer)
    assert (status, body["code"]) == (404, 10062)


async def test_automod_rules_are_kept_and_bad_regexes_refused(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    rule = {
        "name": "words",
        "event_type": 1,
        "trigger_type": 1,
        "trigger_metadata": {"keyword_filter": ["spam"], "regex_patterns": ["(?<=a)b"]},
        "actions": [{"type": 1}],
        "enabled": True,
    }
    path = f"/guilds/{guild.id}/auto-moderation/rules"
    status, body = await client.call("POST", path, rule)
    assert (status, body["code"]) == (400, 50035)
    assert "regex_patterns" in body["errors"]["trigger_metadata"]

    rule["trigger_metadata"]["regex_patterns"] = [r"crypto\s*giveaway"]
    status, created = await client.call("POST", path, rule)
    assert status == 200
    status, _ = await client.call(
        "PATCH", f"{path}/{created['id']}", {"trigger_metadata": {"keyword_filter": ["x"]}}
    )
    assert status == 200
    assert guild.automod_rules[created["id"]]["trigger_metadata"] == {"keyword_filter": ["x"]}
    assert (await client.call("GET", path))[1][0]["id"] == created["id"]


async def test_command_registration_limits(world: tuple[Client, FakeGuild]) -> None:
    client, guild = world
    path = f"/applications/{BOT_ID}/guilds/{guild.id}/commands"
    commands = [{"name": f"c{n}", "description": "d", "type": 1} for n in range(101)]
    status, body = await client.call("PUT", path, commands)
    assert (status, body["code"]) == (400, 30032)
    status, body = await client.call("PUT", path, [{"name": "Bad Name", "description": "d"}])
    assert (status, body["code"]) == (400, 50035)
    for day_batch in range(2):
        batch = [{"name": f"b{day_batch}-{n}", "description": "d"} for n in range(100)]
        assert (await client.call("PUT", path, batch))[0] == 200
    status, body = await client.call("PUT", path, [{"name": "one-more", "description": "d"}])
    assert (status, body["code"]) == (429, 30034)


async def test_interaction_tokens_expire_after_fifteen_minutes(
    world: tuple[Client, FakeGuild],
) -> None:
    client, guild = world
    fake = client.fake
    await fake.dispatch(
        "INTERACTION_CREATE", {"id": "300", "token": "t3", "guild_id": guild.id, "type": 2}
    )
    await client.call("POST", "/interactions/300/t3/callback", {"type": 5})
    follow_up = {"content": "done"}
    assert (await client.call("POST", f"/webhooks/{BOT_ID}/t3", follow_up))[0] == 200

    fake.clock.advance(15 * 60 + 1)
    status, body = await client.call("POST", f"/webhooks/{BOT_ID}/t3", follow_up)
    assert (status, body["code"]) == (401, 50027)
