"""Introductions: a new member who says hello is thanked once and pointed to channels."""

from __future__ import annotations

from datetime import timedelta

from .conftest import ERIK, KASIA, OLA, SAM, T0, Care, MakeCare, later, of_kind

INTERESTS = """
[[introductions.channels]]
channel = "gaming"
keywords = ["games", "spel", "gry", "gram"]
[[introductions.channels]]
channel = "music"
keywords = ["music", "gitarr", "muzyka", "gitara"]
[[introductions.channels]]
channel = "outdoors"
keywords = ["hiking", "fjellet", "góry"]
"""


async def test_a_new_member_introducing_themselves_is_thanked(care: Care) -> None:
    await care.join(SAM)
    (reply,) = of_kind(
        await care.message("Hi all, I'm Sam!", SAM, channel="introductions"), "reply"
    )
    assert reply.text.startswith("Thanks for introducing yourself, Sam!")
    assert reply.message_id is not None


async def test_channels_matching_the_interests_mentioned_are_suggested(
    make_care: MakeCare,
) -> None:
    care = await make_care(INTERESTS)
    text = "Cześć! Lubię góry, a wieczorami gram na gitara i w gry."
    (reply,) = of_kind(await care.message(text, KASIA, channel="introductions"), "reply")
    assert reply.text.startswith("Dzięki, że się przedstawiasz, Kasia!")
    assert reply.text.endswith("#gaming, #music, #outdoors.")


async def test_the_channel_with_most_matching_keywords_comes_first(make_care: MakeCare) -> None:
    care = await make_care(INTERESTS)
    text = "Hej! Jag spelar gitarr och lyssnar på music, ibland spel."
    (reply,) = of_kind(await care.message(text, ERIK, channel="introductions"), "reply")
    assert reply.text.endswith("#music, #gaming.")


async def test_keywords_match_whole_words_only(make_care: MakeCare) -> None:
    care = await make_care(INTERESTS)
    (reply,) = of_kind(
        await care.message("I write programs and love gamestop", SAM, channel="introductions"),
        "reply",
    )
    assert "#" not in reply.text


async def test_a_member_is_thanked_for_their_introduction_only_once(care: Care) -> None:
    await care.message("Hei, jeg er Ola", OLA, channel="introductions")
    second = await care.message(
        "Og jeg liker fjellet", OLA, channel="introductions", at=later(minutes=1)
    )
    assert of_kind(second, "reply") == []


async def test_a_long_standing_member_is_not_thanked(care: Care) -> None:
    await care.join(OLA, at=T0 - timedelta(days=60))
    assert of_kind(await care.message("Hei alle!", OLA, channel="introductions"), "reply") == []


async def test_messages_outside_the_introductions_channel_are_left_alone(care: Care) -> None:
    await care.join(SAM)
    assert of_kind(await care.message("Hi, I'm Sam", SAM, channel="general"), "reply") == []


async def test_introduction_replies_can_be_turned_off(make_care: MakeCare) -> None:
    care = await make_care("[introductions]\nenabled = false\n")
    assert of_kind(await care.message("Hi, I'm Sam", SAM, channel="introductions"), "reply") == []
