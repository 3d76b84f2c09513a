"""`hearth --help` reads like a Unix tool's: `--rules FILE`, flags without a type."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["replay"], ["TRANSCRIPT", "--rules FILE", "--db PATH", "--config FILE"]),
        (["stats"], ["--since DURATION", "--until TIME", "--out DIR"]),
        (["run"], ["--platform discord|telegram", "--webhook URL"]),
        (["check-rules"], ["PATH"]),
        (["privacy", "export"], ["--member ID", "--out FILE"]),
        (["privacy", "erase"], ["--member ID", "--yes"]),
    ],
)
def test_help_shows_readable_metavars(command: list[str], shown: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for text in shown:
        assert text in result.stdout, text
    assert "<bool>" not in result.stdout and "<str>" not in result.stdout
