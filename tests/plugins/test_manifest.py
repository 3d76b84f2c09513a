"""Manifests and the catalog: a manifest that does not hold together is refused with a
reason, and two cogs can never claim the same name or the same rule-file table."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from bot.cog import Cog
from bot.plugins import Catalog, CogManifest, ManifestError
from bot.rules.types import Section


class Karma(Cog):
    """Points members give each other."""

    name = "karma"
    order = 85


class KarmaSection(Section):
    per_day: int = 3


def test_a_manifest_takes_name_order_and_summary_from_its_cog():
    manifest = CogManifest(cog=Karma)
    assert (manifest.name, manifest.order) == ("karma", 85)
    assert manifest.summary == "Points members give each other."


def test_a_manifest_may_set_its_own_dispatch_order():
    assert CogManifest(cog=Karma, order=5).order == 5


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"cog": object}, "must be a subclass of bot.cog.Cog"),
        ({"cog": Karma, "name": "other"}, "differs from Karma.name 'karma'"),
        ({"cog": Karma, "requires": {"teleport"}}, "requires unknown action 'teleport'"),
        ({"cog": Karma, "sections": {"roles": KarmaSection}}, "claims [roles], which the core"),
        ({"cog": Karma, "sections": {"karma": dict}}, "[karma] needs a pydantic model"),
        ({"cog": Karma, "required": True, "enabled_by_default": False}, "must be on by default"),
    ],
)
def test_a_manifest_that_does_not_hold_together_is_refused(fields, reason):
    with pytest.raises(ManifestError, match=reason.replace("[", r"\[").replace("]", r"\]")):
        CogManifest(**fields)


def test_a_section_must_forbid_unknown_keys():
    class Loose(BaseModel):
        per_day: int = 3

    with pytest.raises(ManifestError, match="must forbid unknown keys"):
        CogManifest(cog=Karma, sections={"karma": Loose})


def test_every_key_of_a_section_needs_a_default():
    class NoDefault(Section):
        per_day: int

    with pytest.raises(ManifestError, match="every key of \\[karma\\] needs a default"):
        CogManifest(cog=Karma, sections={"karma": NoDefault})


def test_a_second_cog_with_the_same_name_is_a_failure_not_a_replacement():
    first = CogManifest(cog=Karma, sections={"karma": KarmaSection})
    catalog = Catalog([first])
    assert not catalog.add(CogManifest(cog=Karma), "other-dist karma:manifest")
    assert catalog.get("karma") is first
    assert "already installed" in catalog.failed("karma").reason


def test_two_cogs_cannot_own_one_table():
    class Points(Cog):
        name = "points"

    catalog = Catalog([CogManifest(cog=Karma, sections={"karma": KarmaSection})])
    assert not catalog.add(CogManifest(cog=Points, sections={"karma": KarmaSection}))
    assert catalog.failed("points").reason == "[karma] is already owned by the cog 'karma'"
    assert catalog.owner_of("karma") == "karma"


def test_the_rule_model_holds_the_core_tables_and_each_cogs_own():
    catalog = Catalog([CogManifest(cog=Karma, sections={"karma": KarmaSection})])
    fields = set(catalog.rule_model.model_fields)
    assert fields == {
        "community",
        "platforms",
        "channels",
        "roles",
        "permissions",
        "cogs",
        "karma",
    }
