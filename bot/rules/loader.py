"""Read and validate a rule file, reporting every problem as `FILE:LINE: message`.

The whole file is validated before it is used; nothing half-valid is ever returned. A
leading byte order mark is ignored, and values nested absurdly deep are refused with
their line before the TOML parser would run out of stack.
Errors carry the TOML path (`moderation.keywords[0].patterns[1]`) and the line it
stands on, so an admin can go straight to the mistake.

The schema is the one of the installed cogs (`bot.plugins`): the core tables plus each
cog's own. A table no installed cog owns is an error that says so; the table of a cog
that is installed but failed to load is skipped with a warning, so one broken plugin
does not take every community that configures it down with it.
"""

from __future__ import annotations

import difflib
import logging
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from bot.rules.depth import MAX_DEPTH, too_deep
from bot.rules.locate import line_index, line_of, toml_error_line
from bot.rules.schema import RuleFile

if TYPE_CHECKING:
    from bot.plugins import Catalog

log = logging.getLogger(__name__)

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


def _describe(error: dict, catalog: Catalog) -> str:
    kind = error["type"]
    path = tuple(error["loc"])
    where = _dotted(path)
    if kind == "extra_forbidden" and len(path) == 1 and isinstance(error["input"], dict):
        tables = list(catalog.rule_model.model_fields)
        close = difflib.get_close_matches(where, tables, n=1)
        hint = f"did you mean [{close[0]}]? " if close else ""
        return (
            f"table [{where}] belongs to no installed cog "
            f"({hint}`hearth cogs` lists the installed cogs and their tables)"
        )
    if kind == "extra_forbidden":
        return f"unknown key {where!r}"
    if kind == "missing":
        return f"missing required key {where!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def parse_rules(
    text: str,
    file: str = "<rules>",
    known_commands: Collection[str] | None = None,
    catalog: Catalog | None = None,
) -> RuleFile:
    """Validate rule-file text against the installed cogs; raise RuleFileError listing
    every problem. `known_commands` defaults to the commands of those cogs."""
    catalog = catalog if catalog is not None else _installed()
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
    _skip_tables_of_broken_cogs(data, catalog, file)
    problems: list[RuleProblem] = []
    try:
        rules = catalog.rule_model.model_validate(data)
    except RecursionError:
        raise RuleFileError([RuleProblem(file, 1, "the file nests too deeply to read")]) from None
    except ValidationError as error:
        for item in error.errors():
            path = tuple(item["loc"])
            problems.append(RuleProblem(file, line_of(lines, path), _describe(item, catalog)))
        raise RuleFileError(problems) from None
    if known_commands is None:
        known_commands = catalog.known_commands()
    for name in sorted(set(rules.permissions) - set(known_commands)):
        line = line_of(lines, ("permissions", name))
        problems.append(RuleProblem(file, line, f"permissions: unknown command {name!r}"))
    problems.extend(_cog_switch_problems(rules, catalog, file, lines))
    if problems:
        raise RuleFileError(problems)
    return rules.model_copy(update={"cogs": {**catalog.defaults(), **rules.cogs}})


def _installed() -> Catalog:
    from bot.plugins import installed_catalog  # the catalog builds on this module's schema

    return installed_catalog()


def _skip_tables_of_broken_cogs(data: dict[str, Any], catalog: Catalog, file: str) -> None:
    for table in [table for table in data if catalog.owner_of(table) is None]:
        failure = catalog.failed(table)
        if failure is not None and isinstance(data[table], dict):
            log.warning("%s: [%s] not checked, its cog failed to load: %s", file, table, failure)
            del data[table]


def _cog_switch_problems(
    rules: RuleFile, catalog: Catalog, file: str, lines: Any
) -> list[RuleProblem]:
    """`[cogs]` may only name installed cogs, and never turn off a required one."""
    problems = []
    for name, enabled in rules.cogs.items():
        manifest = catalog.get(name)
        line = line_of(lines, ("cogs", name))
        if manifest is None and catalog.failed(name) is None:
            installed = ", ".join(m.name for m in catalog) or "none"
            message = f"cogs: no cog named {name!r} is installed (installed: {installed})"
            problems.append(RuleProblem(file, line, message))
        elif manifest is not None and manifest.required and not enabled:
            why = manifest.summary.rstrip(".")
            message = f"cogs: {name!r} is required and cannot be turned off ({why})"
            problems.append(RuleProblem(file, line, message))
    return problems


def load_rules(
    path: Path | str,
    known_commands: Collection[str] | None = None,
    catalog: Catalog | None = None,
) -> RuleFile:
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
    return parse_rules(text, name, known_commands, catalog)


def community_id_for(path: Path | str, rules: RuleFile) -> str:
    """The community id: `[community] id` when set, else the file name without .toml."""
    return rules.community.id or Path(path).stem
