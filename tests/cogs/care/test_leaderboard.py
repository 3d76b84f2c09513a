"""The leaderboard: most thanked first, per week, month or all time, respecting opt-outs."""

from __future__ import annotations

from datetime import timedelta

from .conftest import COMMUNITY, ERIK, KASIA, OLA, SAM, T0, Care, of_kind


async def thank(care: Care, giver, receiver, at=T0) -> None:  # type: ignore[no-untyped-def]
    await care.store.add_kudos(COMMUNITY, giver.id, receiver.id, at)


async def board(care: Care, period: str | None = None) -> str:
    args = {"period": period} if period else {}
    (reply,) = of_kind(await care.command("leaderboard", SAM, **args), "reply")
    return reply.text


async def test_the_most_thanked_members_come_first(care: Care) -> None:
    await care.meet(OLA, KASIA, ERIK, SAM)
    for giver in (SAM, ERIK):
        await thank(care, giver, KASIA)
    await thank(care, SAM, OLA)
    lines = (await board(care)).splitlines()
    assert lines[:3] == [
        "🏆 Most thanked — All time:",
        "1. Kasia — thanked 2 times",
        "2. Ola — thanked 1 time",
    ]


async def test_the_weekly_board_leaves_out_thanks_from_before_monday(care: Care) -> None:
    await care.meet(OLA, KASIA, SAM)
    await thank(care, SAM, KASIA, at=T0 - timedelta(days=3))  # last week
    await thank(care, SAM, OLA, at=T0 - timedelta(hours=1))
    text = await board(care, "week")
    assert "Ola" in text and "Kasia" not in text


async def test_members_who_hide_themselves_are_left_out(care: Care) -> None:
    await care.meet(OLA, KASIA, SAM)
    await thank(care, SAM, KASIA)
    await thank(care, SAM, OLA)
    (reply,) = of_kind(await care.command("recognition", KASIA, leaderboard="hide"), "reply")
    assert reply.ephemeral and reply.text.startswith("Ranking już cię nie pokazuje.")
    assert "Kasia" not in await board(care)
    await care.command("recognition", KASIA, leaderboard="show")
    assert "Kasia" in await board(care)


async def test_an_empty_board_invites_the_first_thanks(care: Care) -> None:
    assert await board(care, "month") == (
        "This month: nobody has been thanked yet. Be the first with /thanks!"
    )


async def test_an_unknown_period_is_refused(care: Care) -> None:
    assert "isn't one of the choices" in await board(care, "year")
