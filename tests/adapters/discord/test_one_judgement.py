"""One message, one judgement: updates that do not change the text are never judged again,
a message is never actioned twice, and a message already gone counts as deleted."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.events import Edit, Message
from tests.adapters.discord.conftest import MEMBER_ID, Hearth
from tests.fakes.discord_server import wait_for, wait_for_async


async def incidents(hearth: Hearth) -> list:
    store = hearth.engine.services.store
    await store.flush()
    return await store.incidents(hearth.community_id, MEMBER_ID)


async def settle(hearth: Hearth) -> None:
    """Let the client read everything the fake sent (a probe message round-trips)."""
    marker = await hearth.fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "ping")
    await wait_for(lambda: any(e.message_id == marker.id for e in hearth.probe.seen))


async def test_a_link_preview_does_not_judge_the_message_again(hearth: Hearth) -> None:
    fake = hearth.fake
    message = await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "buy followers")
    await wait_for(lambda: fake.seen("DELETE", rf"/messages/{message.id}$"))
    await wait_for_async(lambda: incidents(hearth))

    await fake.link_preview(hearth.guild, message)
    await settle(hearth)

    assert len(fake.seen("DELETE", rf"/messages/{message.id}$")) == 1
    assert len(await incidents(hearth)) == 1
    assert not hearth.seen(Edit)


async def test_a_link_preview_on_a_fine_message_is_not_an_edit(hearth: Hearth) -> None:
    fake = hearth.fake
    message = await fake.say(
        hearth.guild, "general", hearth.member(MEMBER_ID), "look https://example.org"
    )
    await fake.link_preview(hearth.guild, message)
    await settle(hearth)

    assert not hearth.seen(Edit)


async def test_an_old_style_embed_only_update_is_skipped_quietly(
    hearth: Hearth, caplog: pytest.LogCaptureFixture
) -> None:
    fake = hearth.fake
    message = await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "see this")
    await fake.link_preview(hearth.guild, message, partial=True)
    await settle(hearth)

    assert not hearth.seen(Edit)
    assert "bad MESSAGE_UPDATE payload" not in caplog.text


async def test_an_edit_that_changes_the_text_is_judged_without_fetching_the_member(
    hearth: Hearth,
) -> None:
    fake = hearth.fake
    message = await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "hello all")
    await wait_for(lambda: hearth.seen(Message))
    await fake.edit(hearth.guild, message, "hello all, buy followers")

    await wait_for(lambda: fake.seen("DELETE", rf"/messages/{message.id}$"))
    assert not fake.seen("GET", r"/guilds/\d+/members/\d+$")


async def test_an_edit_carries_the_text_before_it(hearth: Hearth) -> None:
    fake = hearth.fake
    message = await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "hello all")
    await wait_for(lambda: hearth.seen(Message))
    await fake.edit(hearth.guild, message, "hello everyone")

    edits = await wait_for(lambda: hearth.seen(Edit))
    assert (edits[0].before, edits[0].text) == ("hello all", "hello everyone")


async def test_an_actioned_message_is_never_actioned_again_even_when_edited(
    hearth: Hearth,
) -> None:
    fake = hearth.fake
    message = await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "free nitro")
    await wait_for(lambda: fake.seen("DELETE", rf"/messages/{message.id}$"))
    # The edit races the delete: Discord can deliver it before the message is gone.
    message.deleted = False
    await fake.edit(hearth.guild, message, "free nitro, buy followers")
    await settle(hearth)

    assert len(fake.seen("DELETE", rf"/messages/{message.id}$")) == 1
    assert len(await incidents(hearth)) == 1


async def test_a_message_already_gone_counts_as_deleted_and_the_rest_still_happens(
    hearth: Hearth, caplog: pytest.LogCaptureFixture
) -> None:
    fake = hearth.fake
    mod_log = hearth.channel_id("mod-log")
    fake.inject("DELETE", r"/messages/\d+$", 404, {"code": 10008, "message": "Unknown Message"})
    await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "buy followers")

    found = await wait_for_async(lambda: incidents(hearth))
    await asyncio.sleep(0.05)

    assert "delete" in found[0].actions
    assert not [m for m in fake.channel_messages(mod_log) if "couldn" in m.content.lower()]
    assert "action delete failed" not in caplog.text
    dm = await wait_for(lambda: fake.dm_channel_of(MEMBER_ID))
    assert fake.channel_messages(dm)


@pytest.fixture(autouse=True)
def _debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
