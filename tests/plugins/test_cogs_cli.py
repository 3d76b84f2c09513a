"""`hearth cogs`: what is installed, what each cog owns and needs, and what a community
has switched on; a cog installed with pip shows up, a broken one is named with its reason."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.plugins import installed_catalog
from tests.conftest import rules_text
from tests.plugins.planting import plant_distribution


def hearth(*args: str):
    return CliRunner().invoke(app, list(args))


def listing(*args: str) -> dict:
    result = hearth("cogs", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_builtin_cog_is_listed_with_its_tables_and_needs():
    cogs = {row["name"]: row for row in listing()["cogs"]}
    assert cogs["moderation"]["tables"] == ["moderation", "antispam", "strikes"]
    assert cogs["moderation"]["requires"] == ["delete"]
    assert cogs["gate"]["requires"] == ["delete", "kick", "send", "timeout", "untimeout"]
    assert cogs["privacy"]["required"] is True
    assert "poll" in cogs["polls"]["commands"]


def test_the_list_is_in_dispatch_order():
    orders = [row["order"] for row in listing()["cogs"]]
    assert orders == sorted(orders)


def test_with_a_rule_file_it_says_which_cogs_are_on_there(tmp_path):
    path = tmp_path / "town.toml"
    path.write_text(rules_text("[cogs]\npolls = false\n"), encoding="utf-8")
    cogs = {row["name"]: row["enabled"] for row in listing("--rules", str(path))["cogs"]}
    assert cogs["polls"] is False and cogs["moderation"] is True


def test_the_table_view_shows_on_and_off(tmp_path):
    path = tmp_path / "town.toml"
    path.write_text(rules_text("[cogs]\npolls = false\n"), encoding="utf-8")
    result = hearth("cogs", "--rules", str(path))
    assert result.exit_code == 0
    cells = [
        [cell.strip() for cell in line.split("│")[1:3]] for line in result.stdout.splitlines()
    ]
    assert ["off", "polls"] in cells and ["on (required)", "privacy"] in cells


def test_a_bad_rule_file_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "town.toml"
    path.write_text(rules_text("[cogs]\npols = false\n"), encoding="utf-8")
    result = hearth("cogs", "--rules", str(path))
    assert result.exit_code == 1
    assert f"{path}:8: cogs: no cog named 'pols'" in result.stderr


@pytest.fixture
def fresh_catalog():
    installed_catalog.cache_clear()
    yield
    installed_catalog.cache_clear()


def test_a_cog_installed_with_pip_shows_up_and_a_broken_one_is_named(
    tmp_path, monkeypatch, fresh_catalog
):
    plant_distribution(
        tmp_path,
        monkeypatch,
        distribution="town-extras",
        version="0.3.0",
        modules={
            "hearth_town_extras": (
                "from bot.cog import Cog\nfrom bot.plugins import CogManifest\n\n"
                "class Bell(Cog):\n    name = 'bell'\n\nmanifest = CogManifest(cog=Bell)\n"
            ),
            "hearth_town_broken": "import not_installed_anywhere\n",
        },
        entry_points={"bell": "hearth_town_extras:manifest", "old": "hearth_town_broken:x"},
    )
    result = hearth("cogs", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {"name": "bell", "version": "0.3.0"}.items() <= next(
        row for row in data["cogs"] if row["name"] == "bell"
    ).items()
    (failure,) = data["failed"]
    assert failure["name"] == "old"
    assert "No module named 'not_installed_anywhere'" in failure["reason"]
