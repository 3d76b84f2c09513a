"""The public test kit (bot.testing): what a cog author relies on behaves like the real
thing: the fake platform records, refuses and knows members; the clock only moves
forward; a built transcript is exactly what `hearth replay` reads; the harness runs cogs
on the real engine."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.actions import Ban, RoleAdd, Send, Slowmode
from bot.adapters.transcript import TranscriptReader
from bot.errors import ActionFailed, UnsupportedAction
from bot.events import Member
from bot.testing import Clock, FakePlatform, Harness, Transcript, memory_store
from bot.testing.clock import DEFAULT_START
from cogs.info import Info
from cogs.moderation import Moderation
from cogs.polls import Polls
from cogs.welcome import Welcome

OLA = Member(id="u1", name="Ola", roles=("member",))


async def test_the_fake_platform_records_every_action_in_order():
    platform = FakePlatform()
    await platform.perform("c", Send(channel="general", text="hi"))
    await platform.perform("c", Ban(user="u1"))
    assert [action.kind for action in platform.performed] == ["send", "ban"]


async def test_the_fake_platform_returns_an_id_for_a_sent_message():
    assert await FakePlatform().perform("c", Send(channel="general", text="hi")) == "sent-1"


async def test_the_fake_platform_can_lack_an_action_like_a_smaller_platform():
    platform = FakePlatform(lacks={"slowmode"})
    with pytest.raises(UnsupportedAction):
        await platform.perform("c", Slowmode(channel="general", seconds=30))
    assert not platform.capabilities().can("slowmode")


async def test_the_fake_platform_can_refuse_like_a_missing_permission():
    with pytest.raises(ActionFailed) as refused:
        await FakePlatform(refuse={"ban"}).perform("c", Ban(user="u1"))
    assert refused.value.message_id == "action-missing-permission"


async def test_the_fake_platform_knows_its_members_and_follows_their_roles():
    platform = FakePlatform([OLA])
    await platform.perform("c", RoleAdd(user="u1", role="helper"))
    assert (await platform.fetch_member("c", "u1")).roles == ("member", "helper")
    assert (await platform.bot_member("c")).is_bot


def test_the_clock_moves_only_forward():
    clock = Clock()
    assert clock.advance("10m") == DEFAULT_START + timedelta(minutes=10)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(DEFAULT_START)


async def test_the_memory_store_is_the_real_store_in_memory():
    store = await memory_store("town")
    try:
        await store.save_state("town", "karma:u1", {"points": 3}, DEFAULT_START)
        assert await store.load_state("town", "karma:u1") == {"points": 3}
    finally:
        await store.close()


def test_a_built_transcript_is_what_replay_reads():
    mia = Member(id="m1", name="Mia", roles=("moderator",))
    transcript = Transcript()
    transcript.join(OLA)
    first = transcript.say(OLA, "hej alla", mentions=(mia,))
    transcript.wait("2m")
    transcript.say(mia, "welcome!", reply_to=first)
    transcript.react(OLA, first + 1, "👍")
    transcript.edit(OLA, first, "hej allihop")
    transcript.command(mia, "warn", user="u1", reason="testing")
    reader = TranscriptReader("town")
    replayed = [reader.parse(line, n) for n, line in enumerate(transcript.jsonl().splitlines(), 1)]
    assert [event for _, event in transcript.events("town")] == replayed


async def test_a_cog_behaviour_test_takes_a_few_lines():
    async with Harness(Welcome, rules='[channels]\nwelcome = "welcome"\n') as hearth:
        kasia = hearth.member("Kasia", locale="pl")
        done = await hearth.join(kasia)
        assert done.kinds == ["send"]
        assert "Kasia" in done.sent[0]


async def test_the_harness_answers_in_the_members_language():
    async with Harness(Info, rules="") as hearth:
        done = await hearth.command(hearth.member("Ola", locale="sv"), "guidelines")
        assert done.replies[0].startswith(
            hearth.t("guidelines-header", "sv", community="Test Community")
        )


async def test_the_harness_switches_cogs_with_the_rule_file_and_reloads():
    async with Harness(Polls, rules="[cogs]\npolls = false\n") as hearth:
        ola = hearth.member("Ola")
        off = await hearth.command(ola, "poll", question="Pizza?", options="yes; no")
        assert off.replies == [hearth.t("error-cog-disabled", command="poll")]
        hearth.reload("[cogs]\npolls = true\n")
        on = await hearth.command(ola, "poll", question="Pizza?", options="yes; no")
        assert "Pizza?" in on.sent[0]


async def test_the_harness_uses_the_platforms_members_for_moderation():
    async with Harness(Moderation, rules='[channels]\nmoderator_log = "mod-log"\n') as hearth:
        done = await hearth.say(hearth.member("Ola"), "you are a fucking idiot")
        assert done.kinds[:2] == ["delete", "warn"]
        assert hearth.platform.performed[:2] == done[:2]


async def test_play_ticks_before_a_later_line_so_timed_work_runs():
    async with Harness(Welcome, rules='[channels]\nwelcome = "welcome"\n') as hearth:
        transcript = hearth.transcript()
        for number in range(1, 7):  # the fifth join in a minute starts a shared welcome
            transcript.join(hearth.member(f"Guest {number}"))
        transcript.wait("1m")
        transcript.say(hearth.member("Ola"), "hello")
        outcomes = await hearth.play(transcript)
        assert [len(outcome.sent) for outcome in outcomes[:6]] == [1, 1, 1, 1, 0, 0]
        (shared,) = outcomes[-1].sent
        assert "Guest 5" in shared and "Guest 6" in shared
