"""Starting the live bot: refuse a token that cannot be right, retry a network that is not
there yet, and end every start-up failure with one line that says what to do.

The platform adapters know their libraries' exceptions; each has a small
`*_startup.classify(error)` that turns the ones that matter at start-up into a
`StartupFailure` (bad token, missing intents: give up at once; no network, a server
error: retry). `run_with_retries` runs the platform's `run()` under that policy with
exponential backoff. A run that stayed up for a while before the network failed starts
counting its attempts afresh, so an outage after a week is retried like one at start-up.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

EXIT_CONFIG = 2
"""A setting or secret is wrong: running again without changing it cannot help."""
EXIT_UNAVAILABLE = 3
"""The platform could not be reached: running again later may help."""


class StartupFailure(Exception):
    """A start-up failure worth one line: what is wrong and what to do."""

    def __init__(self, message: str, exit_code: int = 1, *, retry: bool = False) -> None:
        super().__init__(message)
        self.message, self.exit_code, self.retry = message, exit_code, retry


# -- tokens ------------------------------------------------------------------------------

_TELEGRAM_TOKEN = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{20,}")
_BASE64URL_PARTS = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){2}")


def _telegram_problem(token: str) -> str | None:
    if _TELEGRAM_TOKEN.fullmatch(token):
        return None
    return (
        "TELEGRAM_TOKEN does not look like a bot token (digits, a colon, then about 35 "
        "letters, digits, '-' or '_'): copy it again from @BotFather (/mybots → API Token)"
    )


def _discord_id_part(part: str) -> bool:
    """The first part of a bot token is the bot's user id (digits) in base64."""
    try:
        decoded = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        return False
    return decoded.isdigit()


def _discord_problem(token: str) -> str | None:
    if token.lower().startswith("bot "):
        return "DISCORD_TOKEN starts with 'Bot ': set only the token itself"
    if _BASE64URL_PARTS.fullmatch(token) and _discord_id_part(token.split(".")[0]):
        return None
    return (
        "DISCORD_TOKEN does not look like a bot token (three parts joined by dots): copy it "
        "again from the Developer Portal (your application → Bot → Reset Token)"
    )


TOKEN_CHECKS: dict[str, Callable[[str], str | None]] = {
    "telegram": _telegram_problem,
    "discord": _discord_problem,
}


def token_problem(platform: str, token: str) -> str | None:
    """Why `token` cannot be a token of `platform`, or None when it may be one.

    Only impossible shapes are refused (whitespace, a missing part, a pasted prefix):
    whether the platform accepts it is for the platform to say.
    """
    check = TOKEN_CHECKS.get(platform)
    return None if check is None else check(token)


# -- retrying ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Backoff:
    """How hard to try: `attempts` in all, waiting first_s, 2×, 4× … up to max_s (±20 %)."""

    attempts: int = 8
    first_s: float = 1.0
    max_s: float = 60.0
    healthy_after_s: float = 300.0
    """A run that lasted this long was up: its failure starts the count afresh."""

    def delay(self, attempt: int) -> float:
        base = min(self.max_s, self.first_s * 2 ** max(0, attempt - 1))
        return base * random.uniform(0.8, 1.2)


async def run_with_retries(
    run_once: Callable[[], Awaitable[None]],
    classify: Callable[[BaseException], StartupFailure | None],
    backoff: Backoff,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Run until `run_once` returns; retry what `classify` calls retryable.

    Raises the `StartupFailure` for anything classified that must not be retried (or
    whose attempts ran out); anything unclassified propagates unchanged.
    """
    attempt = 0
    while True:
        started = clock()
        try:
            await run_once()
            return
        except asyncio.CancelledError:
            raise
        except StartupFailure:
            raise
        except Exception as error:
            failure = classify(error)
            if failure is None:
                raise
            if not failure.retry:
                raise failure from error
            if clock() - started >= backoff.healthy_after_s:
                attempt = 0
            attempt += 1
            if attempt >= backoff.attempts:
                message = f"{failure.message} (gave up after {attempt} attempts)"
                raise StartupFailure(message, failure.exit_code) from error
            delay = backoff.delay(attempt)
            log.warning(
                "%s; trying again in %.1f s (attempt %d of %d)",
                failure.message,
                delay,
                attempt + 1,
                backoff.attempts,
            )
            await sleep(delay)
