"""The shipped example rule file loads and keeps the promises DESIGN.md makes about it."""

from __future__ import annotations

from bot.app import default_cog_factories
from bot.rules import load_rules
from tests.conftest import EXAMPLE_RULES


def example():
    known = [spec.name for factory in default_cog_factories() for spec in factory.__commands__]
    return load_rules(EXAMPLE_RULES, known_commands=known)


def test_the_example_loads_with_every_default_command_known():
    assert example().community.name == "Example Community"


def test_the_example_speaks_the_four_supported_languages():
    community = example().community
    assert community.languages == ["en", "sv", "nb", "pl"]
    assert community.locale == "en"


def test_the_example_grants_moderator_and_admin_to_those_role_names():
    roles = example().roles
    assert "moderator" in roles.moderator
    assert "admin" in roles.admin


def test_the_example_enables_profanity_antispam_and_welcome():
    rules = example()
    assert rules.moderation.enabled
    assert rules.moderation.profanity.enabled
    assert rules.antispam.enabled
    assert rules.welcome.enabled


def test_an_abusive_message_is_deleted_and_warned_about():
    actions = example().moderation.profanity.actions.abusive
    assert "delete" in actions and "warn" in actions


def test_repeated_strikes_escalate():
    ladder = example().strikes.ladder
    assert [step.at for step in ladder] == sorted(step.at for step in ladder)
    assert [step.action for step in ladder][-1] == "ban"
    assert example().strikes.enabled


def test_the_example_welcomes_in_a_channel_and_reports_to_a_log():
    rules = example()
    assert rules.channels.welcome == "welcome"
    assert rules.channels.moderator_log


def test_the_example_keyword_rule_catches_self_promotion():
    (rule,) = example().moderation.keywords
    assert rule.id == "self-promotion"
    assert "free nitro" in rule.words
