"""Badges, milestones and role rewards."""

from __future__ import annotations

from datetime import timedelta

from .conftest import COMMUNITY, MIA, OLA, SAM, T0, Care, MakeCare, later, of_kind


async def badges(care: Care, member_id: str) -> list[str]:
    return [badge.badge for badge in await care.store.badges_for(COMMUNITY, member_id)]


async def test_a_first_post_earns_the_first_post_badge_quietly(care: Care) -> None:
    actions = await care.message("hello", SAM)
    assert await badges(care, SAM.id) == ["first-post"]
    assert of_kind(actions, "send") == []


async def test_enough_thanks_earn_the_helper_badge_with_a_shout_out(make_care: MakeCare) -> None:
    care = await make_care(
        '[recognition.badges]\nhelper = 2\n[recognition.milestones]\nchannel = "kudos"\n'
    )
    await care.meet(OLA, SAM, MIA)
    await care.command("thanks", SAM, user=OLA.id)
    actions = await care.command("thanks", MIA, user=OLA.id)
    (shout,) = of_kind(actions, "send")
    assert shout.channel == "kudos" and shout.text == "🏅 Ola earned a badge: 🤝 Helper"
    assert "helper" in await badges(care, OLA.id)


async def test_a_message_milestone_is_a_badge_announced_once(make_care: MakeCare) -> None:
    care = await make_care("[recognition.milestones]\nmessages = [3]\n")
    sent = []
    for n in range(5):
        sent += of_kind(await care.message(f"message {n}", SAM, at=later(minutes=n)), "send")
    assert [action.text for action in sent] == ["🏅 Sam earned a badge: 💬 3 messages"]
    assert "messages-3" in await badges(care, SAM.id)


async def test_a_message_milestone_counts_messages_from_before_a_restart(
    make_care: MakeCare,
) -> None:
    """The count starts from the record's activity counters, not from zero."""
    care = await make_care("[recognition.milestones]\nmessages = [3]\n")
    for n in range(2):
        await care.store.record_activity(COMMUNITY, SAM.id, "general", T0 - timedelta(days=n + 1))
    actions = await care.message("third message", SAM)
    assert [action.text for action in of_kind(actions, "send")] == [
        "🏅 Sam earned a badge: 💬 3 messages"
    ]


async def test_a_message_total_read_again_includes_messages_still_queued(
    make_care: MakeCare,
) -> None:
    care = await make_care("[recognition.milestones]\nmessages = [3]\n")
    for n in range(2):
        await care.message(f"message {n}", SAM, at=later(minutes=n))
    del care.community.state["recognition.profiles"]  # as if the profile had been evicted
    actions = await care.message("third", SAM, at=later(minutes=5))
    assert [action.text for action in of_kind(actions, "send")] == [
        "🏅 Sam earned a badge: 💬 3 messages"
    ]


async def test_a_member_who_joined_a_year_ago_earns_the_anniversary_badge(care: Care) -> None:
    await care.join(SAM, at=T0 - timedelta(days=366))
    actions = await care.message("still here!", SAM)
    assert "anniversary" in await badges(care, SAM.id)
    assert any("🎂" in action.text for action in of_kind(actions, "send"))


async def test_a_thanks_milestone_gets_a_shout_out(make_care: MakeCare) -> None:
    care = await make_care("[recognition.milestones]\nthanks = [1]\n")
    await care.meet(OLA, SAM)
    (shout,) = of_kind(await care.command("thanks", SAM, user=OLA.id), "send")
    assert shout.text.startswith("🎉 Ola has now been thanked 1 time")


async def test_a_role_reward_is_given_at_its_threshold(make_care: MakeCare) -> None:
    care = await make_care('[[recognition.roles]]\nrole = "helper"\nthanks = 1\n')
    await care.meet(OLA, SAM)
    (role,) = of_kind(await care.command("thanks", SAM, user=OLA.id), "role_add")
    assert (role.user, role.role) == (OLA.id, "helper")


CUSTOM = """
[[recognition.badges.custom]]
id = "night-owl"
name = "Night owl"
names = { pl = "Nocny marek" }
emoji = "🦉"
"""


async def test_a_moderator_can_give_a_community_badge(make_care: MakeCare) -> None:
    care = await make_care(CUSTOM)
    await care.meet(OLA)
    (reply,) = of_kind(await care.command("badge", MIA, user=OLA.id, badge="night-owl"), "reply")
    assert reply.text == "Done — Ola now has 🦉 Night owl."
    assert await badges(care, OLA.id) == ["night-owl"]


async def test_giving_a_badge_that_does_not_exist_is_refused(make_care: MakeCare) -> None:
    care = await make_care(CUSTOM)
    await care.meet(OLA)
    (reply,) = of_kind(await care.command("badge", MIA, user=OLA.id, badge="unicorn"), "reply")
    assert "unicorn" in reply.text and "night-owl" in reply.text
    assert await badges(care, OLA.id) == []


async def test_members_cannot_give_badges(make_care: MakeCare) -> None:
    care = await make_care(CUSTOM)
    await care.meet(OLA, SAM)
    await care.command("badge", SAM, user=OLA.id, badge="night-owl")
    assert await badges(care, OLA.id) == []


async def test_the_badges_command_lists_badges_in_the_readers_language(
    make_care: MakeCare,
) -> None:
    care = await make_care(CUSTOM)
    await care.meet(OLA)
    await care.command("badge", MIA, user=OLA.id, badge="night-owl")
    from .conftest import KASIA

    await care.meet(KASIA)
    (reply,) = of_kind(await care.command("badges", KASIA, user=OLA.id), "reply")
    assert reply.text == "Ola ma 1 odznakę:\n🦉 Nocny marek"
