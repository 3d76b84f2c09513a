"""The toolkit through `hearth replay` transcripts: the JSON lines a dry run prints,
including the refusals (which print only the reply)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.adapters.replay import replay_lines

ROOT = Path(__file__).resolve().parents[3]


def line(**fields: object) -> str:
    return json.dumps({"at": "2026-11-01T12:00:00Z", **fields})


def command(name: str, args: dict, actor: str = "m1", roles: tuple[str, ...] = ("moderator",)):
    return line(type="command", user=actor, roles=list(roles), name=name, args=args)


async def replay(toolkit, lines: list[str]) -> list[dict]:
    errors = io.StringIO()
    results, bad = await replay_lines(toolkit.engine, "toolkit", lines, "t.jsonl", errors)
    assert bad == 0, errors.getvalue()
    return [result.to_dict() for result in results]


async def test_a_moderators_warn_prints_warn_report_and_reply(dry):
    await dry.store.upsert_member("toolkit", "u1", "Ola")
    out = await replay(dry, [command("warn", {"user": "u1", "reason": "spam"})])

    assert [(row["line"], row["action"]) for row in out] == [
        (1, "warn"),
        (1, "report"),
        (1, "reply"),
    ]
    assert out[0]["user"] == "u1" and out[0]["reason"] == "spam"


async def test_refusals_print_only_the_reply(dry):
    lines = [
        command("timeout", {"user": "u1", "duration": "forever", "reason": "x"}),
        command("ban", {"user": "u1", "reason": "x"}, actor="u2", roles=()),
    ]

    out = await replay(dry, lines)

    assert [(row["line"], row["action"]) for row in out] == [(1, "reply"), (2, "reply")]
    assert "forever" in out[0]["text"]
    assert "Only moderators" in out[1]["text"]


async def test_a_report_by_line_number_carries_the_excerpt(dry):
    lines = [
        line(type="message", user="u1", name="Ola", text="you are all idiots"),
        line(
            type="command",
            user="u2",
            name="report",
            args={"user": "u1", "reason": "insult", "message": "1"},
        ),
        line(
            type="command",
            user="u3",
            name="report",
            at="2026-11-01T12:05:00Z",
            args={"user": "u1", "reason": "same", "message": "1"},
        ),
    ]

    out = await replay(dry, lines)

    assert [(row["line"], row["action"]) for row in out] == [
        (2, "send"),
        (2, "reply"),
        (3, "reply"),
    ]
    assert "you are all idiots" in out[0]["text"] and "Not translated" in out[0]["text"]
    assert "already been reported" in out[2]["text"]


async def test_a_second_appeal_prints_a_refusal(dry):
    lines = [
        command("ban", {"user": "u1", "reason": "x", "duration": "1d"}),
        line(type="command", user="u1", name="appeal", args={"case": 1, "text": "sorry"}),
        line(type="command", user="u1", name="appeal", args={"case": 1, "text": "please"}),
    ]

    out = await replay(dry, lines)

    assert [row["action"] for row in out if row["line"] == 2] == ["send", "reply"]
    assert [row["action"] for row in out if row["line"] == 3] == ["reply"]
    assert "already appealed" in out[-1]["text"]


def test_hearth_replay_with_the_example_rules_prints_toolkit_actions(tmp_path):
    """The CLI path (`hearth replay --rules rules/example.toml FILE --json`), in a child
    process: the toolkit is one of the default cogs."""
    transcript = tmp_path / "t.jsonl"
    transcript.write_text(
        "\n".join(
            [
                line(type="message", user="u1", text="hello"),
                command("timeout", {"user": "u1", "duration": "2h", "reason": "heated"}),
                command("lockdown", {"reason": "raid"}),
                line(type="message", user="u2", text="I want to die"),
            ]
        ),
        encoding="utf-8",
    )
    argv = ["replay", "--rules", str(ROOT / "rules" / "example.toml"), str(transcript), "--json"]

    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    rows = [json.loads(row) for row in result.stdout.splitlines()]
    timeout = {"action": "timeout", "user": "u1", "reason": "heated", "duration_s": 7200}
    assert {"line": 2, **timeout} in rows
    assert [row["channel"] for row in rows if row["action"] == "lock"] == [
        "general",
        "introductions",
    ]
    assert [row["action"] for row in rows if row["line"] == 4] == ["report", "dm"]
