"""Privacy: export every row about a member, erase a member completely, purge old rows."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import Session

from bot.storage import ChannelCount, LeaderboardEntry, RuleCount, Store
from bot.storage import tables as t
from bot.storage._privacy import MEMBER_COLUMNS

from .conftest import NOW, all_rows

NAME = "Ola Nordmann"
SECRET_TEXTS = ["keeps swearing", "you absolute ***", "sorry, it was a joke", "he insulted me"]
COLUMNS_BY_TABLE = {model.__tablename__: cols for model, cols in MEMBER_COLUMNS.items()}  # type: ignore[attr-defined]
JSON_TABLES = {"cog_state"}
"""Tables that name members inside JSON, by the "members" convention of `_state`."""


def board_games() -> dict[str, Any]:
    """A saved calendar with both members going; u1 by name, so erasure can be checked."""
    members = {
        "u1": {"rsvp": "going", "name": NAME, "locale": "nb"},
        "u2": {"rsvp": "maybe", "name": "Kasia", "locale": "pl"},
    }
    event = {"id": 1, "title": "Board games", "start": "2026-11-06T19:00:00+01:00"}
    return {"next_id": 2, "events": [{**event, "members": members}]}


async def populate(store: Store) -> None:
    """Rows about u1 in every table, plus rows about other members that must survive."""
    await store.ensure_community("c1", "Example")
    await store.upsert_member("c1", "u1", NAME, "nb", NOW)
    await store.upsert_member("c1", "u2", "Kasia", "pl", NOW)
    await store.record_member_event("c1", "u1", "join", NOW)
    await store.record_member_event("c1", "u2", "join", NOW)
    await store.add_incident(
        "c1", "u1", NOW, "profanity", points=2, excerpt=SECRET_TEXTS[1], message_id="msg-1"
    )
    await store.add_incident("c1", "u2", NOW, "spam", points=1)
    case = await store.create_case("c1", "u1", "m1", "timeout", "swearing at u2", NOW, 600)
    await store.appeal_case("c1", case.number, SECRET_TEXTS[2], NOW)
    await store.create_case("c1", "u2", "m1", "warn", "spam", NOW)
    await store.add_note("c1", "u1", "m1", SECRET_TEXTS[0], NOW)
    await store.add_note("c1", "u2", "m1", "new here", NOW)
    await store.add_temp_action("c1", "u1", "timeout", NOW + timedelta(minutes=10), case.number)
    await store.record_activity("c1", "u1", "general", NOW)
    await store.record_activity("c1", "u2", "general", NOW)
    await store.add_kudos("c1", "u1", "u2", NOW, "general")
    await store.add_kudos("c1", "u2", "u1", NOW, "general")
    await store.award_badge("c1", "u1", "helper", NOW)
    await store.award_badge("c1", "u2", "helper", NOW)
    await store.add_report("c1", "u2", "u1", "insults", NOW, "msg-1", SECRET_TEXTS[1])
    await store.add_report("c1", "u1", "u2", SECRET_TEXTS[3], NOW, "msg-2", "idiot")
    await store.add_audit("c1", "m1", "lockdown", NOW, detail="raid")
    await store.save_state("c1", "gatherings", board_games(), NOW)
    # The same member id in another community is someone else's business.
    await store.upsert_member("c2", "u1", "Other Ola")
    await store.add_note("c2", "u1", "m9", "unrelated", NOW)


def names(row: dict[str, Any], table: str, user_id: str) -> bool:
    return row.get("community_id") == "c1" and any(
        row.get(column) == user_id for column in COLUMNS_BY_TABLE[table]
    )


async def test_export_contains_every_row_about_the_member_and_nothing_else(store: Store) -> None:
    await populate(store)
    exported = await store.export_member("c1", "u1")
    everything = await all_rows(store)
    anonymous = {"communities", "alembic_version", "channel_activity", "mood"}
    member_tables = set(everything) - anonymous - JSON_TABLES
    assert member_tables == set(COLUMNS_BY_TABLE)
    for table in member_tables:
        expected = [row for row in everything[table] if names(row, table, "u1")]
        assert len(exported[table]) == len(expected), table
        assert expected, f"populate() left {table} without a row about u1"
        assert all(names(row, table, "u1") for row in exported[table]), table


async def test_export_lists_the_members_entries_in_saved_cog_state(store: Store) -> None:
    await populate(store)
    [saved] = (await store.export_member("c1", "u1"))["cog_state"]
    assert saved["key"] == "gatherings"
    assert saved["entries"] == [
        {
            "id": 1,
            "title": "Board games",
            "start": "2026-11-06T19:00:00+01:00",
            "members": {"u1": {"rsvp": "going", "name": NAME, "locale": "nb"}},
        }
    ]


async def test_export_of_a_member_without_cog_state_lists_none(store: Store) -> None:
    await populate(store)
    assert (await store.export_member("c1", "m1"))["cog_state"] == []


async def test_export_is_json_serialisable(store: Store) -> None:
    await populate(store)
    exported = await store.export_member("c1", "u1")
    decoded = json.loads(json.dumps(exported))
    assert decoded["members"][0]["display_name"] == NAME
    assert decoded["member_activity"][0]["day"] == "2026-11-01"
    assert decoded["cases"][0]["at"] == "2026-11-01T12:00:00+00:00"


async def test_erase_leaves_nothing_identifying_in_any_table(store: Store) -> None:
    await populate(store)
    sentinel = await store.erase_member("c1", "u1")
    assert sentinel.startswith("erased:")
    for table, rows in (await all_rows(store)).items():
        for row in rows:
            if row.get("community_id") != "c1":
                continue
            values = [str(v) for v in row.values() if v is not None]
            assert "u1" not in values, (table, row)
            for secret in [NAME, "msg-1", *SECRET_TEXTS]:
                assert not any(secret in value for value in values), (table, row)


async def test_erase_keeps_counts_under_a_sentinel(store: Store) -> None:
    await populate(store)
    sentinel = await store.erase_member("c1", "u1")
    since = NOW - timedelta(days=1)
    assert await store.activity_per_channel("c1", since) == [ChannelCount("general", 2)]
    assert await store.incidents_per_rule("c1", since) == [
        RuleCount("profanity", 1),
        RuleCount("spam", 1),
    ]
    assert (await store.member_events_per_day("c1", since))[0].joins == 2
    assert await store.kudos_count("c1", "u2") == 1
    [case] = await store.cases_for("c1", sentinel)
    assert (case.number, case.action, case.reason, case.appeal_text) == (1, "timeout", "", None)


async def test_erase_deletes_notes_badges_and_pending_temp_actions(store: Store) -> None:
    await populate(store)
    sentinel = await store.erase_member("c1", "u1")
    assert await store.notes_for("c1", sentinel) == []
    assert await store.badges_for("c1", sentinel) == []
    assert await store.active_temp_actions("c1", sentinel, NOW) == []
    member = await store.get_member("c1", sentinel)
    assert member is not None and member.erased and member.display_name is None


async def test_erase_leaves_other_members_and_communities_alone(store: Store) -> None:
    await populate(store)
    before = await store.export_member("c1", "u2")
    await store.erase_member("c1", "u1")
    after = await store.export_member("c1", "u2")
    assert [n["text"] for n in after["notes"]] == [n["text"] for n in before["notes"]]
    assert after["badges"] == before["badges"]
    assert [n.text for n in await store.notes_for("c2", "u1")] == ["unrelated"]
    # u2 keeps the kudos the erased member gave; the erased member is off the leaderboard.
    assert await store.leaderboard("c1") == [LeaderboardEntry("u2", "Kasia", 1)]
    assert (await store.get_member("c2", "u1")) is not None


async def test_erase_removes_the_member_from_saved_cog_state_only(store: Store) -> None:
    await populate(store)
    await store.erase_member("c1", "u1")
    [event] = (await store.load_state("c1", "gatherings") or {})["events"]
    assert event["members"] == {"u2": {"rsvp": "maybe", "name": "Kasia", "locale": "pl"}}
    assert event["title"] == "Board games"


async def test_erase_deletes_unreadable_cog_state_that_mentions_the_member(
    store: Store,
) -> None:
    await store.save_state("c1", "polls", {"members": {"u1": {"vote": 0}}}, NOW)
    await store.save_state("c1", "other", {"members": {"u2": {}}}, NOW)

    def corrupt() -> None:
        with Session(store._engine) as session:
            for key in ("polls", "other"):
                row = session.get(t.CogState, ("c1", key))
                assert row is not None
                row.value = row.value[:-1]
                session.add(row)
            session.commit()

    await store._in_thread(corrupt)
    await store.erase_member("c1", "u1")
    keys = [row["key"] for row in (await all_rows(store))["cog_state"]]
    assert keys == ["other"]


async def test_saved_cog_state_counts_as_a_community_of_the_member(store: Store) -> None:
    await store.save_state("c3", "polls", {"members": {"u7": {"vote": 1}}}, NOW)
    await store.save_state("c4", "polls", {"members": {"u77": {"vote": 1}}}, NOW)
    assert await store.member_communities("u7") == ["c3"]


async def test_erasing_a_moderator_anonymizes_their_actions(store: Store) -> None:
    await populate(store)
    sentinel = await store.erase_member("c1", "m1")
    notes = await store.notes_for("c1", "u2")
    assert [(n.author_id, n.text) for n in notes] == [(sentinel, "new here")]
    assert all(c.moderator_id == sentinel for c in await store.cases_for("c1", "u2"))


async def test_each_erased_member_gets_their_own_sentinel(store: Store) -> None:
    await populate(store)
    first = await store.erase_member("c1", "u1")
    second = await store.erase_member("c1", "u2")
    assert first != second
    assert (await store.get_member("c1", second)) is not None


async def test_purge_deletes_only_rows_older_than_the_cutoff(store: Store) -> None:
    old, new = NOW - timedelta(days=400), NOW
    for at in (old, new):
        await store.add_incident("c1", "u1", at, "spam", points=1)
        await store.add_incident("c2", "u1", at, "spam", points=1)
        await store.record_activity("c1", "u1", "general", at)
        store.count_mood("c1", at.date(), "nb", 1)
    cutoff = NOW - timedelta(days=365)
    assert await store.purge_older_than("c1", "incidents", cutoff) == 1
    assert [i.at for i in await store.incidents("c1")] == [new]
    assert len(await store.incidents("c2")) == 2
    assert await store.purge_older_than(None, "incidents", cutoff) == 1
    assert await store.purge_older_than(None, "activity", cutoff) == 3  # channel, member, mood
    assert await store.activity_per_channel("c1", old) == [ChannelCount("general", 1)]
    assert await store.active_members("c1", old) == 1
    assert [point.day for point in await store.mood_per_day("c1", old.date())] == [new.date()]


async def test_purge_keeps_open_reports_and_active_temp_actions(store: Store) -> None:
    old = NOW - timedelta(days=400)
    open_report = await store.add_report("c1", "u1", "u2", "spam", old)
    done = await store.add_report("c1", "u1", "u3", "spam", old)
    await store.set_report_status("c1", done.id, "resolved", "m1")
    active = await store.add_temp_action("c1", "u1", "ban", NOW + timedelta(days=1))
    lifted = await store.add_temp_action("c1", "u2", "ban", old)
    await store.lift_temp_action(lifted.id, old)
    assert await store.purge_older_than("c1", "reports", NOW) == 1
    assert [r.id for r in await store.open_reports("c1")] == [open_report.id]
    assert await store.purge_older_than("c1", "temp_actions", NOW) == 1
    assert await store.active_temp_actions("c1", "u1", NOW) == [active]


async def test_purge_refuses_unknown_kinds(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown purge kind"):
        await store.purge_older_than(None, "members", NOW)  # type: ignore[arg-type]
