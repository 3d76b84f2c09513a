"""How `hearth replay` prints what the bot would do, as the transcript is read.

`JsonLines` writes one JSON object per action (and per explanation with --explain);
`TableRows` writes the readable table, header once, then each line's rows as they come,
in fixed columns so rows of different lines stay aligned. Both flush after every
transcript line, so output appears while a long (or piped) transcript is still being
read, and neither keeps anything: memory does not grow with the transcript. Everything
a member wrote is shown, never obeyed (`bot.terminal`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from bot.adapters.replay import ReplayResult
from bot.terminal import json_safe, plain

Describe = Callable[[int, dict[str, Any]], str]
"""The plain-text form of one explanation: `Explains.format_explanation` of its cog."""

COLUMNS: tuple[tuple[str, int | None], ...] = (
    ("line", 6),
    ("action", 11),
    ("user", 14),
    ("rule", 18),
    ("details", None),
)


class JsonLines:
    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout

    def actions(self, results: Iterable[ReplayResult]) -> None:
        for result in results:
            self._write(result.to_dict())

    def explanation(self, number: int, data: dict[str, Any], describe: Describe) -> None:
        self._write({"line": number, "explain": data})

    def _write(self, data: dict[str, Any]) -> None:
        self.out.write(json_safe(json.dumps(data, ensure_ascii=False)) + "\n")

    def flush(self) -> None:
        self.out.flush()


class TableRows:
    def __init__(self, out: TextIO | None = None) -> None:
        from rich.console import Console

        self.console = Console(file=out, highlight=False)
        self.header = True

    def actions(self, results: Iterable[ReplayResult]) -> None:
        from rich.table import Table
        from rich.text import Text

        rows = [_cells(result) for result in results]
        if not rows:
            return
        table = Table(box=None, show_header=self.header, expand=True, pad_edge=False)
        for name, width in COLUMNS:
            if width is None:
                table.add_column(name, ratio=1, overflow="fold")
            else:
                table.add_column(name, width=width, no_wrap=True, overflow="ellipsis")
        for cells in rows:
            table.add_row(*(Text(cell) for cell in cells))
        self.console.print(table)
        self.header = False

    def explanation(self, number: int, data: dict[str, Any], describe: Describe) -> None:
        self.console.print(plain(describe(number, data)), markup=False)

    def flush(self) -> None:
        self.console.file.flush()


def _cells(result: ReplayResult) -> tuple[str, ...]:
    """One table row; every cell stripped of control codes (it holds what members wrote)."""
    data = result.to_dict()
    line, kind = str(data.pop("line")), str(data.pop("action"))
    user, rule = str(data.pop("user", "")), str(data.pop("rule", ""))
    data.pop("automatic", None)
    details = "; ".join(f"{key}={value}" for key, value in data.items())
    return tuple(plain(cell) for cell in (line, kind, user, rule, details))
