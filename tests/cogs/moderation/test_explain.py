"""`hearth replay --explain`: why each message was or was not flagged."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLE_RULES, ROOT


def explain(tmp_path, lines: list[dict]) -> list[dict]:
    transcript = tmp_path / "t.jsonl"
    transcript.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "replay",
            "--rules",
            str(EXAMPLE_RULES),
            str(transcript),
            "--json",
            "--explain",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(row) for row in result.stdout.splitlines()]


def msg(text: str, at: int) -> dict:
    return {"type": "message", "at": at, "user": "u1", "name": "Ola", "text": text}


def test_explain_says_why_a_message_was_flagged_and_another_was_not(tmp_path):
    rows = explain(tmp_path, [msg("you f u c k i n g idiot", 1), msg("slutet var bra", 2)])

    explained = {row["line"]: row["explain"] for row in rows if "explain" in row}
    assert explained[1]["verdict"] == "flagged"
    assert explained[1]["acted_on"] == "profanity"
    assert "fucking" in explained[1]["normalized"]
    assert explained[1]["strike_points"] > 0
    assert explained[2]["verdict"] == "clean" and explained[2]["findings"] == []


def test_explain_keeps_the_action_lines_of_plain_json(tmp_path):
    rows = explain(tmp_path, [msg("you f u c k i n g idiot", 1)])

    actions = [row["action"] for row in rows if "action" in row]
    assert actions[:2] == ["delete", "warn"]
