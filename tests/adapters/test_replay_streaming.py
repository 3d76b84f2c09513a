"""`hearth replay` streams: output appears as lines are read, standard input works, and
a handler that fails makes the exit status 1 instead of a quiet, incomplete answer."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from cogs.moderation import Moderation
from tests.conftest import EXAMPLE_RULES, ROOT

runner = CliRunner()
SPAM = {"type": "message", "at": "2026-11-01T12:00:00Z", "user": "u1", "text": "buy followers"}
HELLO = {"type": "message", "at": "2026-11-01T12:01:00Z", "user": "u2", "text": "hello"}


def lines(*events: dict) -> str:
    return "".join(json.dumps(event) + "\n" for event in events)


def test_standard_input_is_read_with_a_dash() -> None:
    args = ["replay", "--json", "--rules", str(EXAMPLE_RULES), "-"]
    result = runner.invoke(app, args, input=lines(SPAM, HELLO))
    assert result.exit_code == 0, result.output
    actions = [json.loads(row)["action"] for row in result.stdout.splitlines()]
    assert actions[:2] == ["delete", "warn"]


def test_a_failing_handler_makes_the_exit_status_1(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(self, ctx) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug in a cog")

    monkeypatch.setattr(Moderation, "check_message", broken)
    args = ["replay", "--json", "--rules", str(EXAMPLE_RULES), "-"]
    result = runner.invoke(app, args, input=lines(SPAM))
    assert result.exit_code == 1
    assert "1 handler failure(s), logged above" in result.stderr


async def test_output_appears_before_the_transcript_ends() -> None:
    """The first line's actions are printed while standard input is still open."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "replay", "--json", "--rules", str(EXAMPLE_RULES), "-",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(lines(SPAM).encode())
        await process.stdin.drain()
        first = await asyncio.wait_for(process.stdout.readline(), timeout=60)
        assert json.loads(first)["action"] == "delete"
        assert process.returncode is None, "replay finished before its input did"
    finally:
        process.stdin.close()
        await process.wait()


def test_a_missing_transcript_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    result = runner.invoke(app, ["replay", "--rules", str(EXAMPLE_RULES), str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"{missing}:0: cannot read: No such file or directory\n"
