"""Activity: every message that survives moderation is counted; text is never stored."""

from __future__ import annotations

from datetime import timedelta

import pytest

import cogs.activity as activity_module
from bot.storage import ChannelCount

from .conftest import BOT, COMMUNITY, ERIK, KASIA, OLA, SAM, T0, Care, MakeCare

SINCE = T0 - timedelta(days=1)


async def channels(care: Care) -> list[ChannelCount]:
    return await care.store.activity_per_channel(COMMUNITY, SINCE)


async def test_messages_are_counted_per_channel(care: Care) -> None:
    for channel in ("general", "general", "music"):
        await care.message("hi", SAM, channel=channel)
    assert await channels(care) == [ChannelCount("general", 2), ChannelCount("music", 1)]


async def test_a_message_moderation_stopped_is_not_counted(care: Care) -> None:
    await care.message("this is FLAGGED", SAM)
    assert await channels(care) == []


async def test_bot_messages_are_not_counted(care: Care) -> None:
    await care.message("beep", BOT)
    assert await channels(care) == []


async def test_a_member_first_seen_writing_is_remembered_by_name(care: Care) -> None:
    await care.message("hej", ERIK)
    member = await care.store.get_member(COMMUNITY, ERIK.id)
    assert member is not None and member.display_name == "Erik"


async def test_the_mood_of_messages_is_tallied_per_language_and_day(care: Care) -> None:
    await care.message("Det här är toppen, tack!", ERIK)
    await care.message("To jest beznadziejne, nie działa", KASIA)
    await care.message("Just a plain update", SAM)
    stored = await care.store.mood_per_day(COMMUNITY, SINCE.date())
    assert {(p.language, p.positive, p.negative) for p in stored} == {("sv", 1, 0), ("pl", 0, 1)}


async def test_turning_sentiment_off_tallies_no_mood(make_care: MakeCare) -> None:
    care = await make_care("[stats]\nsentiment = false\n")
    await care.message("Det här är toppen, tack!", ERIK)
    assert await care.store.mood_per_day(COMMUNITY, SINCE.date()) == []
    assert await channels(care) == [ChannelCount("general", 1)]


async def test_turning_stats_off_records_nothing(make_care: MakeCare) -> None:
    care = await make_care("[stats]\nenabled = false\n")
    await care.message("hi", OLA)
    assert await channels(care) == []


async def test_messages_are_counted_with_the_next_batch_not_while_handled(
    care: Care,
) -> None:
    activity = care.engine.cog("activity")
    await care.message("Det här är toppen, tack!", ERIK)
    assert activity.waiting == 1 and care.store.pending_activity == 0
    await care.store.flush()
    assert activity.waiting == 0
    [point] = await care.store.mood_per_day(COMMUNITY, SINCE.date())
    assert (point.language, point.positive) == ("sv", 1)


async def test_unloading_the_cog_scores_what_waits(care: Care) -> None:
    activity = care.engine.cog("activity")
    await care.message("Dette var kjedelig", OLA)
    await activity.cog_unload()
    assert activity.waiting == 0
    [point] = await care.store.mood_per_day(COMMUNITY, SINCE.date())
    assert (point.language, point.negative) == ("nb", 1)


async def test_a_message_keeps_its_local_day_for_the_mood_trend(care: Care) -> None:
    """23:30 UTC on Monday is already Tuesday in Stockholm."""
    late = T0.replace(hour=23, minute=30)
    await care.message("Great stream, loved it", SAM, at=late)
    [point] = await care.store.mood_per_day(COMMUNITY, SINCE.date())
    assert point.day == (late + timedelta(days=1)).date()


async def test_a_text_that_breaks_scoring_costs_only_its_own_mood(
    care: Care, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_score = activity_module.score

    def fragile(text: str, *args: object) -> object:
        if "boom" in text:
            raise RuntimeError("scoring bug")
        return real_score(text, *args)

    monkeypatch.setattr(activity_module, "score", fragile)
    await care.message("boom, great", SAM)
    await care.message("Det här är toppen, tack!", ERIK)
    stored = await care.store.mood_per_day(COMMUNITY, SINCE.date())
    assert [(p.language, p.positive) for p in stored] == [("sv", 1)]
    assert await channels(care) == [ChannelCount("general", 2)]


async def test_a_naive_message_time_is_refused_before_it_reaches_the_queue(care: Care) -> None:
    activity = care.engine.cog("activity")
    await care.message("hello", SAM, at=T0.replace(tzinfo=None))
    assert activity.waiting == 0
    await care.message("hello again", SAM)
    assert await channels(care) == [ChannelCount("general", 1)]
