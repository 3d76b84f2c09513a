"""Events across time zones: announcement, RSVP buttons, reminders, cancelling."""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.replay import DryRunAdapter
from cogs.gatherings import DISCORD_MAX_TIMEOUT_S

from .conftest import COMMUNITY, ERIK, KASIA, MIA, OLA, SAM, T0, Care, MakeCare, later, of_kind

# T0 is Monday 2 November 2026, 13:00 in Stockholm.
FRIDAY_EVENING = "2026-11-06 19:00"
START = T0 + timedelta(days=4, hours=6)


async def announce(care: Care, when: str = FRIDAY_EVENING, **extra: str):  # type: ignore[no-untyped-def]
    return await care.command("event", MIA, title="Board games", when=when, **extra)


def announcement(actions):  # type: ignore[no-untyped-def]
    (send,) = [action for action in of_kind(actions, "send") if action.buttons]
    return send


async def test_an_event_is_announced_in_local_times_with_rsvp_buttons(care: Care) -> None:
    send = announcement(await announce(care))
    assert "📅 Board games" in send.text
    assert "19:00 (Europe/Stockholm)" in send.text and "18:00 (UTC)" in send.text
    assert [custom_id for custom_id, _ in send.buttons] == [
        "event:1:going",
        "event:1:maybe",
        "event:1:no",
    ]


class DiscordLike(DryRunAdapter):
    platform = "discord-test"
    max_timeout_s = DISCORD_MAX_TIMEOUT_S


async def test_on_discord_the_time_is_timestamp_markup(make_care: MakeCare) -> None:
    care = await make_care(adapter=DiscordLike())
    send = announcement(await announce(care))
    stamp = int(START.timestamp())
    assert f"<t:{stamp}:F>" in send.text and "(UTC)" not in send.text


async def test_an_event_in_the_past_is_refused_and_nothing_is_announced(care: Care) -> None:
    actions = await announce(care, when="2026-11-01 19:00")
    assert of_kind(actions, "send") == []
    assert "already in the past" in of_kind(actions, "reply")[0].text


async def test_an_unreadable_time_is_refused_with_an_example(care: Care) -> None:
    actions = await announce(care, when="next friday-ish")
    assert of_kind(actions, "send") == []
    assert "2026-11-20 19:00" in of_kind(actions, "reply")[0].text


async def test_european_date_order_is_understood(care: Care) -> None:
    send = announcement(await announce(care, when="06.11.2026 19:00"))
    assert "19:00 (Europe/Stockholm)" in send.text


async def test_announcing_an_event_earns_the_host_badge(care: Care) -> None:
    actions = await announce(care)
    badges = await care.store.badges_for(COMMUNITY, MIA.id)
    assert [badge.badge for badge in badges] == ["event-host"]
    assert "🏅 Mia earned a badge: 📅 Event host" in [
        send.text for send in of_kind(actions, "send")
    ]


async def test_rsvp_buttons_answer_the_member_in_their_language(care: Care) -> None:
    await announce(care)
    await care.press("event:1:going", SAM)
    (reply,) = of_kind(await care.press("event:1:going", KASIA), "reply")
    assert (
        reply.ephemeral
        and reply.text == "Do zobaczenia na wydarzeniu „Board games”! Wybierają się 2 osoby."
    )


async def test_reminders_go_to_the_channel_and_to_those_going_by_dm(care: Care) -> None:
    await announce(care)
    await care.press("event:1:going", ERIK)
    await care.press("event:1:maybe", OLA)
    actions = await care.tick(START - timedelta(minutes=59))
    (send,) = of_kind(actions, "send")
    (dm,) = of_kind(actions, "dm")
    assert send.text.startswith("⏰ Reminder: Board games starts")
    assert dm.user == ERIK.id and dm.text.startswith("⏰ Board games börjar")


async def test_each_reminder_is_sent_once(care: Care) -> None:
    await announce(care)
    first = await care.tick(START - timedelta(hours=23))
    again = await care.tick(START - timedelta(hours=22))
    assert len(of_kind(first, "send")) == 1 and of_kind(again, "send") == []


async def test_the_host_can_cancel_and_those_going_are_told(care: Care) -> None:
    await announce(care)
    await care.press("event:1:going", SAM)
    actions = await care.command("cancelevent", MIA, id="1")
    assert of_kind(actions, "send")[0].text == "❌ “Board games” has been cancelled by Mia."
    assert [dm.user for dm in of_kind(actions, "dm")] == [SAM.id]
    assert of_kind(await care.press("event:1:going", SAM), "reply")[0].text.startswith(
        "That event is over"
    )


async def test_a_member_cannot_cancel_someone_elses_event(care: Care) -> None:
    await announce(care)
    actions = await care.command("cancelevent", SAM, id="1")
    assert of_kind(actions, "send") == []
    assert "Only the host" in of_kind(actions, "reply")[0].text


async def test_upcoming_events_are_listed(care: Care) -> None:
    await announce(care)
    (reply,) = of_kind(await care.command("events", SAM), "reply")
    assert reply.text.startswith("1 upcoming event:\n#1 Board games")


async def test_a_finished_event_is_forgotten(care: Care) -> None:
    await announce(care)
    await care.tick(START + timedelta(hours=3))
    (reply,) = of_kind(await care.command("events", SAM, at=later(days=5)), "reply")
    assert reply.text == "No events are planned right now."
