"""Thanks and kudos: by command or by a reply that says thanks, with fair limits."""

from __future__ import annotations

from .conftest import COMMUNITY, ERIK, KASIA, OLA, SAM, Care, MakeCare, later, of_kind


async def kudos(care: Care, member_id: str) -> int:
    return await care.store.kudos_count(COMMUNITY, member_id)


async def test_thanks_command_records_kudos_and_tells_the_total(care: Care) -> None:
    await care.meet(OLA, SAM)
    (reply,) = of_kind(await care.command("thanks", SAM, user=OLA.id), "reply")
    assert reply.text == "Sam thanked Ola! Ola has been thanked 1 time."
    assert await kudos(care, OLA.id) == 1


async def test_thanks_replies_are_in_the_members_language(care: Care) -> None:
    await care.meet(OLA, KASIA)
    (reply,) = of_kind(await care.command("thanks", KASIA, user=OLA.id), "reply")
    assert (
        reply.text == "Ola dostaje podziękowanie od osoby Kasia! Łącznie ma już 1 podziękowanie."
    )


async def test_thanking_yourself_is_refused_and_records_nothing(care: Care) -> None:
    await care.meet(OLA)
    (reply,) = of_kind(await care.command("thanks", OLA, user=OLA.id), "reply")
    assert reply.text == "Fint tenkt, men du kan ikke takke deg selv. 😊"
    assert await kudos(care, OLA.id) == 0


async def test_thanking_an_unknown_member_is_refused(care: Care) -> None:
    await care.meet(SAM)
    (reply,) = of_kind(await care.command("thanks", SAM, user="nobody"), "reply")
    assert reply.ephemeral and "nobody" in reply.text
    assert await kudos(care, "nobody") == 0


async def test_the_same_member_cannot_thank_the_same_person_again_during_the_cooldown(
    care: Care,
) -> None:
    await care.meet(OLA, SAM)
    await care.command("thanks", SAM, user=OLA.id)
    (reply,) = of_kind(
        await care.command("thanks", SAM, user=OLA.id, at=later(minutes=5)), "reply"
    )
    # The cooldown is 10 minutes: five have passed, so five are left.
    assert reply.text == ("You thanked Ola recently. You can thank them again in 5 minutes.")
    await care.command("thanks", SAM, user=OLA.id, at=later(minutes=11))
    assert await kudos(care, OLA.id) == 2


async def test_thanks_back_and_forth_between_two_members_is_capped(make_care: MakeCare) -> None:
    care = await make_care('[recognition.thanks]\ncooldown = "1m"\nmutual_cap = 3\n')
    await care.meet(OLA, SAM)
    for minute in range(4):
        giver, receiver = (SAM, OLA) if minute % 2 == 0 else (OLA, SAM)
        actions = await care.command(
            "thanks", giver, user=receiver.id, at=later(minutes=2 * minute)
        )
    assert "takket hverandre mange ganger" in of_kind(actions, "reply")[0].text
    assert await kudos(care, OLA.id) + await kudos(care, SAM.id) == 3


async def test_a_reply_with_a_thanks_word_counts_as_thanks(care: Care) -> None:
    await care.meet(OLA, ERIK)
    (reply,) = of_kind(
        await care.message("Tack så mycket, det funkade!", ERIK, reply_to=OLA), "reply"
    )
    assert reply.text == "Erik tackade Ola! Ola har fått 1 tack hittills."
    assert await kudos(care, OLA.id) == 1


async def test_a_thanks_word_inside_another_word_is_not_thanks(care: Care) -> None:
    await care.meet(OLA, ERIK)
    await care.message("Vi får tackla det problemet", ERIK, reply_to=OLA)
    assert await kudos(care, OLA.id) == 0


async def test_mentioning_someone_with_a_thanks_word_thanks_them(care: Care) -> None:
    await care.meet(OLA, KASIA)
    await care.message("Wielkie dzięki @Ola!", KASIA, mentions=[OLA.id])
    assert await kudos(care, OLA.id) == 1


async def test_a_thanks_reply_during_the_cooldown_is_silently_not_counted(
    care: Care,
) -> None:
    await care.meet(OLA, SAM)
    await care.message("thanks!", SAM, reply_to=OLA)
    assert (
        of_kind(
            await care.message("thanks again", SAM, reply_to=OLA, at=later(minutes=1)), "reply"
        )
        == []
    )
    assert await kudos(care, OLA.id) == 1


async def test_the_thanks_command_can_be_turned_off(make_care: MakeCare) -> None:
    care = await make_care("[recognition.thanks]\nenabled = false\n")
    await care.meet(OLA, SAM)
    (reply,) = of_kind(await care.command("thanks", SAM, user=OLA.id), "reply")
    assert reply.text == "That feature is turned off in this community."
