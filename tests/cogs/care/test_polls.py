"""Polls with buttons and anonymous feedback to the moderators."""

from __future__ import annotations

from datetime import timedelta

from .conftest import KASIA, MIA, OLA, SAM, T0, Care, MakeCare, later, of_kind


async def start(care: Care, options: str = "Pizza; Tacos; Sushi", **extra: str):  # type: ignore[no-untyped-def]
    return await care.command("poll", SAM, question="Dinner?", options=options, **extra)


async def test_a_poll_is_a_message_with_one_button_per_option(care: Care) -> None:
    (send,) = of_kind(await start(care), "send")
    assert send.text.startswith("📊 Poll #1: Dinner?\n1. Pizza\n2. Tacos\n3. Sushi")
    assert [label for _, label in send.buttons] == ["Pizza", "Tacos", "Sushi"]


async def test_a_poll_with_one_option_is_refused_and_nothing_is_posted(care: Care) -> None:
    actions = await start(care, options="Pizza")
    assert of_kind(actions, "send") == []
    assert "at least two options" in of_kind(actions, "reply")[0].text


async def test_a_poll_with_the_same_option_twice_is_refused(care: Care) -> None:
    actions = await start(care, options="Pizza | pizza")
    assert of_kind(actions, "send") == []


async def test_a_member_has_one_vote_and_can_move_or_take_it_back(care: Care) -> None:
    await start(care)
    await care.press("poll:1:0", OLA)
    await care.press("poll:1:1", OLA)
    (reply,) = of_kind(await care.press("poll:1:1", KASIA), "reply")
    assert reply.text == (
        "Twój głos na „Tacos” został policzony. "
        "Naciśnij tę samą opcję jeszcze raz, żeby go wycofać."
    )
    await care.press("poll:1:1", KASIA)
    (results,) = of_kind(await care.command("endpoll", SAM, id="1"), "send")
    assert "Tacos — 1 (100%)" in results.text and "Pizza — 0 (0%)" in results.text


async def test_a_poll_closes_by_itself_with_a_results_summary(care: Care) -> None:
    await start(care, duration="1h")
    await care.press("poll:1:2", OLA)
    await care.press("poll:1:2", KASIA)
    await care.press("poll:1:0", MIA)
    assert of_kind(await care.tick(later(minutes=30)), "send") == []
    (results,) = of_kind(await care.tick(later(minutes=61)), "send")
    lines = results.text.splitlines()
    assert lines[0] == "📊 Results: Dinner? (3 votes)"
    assert lines[3] == "███████░░░ Sushi — 2 (67%) 🏆"


async def test_only_the_author_or_a_moderator_can_end_a_poll(care: Care) -> None:
    await start(care)
    assert of_kind(await care.command("endpoll", OLA, id="1"), "send") == []
    assert len(of_kind(await care.command("endpoll", MIA, id="1"), "send")) == 1


async def test_a_poll_longer_than_allowed_is_refused(make_care: MakeCare) -> None:
    care = await make_care('[polls]\nmax_duration = "2d"\n')
    assert of_kind(await start(care, duration="3d"), "send") == []


async def test_feedback_reaches_the_moderators_without_a_name(care: Care) -> None:
    actions = await care.command("feedback", OLA, text="The music channel feels unwelcoming")
    (report,) = of_kind(actions, "report")
    assert report.channel == "mod-log" and report.user is None
    assert "Ola" not in report.text and "u1" not in report.text
    assert of_kind(actions, "reply")[0].ephemeral


async def test_feedback_has_a_cooldown(care: Care) -> None:
    await care.command("feedback", OLA, text="one")
    again = await care.command("feedback", OLA, text="two", at=T0 + timedelta(minutes=2))
    assert of_kind(again, "report") == []
    later_on = await care.command("feedback", OLA, text="three", at=T0 + timedelta(minutes=11))
    assert len(of_kind(later_on, "report")) == 1
