"""`hearth privacy export|erase` on the same record the bot writes (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.storage import Store
from tests.storage.conftest import all_rows, database_url  # noqa: F401 - the fixture
from tests.storage.test_privacy import COLUMNS_BY_TABLE, NAME, SECRET_TEXTS, populate

runner = CliRunner()


def on_store(url: str, work: Callable[[Store], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        store = await Store.open(url, flush_interval_s=0)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(main())


def names_member(table: str, row: dict[str, Any], community: str, user: str) -> bool:
    return row.get("community_id") == community and any(
        row.get(column) == user for column in COLUMNS_BY_TABLE[table]
    )


@pytest.fixture
def record(database_url: str, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    """A populated record (u1 in c1 and c2) and the environment that points at it."""
    on_store(database_url, populate)
    return {"HEARTH_DATABASE_URL": database_url}


@pytest.fixture
def c1_rules(tmp_path: Path) -> Path:
    path = tmp_path / "c1.toml"
    path.write_text(
        '[community]\nname = "C1"\nlanguages = ["en"]\nlocale = "en"\n'
        'timezone = "UTC"\nid = "c1"\n',
        encoding="utf-8",
    )
    return path


def test_export_prints_every_row_about_the_member_and_nothing_else(
    record: dict[str, str], c1_rules: Path
) -> None:
    result = runner.invoke(
        app, ["privacy", "export", "--member", "u1", "--rules", str(c1_rules)], env=record
    )
    assert result.exit_code == 0, result.output
    [exported] = json.loads(result.stdout)["communities"]
    everything = on_store(record["HEARTH_DATABASE_URL"], all_rows)
    for table, columns in COLUMNS_BY_TABLE.items():
        expected = [row for row in everything[table] if names_member(table, row, "c1", "u1")]
        assert expected, f"the record has no {table} row about u1"
        withheld = exported["withheld"].get(table, 0)  # moderator notes: a count by default
        assert len(exported[table]) + withheld == len(expected), table
        assert all(any(row.get(c) == "u1" for c in columns) for row in exported[table])


def test_export_names_nobody_but_the_member(record: dict[str, str], c1_rules: Path) -> None:
    args = ["privacy", "export", "--member", "u1", "--rules", str(c1_rules)]
    result = runner.invoke(app, args, env=record)
    assert result.exit_code == 0, result.output
    for other in ("u2", "m1", "Kasia", SECRET_TEXTS[0]):
        assert other not in result.stdout
    [exported] = json.loads(result.stdout)["communities"]
    reasons = {row["reporter_id"]: row["reason"] for row in exported["reports"]}
    assert reasons == {"u1": SECRET_TEXTS[3], "(the reporter)": None}


def test_export_follows_the_rule_files_choice_for_notes(
    record: dict[str, str], c1_rules: Path
) -> None:
    c1_rules.write_text(
        c1_rules.read_text(encoding="utf-8") + '\n[privacy]\nexport_notes = "full"\n',
        encoding="utf-8",
    )
    args = ["privacy", "export", "--member", "u1", "--rules", str(c1_rules)]
    result = runner.invoke(app, args, env=record)
    [exported] = json.loads(result.stdout)["communities"]
    assert [note["text"] for note in exported["notes"]] == [SECRET_TEXTS[0]]


def test_export_without_rules_covers_every_community_of_the_member(
    record: dict[str, str],
) -> None:
    result = runner.invoke(app, ["privacy", "export", "--member", "u1"], env=record)
    assert result.exit_code == 0, result.output
    exported = json.loads(result.stdout)["communities"]
    assert [part["community_id"] for part in exported] == ["c1", "c2"]


def test_export_writes_to_a_file_with_out(
    record: dict[str, str], c1_rules: Path, tmp_path: Path
) -> None:
    out = tmp_path / "u1.json"
    args = ["privacy", "export", "--member", "u1", "--rules", str(c1_rules), "--out", str(out)]
    result = runner.invoke(app, args, env=record)
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["user_id"] == "u1"


def test_export_reads_a_sqlite_file_given_with_db(tmp_path: Path, c1_rules: Path) -> None:
    path = tmp_path / "x.db"
    on_store(f"sqlite:///{path}", populate)
    args = ["privacy", "export", "--member", "u1", "--rules", str(c1_rules), "--db", str(path)]
    result = runner.invoke(app, args, env={"HEARTH_DATABASE_URL": ""})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["communities"][0]["members"][0]["display_name"] == NAME


def test_erase_with_yes_leaves_nothing_identifying_in_any_table(
    record: dict[str, str], c1_rules: Path
) -> None:
    args = ["privacy", "erase", "--member", "u1", "--rules", str(c1_rules), "--yes"]
    result = runner.invoke(app, args, env=record)
    assert result.exit_code == 0, result.output
    assert "erased" in result.stdout
    for table, rows in on_store(record["HEARTH_DATABASE_URL"], all_rows).items():
        for row in rows:
            if row.get("community_id") != "c1":
                continue
            values = [str(value) for value in row.values() if value is not None]
            assert "u1" not in values, (table, row)
            assert not any(s in v for s in [NAME, *SECRET_TEXTS] for v in values), (table, row)


def test_erase_without_confirmation_erases_nothing(record: dict[str, str], c1_rules: Path) -> None:
    args = ["privacy", "erase", "--member", "u1", "--rules", str(c1_rules)]
    result = runner.invoke(app, args, env=record)
    assert result.exit_code == 1
    assert "--yes" in result.stderr
    exported = on_store(record["HEARTH_DATABASE_URL"], lambda s: s.export_member("c1", "u1"))
    assert exported["members"][0]["display_name"] == NAME


def test_a_bad_rule_file_is_reported_with_its_line(record: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[community]\nname = 3\n", encoding="utf-8")
    result = runner.invoke(
        app, ["privacy", "export", "--member", "u1", "--rules", str(bad)], env=record
    )
    assert result.exit_code == 2
    assert "bad.toml:" in result.stderr
