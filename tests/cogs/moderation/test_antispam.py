"""Anti-spam with memory: floods, the same message repeated, and raids of new members."""

from __future__ import annotations

import pytest

from bot.actions import Delete, Report, Slowmode
from bot.events import SYSTEM, Member, Tick
from tests.conftest import COMMUNITY, KASIA, OLA, join, kinds, message, rules_text, seconds_later

RULES = rules_text(
    '[channels]\nwelcome = "welcome"\nmoderator_log = "mod-log"\n'
    "[strikes]\nenabled = false\n"
    "[welcome]\nenabled = false\n"
    '[antispam]\nflood = { messages = 3, per = "10s" }\n'
    'duplicates = { repeats = 2, per = "1m" }\n'
    'raid = { joins = 3, per = "1m", slowmode = "30s", lift_after = "5m" }\n'
)


@pytest.fixture
async def community(engine, add_community):
    return await add_community(engine, RULES)


def deleted_for(actions) -> list[str]:
    return [action.rule for action in actions if isinstance(action, Delete)]


async def test_a_flood_is_caught_on_the_first_message_over_the_limit(engine, community):
    results = [
        await engine.dispatch(message(f"message number {n}", at=seconds_later(n)))
        for n in range(4)
    ]

    assert [deleted_for(actions) for actions in results] == [[], [], [], ["flood"]]


async def test_messages_spread_out_in_time_are_not_a_flood(engine, community):
    results = [
        await engine.dispatch(message(f"message number {n}", at=seconds_later(n * 20)))
        for n in range(6)
    ]

    assert all(actions == [] for actions in results)


async def test_the_same_message_repeated_across_channels_is_caught(engine, community):
    channels = ["general", "random", "help"]
    results = [
        await engine.dispatch(
            message("check out my channel", at=seconds_later(n * 5), channel=channel)
        )
        for n, channel in enumerate(channels)
    ]

    assert deleted_for(results[-1]) == ["duplicates"]


async def test_one_member_flooding_does_not_touch_another(engine, community):
    for n in range(4):
        await engine.dispatch(message(f"spam {n}", at=seconds_later(n)))

    assert await engine.dispatch(message("hello", user=KASIA, at=seconds_later(4))) == []


async def test_a_raid_slows_the_welcome_channel_and_alerts_the_team(engine, community):
    members = [Member(id=f"n{n}", name=f"New {n}") for n in range(3)]
    results = [
        await engine.dispatch(join(member, at=seconds_later(n)))
        for n, member in enumerate(members)
    ]

    assert results[0] == [] and results[1] == []
    assert kinds(results[2]) == ["report", "slowmode"]
    slow = next(action for action in results[2] if isinstance(action, Slowmode))
    assert (slow.channel, slow.seconds) == ("welcome", 30)


async def test_the_raid_alert_says_what_was_done_and_when_it_ends(engine, community):
    for n in range(3):
        actions = await engine.dispatch(join(Member(id=f"n{n}", name="x"), at=seconds_later(n)))

    alert = next(action for action in actions if isinstance(action, Report))
    assert "I've turned on slowmode in #welcome" in alert.text
    assert "once nobody new has joined for 5 minutes" in alert.text


async def test_an_alert_only_raid_says_no_channel_was_touched(engine, add_community):
    await add_community(
        engine, RULES.replace('lift_after = "5m"', 'lift_after = "5m", response = "alert"')
    )
    for n in range(3):
        actions = await engine.dispatch(join(Member(id=f"n{n}", name="x"), at=seconds_later(n)))

    assert kinds(actions) == ["report"]
    assert "I haven't changed any channels" in actions[0].text


async def test_raid_mode_lifts_itself_after_a_quiet_period(engine, community):
    for n in range(3):
        await engine.dispatch(join(Member(id=f"n{n}", name="x"), at=seconds_later(n)))

    still = await engine.dispatch(Tick(community_id=COMMUNITY, at=seconds_later(60), user=SYSTEM))
    lifted = await engine.dispatch(
        Tick(community_id=COMMUNITY, at=seconds_later(2 + 300), user=SYSTEM)
    )

    assert still == []
    assert [(a.kind, getattr(a, "seconds", None)) for a in lifted] == [
        ("slowmode", 0),
        ("report", None),
    ]
    assert isinstance(lifted[-1], Report)


async def test_a_quiet_trickle_of_joins_is_not_a_raid(engine, community):
    results = [
        await engine.dispatch(join(Member(id=f"n{n}", name="x"), at=seconds_later(n * 40)))
        for n in range(5)
    ]

    assert all(actions == [] for actions in results)


async def test_edits_do_not_count_towards_a_flood(engine, community):
    from tests.conftest import edit

    for n in range(5):
        assert await engine.dispatch(edit(f"fixed typo {n}", at=seconds_later(n))) == []
    assert OLA.id == "u1"
