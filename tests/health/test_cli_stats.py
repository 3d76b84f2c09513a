"""End to end: `hearth replay --db` then `hearth stats --db` shows the replayed traffic."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app

RULES = """\
[community]
name = "Replay Town"
languages = ["en", "sv"]
locale = "en"
timezone = "Europe/Stockholm"
id = "replay-town"

[channels]
welcome = "welcome"
"""

TRANSCRIPT = [
    {"type": "join", "at": "2026-11-01T09:00:00Z", "user": "u1", "name": "Ola"},
    {"type": "join", "at": "2026-11-01T09:05:00Z", "user": "u2", "name": "Kasia"},
    {"type": "message", "at": "2026-11-01T10:00:00Z", "user": "u1", "channel": "general",
     "text": "hej allihop"},
    {"type": "message", "at": "2026-11-01T10:01:00Z", "user": "u2", "channel": "general",
     "text": "cześć!"},
    {"type": "message", "at": "2026-11-01T10:02:00Z", "user": "u1", "channel": "music",
     "text": "any tips for a new guitar?"},
    {"type": "leave", "at": "2026-11-02T08:00:00Z", "user": "u2"},
]  # fmt: skip


def test_stats_shows_what_replay_recorded(tmp_path: Path) -> None:
    rules = tmp_path / "town.toml"
    rules.write_text(RULES, encoding="utf-8")
    transcript = tmp_path / "day.jsonl"
    transcript.write_text("\n".join(json.dumps(line) for line in TRANSCRIPT), encoding="utf-8")
    db, out = tmp_path / "town.db", tmp_path / "report"
    runner = CliRunner()

    replayed = runner.invoke(
        app, ["replay", str(transcript), "--rules", str(rules), "--db", str(db), "--json"]
    )
    assert replayed.exit_code == 0, replayed.output
    stats = runner.invoke(
        app,
        ["stats", "--rules", str(rules), "--db", str(db), "--since", "7d",
         "--until", "2026-11-03T00:00:00Z", "--out", str(out)],
    )  # fmt: skip

    assert stats.exit_code == 0, stats.output
    assert "Members: 2 joined, 1 left (+1)." in stats.stdout
    assert "3 messages; busiest channel: #general." in stats.stdout
    assert "Busiest time: Sunday around 11:00." in stats.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["channels"] == {"general": 2, "music": 1}
    assert report["active_members"] == 2
    assert {path.name for path in out.glob("*.png")} >= {"growth.png", "heatmap.png"}


def test_stats_with_a_bad_since_exits_with_a_message(tmp_path: Path) -> None:
    rules = tmp_path / "town.toml"
    rules.write_text(RULES, encoding="utf-8")
    result = CliRunner().invoke(app, ["stats", "--rules", str(rules), "--since", "soon"])
    assert result.exit_code == 2 and "bad --since" in result.output
