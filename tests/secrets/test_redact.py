"""bot.redact masks secrets by value and by shape; uncaught exceptions are masked too."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot import redact
from tests.conftest import ROOT

from .test_canaries import DISCORD_CANARY, PASSWORD_CANARY, TELEGRAM_CANARY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"POST /bot{TELEGRAM_CANARY}/getMe", "POST /bot***/getMe"),
        (f"Authorization: Bot {DISCORD_CANARY}", "Authorization: Bot ***"),
        (
            f"postgresql://hearth:{PASSWORD_CANARY}@db:5432/hearth",
            "postgresql://hearth:***@db:5432/hearth",
        ),
        (f"host=db user=hearth password={PASSWORD_CANARY}", "host=db user=hearth password=***"),
    ],
)
def test_secret_shapes_are_masked_without_being_known(text: str, expected: str) -> None:
    assert redact.redact(text, values=()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see https://example.org/a.b.c and bot.adapters.telegram_adapter",
        "at 12:30:45 on 2026-11-01, case #12: 3 strikes",
        "user@example.org wrote ratio 0.75",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact.redact(text, values=()) == text


def test_a_percent_encoded_password_is_masked_as_written_and_decoded() -> None:
    redact.register_url("postgresql://hearth:p%40ss-w0rd-x@db/hearth")
    assert redact.redact("p@ss-w0rd-x and p%40ss-w0rd-x") == "*** and ***"


def test_the_database_url_in_the_environment_is_a_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HEARTH_DATABASE_URL", f"postgresql://u:{PASSWORD_CANARY}@h/db")
    assert redact.redact(f"login failed with {PASSWORD_CANARY}") == "login failed with ***"


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_TOKEN": "plain-secret-value"}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_an_uncaught_exception_is_printed_masked() -> None:
    ran = run_python(
        "import os; from bot import redact; redact.install()\n"
        "raise RuntimeError('rejected ' + os.environ['TELEGRAM_TOKEN'])"
    )
    assert "Traceback" in ran.stderr and "RuntimeError: rejected ***" in ran.stderr
    assert "plain-secret-value" not in ran.stderr


def test_an_exception_in_a_thread_is_printed_masked() -> None:
    ran = run_python(
        "import os, threading; from bot import redact; redact.install()\n"
        "def boom(): raise RuntimeError('rejected ' + os.environ['TELEGRAM_TOKEN'])\n"
        "t = threading.Thread(target=boom, name='worker'); t.start(); t.join()"
    )
    assert "Exception in worker" in ran.stderr and "rejected ***" in ran.stderr
    assert "plain-secret-value" not in ran.stderr


def test_the_command_line_turns_an_unexpected_error_into_one_masked_line() -> None:
    ran = run_python(
        "import os; from bot.cli_errors import guarded\n"
        "def app(): raise RuntimeError('rejected ' + os.environ['TELEGRAM_TOKEN'] + '\\nmore')\n"
        "guarded(app)"
    )
    assert ran.returncode == 1
    [line] = ran.stderr.splitlines()
    assert line.startswith("hearth: unexpected error: RuntimeError: rejected ***")
    assert "HEARTH_DEBUG=1" in line
