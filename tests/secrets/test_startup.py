"""bot.startup: tokens of impossible shape are refused; the network is retried with backoff."""

from __future__ import annotations

import pytest

from bot.startup import Backoff, StartupFailure, run_with_retries, token_problem

from .test_canaries import DISCORD_CANARY, TELEGRAM_CANARY


@pytest.mark.parametrize(
    ("platform", "token"),
    [
        ("telegram", TELEGRAM_CANARY),
        ("telegram", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),  # Telegram's docs
        ("discord", DISCORD_CANARY),
        ("discord", "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.s3cr3t-t0ken-value"),
    ],
)
def test_tokens_of_the_right_shape_are_let_through(platform: str, token: str) -> None:
    assert token_problem(platform, token) is None


@pytest.mark.parametrize(
    ("platform", "token"),
    [
        ("telegram", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),
        ("telegram", "110201543:short"),
        ("telegram", "110201543:AAHdqTcvCH1vGWJx fSeofSAs0K5PALDsaw"),
        ("discord", "Bot " + DISCORD_CANARY),
        ("discord", "only-one-part"),
        ("discord", "bm90LWRpZ2l0cw.GhIjKl.s3cr3t-t0ken-value"),  # "not-digits"
    ],
)
def test_tokens_of_impossible_shape_are_refused(platform: str, token: str) -> None:
    problem = token_problem(platform, token)
    assert problem and token not in problem


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def network_down(error: BaseException) -> StartupFailure | None:
    if isinstance(error, ConnectionError):
        return StartupFailure("cannot reach the platform", 3, retry=True)
    if isinstance(error, PermissionError):
        return StartupFailure("token rejected", 2)
    return None


BACKOFF = Backoff(attempts=5, first_s=1, max_s=4)


async def test_the_network_is_retried_with_growing_waits_then_given_up() -> None:
    clock, runs = Clock(), []

    async def run_once() -> None:
        runs.append(clock.now)
        raise ConnectionError("refused")

    with pytest.raises(StartupFailure) as raised:
        await run_with_retries(run_once, network_down, BACKOFF, sleep=clock.sleep, clock=clock)
    assert len(runs) == 5
    assert all(0.8 * b <= s <= 1.2 * b for s, b in zip(clock.sleeps, [1, 2, 4, 4], strict=True))
    assert raised.value.exit_code == 3 and "gave up after 5 attempts" in raised.value.message


async def test_a_run_that_comes_up_after_a_retry_is_not_disturbed() -> None:
    clock, runs = Clock(), []

    async def run_once() -> None:
        runs.append(clock.now)
        if len(runs) < 3:
            raise ConnectionError("not yet")

    await run_with_retries(run_once, network_down, BACKOFF, sleep=clock.sleep, clock=clock)
    assert len(runs) == 3


async def test_a_rejected_token_is_not_retried() -> None:
    runs = []

    async def run_once() -> None:
        runs.append(1)
        raise PermissionError("401")

    with pytest.raises(StartupFailure, match="token rejected"):
        await run_with_retries(run_once, network_down, BACKOFF, sleep=Clock().sleep)
    assert runs == [1]


async def test_an_outage_after_a_long_run_starts_the_count_afresh() -> None:
    clock, runs = Clock(), []

    async def run_once() -> None:
        runs.append(clock.now)
        if len(runs) in (4, 8):
            clock.now += BACKOFF.healthy_after_s + 1  # up for a while, then the network went
        if len(runs) < 10:
            raise ConnectionError("lost")

    await run_with_retries(run_once, network_down, BACKOFF, sleep=clock.sleep, clock=clock)
    assert len(runs) == 10


async def test_an_unknown_error_propagates_unchanged() -> None:
    async def run_once() -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        await run_with_retries(run_once, network_down, BACKOFF, sleep=Clock().sleep)
