"""Regular expressions from rule files cannot hang the bot: RE2 runs in linear time."""

from __future__ import annotations

from bot.engine import Engine
from bot.rules.regex import compile_user_pattern
from tests.conftest import CommunityFactory, message, rules_text

CATASTROPHIC = "(a+)+$"
NESTED = "(x+x+)+y"


def test_a_catastrophic_pattern_finishes_on_a_long_input() -> None:
    assert compile_user_pattern(CATASTROPHIC).search("a" * 100_000 + "!") is None
    assert compile_user_pattern(NESTED).search("x" * 100_000) is None


async def test_a_rule_file_with_a_catastrophic_pattern_moderates_normally(
    engine: Engine, add_community: CommunityFactory
) -> None:
    rules = f"""
[[moderation.keywords]]
id = "backtracking"
patterns = ['{CATASTROPHIC}', '{NESTED}']
actions = ["delete"]
"""
    await add_community(engine, rules_text(rules))
    assert await engine.dispatch(message("a" * 20_000 + "!")) == []
    deleted = await engine.dispatch(message("a" * 20_000))
    assert [action.kind for action in deleted] == ["delete"]
