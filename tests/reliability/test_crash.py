"""Crash safety: `hearth replay --db` killed with SIGKILL under heavy moderation traffic
leaves a database that opens cleanly, with every incident written before the kill intact
and consistent with the transcript; temporary actions survive a restart."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.storage import Store
from bot.storage.migrate import head_revision
from tests.conftest import NOW, ROOT

from .conftest import INSULT

LINES = 5000
START = 1_800_000_000
KILL_AFTER_INCIDENTS = 40
POLL_LIMIT = 1200  # 0.05 s each: give up waiting after about a minute
RULES = f"""
[community]
name = "Crash test"
languages = ["en"]
locale = "en"
timezone = "UTC"
id = "crash"

[[moderation.keywords]]
id = "insults"
words = ["{INSULT}"]
severity = "mild"
actions = ["delete", "warn", "strike"]
"""
COLUMNS = "id, user_id, at, rule, channel, message_id, excerpt, points, actions"


def transcript(path: Path) -> list[dict[str, Any]]:
    """Forty members trading insults in three channels, one message a second."""
    lines = [
        {
            "type": "message",
            "at": START + n,
            "user": f"u{n % 40}",
            "channel": f"c{n % 3}",
            "text": f"you {INSULT} number {n}",
        }
        for n in range(LINES)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return lines


def incident_rows(db: Path, *, while_running: bool = False) -> list[tuple[Any, ...]] | None:
    """The committed incidents as another process sees them (None before the schema exists).

    Nothing is read before the writer has switched the file to WAL (the -wal file exists):
    a reader holding a lock during that switch could make the writer fail at start-up.
    """
    if while_running and not Path(f"{db}-wal").exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return None
    try:
        return conn.execute(f"SELECT {COLUMNS} FROM incidents ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()


def kill_after_incidents(process: subprocess.Popen[bytes], db: Path) -> list[tuple[Any, ...]]:
    """Wait until enough incidents are committed, snapshot them, then SIGKILL."""
    for _ in range(POLL_LIMIT):
        if process.poll() is not None:
            pytest.fail("replay finished before it could be killed; make the transcript longer")
        rows = incident_rows(db, while_running=True) or []
        if len(rows) >= KILL_AFTER_INCIDENTS:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return rows
        time.sleep(0.05)
    process.kill()
    process.wait()
    pytest.fail("replay wrote too few incidents to test a crash")


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the replay, kill it mid-run, and keep what was committed before the kill."""
    folder = tmp_path_factory.mktemp("crash")
    rules, log, db = folder / "crash.toml", folder / "traffic.jsonl", folder / "record.db"
    rules.write_text(RULES, encoding="utf-8")
    lines = transcript(log)
    command = [sys.executable, "-m", "bot.cli", "replay", str(log), "--rules", str(rules)]
    process = subprocess.Popen(
        [*command, "--db", str(db), "--json"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HEARTH_DATABASE_URL": ""},
    )
    before = kill_after_incidents(process, db)
    return {"db": db, "lines": lines, "before": before, "returncode": process.returncode}


def with_store(db: Path, work: Any) -> Any:
    async def main() -> Any:
        store = await Store.open(f"sqlite:///{db}", flush_interval_s=0)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(main())


def test_the_replay_really_was_killed_mid_run(crashed: dict[str, Any]) -> None:
    assert crashed["returncode"] == -signal.SIGKILL


def test_the_database_passes_an_integrity_check_after_the_kill(crashed: dict[str, Any]) -> None:
    conn = sqlite3.connect(crashed["db"])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_the_database_reopens_with_its_schema_at_head(crashed: dict[str, Any]) -> None:
    async def revision(store: Store) -> str | None:
        return await store.schema_revision()

    assert with_store(crashed["db"], revision) == head_revision()


def test_every_incident_committed_before_the_kill_is_intact(crashed: dict[str, Any]) -> None:
    with_store(crashed["db"], lambda store: store.flush())  # reopen (recovery) first
    after = incident_rows(crashed["db"]) or []
    assert after[: len(crashed["before"])] == crashed["before"]


def test_every_incident_matches_the_transcript_line_it_names(crashed: dict[str, Any]) -> None:
    async def incidents(store: Store) -> list[Any]:
        return await store.incidents("crash")

    recorded = with_store(crashed["db"], incidents)
    assert len(recorded) >= KILL_AFTER_INCIDENTS
    for incident in recorded:
        line = crashed["lines"][int(incident.message_id) - 1]
        assert incident.user_id == line["user"]
        assert incident.channel == line["channel"]
        assert incident.at == datetime.fromtimestamp(line["at"], UTC)
        assert (incident.rule, incident.excerpt) == ("insults", INSULT)


def test_incident_ids_have_no_gaps_from_half_written_transactions(
    crashed: dict[str, Any],
) -> None:
    lines = sorted(int(row[5]) for row in incident_rows(crashed["db"]) or [])
    assert lines == list(range(1, len(lines) + 1))


# -- temporary actions outlive the process --------------------------------------------


async def test_temp_actions_due_while_the_bot_was_down_are_due_after_reopening(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'record.db'}"
    store = await Store.open(url, flush_interval_s=0)
    short = await store.add_temp_action("c1", "u1", "timeout", NOW + timedelta(minutes=10))
    await store.add_temp_action("c1", "u2", "ban", NOW + timedelta(days=7))
    await store.close()
    reopened = await Store.open(url, flush_interval_s=0)
    try:
        due = await reopened.due_temp_actions(NOW + timedelta(hours=3))
        assert [(action.id, action.user_id) for action in due] == [(short.id, "u1")]
    finally:
        await reopened.close()
