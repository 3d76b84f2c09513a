"""Neutral actions become the right Discord requests; refusals become ActionFailed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.actions import (
    Ban,
    Delete,
    Kick,
    Lock,
    Purge,
    Reply,
    RoleAdd,
    Send,
    Slowmode,
    Timeout,
    Unban,
    Unlock,
)
from bot.errors import ActionFailed
from tests.adapters.discord.conftest import ADMIN_ID, GUILD_ID, MEMBER_ID, MODERATOR_ID, Hearth
from tests.fakes.discord_server import FakeMessage, user_payload, wait_for

SEND_MESSAGES = 1 << 11


async def test_a_timeout_patches_communication_disabled_until(hearth: Hearth) -> None:
    before = datetime.now(UTC)
    await hearth.adapter.perform(hearth.community_id, Timeout(user=MEMBER_ID, duration_s=600))
    after = datetime.now(UTC)

    patch = hearth.fake.seen("PATCH", rf"/guilds/{GUILD_ID}/members/{MEMBER_ID}$")
    until = datetime.fromisoformat(patch[0].body["communication_disabled_until"])
    assert before + timedelta(seconds=600) <= until <= after + timedelta(seconds=600)


async def test_a_timeout_longer_than_28_days_is_refused_not_capped(hearth: Hearth) -> None:
    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(
            hearth.community_id, Timeout(user=MEMBER_ID, duration_s=29 * 86400)
        )

    assert failure.value.message_id == "discord-timeout-too-long"
    assert not hearth.fake.seen("PATCH", r"/members/")


async def test_members_ranked_at_or_above_the_bot_are_refused(hearth: Hearth) -> None:
    admin = await hearth.adapter.fetch_member(hearth.community_id, ADMIN_ID)
    bot = await hearth.adapter.bot_member(hearth.community_id)
    assert admin is not None and bot is not None
    assert admin.top_role_position > bot.top_role_position

    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(hearth.community_id, Kick(user=ADMIN_ID))

    assert failure.value.message_id == "action-hierarchy"
    assert failure.value.args_for_message == {"user": "Ada"}
    assert "top role" in failure.value.reason
    assert not hearth.fake.seen("DELETE", r"/members/")


async def test_a_forbidden_answer_names_the_missing_permission(hearth: Hearth) -> None:
    hearth.fake.inject(
        "DELETE", rf"/members/{MEMBER_ID}$", 403, {"code": 50013, "message": "Missing Permissions"}
    )

    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(hearth.community_id, Kick(user=MEMBER_ID))

    assert failure.value.message_id == "action-missing-permission"
    assert failure.value.args_for_message == {"permission": "Kick Members"}
    assert "Kick Members" in failure.value.reason


async def test_a_member_who_left_is_not_found(hearth: Hearth) -> None:
    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(hearth.community_id, Kick(user="700000000000000055"))

    assert failure.value.message_id == "action-member-not-found"


async def test_a_rate_limited_request_is_retried(hearth: Hearth) -> None:
    general = hearth.channel_id("general")
    hearth.fake.inject(
        "POST",
        rf"/channels/{general}/messages$",
        429,
        {"message": "You are being rate limited.", "retry_after": 0.01, "global": False},
        headers={"Via": "1.1 google", "Retry-After": "0.01", "X-RateLimit-Scope": "user"},
    )

    await hearth.adapter.perform(hearth.community_id, Send(channel="general", text="hello"))

    assert len(hearth.fake.seen("POST", rf"/channels/{general}/messages$")) == 2


async def test_send_carries_persistent_buttons_by_custom_id(hearth: Hearth) -> None:
    send = Send(channel="#welcome", text="Read the rules?", buttons=(("rules:agree", "I agree"),))
    await hearth.adapter.perform(hearth.community_id, send)

    post = hearth.fake.seen("POST", rf"/channels/{hearth.channel_id('welcome')}/messages$")
    button = post[0].body["components"][0]["components"][0]
    assert (button["custom_id"], button["label"]) == ("rules:agree", "I agree")
    assert not hearth.adapter.client._connection._view_store.persistent_views


async def test_an_unknown_channel_name_is_refused(hearth: Hearth) -> None:
    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(hearth.community_id, Slowmode(channel="nowhere", seconds=10))

    assert failure.value.message_id == "discord-channel-not-found"
    assert failure.value.args_for_message == {"channel": "nowhere"}


async def test_delete_and_reply_accept_channel_ids(hearth: Hearth) -> None:
    general = hearth.channel_id("general")
    await hearth.adapter.perform(
        hearth.community_id, Delete(user=MEMBER_ID, channel=general, message_id="12345")
    )
    await hearth.adapter.perform(
        hearth.community_id, Reply(channel=f"<#{general}>", text="noted", message_id="777")
    )

    assert hearth.fake.seen("DELETE", rf"/channels/{general}/messages/12345$")
    reply = hearth.fake.seen("POST", rf"/channels/{general}/messages$")[0].body
    assert reply["message_reference"]["message_id"] == 777
    assert reply["message_reference"]["fail_if_not_exists"] is False


async def test_slowmode_lock_and_unlock_edit_the_channel(hearth: Hearth) -> None:
    general = hearth.channel_id("general")
    await hearth.adapter.perform(hearth.community_id, Slowmode(channel="general", seconds=30))
    await hearth.adapter.perform(hearth.community_id, Lock(channel="general"))
    await hearth.adapter.perform(hearth.community_id, Unlock(channel="general"))

    assert hearth.fake.seen("PATCH", rf"/channels/{general}$")[0].body["rate_limit_per_user"] == 30
    (lock,) = hearth.fake.seen("PUT", rf"/channels/{general}/permissions/{GUILD_ID}$")
    assert int(lock.body["deny"]) & SEND_MESSAGES
    # There was no @everyone overwrite before the lock, so unlocking removes it again.
    assert hearth.fake.seen("DELETE", rf"/channels/{general}/permissions/{GUILD_ID}$")
    assert GUILD_ID not in hearth.guild.channel_named("general").overwrites


async def test_unlock_restores_the_previous_everyone_overwrite_exactly(hearth: Hearth) -> None:
    from tests.fakes.discord_fake.state import ADD_REACTIONS, EMBED_LINKS, Overwrite

    channel = hearth.guild.channel_named("general")
    before = Overwrite(GUILD_ID, 0, allow=EMBED_LINKS, deny=ADD_REACTIONS)
    channel.overwrites[GUILD_ID] = before
    await hearth.fake.dispatch("CHANNEL_UPDATE", channel.payload(GUILD_ID))
    await wait_for(
        lambda: hearth.adapter.client.get_channel(int(channel.id)).overwrites  # type: ignore
    )

    await hearth.adapter.perform(hearth.community_id, Lock(channel="general"))
    await hearth.adapter.perform(hearth.community_id, Lock(channel="general"))  # twice
    locked = channel.overwrites[GUILD_ID]
    assert locked.deny & SEND_MESSAGES and locked.deny & ADD_REACTIONS
    await hearth.adapter.perform(hearth.community_id, Unlock(channel="general"))

    restored = channel.overwrites[GUILD_ID]
    assert (restored.allow, restored.deny) == (EMBED_LINKS, ADD_REACTIONS)
    store = hearth.engine.services.store
    assert await store.load_state(hearth.community_id, f"lock:discord:{channel.id}") is None


async def test_ban_deletes_recent_messages_and_unban_lifts_it(hearth: Hearth) -> None:
    stranger = "700000000000000066"
    await hearth.adapter.perform(
        hearth.community_id, Ban(user=stranger, delete_messages_s=3600, reason="spam")
    )
    await hearth.adapter.perform(hearth.community_id, Unban(user=stranger))

    ban = hearth.fake.seen("PUT", rf"/guilds/{GUILD_ID}/bans/{stranger}$")
    assert ban[0].query["delete_message_seconds"] == "3600"
    assert hearth.fake.seen("DELETE", rf"/guilds/{GUILD_ID}/bans/{stranger}$")


async def test_roles_are_given_by_name(hearth: Hearth) -> None:
    await hearth.adapter.perform(hearth.community_id, RoleAdd(user=MEMBER_ID, role="Moderator"))

    role = hearth.guild.role_id("moderator")
    assert hearth.fake.seen("PUT", rf"/members/{MEMBER_ID}/roles/{role}$")


async def test_purge_bulk_deletes_only_that_members_messages(hearth: Hearth) -> None:
    general = hearth.channel_id("general")
    authors = [MEMBER_ID, MODERATOR_ID, MEMBER_ID, MEMBER_ID, MODERATOR_ID]
    history = [
        hearth.fake.store_message(
            FakeMessage(hearth.fake.new_id(), general, user_payload(user, "x"), "hi", GUILD_ID)
        )
        for user in authors
    ]

    await hearth.adapter.perform(
        hearth.community_id, Purge(channel="general", count=2, user=MEMBER_ID)
    )

    bulk = hearth.fake.seen("POST", rf"/channels/{general}/messages/bulk-delete$")
    deleted = {str(message_id) for message_id in bulk[0].body["messages"]}
    assert deleted == {history[2].id, history[3].id}  # the two newest of that member's
    assert {m.id for m in hearth.fake.channel_messages(general)} == {
        m.id for m in history
    } - deleted


async def test_purge_deletes_messages_older_than_two_weeks_one_by_one(hearth: Hearth) -> None:
    """Discord refuses to bulk delete messages over 14 days old (50034); those go singly."""
    general = hearth.channel_id("general")
    old = hearth.fake.clock.now() - timedelta(days=15)
    stale = [
        hearth.fake.store_message(
            FakeMessage(hearth.fake.new_id(old), general, user_payload(MEMBER_ID, "Ola"), "x")
        )
        for _ in range(3)
    ]
    fresh = [
        hearth.fake.store_message(
            FakeMessage(hearth.fake.new_id(), general, user_payload(MEMBER_ID, "Ola"), "y")
        )
        for _ in range(3)
    ]

    await hearth.adapter.perform(hearth.community_id, Purge(channel="general", count=10))

    assert not hearth.fake.refused(50034)
    assert not hearth.fake.channel_messages(general)
    bulk = hearth.fake.seen("POST", rf"/channels/{general}/messages/bulk-delete$")
    assert {str(i) for i in bulk[0].body["messages"]} == {m.id for m in fresh}
    singles = hearth.fake.seen("DELETE", rf"/channels/{general}/messages/\d+$")
    assert {r.path.rsplit("/", 1)[1] for r in singles} == {m.id for m in stale}


async def test_a_server_error_is_retried_by_the_library(hearth: Hearth) -> None:
    general = hearth.channel_id("general")
    hearth.fake.inject("POST", rf"/channels/{general}/messages$", 502, {"message": "bad gateway"})

    await hearth.adapter.perform(hearth.community_id, Send(channel="general", text="hello"))

    statuses = [r.status for r in hearth.fake.seen("POST", rf"/channels/{general}/messages$")]
    assert statuses == [502, 200]
    assert [m.content for m in hearth.fake.channel_messages(general)] == ["hello"]


async def test_a_429_with_discords_headers_is_waited_out_and_retried(hearth: Hearth) -> None:
    hearth.fake.rate_limit("PATCH", rf"/members/{MEMBER_ID}$", retry_after=0.05)

    await hearth.adapter.perform(hearth.community_id, Timeout(user=MEMBER_ID, duration_s=60))

    statuses = [r.status for r in hearth.fake.seen("PATCH", rf"/members/{MEMBER_ID}$")]
    assert statuses == [429, 200]
    assert hearth.member(MEMBER_ID).communication_disabled_until is not None


async def test_a_channel_the_bot_cannot_see_names_view_channels(hearth: Hearth) -> None:
    from tests.fakes.discord_fake.state import VIEW_CHANNEL, Overwrite

    hidden = hearth.guild.channel_named("general")
    hidden.overwrites[GUILD_ID] = Overwrite(GUILD_ID, 0, deny=VIEW_CHANNEL)

    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(hearth.community_id, Send(channel="general", text="hi"))

    assert hearth.fake.refused(50001)
    assert failure.value.args_for_message == {"permission": "View Channels"}


async def test_unbanning_someone_not_banned_says_so(hearth: Hearth) -> None:
    with pytest.raises(ActionFailed) as failure:
        await hearth.adapter.perform(hearth.community_id, Unban(user="700000000000000077"))

    assert hearth.fake.refused(10026)
    assert failure.value.message_id == "discord-not-banned"


async def test_a_ban_sticks_and_removes_the_member(hearth: Hearth) -> None:
    await hearth.adapter.perform(hearth.community_id, Ban(user=MEMBER_ID, reason="spam"))

    assert MEMBER_ID in hearth.guild.bans and MEMBER_ID not in hearth.guild.members
    assert hearth.guild.bans[MEMBER_ID]["reason"] == "spam"
