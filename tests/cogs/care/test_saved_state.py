"""Events and polls outlive a restart: the cogs save their state in the store after each
change and read it back the first time a community needs it. What they keep about members
goes with an erasure and is named in the privacy notice."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from cogs.privacy import Privacy

from .conftest import COMMUNITY, ERIK, KASIA, MIA, OLA, SAM, T0, Care, MakeCare, later, of_kind

START = T0 + timedelta(days=4, hours=6)  # Friday 6 November, 19:00 in Stockholm


async def announce(care: Care) -> None:
    await care.command("event", MIA, title="Board games", when="2026-11-06 19:00")


async def start_poll(care: Care) -> None:
    await care.command("poll", SAM, question="Dinner?", options="Pizza; Tacos", duration="1h")


async def test_an_event_from_before_a_restart_still_gets_its_reminder_to_those_going(
    care: Care,
) -> None:
    await announce(care)
    await care.press("event:1:going", ERIK)
    care.restart()
    actions = await care.tick(START - timedelta(minutes=59))
    assert of_kind(actions, "send")[0].text.startswith("⏰ Reminder: Board games starts")
    assert [dm.user for dm in of_kind(actions, "dm")] == [ERIK.id]


async def test_rsvps_from_before_a_restart_are_kept_and_buttons_still_work(care: Care) -> None:
    await announce(care)
    await care.press("event:1:going", ERIK)
    care.restart()
    (reply,) = of_kind(await care.press("event:1:going", KASIA), "reply")
    assert reply.text == "Do zobaczenia na wydarzeniu „Board games”! Wybierają się 2 osoby."


async def test_a_reminder_sent_before_a_restart_is_not_sent_again(care: Care) -> None:
    await announce(care)
    await care.tick(START - timedelta(hours=23))
    care.restart()
    assert of_kind(await care.tick(START - timedelta(hours=22)), "send") == []


async def test_the_host_can_still_cancel_after_a_restart(care: Care) -> None:
    await announce(care)
    care.restart()
    await care.command("cancelevent", MIA, id="1")
    care.restart()
    (reply,) = of_kind(await care.command("events", SAM), "reply")
    assert reply.text == "No events are planned right now."


async def test_a_finished_event_is_dropped_from_the_saved_state(care: Care) -> None:
    await announce(care)
    await care.tick(START + timedelta(hours=3))
    assert (await care.store.load_state(COMMUNITY, "gatherings"))["events"] == []


async def test_numbering_continues_after_a_restart(care: Care) -> None:
    await announce(care)
    care.restart()
    await care.command("event", MIA, title="Quiz", when="2026-11-07 19:00")
    (reply,) = of_kind(await care.command("events", SAM), "reply")
    assert "#2 Quiz" in reply.text


async def test_a_vote_after_a_restart_counts_and_the_poll_still_closes_with_results(
    care: Care,
) -> None:
    await start_poll(care)
    await care.press("poll:1:1", OLA)
    care.restart()
    await care.press("poll:1:1", KASIA)
    care.restart()
    (results,) = of_kind(await care.tick(later(minutes=61)), "send")
    assert results.text.splitlines()[0] == "📊 Results: Dinner? (2 votes)"
    assert "Tacos — 2 (100%)" in results.text


async def test_the_author_can_still_end_a_poll_after_a_restart(care: Care) -> None:
    await start_poll(care)
    care.restart()
    assert len(of_kind(await care.command("endpoll", SAM, id="1"), "send")) == 1


async def test_a_closed_poll_is_dropped_from_the_saved_state(care: Care) -> None:
    await start_poll(care)
    await care.tick(later(minutes=61))
    assert (await care.store.load_state(COMMUNITY, "polls"))["polls"] == []


async def test_an_unreadable_saved_calendar_is_logged_and_the_cog_starts_empty(
    care: Care, caplog: pytest.LogCaptureFixture
) -> None:
    await care.store.save_state(COMMUNITY, "gatherings", {"next_id": 1, "events": 7}, T0)
    with caplog.at_level(logging.ERROR, logger="bot.saved_state"):
        (reply,) = of_kind(await care.command("events", SAM), "reply")
    assert reply.text == "No events are planned right now."
    assert "unreadable" in caplog.text


async def test_an_unreadable_saved_poll_book_does_not_stop_new_polls(care: Care) -> None:
    await care.store.save_state(COMMUNITY, "polls", {"polls": []}, T0)
    await start_poll(care)
    assert len(of_kind(await care.press("poll:1:0", OLA), "reply")) == 1


async def erase(care: Care, member=OLA) -> None:  # type: ignore[no-untyped-def]
    await care.command("privacy", member, action="erase")
    await care.press(f"privacy:erase:{member.id}", member)


async def test_erasing_a_member_removes_their_rsvp(make_care: MakeCare) -> None:
    care = await make_care(more_cogs=[Privacy])
    await announce(care)
    await care.press("event:1:going", OLA)
    await care.press("event:1:going", ERIK)
    await erase(care)
    await care.press("event:1:going", KASIA)  # saves the calendar again, without Ola
    saved = await care.store.load_state(COMMUNITY, "gatherings")
    assert set(saved["events"][0]["members"]) == {ERIK.id, KASIA.id, MIA.id}
    actions = await care.tick(START - timedelta(minutes=59))
    assert [dm.user for dm in of_kind(actions, "dm")] == [ERIK.id, KASIA.id]


async def test_erasing_a_member_removes_their_poll_vote(make_care: MakeCare) -> None:
    care = await make_care(more_cogs=[Privacy])
    await start_poll(care)
    await care.press("poll:1:0", OLA)
    await care.press("poll:1:1", KASIA)
    await erase(care)
    (results,) = of_kind(await care.command("endpoll", SAM, id="1"), "send")
    assert results.text.splitlines()[0] == "📊 Results: Dinner? (1 vote)"
    assert "Pizza — 0 (0%)" in results.text


async def test_the_privacy_notice_says_what_events_and_polls_keep(make_care: MakeCare) -> None:
    care = await make_care(more_cogs=[Privacy])
    (reply,) = of_kind(await care.command("privacy", SAM), "reply")
    assert "kept until the event is over" in reply.text
    assert "kept until the poll closes" in reply.text
