"""Loading rule files: the whole file is validated, and every problem is `FILE:LINE: reason`."""

from __future__ import annotations

import pytest

from bot.rules import RuleFileError, community_id_for, load_rules, parse_rules
from bot.rules.loader import MAX_RULE_FILE_BYTES
from tests.conftest import MINIMAL_COMMUNITY, rules_text

COMMUNITY_LINES = MINIMAL_COMMUNITY.count("\n")


def problems(text: str, known_commands=None) -> list[str]:
    with pytest.raises(RuleFileError) as caught:
        parse_rules(text, "rules.toml", known_commands)
    assert str(caught.value) == "\n".join(str(problem) for problem in caught.value.problems)
    return [str(problem) for problem in caught.value.problems]


def only_problem(text: str, known_commands=None) -> str:
    (problem,) = problems(text, known_commands)
    return problem


def at(extra_line: int) -> str:
    """`rules.toml:N:` for line N of the text after the [community] table."""
    return f"rules.toml:{COMMUNITY_LINES + extra_line}:"


def test_a_minimal_file_gets_the_default_behaviour():
    rules = parse_rules(rules_text())
    assert rules.community.name == "Test Community"
    assert rules.moderation.enabled and rules.welcome.enabled and rules.strikes.enabled
    assert rules.roles.moderator == ["moderator"] and rules.roles.admin == ["admin"]


def test_a_missing_community_table_is_reported():
    assert only_problem("[welcome]\nenabled = true\n") == (
        "rules.toml:1: missing required key 'community'"
    )


def test_a_missing_community_key_is_reported_on_the_table_line():
    text = '# comment\n[community]\nname = "X"\nlanguages = ["en"]\nlocale = "en"\n'
    assert only_problem(text) == "rules.toml:2: missing required key 'community.timezone'"


def test_an_unknown_top_level_table_is_reported_on_its_line():
    assert only_problem(rules_text("\n[moderaton]\nenabled = true\n")) == (
        f"{at(2)} table [moderaton] belongs to no installed cog (did you mean [moderation]? "
        "`hearth cogs` lists the installed cogs and their tables)"
    )


def test_an_unknown_nested_key_is_reported_on_its_line():
    text = rules_text('[antispam]\nenabled = true\nflood = { messages = 6, pre = "10s" }\n')
    assert only_problem(text) == f"{at(3)} unknown key 'antispam.flood.pre'"


def test_a_wrong_type_is_reported_on_its_line():
    problem = only_problem(rules_text('[welcome]\nenabled = true\ndm = "sometimes"\n'))
    assert problem.startswith(f"{at(3)} welcome.dm: ")


def test_a_number_out_of_range_is_reported():
    problem = only_problem(rules_text("[antispam.flood]\nmessages = 1\n"))
    assert problem.startswith(f"{at(2)} antispam.flood.messages: ")


@pytest.mark.parametrize("value", ['"ten minutes"', '"10x"', "true", "1.5", '"-1m"', '"0s"'])
def test_a_bad_duration_is_reported_with_its_line(value):
    problem = only_problem(rules_text(f"[strikes]\nhalf_life = {value}\n"))
    assert problem.startswith(f"{at(2)} strikes.half_life: ")
    assert "duration" in problem


@pytest.mark.parametrize("value", ["0", '"0"'])
def test_a_zero_half_life_is_refused(value):
    problem = only_problem(rules_text(f"[strikes]\nhalf_life = {value}\n"))
    assert problem.startswith(f"{at(2)} strikes.half_life: ")


def test_an_absurdly_long_duration_is_refused():
    text = rules_text('[strikes]\nladder = [{ at = 3, action = "ban", duration = "9999999w" }]\n')
    assert only_problem(text).startswith(f"{at(2)} strikes.ladder[0].duration: ")


def test_durations_accept_the_typed_forms():
    rules = parse_rules(rules_text('[strikes]\nhalf_life = "1w2d"\n[antispam.flood]\nper = 30\n'))
    assert rules.strikes.half_life == 9 * 86400
    assert rules.antispam.flood.per == 30


@pytest.mark.parametrize("pattern", ["'(a)\\1'", "'foo(?=bar)'", "'(?<!x)y'", "'[unclosed'", "''"])
def test_an_invalid_or_unsafe_pattern_is_reported_on_its_element(pattern):
    text = rules_text(
        f"[[moderation.keywords]]\nid = \"spam\"\npatterns = [\n  'ok',\n  {pattern},\n]\n"
    )
    problem = only_problem(text)
    assert problem.startswith(f"{at(5)} moderation.keywords[0].patterns[1]: ")


def test_an_unsafe_pattern_names_what_re2_lacks():
    text = rules_text("[[moderation.keywords]]\nid = \"x\"\npatterns = ['(a)\\1']\n")
    assert "no backreferences or look-around" in only_problem(text)


def test_a_pattern_over_500_characters_is_refused():
    text = rules_text(f"[[moderation.keywords]]\nid = \"x\"\npatterns = ['{'a' * 501}']\n")
    assert only_problem(text).startswith(f"{at(3)} moderation.keywords[0].patterns[0]: ")


def test_a_keyword_rule_needs_words_or_patterns():
    text = rules_text('[[moderation.keywords]]\nid = "empty"\n')
    assert "needs `words` or `patterns`" in only_problem(text)


def test_a_keyword_rule_id_must_be_a_slug():
    text = rules_text('[[moderation.keywords]]\nid = "Not A Slug"\nwords = ["x"]\n')
    assert only_problem(text).startswith(f"{at(2)} moderation.keywords[0].id: ")


def test_duplicate_keyword_ids_are_reported_at_the_keyword_tables():
    text = rules_text(
        '\n[[moderation.keywords]]\nid = "spam"\nwords = ["a"]\n\n'
        '[[moderation.keywords]]\nid = "spam"\nwords = ["b"]\n'
    )
    problem = only_problem(text)
    assert problem == f"{at(2)} moderation.keywords: keyword rule id 'spam' is used twice"


@pytest.mark.parametrize(
    "ladder",
    [
        '[{ at = 6, action = "kick" }, { at = 3, action = "warn" }]',
        '[{ at = 3, action = "kick" }, { at = 3, action = "ban" }]',
    ],
)
def test_a_ladder_that_does_not_climb_is_refused(ladder):
    problem = only_problem(rules_text(f"[strikes]\nladder = {ladder}\n"))
    assert (
        problem
        == f"{at(2)} strikes.ladder: ladder steps must have strictly increasing `at` thresholds"
    )


def test_a_timeout_step_needs_a_duration():
    text = rules_text('[strikes]\nladder = [\n  { at = 3, action = "timeout" },\n]\n')
    assert only_problem(text) == f"{at(3)} strikes.ladder[0]: a timeout step needs a `duration`"


def test_a_kick_step_takes_no_duration():
    text = rules_text('[strikes]\nladder = [{ at = 3, action = "kick", duration = "1d" }]\n')
    assert "a kick step takes no `duration`" in only_problem(text)


def test_an_unknown_welcome_placeholder_is_refused_and_the_known_ones_listed():
    text = rules_text('[welcome.messages]\nen = "Hi {nick}!"\n')
    problem = only_problem(text)
    assert problem.startswith(f"{at(1)} welcome.messages: ")
    assert "{nick}" in problem
    assert "community, intro_channel, name, rules_channel" in problem


@pytest.mark.parametrize("template", ["Hi {}!", "Hi {0}!", "Hi {name!x}", "Hi {name:{x}}", "Hi {"])
def test_a_welcome_template_that_cannot_be_filled_is_refused(template):
    text = rules_text(f'[welcome.messages]\nen = "{template}"\n')
    assert only_problem(text).startswith(f"{at(1)} welcome.messages: template for 'en'")


def test_a_welcome_template_for_an_unsupported_locale_is_refused():
    text = rules_text('[welcome.messages]\nde = "Willkommen {name}"\n')
    assert "locale 'de' is not one of en, sv, nb, pl" in only_problem(text)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("timezone", '"Mars/Olympus"', "unknown time zone 'Mars/Olympus'"),
        ("locale", '"de"', "locale 'de' is not one of"),
        ("languages", '["english"]', "'english' is not an ISO 639-1 code"),
        ("languages", '["en", "en"]', "a language is listed twice"),
        ("languages", "[]", "community.languages: "),
        ("id", '"Has Spaces"', "community.id: "),
    ],
)
def test_community_values_are_checked(key, value, message):
    lines = {"name": '"X"', "languages": '["en"]', "locale": '"en"', "timezone": '"UTC"'}
    lines[key] = value
    text = "[community]\n" + "".join(f"{k} = {v}\n" for k, v in lines.items())
    problem = only_problem(text)
    assert message in problem
    assert problem.startswith(f"rules.toml:{list(lines).index(key) + 2}:")


def test_a_permission_for_an_unknown_command_is_refused_when_commands_are_known():
    text = rules_text('[permissions]\nhelp = "everyone"\npruge = "admin"\n')
    assert only_problem(text, known_commands={"help", "purge"}) == (
        f"{at(3)} permissions: unknown command 'pruge'"
    )


def test_a_permission_level_must_be_a_known_level():
    problem = only_problem(rules_text('[permissions]\nhelp = "owner"\n'))
    assert problem.startswith(f"{at(2)} permissions.help: ")


def test_every_problem_in_a_file_is_reported():
    text = rules_text('[welcome]\ndm = "x"\ncolour = "red"\n[strikes]\nhalf_life = "soon"\n')
    found = [problem.split(" ")[0] for problem in problems(text)]
    assert len(found) == 3
    assert set(found) == {at(2), at(3), at(5)}


def test_a_toml_syntax_error_names_its_line():
    problem = only_problem(rules_text("[welcome]\nenabled = true\ndm = \n"))
    assert problem.startswith(f"{at(3)} TOML syntax: ")
    assert "(at line" not in problem


def test_a_duplicate_table_is_a_toml_syntax_error():
    problem = only_problem(rules_text("[welcome]\n[welcome]\n"))
    assert problem.startswith(f"{at(2)} TOML syntax: ")


def test_bad_utf8_is_reported_on_its_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_bytes(rules_text("[welcome.messages]\n").encode() + b'en = "Hej \xff"\n')
    with pytest.raises(RuleFileError) as caught:
        load_rules(path)
    assert str(caught.value) == f"{path}:{COMMUNITY_LINES + 2}: file is not valid UTF-8"


def test_a_missing_file_is_reported_on_line_zero(tmp_path):
    path = tmp_path / "missing.toml"
    with pytest.raises(RuleFileError, match=rf"^{path}:0: cannot read: "):
        load_rules(path)


def test_a_folder_is_not_a_rule_file(tmp_path):
    with pytest.raises(RuleFileError, match=rf"^{tmp_path}:0: cannot read"):
        load_rules(tmp_path)


def test_a_file_over_one_mebibyte_is_refused(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_text(rules_text("#" + "x" * MAX_RULE_FILE_BYTES + "\n"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="larger than 1 MiB"):
        load_rules(path)


def test_load_rules_reads_a_valid_file(tmp_path):
    path = tmp_path / "club.toml"
    path.write_text(rules_text(), encoding="utf-8")
    assert load_rules(path).community.locale == "en"


def test_the_community_id_is_the_id_key_else_the_file_name(tmp_path):
    with_id = parse_rules(rules_text())
    without_id = parse_rules(MINIMAL_COMMUNITY.replace('id = "test"\n', ""))
    assert community_id_for(tmp_path / "club.toml", with_id) == "test"
    assert community_id_for(tmp_path / "club.toml", without_id) == "club"


def test_a_value_of_the_wrong_type_is_not_coerced():
    text = rules_text('[welcome]\ndm = "no"\n')
    assert only_problem(text).startswith(f"{at(2)} welcome.dm: ")
