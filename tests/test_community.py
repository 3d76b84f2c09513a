"""A community at run time: permission levels, language choice, state that survives reloads."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.commands import CommandSpec, Level
from bot.community import Community
from bot.events import Member
from bot.i18n import SUPPORTED_LOCALES
from bot.rules import parse_rules
from tests.conftest import rules_text


def community(extra: str = "") -> Community:
    return Community(id="test", rules=parse_rules(rules_text(extra)))


@pytest.mark.parametrize(
    ("member", "level"),
    [
        (Member(id="1", name="a"), Level.EVERYONE),
        (Member(id="2", name="b", roles=("moderator",)), Level.MODERATOR),
        (Member(id="3", name="c", roles=("ADMIN",)), Level.ADMIN),
        (Member(id="4", name="d", roles=("moderator", "admin")), Level.ADMIN),
        (Member(id="5", name="e", is_owner=True), Level.ADMIN),
    ],
)
def test_level_of_is_the_highest_level_a_member_holds(member, level):
    assert community().level_of(member) is level


def test_role_names_come_from_the_rule_file():
    helpers = community('[roles]\nmoderator = ["helpers"]\n')
    assert helpers.level_of(Member(id="1", name="a", roles=("Helpers",))) is Level.MODERATOR
    assert helpers.level_of(Member(id="2", name="b", roles=("moderator",))) is Level.EVERYONE


def test_a_command_needs_its_declared_level_unless_the_rule_file_says_otherwise():
    spec = CommandSpec(name="purge", level=Level.MODERATOR)
    assert community().level_for(spec) is Level.MODERATOR
    assert community('[permissions]\npurge = "admin"\n').level_for(spec) is Level.ADMIN


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("sv", "sv"), ("sv-SE", "sv"), ("pl_PL", "pl"), ("no", "nb"), ("nn", "nb"), ("NB", "nb")],
)
def test_a_member_is_answered_in_their_language_when_hearth_speaks_it(locale, expected):
    member = Member(id="1", name="a", locale=locale)
    assert community().locale_for(member, SUPPORTED_LOCALES) == expected


@pytest.mark.parametrize("locale", [None, "", "de", "fr-FR"])
def test_other_members_are_answered_in_the_communitys_language(locale):
    member = Member(id="1", name="a", locale=locale)
    assert community().locale_for(member, SUPPORTED_LOCALES) == "en"


def test_state_is_created_once_per_owner():
    place = community()
    counters = place.state_for("antispam", dict)
    counters["u1"] = 3
    assert place.state_for("antispam", dict) is counters


def test_replacing_the_rules_keeps_cog_state():
    place = community()
    place.state_for("antispam", dict)["u1"] = 3
    place.replace_rules(parse_rules(rules_text("[welcome]\nenabled = false\n")))
    assert not place.rules.welcome.enabled
    assert place.state_for("antispam", dict) == {"u1": 3}


def test_name_locale_languages_and_timezone_come_from_the_rule_file():
    place = community()
    assert (place.name, place.locale, place.languages) == ("Test Community", "en", ("en", "sv"))
    assert place.timezone == ZoneInfo("Europe/Stockholm")
