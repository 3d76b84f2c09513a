"""Commands: typed options, conversion with localized errors, typed-line binding, registry."""

from __future__ import annotations

import pytest

from bot.commands import (
    MAX_TEXT,
    CommandRegistry,
    CommandSpec,
    Level,
    Option,
    OptionType,
)
from bot.errors import UserError

TIMEOUT = CommandSpec(
    name="timeout",
    options=(
        Option("user", OptionType.USER),
        Option("duration", OptionType.DURATION, max_value=28 * 86400),
        Option("reason", OptionType.TEXT, required=False),
    ),
    level=Level.MODERATOR,
)
PURGE = CommandSpec(
    name="purge",
    options=(
        Option("count", OptionType.INTEGER, min_value=1, max_value=100),
        Option("user", OptionType.USER, required=False),
    ),
)
LEADERBOARD = CommandSpec(
    name="leaderboard",
    options=(Option("period", OptionType.CHOICE, choices=("week", "month", "all")),),
)


def error_of(call) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


# -- Option.convert -------------------------------------------------------------


def test_a_blank_option_is_missing():
    error = error_of(lambda: Option("reason").convert("   "))
    assert error.message_id == "error-option-missing"
    assert error.args_for_message == {"option": "reason"}


def test_an_integer_option_reads_whole_numbers():
    assert Option("count", OptionType.INTEGER).convert(" 42 ") == 42


def test_an_integer_option_rejects_words():
    error = error_of(lambda: Option("count", OptionType.INTEGER).convert("many"))
    assert error.message_id == "error-bad-number"
    assert error.args_for_message["value"] == "many"


@pytest.mark.parametrize("raw", ["0", "101"])
def test_an_integer_option_enforces_its_range(raw):
    option = PURGE.options[0]
    error = error_of(lambda: option.convert(raw))
    assert error.message_id == "error-number-range"
    assert (error.args_for_message["min"], error.args_for_message["max"]) == (1, 100)


def test_a_duration_option_gives_seconds():
    assert TIMEOUT.options[1].convert("2h") == 7200


@pytest.mark.parametrize("raw", ["soon", "10x", "²"])
def test_a_duration_option_rejects_unreadable_times(raw):
    error = error_of(lambda: TIMEOUT.options[1].convert(raw))
    assert error.message_id == "error-bad-duration"
    assert error.args_for_message == {"option": "duration", "value": raw}


def test_a_duration_option_rejects_times_longer_than_its_maximum():
    error = error_of(lambda: TIMEOUT.options[1].convert("29d"))
    assert error.message_id == "error-duration-too-long"


def test_a_choice_option_accepts_a_listed_choice():
    assert LEADERBOARD.options[0].convert("month") == "month"


def test_a_choice_option_rejects_others_and_lists_the_choices():
    error = error_of(lambda: LEADERBOARD.options[0].convert("year"))
    assert error.message_id == "error-bad-choice"
    assert error.args_for_message["choices"] == "week, month, all"


def test_a_text_option_rejects_text_over_the_limit():
    error = error_of(lambda: Option("reason", OptionType.TEXT).convert("x" * (MAX_TEXT + 1)))
    assert error.message_id == "error-text-too-long"
    assert error.args_for_message["limit"] == MAX_TEXT


def test_a_text_option_accepts_text_at_the_limit():
    assert len(Option("reason", OptionType.TEXT).convert("x" * MAX_TEXT)) == MAX_TEXT


def test_a_user_option_drops_a_leading_at_sign():
    assert Option("user", OptionType.USER).convert("@u1") == "u1"


def test_a_channel_option_drops_a_leading_hash():
    assert Option("channel", OptionType.CHANNEL).convert("#general") == "general"


@pytest.mark.parametrize(
    ("option_type", "raw"), [(OptionType.USER, "@"), (OptionType.CHANNEL, "#")]
)
def test_a_bare_mention_sign_is_a_missing_option(option_type, raw):
    error = error_of(lambda: Option("target", option_type).convert(raw))
    assert error.message_id == "error-option-missing"


# -- CommandSpec.convert ----------------------------------------------------------


def test_convert_returns_typed_values_and_none_for_absent_optionals():
    assert TIMEOUT.convert({"user": "@u1", "duration": "10m"}) == {
        "user": "u1",
        "duration": 600,
        "reason": None,
    }


def test_convert_rejects_an_unknown_option_by_name():
    error = error_of(lambda: TIMEOUT.convert({"user": "u1", "duration": "1m", "colour": "red"}))
    assert error.message_id == "error-unknown-option"
    assert error.args_for_message == {"command": "timeout", "option": "colour"}


def test_convert_names_the_first_missing_required_option():
    error = error_of(lambda: TIMEOUT.convert({"user": "u1"}))
    assert error.message_id == "error-option-missing"
    assert error.args_for_message == {"option": "duration"}


def test_description_ids_follow_the_fluent_naming():
    assert TIMEOUT.description_id == "cmd-timeout"
    assert TIMEOUT.option_description_id(TIMEOUT.options[1]) == "cmd-timeout-duration"


# -- CommandSpec.bind_line ---------------------------------------------------------


def test_bind_line_fills_options_in_order_and_text_takes_the_rest():
    assert TIMEOUT.bind_line("u1 10m being rude to Kasia") == {
        "user": "u1",
        "duration": "10m",
        "reason": "being rude to Kasia",
    }


def test_bind_line_takes_name_value_pairs_by_name():
    assert TIMEOUT.bind_line("duration:2h user:u1 spam") == {
        "duration": "2h",
        "user": "u1",
        "reason": "spam",
    }


def test_bind_line_leaves_unfilled_options_out():
    assert TIMEOUT.bind_line("u1") == {"user": "u1"}
    assert TIMEOUT.bind_line("") == {}


def test_bind_line_gives_the_last_option_everything_left_over():
    assert PURGE.bind_line("5 u1 u2") == {"count": "5", "user": "u1 u2"}


def test_bind_line_keeps_a_colon_word_that_names_no_option_as_text():
    bound = TIMEOUT.bind_line("u1 1m see https://example.org")
    assert bound["reason"] == "see https://example.org"


# -- Level and CommandRegistry ----------------------------------------------------------


def test_levels_are_ordered_everyone_moderator_admin():
    assert Level.EVERYONE < Level.MODERATOR < Level.ADMIN


@pytest.mark.parametrize(
    ("name", "level"), [("admin", Level.ADMIN), ("Moderator", Level.MODERATOR)]
)
def test_level_parse_reads_rule_file_names(name, level):
    assert Level.parse(name) is level


def test_the_registry_refuses_a_second_command_with_the_same_name():
    registry = CommandRegistry()
    registry.add(CommandSpec(name="warn", cog="moderation"))
    with pytest.raises(ValueError, match="already registered by moderation"):
        registry.add(CommandSpec(name="warn", cog="other"))


def test_the_registry_lists_commands_by_name():
    registry = CommandRegistry()
    for name in ("warn", "ban", "kick"):
        registry.add(CommandSpec(name=name, cog="mod"))
    assert [spec.name for spec in registry] == ["ban", "kick", "warn"]
    assert len(registry) == 3
    assert "kick" in registry
    assert registry.get("nope") is None


def test_remove_cog_drops_only_that_cogs_commands():
    registry = CommandRegistry()
    registry.add(CommandSpec(name="warn", cog="mod"))
    registry.add(CommandSpec(name="help", cog="info"))
    registry.remove_cog("mod")
    assert [spec.name for spec in registry] == ["help"]
