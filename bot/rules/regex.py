"""User-written regular expressions, compiled with RE2 so no pattern can hang the bot.

RE2 matches in linear time: there is no catastrophic backtracking to fear from a
rule file. The price is no backreferences and no look-around, which the error says.
"""

from __future__ import annotations

from typing import Any

import re2

MAX_PATTERN_LENGTH = 500
MAX_PROGRAM_MEMORY = 8 << 20


class UnsafePattern(ValueError):
    """A pattern RE2 cannot compile (or one too large to run cheaply)."""


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.max_mem = MAX_PROGRAM_MEMORY
    return options


def compile_user_pattern(pattern: str, max_length: int | None = MAX_PATTERN_LENGTH) -> Any:
    """Compile a rule-file pattern case-insensitively with RE2, or raise UnsafePattern.

    `max_length=None` is for patterns Hearth builds itself from word lists.
    """
    if max_length is not None and len(pattern) > max_length:
        raise UnsafePattern(f"pattern is longer than {max_length} characters")
    if not pattern:
        raise UnsafePattern("pattern is empty")
    try:
        return re2.compile(pattern, _options())
    except re2.error as error:
        detail = error.args[0] if error.args else "invalid pattern"
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise UnsafePattern(
            f"invalid or unsupported regular expression ({detail}); RE2 has no "
            "backreferences or look-around"
        ) from None
