"""A member's copy of their data holds their own data, not other people's identities.

The story from issue 18: Kasia reports Ola, a moderator writes a note about Ola, and Ola
asks for his data. His copy must not say that Kasia reported him, who the moderator was,
or (by default) what the note says; Kasia's copy of her report must not hand her Ola's
message. What /note and /report promise is what the export does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.actions import Dm, Reply
from bot.member_export import MEMBER, MODERATOR, REPORTER, member_copy
from bot.storage import Store
from cogs.privacy import Privacy
from cogs.toolkit import TOOLKIT_COGS
from tests.cogs.toolkit.conftest import KASIA, MIA, OLA, RULES, Toolkit, only, open_toolkit
from tests.storage.test_privacy import SECRET_TEXTS, populate

from .test_export import reassemble

RUDE = "you are all idiots"
NOTE = "Ola was rude to Kasia in DMs too, per Kasia"


async def _toolkit(tmp_path: Path, privacy: str = "") -> Toolkit:
    path = tmp_path / "toolkit.toml"
    path.write_text(RULES + privacy, encoding="utf-8")
    return await open_toolkit(path, cogs=[*TOOLKIT_COGS, Privacy])


@pytest.fixture
async def reported(tmp_path: Path):
    """Ola wrote something rude, Kasia reported it, Mia noted it: Ola's view of it."""
    toolkit = await _toolkit(tmp_path)
    await toolkit.message(RUDE, user=OLA, message_id="100")
    await toolkit.command("report", {"user": "u1", "reason": "he insults me", "message": "100"},
                          user=KASIA)  # fmt: skip
    await toolkit.command("note", {"user": "u1", "text": NOTE}, user=MIA)
    yield toolkit
    await toolkit.engine.close()


@pytest.fixture
async def store():
    opened = await Store.open("sqlite://", flush_interval_s=0)
    yield opened
    await opened.close()


async def export(toolkit: Toolkit, user=OLA) -> dict:
    actions = await toolkit.command("privacy", {"action": "export"}, user=user)
    return reassemble(only(actions, Dm))


async def test_the_reported_member_does_not_learn_who_reported_or_moderated(reported) -> None:
    data = await export(reported)
    text = json.dumps(data, ensure_ascii=False)
    assert "u2" not in text and "Kasia" not in text, "the reporter is named"
    assert "m1" not in text, "the moderator is named"
    [report] = data["reports"]
    assert report["reporter_id"] == REPORTER
    assert report["reason"] is None
    assert report["excerpt"] == RUDE, "the member's own message is their data"
    assert {entry["actor_id"] for entry in data["audit_entries"]} <= {REPORTER, MODERATOR}


async def test_moderator_notes_are_withheld_with_a_count_by_default(reported) -> None:
    actions = await reported.command("privacy", {"action": "export"}, user=OLA)
    data = reassemble(only(actions, Dm))
    assert data["notes"] == []
    assert data["withheld"]["notes"] == 1
    assert NOTE not in json.dumps(data, ensure_ascii=False)
    header = only(actions, Dm)[0].text
    assert "1 private note about you" in header
    assert "Article 15(4)" in header


async def test_the_note_taker_is_told_only_moderators_see_it_by_default(tmp_path: Path) -> None:
    toolkit = await _toolkit(tmp_path)
    try:
        actions = await toolkit.command("note", {"user": "u1", "text": NOTE}, user=MIA)
    finally:
        await toolkit.engine.close()
    [reply] = only(actions, Reply)
    assert "Only moderators can see it" in reply.text


async def test_with_export_notes_full_the_member_gets_the_notes_and_the_note_taker_knows(
    tmp_path: Path,
) -> None:
    toolkit = await _toolkit(tmp_path, '\n[privacy]\nexport_notes = "full"\n')
    try:
        [reply] = only(await toolkit.command("note", {"user": "u1", "text": NOTE}), Reply)
        data = await export(toolkit)
    finally:
        await toolkit.engine.close()
    assert "if they ask for a copy of their data" in reply.text
    [note] = data["notes"]
    assert (note["text"], note["author_id"]) == (NOTE, MODERATOR)
    assert "notes" not in data["withheld"]


async def test_the_reporter_gets_their_report_but_not_the_reported_message(reported) -> None:
    data = await export(reported, user=KASIA)
    [report] = data["reports"]
    assert report["reason"] == "he insults me", "the reporter's own words are theirs"
    assert (report["target_id"], report["excerpt"]) == (MEMBER, None)
    assert data["withheld"]["report_excerpts"] == 1
    assert "u1" not in json.dumps(data) and RUDE not in json.dumps(data)


async def test_the_report_promise_to_the_reporter_holds(tmp_path: Path) -> None:
    """/report says only the moderators can see the report: the reported member can't."""
    toolkit = await _toolkit(tmp_path)
    try:
        await toolkit.message(RUDE, user=OLA, message_id="100")
        args = {"user": "u1", "reason": "he insults me", "message": "100"}
        actions = await toolkit.command("report", args, user=KASIA)
        data = await export(toolkit)
    finally:
        await toolkit.engine.close()
    assert "Only they can see it" in "\n".join(reply.text for reply in only(actions, Reply))
    assert "he insults me" not in json.dumps(data) and "u2" not in json.dumps(data)


async def test_a_moderators_copy_redacts_the_members_they_acted_on(store: Store) -> None:
    await populate(store)
    copy = member_copy(await store.export_member("c1", "m1"), "m1")
    text = json.dumps(copy)
    assert "u1" not in text and "u2" not in text
    assert {case["user_id"] for case in copy["cases"]} == {MEMBER}
    assert SECRET_TEXTS[2] not in text, "the member's appeal is theirs, not the moderator's"
    assert copy["withheld"]["appeal_texts"] == 1


async def test_thanks_keep_the_count_but_not_who_gave_them(store: Store) -> None:
    await populate(store)
    copy = member_copy(await store.export_member("c1", "u1"), "u1")
    pairs = {(row["giver_id"], row["receiver_id"]) for row in copy["kudos"]}
    assert pairs == {("u1", MEMBER), (MEMBER, "u1")}


async def test_the_copy_keeps_every_row_about_the_member(store: Store) -> None:
    await populate(store)
    raw = await store.export_member("c1", "u1")
    copy = member_copy(raw, "u1", "full")
    for table, rows in raw.items():
        if isinstance(rows, list):
            assert len(copy[table]) == len(rows), table
