"""The new member gate, driven through the real engine with the dry-run adapter.

A join is restricted and challenged; the right press lets the member in; a wrong press
or the time limit removes them once; repeated failures are reported, never looped.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.actions import Action, Delete, Report, Send, Timeout
from bot.adapters.replay import DryRunAdapter
from bot.app import build_engine, load_communities
from bot.engine import Engine
from bot.events import SYSTEM, Button, Join, Leave, Member, Message, Tick
from cogs.gate import GRACE_S, Gate
from cogs.welcome import Welcome

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
OLA = Member(id="u1", name="Ola")
COMMUNITY = "gated"


@dataclass
class Harness:
    engine: Engine
    adapter: DryRunAdapter

    async def dispatch(self, event: object) -> list[Action]:
        return await self.engine.dispatch(event)  # type: ignore[arg-type]

    async def join(self, at: datetime = T0, member: Member = OLA) -> list[Action]:
        return await self.dispatch(Join(community_id=COMMUNITY, at=at, user=member))

    async def press(self, custom_id: str, at: datetime = T0, member: Member = OLA) -> list[Action]:
        return await self.dispatch(
            Button(
                community_id=COMMUNITY,
                at=at,
                user=member,
                channel="welcome",
                custom_id=custom_id,
                message_id="challenge-1",
            )
        )

    async def tick(self, at: datetime) -> list[Action]:
        return await self.dispatch(Tick(community_id=COMMUNITY, at=at, user=SYSTEM))


class CappedAdapter(DryRunAdapter):
    max_timeout_s = 28 * 86400


def rule_file(tmp_path: Path, gate: str | None) -> Path:
    text = (ROOT / "rules" / "example.toml").read_text(encoding="utf-8")
    if gate is not None:
        text += f"\n[welcome.gate]\n{gate}\n"
    path = tmp_path / f"{COMMUNITY}.toml"
    path.write_text(text, encoding="utf-8")
    return path


async def start(tmp_path: Path, gate: str | None, adapter: DryRunAdapter) -> Harness:
    engine = await build_engine(database_url="sqlite://", adapter=adapter, cogs=[Gate])
    report = await load_communities(engine, [rule_file(tmp_path, gate)])
    assert not report.errors, report.errors
    return Harness(engine, adapter)


@pytest.fixture
async def gate(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await start(tmp_path, 'enabled = true\ntimeout = "5m"', DryRunAdapter())
    yield harness
    await harness.engine.close()


def challenge_of(actions: list[Action]) -> Send:
    sends = [action for action in actions if isinstance(action, Send) and action.buttons]
    assert len(sends) == 1
    return sends[0]


def right_id(challenge: Send) -> str:
    first, second = map(int, re.search(r"(\d+) \+ (\d+)", challenge.text).groups())
    return next(cid for cid, label in challenge.buttons if label == str(first + second))


def wrong_id(challenge: Send) -> str:
    return next(cid for cid in (cid for cid, _ in challenge.buttons) if cid != right_id(challenge))


def kinds(actions: list[Action]) -> list[str]:
    return [action.kind for action in actions]


async def test_a_join_is_restricted_and_gets_a_sum_with_answer_buttons(gate: Harness) -> None:
    actions = await gate.join()
    assert isinstance(actions[0], Timeout)
    assert actions[0].user == "u1" and actions[0].duration_s == 300 + GRACE_S
    challenge = challenge_of(actions)
    assert len(challenge.buttons) == 4
    assert all(cid.startswith("gate:u1:") for cid, _ in challenge.buttons)
    assert "Ola" in challenge.text
    assert right_id(challenge)


async def test_the_right_answer_lifts_the_restriction_and_deletes_the_challenge(
    gate: Harness,
) -> None:
    challenge = challenge_of(await gate.join())
    actions = await gate.press(right_id(challenge), at=T0 + timedelta(seconds=20))
    assert kinds(actions) == ["untimeout", "delete", "reply"]
    assert actions[1] == Delete(
        user="u1", channel="welcome", message_id="challenge-1", rule="gate", automatic=True
    )


async def test_a_wrong_answer_removes_the_member_once_with_a_notice(gate: Harness) -> None:
    challenge = challenge_of(await gate.join())
    actions = await gate.press(wrong_id(challenge))
    assert kinds(actions) == ["delete", "kick", "send"]
    notice = actions[2]
    assert isinstance(notice, Send) and "Ola" in notice.text and not notice.buttons
    assert await gate.press(right_id(challenge)) == []


async def test_the_time_limit_removes_the_member_on_a_tick(gate: Harness) -> None:
    await gate.join()
    assert await gate.tick(T0 + timedelta(minutes=4)) == []
    actions = await gate.tick(T0 + timedelta(minutes=5))
    assert kinds(actions) == ["delete", "kick", "send"]
    assert await gate.tick(T0 + timedelta(minutes=6)) == []


async def test_the_time_limit_is_also_checked_when_any_event_arrives(gate: Harness) -> None:
    await gate.join()
    later = T0 + timedelta(minutes=10)
    message = Message(
        community_id=COMMUNITY,
        at=later,
        user=Member(id="u9", name="Kasia"),
        channel="general",
        text="hej",
    )
    assert kinds(await gate.dispatch(message)) == ["delete", "kick", "send"]


async def test_a_late_right_answer_is_treated_as_a_timeout(gate: Harness) -> None:
    challenge = challenge_of(await gate.join())
    actions = await gate.press(right_id(challenge), at=T0 + timedelta(minutes=6))
    assert kinds(actions) == ["delete", "kick", "send"]


async def test_someone_elses_press_changes_nothing(gate: Harness) -> None:
    challenge = challenge_of(await gate.join())
    stranger = Member(id="u2", name="Kasia")
    assert await gate.press(wrong_id(challenge), member=stranger) == []
    assert kinds(await gate.press(right_id(challenge))) == ["untimeout", "delete", "reply"]


async def test_a_member_who_rejoins_gets_one_fresh_challenge(gate: Harness) -> None:
    first = challenge_of(await gate.join())
    await gate.press(wrong_id(first))
    again = await gate.join(at=T0 + timedelta(minutes=1))
    assert kinds(again) == ["timeout", "send"]
    second = challenge_of(again)
    actions = await gate.press(right_id(second), at=T0 + timedelta(minutes=2))
    assert kinds(actions) == ["untimeout", "delete", "reply"]


async def test_a_second_failure_within_a_day_is_reported_not_kicked_again(gate: Harness) -> None:
    await gate.press(wrong_id(challenge_of(await gate.join())))
    second = challenge_of(await gate.join(at=T0 + timedelta(minutes=1)))
    actions = await gate.press(wrong_id(second), at=T0 + timedelta(minutes=2))
    assert kinds(actions) == ["delete", "timeout", "report"]
    assert actions[1].duration_s == 86400  # type: ignore[attr-defined]  # a day, then it lifts
    report = actions[2]
    assert isinstance(report, Report) and report.user == "u1" and report.channel == "mod-log"


async def test_rejoining_after_repeated_failures_is_restricted_and_reported_only(
    gate: Harness,
) -> None:
    await gate.press(wrong_id(challenge_of(await gate.join())))
    await gate.tick(T0 + timedelta(minutes=1))
    await gate.join(at=T0 + timedelta(minutes=2))
    await gate.tick(T0 + timedelta(minutes=8))
    await gate.dispatch(Leave(community_id=COMMUNITY, at=T0 + timedelta(minutes=9), user=OLA))
    actions = await gate.join(at=T0 + timedelta(minutes=10))
    assert kinds(actions) == ["timeout", "report"]
    assert await gate.tick(T0 + timedelta(hours=1)) == []


async def test_failures_older_than_the_window_are_forgotten(gate: Harness) -> None:
    await gate.press(wrong_id(challenge_of(await gate.join())))
    later = T0 + timedelta(days=2)
    second = challenge_of(await gate.join(at=later))
    assert kinds(await gate.press(wrong_id(second), at=later)) == ["delete", "kick", "send"]


async def test_leaving_during_a_challenge_counts_as_an_attempt(gate: Harness) -> None:
    await gate.join()
    await gate.dispatch(Leave(community_id=COMMUNITY, at=T0 + timedelta(minutes=1), user=OLA))
    second = challenge_of(await gate.join(at=T0 + timedelta(minutes=2)))
    actions = await gate.press(wrong_id(second), at=T0 + timedelta(minutes=3))
    assert kinds(actions) == ["delete", "timeout", "report"]


async def test_bots_are_not_challenged(gate: Harness) -> None:
    assert await gate.join(member=Member(id="b1", name="Helper", is_bot=True)) == []


async def test_rules_mode_asks_for_a_single_acceptance(tmp_path: Path) -> None:
    harness = await start(tmp_path, 'enabled = true\nmode = "rules"', DryRunAdapter())
    try:
        challenge = challenge_of(await harness.join())
        assert challenge.buttons == (("gate:u1:accept", "I accept the guidelines"),)
        assert kinds(await harness.press("gate:u1:accept")) == ["untimeout", "delete", "reply"]
    finally:
        await harness.engine.close()


async def test_the_challenge_speaks_the_members_language(gate: Harness) -> None:
    swede = Member(id="u5", name="Sara", locale="sv-SE")
    challenge = challenge_of(await gate.join(member=swede))
    assert challenge.text.startswith("Välkommen, ")


async def test_the_restriction_lifts_by_itself_soon_after_the_challenge(tmp_path: Path) -> None:
    """Never a 28-day timeout: if Hearth stops, the newcomer is free within minutes."""
    harness = await start(tmp_path, 'enabled = true\ntimeout = "5m"', CappedAdapter())
    try:
        restriction = (await harness.join())[0]
        assert isinstance(restriction, Timeout) and restriction.duration_s == 300 + GRACE_S
    finally:
        await harness.engine.close()


async def test_with_a_role_nobody_is_restricted_and_passing_gives_the_role(
    tmp_path: Path,
) -> None:
    harness = await start(tmp_path, 'enabled = true\nrole = "verified"', DryRunAdapter())
    try:
        joined = await harness.join()
        assert not [a for a in joined if isinstance(a, Timeout)]
        actions = await harness.press(right_id(challenge_of(joined)))
        assert kinds(actions) == ["role_add", "delete", "reply"]
        assert actions[0].role == "verified"  # type: ignore[attr-defined]
        assert "You're in" in actions[2].text  # type: ignore[attr-defined]
    finally:
        await harness.engine.close()


async def test_the_gate_is_off_unless_the_rule_file_enables_it(tmp_path: Path) -> None:
    harness = await start(tmp_path, None, DryRunAdapter())
    try:
        assert await harness.join() == []
    finally:
        await harness.engine.close()


async def test_other_buttons_are_ignored(gate: Harness) -> None:
    await gate.join()
    assert await gate.press("poll:u1:yes") == []
    assert await gate.press("gate:malformed") == []


async def test_an_unanswered_challenge_is_deleted_when_time_runs_out(gate: Harness) -> None:
    await gate.join()

    performed = await gate.tick(T0 + timedelta(minutes=6))

    deletes = [action for action in performed if isinstance(action, Delete)]
    assert [delete.message_id for delete in deletes] == ["dry-2"]


async def start_with_welcome(tmp_path: Path, switch: str) -> Harness:
    """Gate and welcome both loaded; `switch` is a line for the rule file's [cogs] table."""
    path = rule_file(tmp_path, "enabled = true")
    text = path.read_text(encoding="utf-8").replace("[cogs]\n", f"[cogs]\n{switch}\n", 1)
    path.write_text(text, encoding="utf-8")
    engine = await build_engine(
        database_url="sqlite://", adapter=DryRunAdapter(), cogs=[Gate, Welcome]
    )
    report = await load_communities(engine, [path])
    assert not report.errors, report.errors
    return Harness(engine, DryRunAdapter())


def welcomes(actions: list[Action]) -> list[Action]:
    return [action for action in actions if action.rule == "welcome"]


async def test_with_the_gate_switched_off_a_newcomer_is_welcomed_at_once(tmp_path: Path) -> None:
    harness = await start_with_welcome(tmp_path, "gate = false")
    try:
        joined = await harness.join()
        assert not [a for a in joined if isinstance(a, Timeout | Send) and a.rule == "gate"]
        assert len(welcomes(joined)) == 1
    finally:
        await harness.engine.close()


async def test_with_welcome_switched_off_passing_the_gate_sends_no_welcome(
    tmp_path: Path,
) -> None:
    harness = await start_with_welcome(tmp_path, "welcome = false")
    try:
        joined = await harness.join()
        assert welcomes(joined) == []
        passed = await harness.press(right_id(challenge_of(joined)))
        assert kinds(passed) == ["untimeout", "delete", "reply"]
        assert welcomes(passed) == []
    finally:
        await harness.engine.close()


async def test_with_both_on_the_welcome_waits_for_the_gate(tmp_path: Path) -> None:
    harness = await start_with_welcome(tmp_path, "")
    try:
        joined = await harness.join()
        assert welcomes(joined) == []
        passed = await harness.press(right_id(challenge_of(joined)))
        assert len(welcomes(passed)) == 1
    finally:
        await harness.engine.close()
