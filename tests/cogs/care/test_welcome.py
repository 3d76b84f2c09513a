"""Welcome: personal greetings in the member's language, and one shared welcome per raid."""

from __future__ import annotations

from datetime import timedelta

from bot.actions import Send
from bot.events import Member

from .conftest import COMMUNITY, KASIA, OLA, SAM, T0, Care, MakeCare, later, of_kind


async def test_a_new_member_is_welcomed_by_name_with_an_invitation_to_introduce(
    care: Care,
) -> None:
    (send,) = of_kind(await care.join(SAM), "send")
    assert isinstance(send, Send) and send.channel == "welcome"
    assert "Sam" in send.text and "Hearth Test" in send.text
    assert "#introductions" in send.text and "/guidelines" in send.text


async def test_a_member_whose_language_is_known_is_greeted_in_it(care: Care) -> None:
    (send,) = of_kind(await care.join(KASIA), "send")
    assert send.text.startswith("Witaj w społeczności Hearth Test, Kasia!")


async def test_greeting_in_the_community_language_when_configured(make_care: MakeCare) -> None:
    care = await make_care('[welcome]\nlanguage = "community"\n')
    (send,) = of_kind(await care.join(KASIA), "send")
    assert send.text.startswith("Welcome to Hearth Test, Kasia!")


async def test_the_rule_file_template_in_the_members_language_wins(make_care: MakeCare) -> None:
    care = await make_care('[welcome.messages]\nnb = "Hei {name}, velkommen til {community}!"\n')
    (send,) = of_kind(await care.join(OLA), "send")
    assert send.text == "Hei Ola, velkommen til Hearth Test!"


async def test_a_join_wave_is_welcomed_in_one_message_naming_everyone(
    make_care: MakeCare,
) -> None:
    care = await make_care(
        '[welcome]\nbatch_joins = 3\nbatch_window = "1m"\nbatch_delay = "30s"\n'
    )
    members = [Member(id=f"r{n}", name=f"Raider{n}") for n in range(6)]
    sent = []
    for n, member in enumerate(members):
        sent += of_kind(await care.join(member, at=later(seconds=n)), "send")
    assert len(sent) == 2  # the first two joins, before the wave was recognised
    (batch,) = of_kind(await care.tick(later(seconds=40)), "send")
    assert all(f"Raider{n}" in batch.text for n in range(2, 6))
    assert "Raider0" not in batch.text


async def test_a_batched_welcome_waits_for_its_delay_and_is_sent_once(
    make_care: MakeCare,
) -> None:
    care = await make_care('[welcome]\nbatch_joins = 2\nbatch_delay = "30s"\n')
    await care.join(OLA)
    await care.join(KASIA, at=later(seconds=1))
    assert of_kind(await care.tick(later(seconds=10)), "send") == []
    assert len(of_kind(await care.tick(later(seconds=31)), "send")) == 1
    assert of_kind(await care.tick(later(seconds=62)), "send") == []


async def test_joins_and_leaves_are_recorded_for_growth(care: Care) -> None:
    await care.join(OLA)
    await care.leave(OLA, at=later(hours=1))
    (day,) = await care.store.member_events_per_day(COMMUNITY, T0 - timedelta(days=1))
    assert (day.joins, day.leaves) == (1, 1)


async def test_bots_are_not_welcomed(care: Care) -> None:
    assert of_kind(await care.join(Member(id="b9", name="Botty", is_bot=True)), "send") == []


async def test_a_wave_that_leaves_one_member_waiting_greets_them_as_one_person(
    make_care: MakeCare,
) -> None:
    care = await make_care('[welcome]\nbatch_joins = 2\nbatch_delay = "30s"\n')
    await care.join(OLA)
    await care.join(KASIA, at=later(seconds=1))  # the second join starts the wave, alone
    (batch,) = of_kind(await care.tick(later(seconds=31)), "send")
    assert batch.text == (
        "Welcome to Hearth Test, Kasia! We're glad you're here. "
        "Say hello in #introductions and take a look at /guidelines."
    )
