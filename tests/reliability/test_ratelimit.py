"""Per-member command rate limits: one polite "slow down", then silence until the window passes."""

from __future__ import annotations

from bot.engine import Engine
from bot.ratelimit import CommandLimiter
from tests.conftest import MIA, OLA, CommunityFactory, command, rules_text, seconds_later


def replies(actions: list) -> list[str]:
    return [action.text for action in actions if action.kind == "reply"]


def answered(engine: Engine, answers: list[list[str]]) -> bool:
    """Every command got its own reply (not the slow-down message, not silence)."""
    slow_down = engine.i18n.format("en", "error-slow-down")
    return all(answer and answer != [slow_down] for answer in answers)


async def run_help(engine: Engine, user=OLA, times: int = 5, at_s: float = 0) -> list[list[str]]:
    return [
        replies(await engine.dispatch(command("help", user=user, at=seconds_later(at_s))))
        for _ in range(times)
    ]


async def test_a_member_over_the_limit_is_told_to_slow_down_once(
    engine: Engine, add_community: CommunityFactory
) -> None:
    await add_community(engine, rules_text())
    engine.command_limiter = CommandLimiter(commands=3, per_s=60)
    answers = await run_help(engine, times=5)
    assert answered(engine, answers[:3])
    assert answers[3] == [engine.i18n.format("en", "error-slow-down")]
    assert answers[4] == []


async def test_the_limit_lifts_when_the_window_has_passed(
    engine: Engine, add_community: CommunityFactory
) -> None:
    await add_community(engine, rules_text())
    engine.command_limiter = CommandLimiter(commands=2, per_s=60)
    await run_help(engine, times=3)
    [later] = await run_help(engine, times=1, at_s=61)
    assert answered(engine, [later])


async def test_moderators_are_never_limited(
    engine: Engine, add_community: CommunityFactory
) -> None:
    await add_community(engine, rules_text())
    engine.command_limiter = CommandLimiter(commands=1, per_s=60)
    answers = await run_help(engine, user=MIA, times=4)
    assert answered(engine, answers)


async def test_there_is_no_limit_unless_one_is_set(
    engine: Engine, add_community: CommunityFactory
) -> None:
    await add_community(engine, rules_text())
    assert engine.command_limiter is None
    answers = await run_help(engine, times=20)
    assert answered(engine, answers)
