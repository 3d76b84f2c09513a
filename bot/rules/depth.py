"""Refuse absurdly nested TOML before parsing it, with the line where it goes too deep.

`tomllib` parses nested arrays and inline tables recursively, so a line like
`x = [[[[…]]]]` a few hundred levels deep ends in RecursionError instead of an error an
admin can act on. No rule file needs more than a few levels; this scanner walks the text
once (skipping strings and comments) and names the first line that passes `MAX_DEPTH`.
"""

from __future__ import annotations

MAX_DEPTH = 32
_OPEN, _CLOSE = "[{", "]}"


def too_deep(text: str, limit: int = MAX_DEPTH) -> int | None:
    """The line on which arrays or inline tables nest deeper than `limit`, or None."""
    depth, line, i, size = 0, 1, 0, len(text)
    while i < size:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", i)
            i = size if end == -1 else end
            continue
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, i) else char
            i, line = _skip_string(text, i + len(quote), quote, line)
            continue
        elif char in _OPEN:
            depth += 1
            if depth > limit:
                return line
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        i += 1
    return None


def _skip_string(text: str, i: int, quote: str, line: int) -> tuple[int, int]:
    """Position after the string that started before `i`, and the line there."""
    escapes = quote[0] == '"'
    while i < len(text):
        if escapes and text[i] == "\\":
            line += text[i + 1 : i + 2] == "\n"
            i += 2
            continue
        if text.startswith(quote, i):
            return i + len(quote), line
        if text[i] == "\n":
            if len(quote) == 1:  # an unterminated one-line string: tomllib reports it
                return i, line
            line += 1
        i += 1
    return i, line
