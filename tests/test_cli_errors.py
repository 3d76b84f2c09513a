"""The command line never answers with a traceback: each broken database, URL or output
path gets one line saying what is wrong and what to do (bot/cli_errors.py)."""

from __future__ import annotations

import json
import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.storage.open_errors import describe
from tests.conftest import EXAMPLE_RULES


def hearth(monkeypatch, capsys, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """Run `hearth ARGS` in-process through main(); returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["hearth", *args])
    monkeypatch.delenv("HEARTH_DATABASE_URL", raising=False)
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    return exited.value.code, out, err


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"type": "message", "at": 1, "user": "u1", "text": "hi"}) + "\n")
    return path


def replay(monkeypatch, capsys, transcript: Path, *extra: str, env=None):  # type: ignore[no-untyped-def]
    return hearth(
        monkeypatch, capsys, "replay", "--rules", str(EXAMPLE_RULES), str(transcript), *extra,
        env=env,
    )  # fmt: skip


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_folder_given_as_the_database(monkeypatch, capsys, transcript, tmp_path) -> None:
    code, _, err = replay(monkeypatch, capsys, transcript, "--db", str(tmp_path))
    assert code == 1
    assert (
        one_line(err)
        == f"hearth: {tmp_path} is a folder, not a database file: give --db a file name"
    )


def test_a_database_in_a_folder_that_does_not_exist(
    monkeypatch, capsys, transcript, tmp_path
) -> None:
    code, _, err = replay(monkeypatch, capsys, transcript, "--db", str(tmp_path / "no" / "x.db"))
    assert code == 1 and "the folder" in one_line(err) and "does not exist" in err


def test_a_file_that_is_not_a_database(monkeypatch, capsys, transcript, tmp_path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database, it is a shopping list" * 100)
    code, _, err = replay(monkeypatch, capsys, transcript, "--db", str(corrupt))
    assert code == 1 and "is not a Hearth database or is damaged" in one_line(err)


def test_a_read_only_database(monkeypatch, capsys, transcript, tmp_path) -> None:
    path = tmp_path / "ro.db"
    sqlite3.connect(path).close()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    code, _, err = replay(monkeypatch, capsys, transcript, env={"HEARTH_DATABASE_URL": url})
    assert code == 1 and f"{path} is read-only" in one_line(err)


def test_a_locked_database_is_explained() -> None:
    error = sqlite3.OperationalError("database is locked")
    message = describe("sqlite:////tmp/hearth.db", error)
    assert "is locked by another process" in message


def test_a_url_hearth_cannot_use(monkeypatch, capsys, transcript) -> None:
    env = {"HEARTH_DATABASE_URL": "postgress://hearth:secret-pw@db/hearth"}
    code, _, err = replay(monkeypatch, capsys, transcript, env=env)
    line = one_line(err)
    assert code == 1 and "is not one Hearth can use" in line and "secret-pw" not in line


def test_a_postgresql_server_that_is_not_there(monkeypatch, capsys, transcript) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {"HEARTH_DATABASE_URL": f"postgresql://hearth:secret-pw@127.0.0.1:{port}/x"}
    code, _, err = replay(monkeypatch, capsys, transcript, env=env)
    line = one_line(err)
    assert code == 1 and f"cannot connect to PostgreSQL at 127.0.0.1:{port}" in line
    assert "secret-pw" not in line


@pytest.mark.parametrize("command", [["privacy", "export"], ["privacy", "erase", "--yes"]])
def test_privacy_commands_refuse_a_record_that_does_not_exist(
    monkeypatch, capsys, tmp_path, command
) -> None:
    missing = tmp_path / "typo.db"
    code, out, err = hearth(monkeypatch, capsys, *command, "--member", "u1", "--db", str(missing))
    assert code == 2 and out == ""
    assert one_line(err).startswith(f"there is no record at {missing}")
    assert not missing.exists()


def test_stats_refuses_a_record_that_does_not_exist(monkeypatch, capsys, tmp_path) -> None:
    missing = tmp_path / "typo.db"
    args = ["stats", "--rules", str(EXAMPLE_RULES), "--db", str(missing)]
    code, _, err = hearth(monkeypatch, capsys, *args)
    assert code == 2 and "there is no record at" in one_line(err) and not missing.exists()


@pytest.fixture
def record(tmp_path: Path) -> Path:
    path = tmp_path / "hearth.db"
    sqlite3.connect(path).close()
    return path


def test_out_that_is_a_folder(monkeypatch, capsys, tmp_path, record) -> None:
    args = ["privacy", "export", "--member", "u1", "--db", str(record), "--out", str(tmp_path)]
    code, _, err = hearth(monkeypatch, capsys, *args)
    assert code == 1
    assert one_line(err) == f"hearth: {tmp_path} is a folder, not a file: choose another path"


def test_out_in_a_folder_that_does_not_exist(monkeypatch, capsys, tmp_path, record) -> None:
    out = tmp_path / "missing" / "u1.json"
    args = ["privacy", "export", "--member", "u1", "--db", str(record), "--out", str(out)]
    code, _, err = hearth(monkeypatch, capsys, *args)
    assert code == 1 and "choose another path" in one_line(err)


def test_stats_out_that_is_a_file(monkeypatch, capsys, tmp_path, record) -> None:
    taken = tmp_path / "taken"
    taken.write_text("x")
    args = ["stats", "--rules", str(EXAMPLE_RULES), "--db", str(record), "--out", str(taken)]
    code, _, err = hearth(monkeypatch, capsys, *args)
    assert code == 1 and "choose another path" in one_line(err)
