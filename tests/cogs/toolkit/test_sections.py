"""The toolkit's rule-file sections: defaults that work, strict keys, checked values."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.rules import RuleFileError, load_rules, parse_rules
from tests.cogs.toolkit.conftest import RULES

ROOT_EXAMPLE = Path(__file__).resolve().parents[3] / "rules" / "example.toml"


def test_a_file_without_toolkit_sections_gets_working_defaults():
    rules = parse_rules(RULES.split("[escalation]")[0])

    assert rules.reports.enabled and rules.reports.cooldown == 120
    assert rules.appeals.reviewer_level == "moderator" and rules.appeals.window == 90 * 86400
    assert rules.escalation.paths == []
    assert rules.lockdown.mode == "lock" and rules.lockdown.channels == []


def test_the_example_rule_file_documents_every_toolkit_section():
    rules = load_rules(ROOT_EXAMPLE)

    assert [path.id for path in rules.escalation.paths] == ["self-harm", "violence"]
    assert set(rules.escalation.paths[0].triggers) == {"en", "sv", "nb", "pl"}
    assert rules.lockdown.channels == ["general", "introductions"]


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("[reports]\ncooldwn = '1m'\n", "cooldwn"),
        ("[reports]\ncooldown = 'soon'\n", "bad duration"),
        ("[appeals]\nreviewer_level = 'everyone'\n", "reviewer_level"),
        ("[lockdown]\nmode = 'panic'\n", "mode"),
        ("[lockdown]\nslowmode = '1d'\n", "between 1s and 6h"),
        ("[lockdown]\nannouncement = 'Closed: {why}'\n", "{why}"),
        ("[lockdown]\nchannels = ['a', 'a']\n", "listed twice"),
        ("[escalation]\nresources.xx = 'hi'\n", "xx"),
        (
            "[[escalation.paths]]\nid = 'a'\ntriggers.en = ['x']\n"
            "[[escalation.paths]]\nid = 'a'\ntriggers.en = ['y']\n",
            "used twice",
        ),
        ("[[escalation.paths]]\nid = 'a'\ntriggers.en = []\n", "empty"),
        ("[[escalation.paths]]\nid = 'Bad Id'\ntriggers.en = ['x']\n", "lowercase"),
    ],
)
def test_bad_toolkit_settings_are_rejected_with_a_reason(extra, problem):
    base = RULES.split("[escalation]")[0]

    with pytest.raises(RuleFileError) as error:
        parse_rules(base + extra, "t.toml")

    assert problem in str(error.value)
