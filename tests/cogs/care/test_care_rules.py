"""The community-care rule sections: strict keys, sensible defaults, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.rules import RuleFileError, load_rules

from .conftest import BASE_RULES


def load(tmp_path: Path, extra: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "rules.toml"
    path.write_text(BASE_RULES + extra, encoding="utf-8")
    return load_rules(path)


def test_defaults_turn_every_care_feature_on(tmp_path: Path) -> None:
    rules = load(tmp_path, "")
    features = (rules.introductions, rules.recognition, rules.events, rules.polls, rules.stats)
    assert all(feature.enabled for feature in features)
    assert "dziękuję" in rules.recognition.thanks.words["pl"]


def test_listing_thanks_words_for_one_language_keeps_the_others(tmp_path: Path) -> None:
    rules = load(tmp_path, '[recognition.thanks]\nwords.sv = ["tackar ödmjukast"]\n')
    assert rules.recognition.thanks.words["sv"] == ["tackar ödmjukast"]
    assert "takk" in rules.recognition.thanks.words["nb"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("[polls]\nmax_option = 3\n", "max_option"),
        ('[[recognition.badges.custom]]\nid = "helper"\nname = "Mine"\n', "reserved"),
        ('[[recognition.roles]]\nrole = "vip"\n', "exactly one"),
        ("[recognition.milestones]\nthanks = [50, 10]\n", "increasing"),
        ('[events]\ntimezones = ["Mars/Olympus"]\n', "unknown time zone"),
        ('[stats.digest]\nweekday = "funday"\n', "weekday"),
        ('[introductions]\nnew_for = "soon"\n', "bad duration"),
    ],
)
def test_mistakes_are_reported_with_their_line(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(RuleFileError) as caught:
        load(tmp_path, extra)
    assert message in str(caught.value)
    assert all(problem.line > 0 for problem in caught.value.problems)


def test_the_example_rule_file_documents_every_care_section() -> None:
    example = Path(__file__).resolve().parents[3] / "rules" / "example.toml"
    text = example.read_text(encoding="utf-8")
    for table in ("[introductions]", "[recognition.thanks]", "[events]", "[polls]", "[stats]"):
        assert table in text
    load_rules(example)
