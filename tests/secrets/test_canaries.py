"""Canary secrets: a token and a database password planted in the environment never show
up in anything `hearth run` prints — logs at DEBUG, warnings, errors or tracebacks — and
a start-up failure is one line, not a traceback.

Each test runs the real command line in a subprocess against a fake Telegram Bot API or
fake Discord (tests/fakes) that rejects the token the way the real API does.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.telegram_server import FakeBotAPI

LAUNCHER = Path(__file__).with_name("launch_hearth.py")
TELEGRAM_CANARY = "1234567890:AAH-canary-Telegram-token_0123456789xyz"
DISCORD_CANARY = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GcAnRy.canary-Discord-token-0123456789abcdef"
PASSWORD_CANARY = "canary-db-p4ssw0rd"
TIMEOUT_S = 60


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def assert_no_canary(self) -> None:
        for canary in (TELEGRAM_CANARY, DISCORD_CANARY, PASSWORD_CANARY):
            for piece in (canary, canary.split(":")[-1], canary.split(".")[-1]):
                assert piece not in self.output, f"{piece!r} was printed:\n{self.output}"

    def assert_one_line_failure(self) -> str:
        assert "Traceback" not in self.output, self.output
        errors = [line for line in self.stderr.splitlines() if " WARNING " not in line]
        errors = [line for line in errors if " DEBUG " not in line and " INFO " not in line]
        assert len(errors) == 1, self.stderr
        return errors[0]


def with_password(url: str) -> str:
    """`url` with the canary as its password (SQLite ignores it; PostgreSQL trusts)."""
    scheme, rest = url.split("://", 1)
    if scheme.startswith("sqlite"):
        return url
    user, _, host = rest.partition("@")
    return f"{scheme}://{user.split(':')[0]}:{PASSWORD_CANARY}@{host}"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    rules = tmp_path / "rules.toml"
    rules.write_text((ROOT / "rules" / "example.toml").read_text(encoding="utf-8"), "utf-8")
    path = tmp_path / "config.toml"
    path.write_text(
        f'rules = ["{rules}"]\nlog_level = "DEBUG"\n\n'
        "[connect]\nattempts = 3\nfirst_delay_s = 0.05\nmax_delay_s = 0.1\n",
        encoding="utf-8",
    )
    return path


async def hearth(*args: str, env: dict[str, str]) -> Ran:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    environ.pop("HEARTH_DEBUG", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(LAUNCHER),
        *args,
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), TIMEOUT_S)
    assert process.returncode is not None
    return Ran(process.returncode, out.decode(), err.decode())


@pytest.fixture
async def telegram() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()  # its own token differs from the canary: 401 Unauthorized
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def discord_api() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    await fake.start()
    yield fake
    await fake.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_a_rejected_telegram_token_is_one_line_and_never_printed(
    telegram: FakeBotAPI,
    config: Path,
    database_url: str,
) -> None:
    ran = await hearth(
        "run", "--platform", "telegram", "--config", str(config),
        env={
            "TELEGRAM_TOKEN": TELEGRAM_CANARY,
            "HEARTH_DATABASE_URL": with_password(database_url),
            "HEARTH_TEST_TELEGRAM_BASE": f"http://127.0.0.1:{telegram.port}/bot",
        },
    )  # fmt: skip
    assert telegram.calls == [], "the fake only records calls with its own token"
    ran.assert_no_canary()
    assert ran.code == 2
    assert "Telegram rejected the token in TELEGRAM_TOKEN" in ran.assert_one_line_failure()


async def test_a_rejected_discord_token_is_one_line_and_never_printed(
    discord_api: FakeDiscord,
    config: Path,
    database_url: str,
) -> None:
    # Discord answers a bad token with 401 (API reference: "HTTP Response Codes").
    discord_api.inject("GET", r"/users/@me$", 401, {"message": "401: Unauthorized", "code": 0})
    ran = await hearth(
        "run", "--platform", "discord", "--config", str(config),
        env={
            "DISCORD_TOKEN": DISCORD_CANARY,
            "HEARTH_DATABASE_URL": with_password(database_url),
            "HEARTH_TEST_DISCORD_API": discord_api.api_base,
            "HEARTH_TEST_DISCORD_GATEWAY": discord_api.gateway_url,
        },
    )  # fmt: skip
    assert discord_api.seen("GET", r"/users/@me$")
    ran.assert_no_canary()
    assert ran.code == 2
    assert "Discord rejected the token in DISCORD_TOKEN" in ran.assert_one_line_failure()


async def test_no_network_is_retried_with_backoff_then_one_line(config: Path) -> None:
    ran = await hearth(
        "run", "--platform", "telegram", "--config", str(config),
        env={
            "TELEGRAM_TOKEN": TELEGRAM_CANARY,
            "HEARTH_DATABASE_URL": "sqlite://",
            "HEARTH_TEST_TELEGRAM_BASE": f"http://127.0.0.1:{closed_port()}/bot",
        },
    )  # fmt: skip
    ran.assert_no_canary()
    assert ran.code == 3
    assert "attempt 2 of 3" in ran.stderr and "attempt 3 of 3" in ran.stderr
    line = ran.assert_one_line_failure()
    assert "cannot reach the Telegram Bot API" in line and "gave up after 3 attempts" in line


@pytest.mark.parametrize(
    ("platform", "token"),
    [
        ("telegram", "not a token"),
        ("telegram", TELEGRAM_CANARY.replace(":", ": ")),
        ("telegram", "AAH-canary-Telegram-token_0123456789xyz"),
        ("discord", "Bot " + DISCORD_CANARY),
        ("discord", "canary-discord-token"),
    ],
)
async def test_a_token_of_impossible_shape_is_refused_before_connecting(
    telegram: FakeBotAPI, config: Path, platform: str, token: str
) -> None:
    ran = await hearth(
        "run", "--platform", platform, "--config", str(config),
        env={
            f"{platform.upper()}_TOKEN": token,
            "HEARTH_DATABASE_URL": "sqlite://",
            "HEARTH_TEST_TELEGRAM_BASE": f"http://127.0.0.1:{telegram.port}/bot",
        },
    )  # fmt: skip
    ran.assert_no_canary()
    assert ran.code == 2
    assert "does not look like a bot token" in ran.stderr or "'Bot '" in ran.stderr
    assert telegram.calls == []
