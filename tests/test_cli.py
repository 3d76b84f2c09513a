"""The `hearth` command line: check-rules, and replay with the JSON contract of DESIGN.md."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bot.cli import app
from tests.conftest import EXAMPLE_RULES, rules_text


def event(kind: str, second: int, user: str, **fields) -> str:
    return json.dumps(
        {"type": kind, "at": f"2026-11-01T12:00:{second:02d}Z", "user": user, **fields},
        ensure_ascii=False,
    )


REALISTIC = [
    event("join", 0, "u2", name="Kasia"),
    event("message", 5, "u2", name="Kasia", channel="general", text="Hej alla! Glad to be here"),
    event(
        "message", 10, "u1", name="Ola", channel="general", text="get FREE NITRO here", roles=[]
    ),
    event("command", 15, "u1", name="frobnicate"),
    event("message", 20, "u2", channel="general", text="welcome Ola :)", reply_to=3),
    event("command", 25, "m1", roles=["moderator"], name="help", args={}),
]


@pytest.fixture
def cli(monkeypatch):
    """Run `hearth ...` in-process; stdout and stderr come back separately."""
    monkeypatch.delenv("HEARTH_DATABASE_URL", raising=False)
    monkeypatch.delenv("HEARTH_CONFIG", raising=False)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)

    return run


def transcript(tmp_path, lines, name: str = "t.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


# -- check-rules -------------------------------------------------------------------


def test_check_rules_summarises_the_example_and_exits_0(cli):
    result = cli("check-rules", EXAMPLE_RULES)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{EXAMPLE_RULES}: ok — Example Community (en, sv, nb, pl;")
    assert "keyword rules" in result.stdout


def test_check_rules_names_the_broken_line_and_exits_1(cli, write_rules):
    path = write_rules(rules_text("[welcome]\nenabled = true\ncolour = 'red'\n"), "broken.toml")
    result = cli("check-rules", path)
    assert result.exit_code == 1
    assert result.stderr == f"{path}:9: unknown key 'welcome.colour'\n"
    assert result.stdout == ""


def test_check_rules_checks_every_file_in_a_folder(cli, write_rules, tmp_path):
    write_rules(rules_text(), "good.toml")
    bad = write_rules("[community]\nname = \n", "bad.toml")
    result = cli("check-rules", tmp_path)
    assert result.exit_code == 1
    assert "good.toml: ok" in result.stdout
    assert result.stderr.startswith(f"{bad}:2: TOML syntax")


def test_check_rules_on_an_empty_folder_fails(cli, tmp_path):
    result = cli("check-rules", tmp_path)
    assert result.exit_code == 1
    assert "no rule files found" in result.stderr


# -- replay ---------------------------------------------------------------------------


def test_replay_json_prints_one_object_per_action_in_order(cli, tmp_path):
    result = cli("replay", "--rules", EXAMPLE_RULES, transcript(tmp_path, REALISTIC), "--json")
    assert result.exit_code == 0, result.stderr
    actions = json_lines(result.stdout)
    assert [(action["line"], action["action"]) for action in actions] == [
        (1, "send"),
        (3, "delete"),
        (3, "warn"),
        (4, "reply"),
        (6, "reply"),
    ]


def test_replay_end_to_end_welcome_moderation_and_replies(cli, tmp_path):
    result = cli("replay", "--rules", EXAMPLE_RULES, transcript(tmp_path, REALISTIC), "--json")
    welcome, delete, warn, unknown, help_reply = json_lines(result.stdout)
    assert welcome["channel"] == "welcome"
    assert "Kasia" in welcome["text"]
    assert (delete["user"], delete["rule"], delete["message_id"]) == ("u1", "self-promotion", "3")
    assert (warn["user"], warn["rule"]) == ("u1", "self-promotion")
    assert warn["text"].startswith("Hi Ola")
    assert unknown["user"] == "u1"
    assert "/frobnicate" in unknown["text"]
    assert help_reply["user"] == "m1"
    assert "/guidelines" in help_reply["text"]


def test_replay_json_keys_start_with_line_and_action(cli, tmp_path):
    result = cli("replay", "--rules", EXAMPLE_RULES, transcript(tmp_path, REALISTIC), "--json")
    for line in result.stdout.splitlines():
        assert list(json.loads(line))[:2] == ["line", "action"]


def test_a_bad_transcript_line_is_reported_skipped_and_fails_the_run(cli, tmp_path):
    lines = [REALISTIC[0], "{not json", '["a list"]', event("shout", 1, "u1"), REALISTIC[2]]
    path = transcript(tmp_path, lines)
    result = cli("replay", "--rules", EXAMPLE_RULES, path, "--json")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"{path}:2: not valid JSON")
    assert errors[1] == f"{path}:3: each line must be a JSON object"
    assert errors[2].startswith(f"{path}:4: unknown type 'shout'")
    assert [(a["line"], a["action"]) for a in json_lines(result.stdout)] == [
        (1, "send"),
        (5, "delete"),
        (5, "warn"),
    ]


def test_replay_without_json_prints_a_table(cli, tmp_path):
    result = cli("replay", "--rules", EXAMPLE_RULES, transcript(tmp_path, REALISTIC[:1]))
    assert result.exit_code == 0
    assert "send" in result.stdout and "welcome" in result.stdout


def test_replay_with_a_broken_rule_file_fails_naming_its_line(cli, tmp_path, write_rules):
    rules = write_rules("[community]\nname = 3\n", "broken.toml")
    result = cli("replay", "--rules", rules, transcript(tmp_path, REALISTIC), "--json")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{rules}:2: ")
    assert result.stdout == ""


def test_replay_of_a_missing_transcript_fails(cli, tmp_path):
    missing = tmp_path / "missing.jsonl"
    result = cli("replay", "--rules", EXAMPLE_RULES, missing, "--json")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{missing}:0: cannot read")


def test_db_keeps_strike_points_between_runs(cli, tmp_path):
    db = tmp_path / "record.db"
    spam = [event("message", s, "u1", name="Ola", text="free nitro") for s in (0, 5)]
    first = cli(
        "replay",
        "--rules",
        EXAMPLE_RULES,
        transcript(tmp_path, spam, "a.jsonl"),
        "--json",
        "--db",
        db,
    )
    assert "timeout" not in [action["action"] for action in json_lines(first.stdout)]
    again = [event("message", 30, "u1", text="free nitro")]
    second = cli(
        "replay",
        "--rules",
        EXAMPLE_RULES,
        transcript(tmp_path, again, "b.jsonl"),
        "--json",
        "--db",
        db,
    )
    assert second.exit_code == 0, second.stderr
    assert [action["action"] for action in json_lines(second.stdout)] == [
        "delete",
        "warn",
        "timeout",
    ]


def test_without_db_each_run_starts_from_an_empty_record(cli, tmp_path):
    spam = transcript(tmp_path, [event("message", s, "u1", text="free nitro") for s in (0, 5)])
    cli("replay", "--rules", EXAMPLE_RULES, spam, "--json")
    second = cli("replay", "--rules", EXAMPLE_RULES, spam, "--json")
    assert "timeout" not in [action["action"] for action in json_lines(second.stdout)]
