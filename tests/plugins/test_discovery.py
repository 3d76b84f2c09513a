"""Discovery through the real importlib.metadata machinery: a distribution on sys.path
with a `hearth.cogs` entry point appears in the catalog; a broken one is reported and
skipped, never fatal."""

from __future__ import annotations

import pytest

from bot.plugins import discover, installed_catalog
from bot.rules import RuleFileError, parse_rules
from tests.conftest import rules_text
from tests.plugins.planting import plant_distribution

KARMA = '''
from bot.cog import Cog, Context, command
from bot.plugins import CogManifest
from bot.rules.types import Section


class KarmaSection(Section):
    enabled: bool = True
    per_day: int = 3


class Karma(Cog):
    """Points members give each other."""

    name = "karma"
    order = 85

    @command("karma")
    async def karma(self, ctx: Context) -> None:
        await ctx.reply_text("karma!")


manifest = CogManifest(cog=Karma, sections={"karma": KarmaSection}, requires={"send"})
'''


@pytest.fixture
def karma_installed(tmp_path, monkeypatch):
    """A `karma-cog` distribution with one good and three broken entry points."""
    plant_distribution(
        tmp_path,
        monkeypatch,
        distribution="karma-cog",
        version="1.2.0",
        modules={
            "hearth_karma_plugin": KARMA,
            "hearth_broken_plugin": "raise ImportError('needs libfoo')\n",
        },
        entry_points={
            "karma": "hearth_karma_plugin:manifest",
            "broken": "hearth_broken_plugin:manifest",
            "wrong-kind": "hearth_karma_plugin:KarmaSection",
            "misnamed": "hearth_karma_plugin:manifest",
        },
    )
    return discover()


def test_an_installed_distribution_adds_its_cog_to_the_catalog(karma_installed):
    karma = karma_installed.get("karma")
    assert karma is not None
    assert karma.version == "1.2.0"
    assert karma.sections["karma"].__name__ == "KarmaSection"
    assert karma.requires == {"send"}
    assert "karma" in karma_installed.known_commands()


def test_the_builtin_cogs_are_discovered_the_same_way(karma_installed):
    assert {"moderation", "welcome", "privacy", "toolkit-actions"} <= {
        manifest.name for manifest in karma_installed
    }


def test_a_cog_that_fails_to_import_is_reported_and_skipped(karma_installed):
    failure = karma_installed.failed("broken")
    assert failure is not None
    assert "ImportError: needs libfoo" in failure.reason
    assert failure.source == "karma-cog hearth_broken_plugin:manifest"
    assert "broken" not in karma_installed


def test_an_entry_point_that_is_not_a_manifest_is_reported(karma_installed):
    assert "not a bot.plugins.CogManifest" in karma_installed.failed("wrong-kind").reason


def test_an_entry_point_named_differently_from_its_cog_is_reported(karma_installed):
    reason = karma_installed.failed("misnamed").reason
    assert "entry point is named 'misnamed' but the cog 'karma'" in reason


def test_the_rule_file_schema_grows_with_the_installed_cog(karma_installed):
    rules = parse_rules(rules_text("[karma]\nper_day = 5\n"), catalog=karma_installed)
    assert rules.karma.per_day == 5
    assert rules.moderation.enabled


def test_an_installed_cogs_table_is_checked_with_file_and_line(karma_installed):
    with pytest.raises(RuleFileError) as caught:
        parse_rules(rules_text("[karma]\nper_dya = 5\n"), "town.toml", catalog=karma_installed)
    (problem,) = caught.value.problems
    assert str(problem) == "town.toml:8: unknown key 'karma.per_dya'"


def test_the_table_of_a_cog_that_failed_to_load_is_skipped_not_fatal(karma_installed, caplog):
    rules = parse_rules(rules_text("[broken]\nanything = 1\n"), catalog=karma_installed)
    assert not hasattr(rules, "broken")
    assert "[broken] not checked, its cog failed to load" in caplog.text


def test_without_the_distribution_its_table_belongs_to_no_cog():
    with pytest.raises(RuleFileError) as caught:
        parse_rules(rules_text("[karma]\nper_day = 5\n"), "town.toml", catalog=installed_catalog())
    (problem,) = caught.value.problems
    assert "table [karma] belongs to no installed cog" in str(problem)
