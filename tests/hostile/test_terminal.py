"""No terminal or markup injection: what members wrote is shown, never obeyed.

`hearth replay` used to crash on a display name "[/]" (rich MarkupError, all output
lost) and rendered names with rich markup, OSC 8 hyperlinks and ANSI escapes.
"""

from __future__ import annotations

import io
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from bot.adapters.console import ConsoleAdapter, ConsoleSession, run_console
from bot.cli import app
from bot.logging_setup import JsonFormatter, TextFormatter
from bot.terminal import json_safe, markup, plain
from tests.conftest import EXAMPLE_RULES

OSC8 = "\x1b]8;;https://evil.example\x1b\\innocent\x1b]8;;\x1b\\"
NAMES = [
    "[/]",
    "[bold red]Boss[/] [link=https://evil.example]x[/link]",
    OSC8,
    "\x1b[2J\x1b[31mRed",
]
HOSTILE_NAME = " ".join(NAMES) + " \u202egnp.exe \x9b31m\x07"
ESCAPES = ("\x1b", "\x9b", "\x07", "\u202e")

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        (OSC8, "innocent"),
        ("\x1b]0;new window title\x07after", "after"),
        ("\x9b2Jclear", "clear"),
        ("\u202egnp.exe", "gnp.exe"),
        ("bell\x07 back\x08 cr\r", "bell back cr"),
        ("two\nlines\ttab", "two\nlines\ttab"),
    ],
)
def test_escape_sequences_and_controls_are_removed(text: str, shown: str) -> None:
    assert plain(text) == shown


@pytest.mark.parametrize("text", ["hej då", "zażółć", "שָׁלוֹם", "0️⃣ 👨‍👩‍👧 🇸🇪", "[ok]"])
def test_ordinary_text_is_shown_as_written(text: str) -> None:
    assert plain(text) == text


def test_markup_is_escaped_after_controls_are_removed() -> None:
    assert markup("[/]\x1b[1m[b]x") == "\\[/]\\[b]x"


def test_json_keeps_the_data_but_escapes_what_a_terminal_would_obey() -> None:
    document = json_safe(json.dumps({"name": HOSTILE_NAME}, ensure_ascii=False))
    assert not any(char in document for char in ESCAPES)
    assert json.loads(document) == {"name": HOSTILE_NAME}


def transcript(tmp_path: Path) -> Path:
    lines = [
        {"type": "join", "at": "2026-11-01T12:00:00Z", "user": "u9", "name": HOSTILE_NAME},
        {"type": "message", "at": "2026-11-01T12:01:00Z", "user": "u9",
         "text": f"buy followers {OSC8} [bold]now[/bold]"},
    ]  # fmt: skip
    path = tmp_path / "hostile.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_replay_prints_hostile_names_as_plain_text(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["replay", "--rules", str(EXAMPLE_RULES), str(transcript(tmp_path))],
        env={"COLUMNS": "1000"},
    )
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[link=https://evil.example]" in result.stdout
    assert "innocent" in result.stdout and "delete" in result.stdout
    assert not any(char in result.stdout for char in ESCAPES)


def test_replay_json_escapes_what_a_terminal_would_obey(tmp_path: Path) -> None:
    args = ["replay", "--json", "--rules", str(EXAMPLE_RULES), str(transcript(tmp_path))]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert not any(char in result.stdout for char in ESCAPES)
    welcome = json.loads(result.stdout.splitlines()[0])
    assert "[/]" in welcome["text"]


async def test_the_console_shows_hostile_names_as_plain_text(make_engine, add_community) -> None:
    out = io.StringIO()
    console = Console(file=out, width=300, highlight=False, force_terminal=True)
    engine = await make_engine(adapter=ConsoleAdapter(console))
    community = await add_community(engine)
    session = ConsoleSession(community.id, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    script = f":join {HOSTILE_NAME}\n@{NAMES[1]}: buy followers {OSC8}\n:channel [/]\n"
    await run_console(engine, session, console, io.StringIO(script))
    shown = out.getvalue()
    assert "[bold red]Boss[/]" in shown and "innocent" in shown
    assert "https://evil.example\x1b" not in shown and "\x1b]8;;https" not in shown
    assert "\x1b[2J" not in shown and "\u202e" not in shown


def record(message: str) -> logging.LogRecord:
    return logging.LogRecord("hearth", logging.DEBUG, __file__, 1, message, None, None)


def test_log_lines_show_control_characters_as_escapes() -> None:
    line = TextFormatter("%(message)s").format(record(f"text was {OSC8}"))
    assert "\x1b" not in line and "\\x1b]8;;https://evil.example" in line
    assert "\x1b" not in JsonFormatter().format(record(f"text was {OSC8} \u202e"))
