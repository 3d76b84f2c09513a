"""The example third-party cog in examples/hearth-faq, installed the way pip installs it:
its own pyproject's entry point, read through importlib.metadata, makes it a cog of Hearth
without any change to Hearth's code."""

from __future__ import annotations

import json
import tomllib

import pytest
from typer.testing import CliRunner

from bot.adapters.replay import DryRunAdapter
from bot.app import build_engine, load_communities
from bot.cli import app
from bot.plugins import ENTRY_POINT_GROUP, discover, installed_catalog
from tests.conftest import ROOT, command, rules_text
from tests.plugins.planting import plant_distribution

EXAMPLE = ROOT / "examples" / "hearth-faq"
FAQ_RULES = """
[[faq.entries]]
id = "rules"
questions.en = ["where are the rules"]
answer.en = "Pinned in #rules."
"""


@pytest.fixture
def example_installed(tmp_path, monkeypatch):
    """hearth-faq's dist-info, written from its own pyproject.toml, on sys.path."""
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    plant_distribution(
        tmp_path,
        monkeypatch,
        distribution=project["name"],
        version=project["version"],
        modules={},
        entry_points=project["entry-points"][ENTRY_POINT_GROUP],
    )
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    installed_catalog.cache_clear()
    yield discover()
    installed_catalog.cache_clear()


def test_the_example_is_found_through_its_entry_point(example_installed):
    faq = example_installed.get("faq")
    assert faq is not None and faq.version == "1.0.0"
    assert list(faq.sections) == ["faq"]
    assert (faq.locales / "pl" / "faq.ftl").is_file()
    assert not example_installed.failures


def test_hearth_cogs_lists_the_installed_example(example_installed):
    result = CliRunner().invoke(app, ["cogs", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.stdout)["cogs"]}
    assert rows["faq"]["version"] == "1.0.0" and rows["faq"]["commands"] == ["faq"]


async def test_the_installed_example_runs_with_the_builtin_cogs(example_installed, write_rules):
    engine = await build_engine(
        database_url="sqlite://", adapter=DryRunAdapter(), catalog=example_installed
    )
    try:
        assert engine.cog("faq") is not None and engine.cog("moderation") is not None
        await load_communities(engine, [write_rules(rules_text(FAQ_RULES))])
        done = await engine.dispatch(command("faq", {"topic": "rules"}))
        assert [action.text for action in done] == ["Pinned in #rules."]
        described = engine.i18n.format("sv", "cmd-faq")
        assert described == "Svar på vanliga frågor"
    finally:
        await engine.close()
