"""The record for moderators: one case, a member's cases with decaying strike points,
private notes, reason changes on the audit trail, and the history export."""

from __future__ import annotations

import json

from bot.actions import Report
from tests.cogs.toolkit.conftest import NOW, OLA, later, only, reply_text


async def test_case_shows_one_case(toolkit):
    await toolkit.command("timeout", {"user": "u1", "duration": "10m", "reason": "heated"})

    text = reply_text(await toolkit.command("case", {"number": "1"}))

    assert "Case #1" in text and "timeout" in text and "heated" in text
    assert "10 minutes" in text and "in force" in text


async def test_case_that_does_not_exist_is_a_clear_reply(toolkit):
    text = reply_text(await toolkit.command("case", {"number": "42"}))

    assert "no case #42" in text


async def test_cases_lists_history_with_decayed_strike_points(toolkit):
    await toolkit.store.add_incident("toolkit", "u1", NOW, "profanity", points=4)
    await toolkit.command("warn", {"user": "u1", "reason": "first"})
    await toolkit.command("kick", {"user": "u1", "reason": "second"})

    # 14 days later (the default half-life) the 4 points have halved.
    text = reply_text(await toolkit.command("cases", {"user": "u1"}, at=later(14 * 86400)))

    assert "u1 has 2 cases" in text
    assert "Strike points now: 2" in text and "2 weeks" in text
    assert "first" in text and "second" in text


async def test_a_note_is_private_and_shown_with_the_cases(toolkit):
    actions = await toolkit.command("note", {"user": "u1", "text": "asked to calm down in DMs"})

    assert not only(actions, Report)
    (note,) = await toolkit.store.notes_for("toolkit", "u1")
    assert (note.author_id, note.text) == ("m1", "asked to calm down in DMs")
    assert "asked to calm down" in reply_text(await toolkit.command("cases", {"user": "u1"}))


async def test_reason_changes_a_cases_reason_on_the_audit_trail(toolkit):
    await toolkit.command("warn", {"user": "u1", "reason": "typo"})

    actions = await toolkit.command("reason", {"case": "1", "text": "spam in #general"})

    assert (await toolkit.store.get_case("toolkit", 1)).reason == "spam in #general"
    assert "spam in #general" in only(actions, Report)[0].text
    (entry, *_) = await toolkit.store.audit("toolkit")
    assert (entry.action, entry.actor_id, entry.case_number) == ("case_reason", "m1", 1)


async def test_reason_for_a_missing_case_is_refused(toolkit):
    text = reply_text(await toolkit.command("reason", {"case": "9", "text": "x"}))

    assert "no case #9" in text


async def test_history_exports_json_with_cases_incidents_notes_and_expiries(toolkit):
    await toolkit.command("timeout", {"user": "u1", "duration": "1h", "reason": "heat"})
    await toolkit.command("note", {"user": "u1", "text": "watch"})

    text = reply_text(await toolkit.command("history", {"user": "u1", "format": "json"}))

    data = json.loads(text)
    assert data["user"] == "u1"
    assert [case["action"] for case in data["cases"]] == ["timeout"]
    assert data["incidents"][0]["case"] == 1
    assert data["notes"][0]["text"] == "watch"
    assert data["active_temp_actions"][0]["kind"] == "timeout"


async def test_history_as_text_is_readable(toolkit):
    await toolkit.command("warn", {"user": "u1", "reason": "spam"})

    text = reply_text(await toolkit.command("history", {"user": "u1"}))

    assert "Moderation history of u1" in text and "#1" in text and "spam" in text


async def test_members_cannot_read_the_record(toolkit):
    text = reply_text(await toolkit.command("cases", {"user": "u2"}, user=OLA))

    assert "Only moderators" in text
