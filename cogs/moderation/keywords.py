"""A community's own keyword rules, compiled once per rule-file version.

Words match whole words only, case-insensitively (so "class" never trips "ass");
patterns are the admin's RE2 expressions, already validated when the file loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import re2

from bot.rules.regex import compile_user_pattern
from cogs.moderation.schema import KeywordRule

_EDGE_BEFORE = r"(?:^|[^\pL\pN_])"
_EDGE_AFTER = r"(?:[^\pL\pN_]|$)"


@dataclass(frozen=True, slots=True)
class CompiledKeywordRule:
    rule: KeywordRule
    words: Any | None
    patterns: tuple[Any, ...]

    def search(self, text: str) -> str | None:
        """The matched excerpt, or None."""
        if self.words is not None:
            match = self.words.search(text)
            if match:
                return match.group(1)
        for pattern in self.patterns:
            match = pattern.search(text)
            if match:
                return match.group(0)
        return None


def compile_keyword_rule(rule: KeywordRule) -> CompiledKeywordRule:
    words = None
    if rule.words:
        alternation = "|".join(re2.escape(word.casefold()) for word in rule.words)
        words = compile_user_pattern(
            f"{_EDGE_BEFORE}({alternation}){_EDGE_AFTER}", max_length=None
        )
    patterns = tuple(compile_user_pattern(pattern) for pattern in rule.patterns)
    return CompiledKeywordRule(rule=rule, words=words, patterns=patterns)


def compile_keyword_rules(rules: list[KeywordRule]) -> tuple[CompiledKeywordRule, ...]:
    return tuple(compile_keyword_rule(rule) for rule in rules)
