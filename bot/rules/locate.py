"""Find the line of a TOML value from its path, so errors can say `file:line`.

`tomllib` gives values without positions. This scanner walks the text once, tracking
table headers, arrays of tables and multi-line arrays, and records the line where
each key path (and each array element) starts. Unknown paths fall back to the
closest known parent, then to line 1.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TOML_ERROR_AT = re.compile(r"\s*\(at line (\d+), column \d+\)")


def _split_key(text: str) -> tuple[str, ...]:
    """Split a dotted key (`a."b.c".d`) into its parts."""
    parts: list[str] = []
    index = 0
    text = text.strip()
    while index < len(text):
        char = text[index]
        if char in "\"'":
            end = text.find(char, index + 1)
            end = len(text) if end == -1 else end
            parts.append(text[index + 1 : end])
            index = end + 1
        elif char == "." or char.isspace():
            index += 1
        else:
            match = _BARE_KEY.match(text, index)
            if match is None:
                parts.append(text[index:])
                break
            parts.append(match.group())
            index = match.end()
    return tuple(parts)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[Path, int] = {}
        self.array_counts: dict[tuple[str, ...], int] = {}
        self.table: Path = ()

    def resolve(self, keys: tuple[str, ...]) -> Path:
        """Insert the current index after each prefix that names an array of tables."""
        path: list[str | int] = []
        plain: list[str] = []
        for key in keys:
            path.append(key)
            plain.append(key)
            count = self.array_counts.get(tuple(plain))
            if count is not None and len(plain) < len(keys):
                path.append(count)
        return tuple(path)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def advance(self, count: int = 1) -> None:
        chunk = self.text[self.pos : self.pos + count]
        self.line += chunk.count("\n")
        self.pos += count

    def skip_line(self) -> None:
        end = self.text.find("\n", self.pos)
        self.advance((len(self.text) if end == -1 else end) - self.pos)

    def skip_string(self) -> None:
        quote = self.peek()
        if self.text.startswith(quote * 3, self.pos):
            end = self.text.find(quote * 3, self.pos + 3)
            end = len(self.text) if end == -1 else end + 3
            while self.text.startswith(quote, end) and end < len(self.text):
                end += 1
            self.advance(end - self.pos)
            return
        index = self.pos + 1
        while index < len(self.text) and self.text[index] not in (quote, "\n"):
            index += 2 if quote == '"' and self.text[index] == "\\" else 1
        self.advance(min(index + 1, len(self.text)) - self.pos)

    def skip_blank(self) -> None:
        while self.peek() and self.peek() in " \t\r\n,":
            self.advance()
        if self.peek() == "#":
            self.skip_line()
            self.skip_blank()

    def value(self, path: Path) -> None:
        """Record where `path` starts and descend into arrays and inline tables."""
        self.skip_blank()
        self.lines.setdefault(path, self.line)
        char = self.peek()
        if char in "\"'":
            self.skip_string()
        elif char == "[":
            self.advance()
            index = 0
            self.skip_blank()
            while self.peek() and self.peek() != "]":
                self.value((*path, index))
                index += 1
                self.skip_blank()
            self.advance()
        elif char == "{":
            self.advance()
            self.skip_blank()
            while self.peek() and self.peek() != "}":
                self.key_value(path)
                self.skip_blank()
            self.advance()
        else:
            while self.peek() and self.peek() not in ",]}\n#":
                self.advance()

    def key_value(self, base: Path) -> None:
        start = self.pos
        while self.peek() and self.peek() not in "=\n":
            if self.peek() in "\"'":
                self.skip_string()
            else:
                self.advance()
        if self.peek() != "=":
            return
        keys = _split_key(self.text[start : self.pos])
        line = self.line
        self.advance()
        path = (*base, *keys)
        self.lines.setdefault(path, line)
        self.value(path)

    def header(self) -> None:
        is_array = self.text.startswith("[[", self.pos)
        end = self.text.find("]", self.pos)
        end = len(self.text) if end == -1 else end
        keys = _split_key(self.text[self.pos + (2 if is_array else 1) : end])
        if is_array:
            count = self.array_counts.get(keys, -1) + 1
            self.array_counts[keys] = count
            self.lines.setdefault(self.resolve(keys), self.line)
            self.table = (*self.resolve(keys), count)
        else:
            self.table = self.resolve(keys)
        self.lines.setdefault(self.table, self.line)
        self.skip_line()

    def scan(self) -> dict[Path, int]:
        while self.pos < len(self.text):
            self.skip_blank()
            char = self.peek()
            if not char:
                break
            if char == "[":
                self.header()
            else:
                self.key_value(self.table)
                self.skip_line()
        return self.lines


def line_index(text: str) -> dict[Path, int]:
    """Map every key path and array element in `text` to the line it starts on."""
    return _Scanner(text).scan()


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest recorded parent, or 1."""
    for end in range(len(path), 0, -1):
        line = lines.get(tuple(path[:end]))
        if line is not None:
            return line
    return 1


def toml_error_line(error: ValueError) -> tuple[int, str]:
    """The line a `tomllib.TOMLDecodeError` points at (1 if none) and its bare message."""
    text = str(error)
    match = _TOML_ERROR_AT.search(text)
    return (int(match.group(1)) if match else 1), _TOML_ERROR_AT.sub("", text).strip()
