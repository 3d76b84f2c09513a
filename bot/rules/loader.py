"""Read and validate a rule file, reporting every problem as `FILE:LINE: message`.

The whole file is validated before it is used; nothing half-valid is ever returned. A
leading byte order mark is ignored, and values nested absurdly deep are refused with
their line before the TOML parser would run out of stack.
Errors carry the TOML path (`moderation.keywords[0].patterns[1]`) and the line it
stands on, so an admin can go straight to the mistake.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from bot.rules.depth import MAX_DEPTH, too_deep
from bot.rules.locate import line_index, line_of, toml_error_line
from bot.rules.schema import RuleFile

MAX_RULE_FILE_BYTES = 1 << 20
BOM = "\ufeff"
"""A UTF-8 byte order mark (Windows editors write one); TOML has no use for it."""


@dataclass(frozen=True, slots=True)
class RuleProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class RuleFileError(ValueError):
    """A rule file that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def _dotted(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: dict) -> str:
    kind = error["type"]
    path = tuple(error["loc"])
    where = _dotted(path)
    if kind == "extra_forbidden":
        return f"unknown key {where!r}"
    if kind == "missing":
        return f"missing required key {where!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def parse_rules(
    text: str, file: str = "<rules>", known_commands: Collection[str] | None = None
) -> RuleFile:
    """Validate rule-file text; raise RuleFileError listing every problem."""
    text = text.removeprefix(BOM)
    deep = too_deep(text)
    if deep is not None:
        message = f"values nest more than {MAX_DEPTH} levels deep; no rule needs that many"
        raise RuleFileError([RuleProblem(file, deep, message)])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, message = toml_error_line(error)
        raise RuleFileError([RuleProblem(file, line, f"TOML syntax: {message}")]) from None
    except RecursionError:  # a shape the depth scan does not count; never a traceback
        message = "the file nests too deeply to read"
        raise RuleFileError([RuleProblem(file, 1, message)]) from None
    lines = line_index(text)
    problems: list[RuleProblem] = []
    try:
        rules = RuleFile.model_validate(data)
    except RecursionError:
        raise RuleFileError([RuleProblem(file, 1, "the file nests too deeply to read")]) from None
    except ValidationError as error:
        for item in error.errors():
            path = tuple(item["loc"])
            problems.append(RuleProblem(file, line_of(lines, path), _describe(item)))
        raise RuleFileError(problems) from None
    if known_commands is not None:
        for name in sorted(set(rules.permissions) - set(known_commands)):
            line = line_of(lines, ("permissions", name))
            problems.append(RuleProblem(file, line, f"permissions: unknown command {name!r}"))
    if problems:
        raise RuleFileError(problems)
    return rules


def load_rules(path: Path | str, known_commands: Collection[str] | None = None) -> RuleFile:
    """Read and validate the rule file at `path`."""
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RuleFileError([RuleProblem(name, 0, f"cannot read: {error.strerror}")]) from None
    if len(raw) > MAX_RULE_FILE_BYTES:
        raise RuleFileError([RuleProblem(name, 0, "file is larger than 1 MiB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RuleFileError([RuleProblem(name, line, "file is not valid UTF-8")]) from None
    return parse_rules(text, name, known_commands)


def community_id_for(path: Path | str, rules: RuleFile) -> str:
    """The community id: `[community] id` when set, else the file name without .toml."""
    return rules.community.id or Path(path).stem
