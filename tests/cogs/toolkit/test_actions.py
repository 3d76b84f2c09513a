"""Moderator actions on members and channels: each acts, records a case where one is due,
tells the member in their language and answers the moderator in theirs."""

from __future__ import annotations

from dataclasses import replace

from bot.actions import (
    Ban,
    Dm,
    Kick,
    Lock,
    Purge,
    Reply,
    Report,
    Slowmode,
    Timeout,
    Unban,
    Unlock,
    Untimeout,
    Warn,
)
from tests.cogs.toolkit.conftest import MIA, NOW, OLA, later, only, reply_text


async def test_warn_warns_the_member_opens_a_case_and_logs_it(toolkit):
    actions = await toolkit.command("warn", {"user": "u1", "reason": "spam links"})

    assert [type(action) for action in actions] == [Warn, Report, Reply]
    assert actions[0].user == "u1" and "spam links" in actions[0].text
    assert "case #1" in actions[0].text  # the member can appeal it by number
    assert actions[1].channel == "mod-log" and "Case #1" in actions[1].text
    assert "Case #1" in reply_text(actions)
    case = await toolkit.store.get_case("toolkit", 1)
    assert (case.user_id, case.moderator_id, case.action) == ("u1", "m1", "warn")


async def test_a_case_is_linked_to_the_members_recent_incident(toolkit):
    incident = await toolkit.store.add_incident("toolkit", "u1", NOW, "profanity", points=2)

    await toolkit.command("warn", {"user": "u1", "reason": "language"}, at=later(60))

    case = await toolkit.store.get_case("toolkit", 1)
    assert case.incident_id == incident
    (linked,) = await toolkit.store.incidents("toolkit", "u1")
    assert linked.case_number == 1


async def test_warn_writes_to_the_member_in_their_stored_language(toolkit):
    await toolkit.store.upsert_member("toolkit", "u1", locale="sv", at=NOW)

    actions = await toolkit.command("warn", {"user": "u1", "reason": "spam"})

    assert "varning" in only(actions, Warn)[0].text


async def test_replies_come_in_the_moderators_language(toolkit):
    swedish_mia = replace(MIA, locale="sv")
    actions = await toolkit.command("warn", {"user": "u1", "reason": "spam"}, user=swedish_mia)

    assert "har fått en varning" in reply_text(actions)


async def test_timeout_times_out_and_stores_the_expiry(toolkit):
    actions = await toolkit.command("timeout", {"user": "u1", "duration": "2h", "reason": "heat"})

    assert only(actions, Timeout)[0].duration_s == 7200
    assert "2 hours" in only(actions, Dm)[0].text
    (row,) = await toolkit.store.active_temp_actions("toolkit", "u1", NOW)
    assert (row.kind, row.expires_at, row.case_number) == ("timeout", later(7200), 1)


async def test_timeout_longer_than_the_platform_allows_is_capped_with_a_note(toolkit):
    actions = await toolkit.command("timeout", {"user": "u1", "duration": "6w", "reason": "x"})

    assert only(actions, Timeout)[0].duration_s == 28 * 86400
    assert "at most 4 weeks" in reply_text(actions)


async def test_timeout_with_an_unreadable_duration_is_refused_without_action(toolkit):
    actions = await toolkit.command("timeout", {"user": "u1", "duration": "soon", "reason": "x"})

    assert [type(action) for action in actions] == [Reply]
    assert "soon" in actions[0].text
    assert await toolkit.store.get_case("toolkit", 1) is None


async def test_timeout_of_zero_is_refused(toolkit):
    actions = await toolkit.command("timeout", {"user": "u1", "duration": "0", "reason": "x"})

    assert [type(action) for action in actions] == [Reply]
    assert "more than zero" in actions[0].text


async def test_untimeout_lifts_and_clears_the_stored_expiry(toolkit):
    await toolkit.command("timeout", {"user": "u1", "duration": "1d", "reason": "x"})

    actions = await toolkit.command("untimeout", {"user": "u1"}, at=later(60))

    assert only(actions, Untimeout)[0].user == "u1"
    assert await toolkit.store.active_temp_actions("toolkit", "u1", later(60)) == []
    assert (await toolkit.store.get_case("toolkit", 1)).status == "lifted"
    assert (await toolkit.store.get_case("toolkit", 2)).action == "untimeout"


async def test_kick_tells_the_member_before_removing_them(toolkit):
    """Once removed, a member usually can't receive the bot's DM: tell first, then act."""
    actions = await toolkit.command("kick", {"user": "u1", "reason": "raiding"})

    assert [type(action) for action in actions][:3] == [Dm, Kick, Report]
    assert "raiding" in only(actions, Dm)[0].text and "case #1" in only(actions, Dm)[0].text


async def test_temporary_ban_is_stored_to_be_lifted_later(toolkit):
    actions = await toolkit.command(
        "ban", {"user": "u1", "reason": "x", "duration": "3d", "delete_messages": "yes"}
    )

    ban = only(actions, Ban)[0]
    assert (ban.duration_s, ban.delete_messages_s) == (3 * 86400, 86400)
    (row,) = await toolkit.store.active_temp_actions("toolkit", "u1", NOW)
    assert row.kind == "ban"
    assert "for 3 days" in reply_text(actions)


async def test_permanent_ban_replaces_a_temporary_one(toolkit):
    await toolkit.command("ban", {"user": "u1", "reason": "x", "duration": "3d"})

    actions = await toolkit.command("ban", {"user": "u1", "reason": "worse"}, at=later(60))

    assert only(actions, Ban)[0].duration_s is None
    assert await toolkit.store.active_temp_actions("toolkit", "u1", later(60)) == []
    assert "for good" in reply_text(actions)


async def test_ban_of_someone_no_longer_in_the_community_is_allowed(toolkit):
    actions = await toolkit.command("ban", {"user": "gone", "reason": "ban evasion"})

    assert only(actions, Ban)[0].user == "gone"


async def test_ban_with_an_unreadable_delete_messages_is_refused(toolkit):
    actions = await toolkit.command(
        "ban", {"user": "u1", "reason": "x", "delete_messages": "a lot"}
    )

    assert [type(action) for action in actions] == [Reply]
    assert "delete_messages" in actions[0].text


async def test_unban_lifts_the_ban_and_clears_the_stored_expiry(toolkit):
    await toolkit.command("ban", {"user": "u1", "reason": "x", "duration": "3d"})

    actions = await toolkit.command("unban", {"user": "u1"}, at=later(60))

    assert only(actions, Unban)[0].user == "u1"
    assert await toolkit.store.due_temp_actions(later(10 * 86400)) == []


async def test_unban_closes_a_permanent_bans_case_as_lifted(toolkit):
    await toolkit.command("ban", {"user": "u1", "reason": "x"})

    await toolkit.command("unban", {"user": "u1"}, at=later(60))

    ban, unban = await toolkit.store.cases_for("toolkit", "u1")
    assert (ban.action, ban.status) == ("ban", "lifted")
    assert (unban.action, unban.status) == ("unban", "active")


async def test_unban_leaves_an_old_expired_ban_expired(dry):
    await dry.command("ban", {"user": "u1", "reason": "x", "duration": "1d"})
    await dry.tick(later(2 * 86400))

    await dry.command("unban", {"user": "u1"}, at=later(3 * 86400))

    assert (await dry.store.get_case("toolkit", 1)).status == "expired"


async def test_purge_deletes_recent_messages_of_one_member(toolkit):
    actions = await toolkit.command("purge", {"count": "50", "user": "u1"})

    purge = only(actions, Purge)[0]
    assert (purge.channel, purge.count, purge.user) == ("general", 50, "u1")
    (entry, *_) = await toolkit.store.audit("toolkit")
    assert (entry.action, entry.target_id) == ("purge", "u1")


async def test_purge_count_out_of_range_is_refused(toolkit):
    actions = await toolkit.command("purge", {"count": "0"})

    assert [type(action) for action in actions] == [Reply]


async def test_slowmode_sets_and_turns_off(toolkit):
    on = await toolkit.command("slowmode", {"duration": "30s", "channel": "memes"})
    off = await toolkit.command("slowmode", {"duration": "0"})

    assert (only(on, Slowmode)[0].channel, only(on, Slowmode)[0].seconds) == ("memes", 30)
    assert (only(off, Slowmode)[0].channel, only(off, Slowmode)[0].seconds) == ("general", 0)
    assert "off" in reply_text(off)


async def test_lock_and_unlock_a_channel(toolkit):
    locked = await toolkit.command("lock", {"channel": "#memes"})
    unlocked = await toolkit.command("unlock", {})

    assert only(locked, Lock)[0].channel == "memes"
    assert only(unlocked, Unlock)[0].channel == "general"


async def test_a_member_cannot_use_moderator_commands(toolkit):
    actions = await toolkit.command("ban", {"user": "u2", "reason": "x"}, user=OLA)

    assert [type(action) for action in actions] == [Reply]
    assert "Only moderators" in actions[0].text
    assert await toolkit.store.get_case("toolkit", 1) is None
