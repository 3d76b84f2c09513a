"""Rule files: schema, loading with `file:line` errors, and hot reload."""

from bot.rules.loader import (
    RuleFileError,
    RuleProblem,
    community_id_for,
    load_rules,
    parse_rules,
)
from bot.rules.reload import RuleWatcher
from bot.rules.schema import RuleFile

__all__ = [
    "RuleFile",
    "RuleFileError",
    "RuleProblem",
    "RuleWatcher",
    "community_id_for",
    "load_rules",
    "parse_rules",
]
