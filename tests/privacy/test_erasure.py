"""Erasure by the member (confirmed with a button) or by a moderator (/forget): afterwards
no table holds anything that identifies the member, and anonymous counts remain."""

from __future__ import annotations

from datetime import timedelta

from bot.community import Community
from bot.engine import Engine
from tests.conftest import KASIA, MIA, NOW, OLA, command, join, message
from tests.storage.conftest import all_rows

from .conftest import INSULT, button, of_kind

SECRETS = ("Ola", INSULT, "private note about ola")


async def fill_record(engine: Engine) -> None:
    await engine.dispatch(join(OLA))
    await engine.dispatch(message(f"you {INSULT}", OLA, at=NOW))
    await engine.dispatch(message("hello everyone", OLA, at=NOW))
    await engine.dispatch(message("hi Ola!", KASIA, at=NOW))
    store = engine.services.store
    await store.add_note("test", "u1", "m1", SECRETS[2], NOW)
    await store.upsert_member("test", "u1", "Ola", "nb", NOW)
    for user in ("u1", "u1", "u2"):  # what the statistics cog counts per message
        await store.record_activity("test", user, "general", NOW)


async def assert_nothing_identifies_u1(engine: Engine) -> None:
    for table, rows in (await all_rows(engine.services.store)).items():
        for row in rows:
            values = [str(value) for value in row.values() if value is not None]
            assert "u1" not in values, (table, row)
            for secret in SECRETS:
                assert not any(secret in value for value in values), (table, row)


async def test_erase_asks_for_confirmation_with_buttons_first(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    actions = await privacy_engine.dispatch(command("privacy", {"action": "erase"}, OLA))
    [prompt] = of_kind(actions, "send")
    assert [custom_id for custom_id, _ in prompt.buttons] == [
        "privacy:erase:u1",
        "privacy:cancel:u1",
    ]
    assert await privacy_engine.services.store.incidents("test", "u1")


async def test_confirmed_erasure_leaves_nothing_identifying_in_any_table(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    await privacy_engine.dispatch(command("privacy", {"action": "erase"}, OLA))
    actions = await privacy_engine.dispatch(button("privacy:erase:u1", OLA))
    assert "erased" in of_kind(actions, "reply")[0].text
    await assert_nothing_identifies_u1(privacy_engine)


async def test_erasure_keeps_anonymous_counts_for_statistics(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    await privacy_engine.dispatch(command("privacy", {"action": "erase"}, OLA))
    await privacy_engine.dispatch(button("privacy:erase:u1", OLA))
    store = privacy_engine.services.store
    [rule_count] = await store.incidents_per_rule("test", NOW - timedelta(days=1))
    assert (rule_count.rule, rule_count.incidents) == ("insults", 1)
    channels = await store.activity_per_channel("test", NOW - timedelta(days=1))
    assert sum(channel.messages for channel in channels) == 3


async def test_only_the_member_who_asked_can_confirm(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    await privacy_engine.dispatch(command("privacy", {"action": "erase"}, OLA))
    assert await privacy_engine.dispatch(button("privacy:erase:u1", KASIA)) == []
    assert await privacy_engine.services.store.incidents("test", "u1")


async def test_cancel_erases_nothing(privacy_engine: Engine, community: Community) -> None:
    await fill_record(privacy_engine)
    await privacy_engine.dispatch(command("privacy", {"action": "erase"}, OLA))
    actions = await privacy_engine.dispatch(button("privacy:cancel:u1", OLA))
    assert "Nothing was erased" in of_kind(actions, "reply")[0].text
    assert await privacy_engine.services.store.incidents("test", "u1")


async def test_a_confirmation_pressed_too_late_erases_nothing(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    await privacy_engine.dispatch(command("privacy", {"action": "erase"}, OLA))
    late = NOW + timedelta(minutes=11)
    actions = await privacy_engine.dispatch(button("privacy:erase:u1", OLA, at=late))
    assert "expired" in of_kind(actions, "reply")[0].text
    assert await privacy_engine.services.store.incidents("test", "u1")


async def test_a_button_without_a_pending_request_does_nothing(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    assert await privacy_engine.dispatch(button("privacy:erase:u1", OLA)) == []
    assert await privacy_engine.services.store.incidents("test", "u1")


async def test_a_moderator_can_erase_a_member_after_confirming(
    privacy_engine: Engine, community: Community
) -> None:
    await fill_record(privacy_engine)
    actions = await privacy_engine.dispatch(command("forget", {"user": "u1"}, MIA))
    [prompt] = of_kind(actions, "send")
    assert "u1" in prompt.text
    await privacy_engine.dispatch(button("privacy:erase:u1", MIA))
    await assert_nothing_identifies_u1(privacy_engine)
    audit = await privacy_engine.services.store.audit("test")
    assert "erasure_by_moderator" in [entry.action for entry in audit]


async def test_members_cannot_use_the_moderators_forget_command(
    privacy_engine: Engine, community: Community
) -> None:
    actions = await privacy_engine.dispatch(command("forget", {"user": "u2"}, OLA))
    assert of_kind(actions, "send") == []
    assert "moderators" in of_kind(actions, "reply")[0].text
