"""Rule files written carelessly or with malice get a FILE:LINE error, never a traceback;
and README's promise about what is required is the schema's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.rules import RuleFileError, load_rules, parse_rules
from bot.rules.schema import CommunitySection, RuleFile
from tests.conftest import MINIMAL_COMMUNITY, ROOT

runner = CliRunner()


def problems(text: str) -> list[str]:
    with pytest.raises(RuleFileError) as raised:
        parse_rules(text, "r.toml")
    return [str(problem) for problem in raised.value.problems]


@pytest.mark.parametrize(
    "value", ["[" * 5000 + "]" * 5000, "{a = " * 3000 + "1" + "}" * 3000, "[{a = [" * 400]
)
def test_deep_nesting_is_a_file_line_error(value: str) -> None:
    [problem] = problems(MINIMAL_COMMUNITY + f"\nx = {value}\n")
    assert problem.startswith("r.toml:8: values nest more than 32 levels deep")


def test_brackets_inside_strings_and_comments_are_not_nesting() -> None:
    text = MINIMAL_COMMUNITY + '\n[welcome.messages]\nen = "' + "[" * 100 + '{name}"\n'
    text += "# " + "[" * 100 + "\n" + "[privacy]\ncontact = '''" + "{" * 100 + "'''\n"
    assert parse_rules(text, "r.toml").privacy.contact == "{" * 100


def test_check_rules_answers_deep_nesting_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(MINIMAL_COMMUNITY + "x = " + "[" * 10000 + "]" * 10000 + "\n", "utf-8")
    result = runner.invoke(app, ["check-rules", str(path)])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"{path}:7: values nest more than 32 levels deep; no rule needs that many\n"
    )


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL_COMMUNITY.encode("utf-8"))
    assert load_rules(path).community.name == "Test Community"


@pytest.mark.parametrize("languages", ['["xx"]', '["en", "de"]'])
def test_a_language_without_a_word_list_is_refused_with_the_supported_list(
    languages: str,
) -> None:
    text = MINIMAL_COMMUNITY.replace('languages = ["en", "sv"]', f"languages = {languages}")
    [problem] = problems(text)
    assert "is not supported; supported: en, nb, pl, sv" in problem
    assert problem.startswith("r.toml:3:")


def test_readme_names_exactly_the_keys_the_schema_requires() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"Only `\[community\]` is required, with its (.*?);", readme, re.S)
    assert sentence, "README no longer says what a rule file requires"
    said = set(re.findall(r"`(\w+)`", sentence.group(1)))
    required_tables = {name for name, f in RuleFile.model_fields.items() if f.is_required()}
    required_keys = {name for name, f in CommunitySection.model_fields.items() if f.is_required()}
    assert required_tables == {"community"}
    assert said == required_keys
