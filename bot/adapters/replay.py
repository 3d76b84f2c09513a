"""Dry runs: an adapter that carries out nothing and records every action asked for.

`hearth replay` feeds a transcript through the real engine with this adapter, so an
admin sees exactly what the live bot would do with a rule change, and nothing is
sent anywhere. Tests use it as the fake platform too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from bot.actions import ACTION_TYPES, Action, Send
from bot.adapters.base import Adapter, supports
from bot.adapters.transcript import TranscriptError, TranscriptReader
from bot.engine import Engine
from bot.sanitize import clean_event
from bot.terminal import json_safe


class DryRunAdapter(Adapter):
    """Accepts every action and remembers it, in order."""

    platform = "replay"

    def __init__(self) -> None:
        self.performed: list[tuple[str, Action]] = []

    @supports(*ACTION_TYPES)
    async def record(self, community_id: str, action: Action) -> str | None:
        """Remember the action; a sent message gets a stand-in id (`dry-N`) like a real one."""
        self.performed.append((community_id, action))
        return f"dry-{len(self.performed)}" if isinstance(action, Send) else None

    async def start(self) -> None:
        """Nothing to connect to."""

    async def stop(self) -> None:
        """Nothing to disconnect from."""


@dataclass(frozen=True, slots=True)
class ReplayResult:
    line: int
    action: Action

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, **self.action.to_dict()}


Explain = Callable[[int], Awaitable[None]]


async def replay_lines(
    engine: Engine,
    community_id: str,
    lines: Iterable[str],
    source: str,
    errors: TextIO,
    after_line: Explain | None = None,
) -> tuple[list[ReplayResult], int]:
    """Dispatch each transcript line; return the actions and the number of bad lines.

    `after_line(number)` runs after each dispatched line (used by --explain).
    """
    reader = TranscriptReader(community_id)
    results: list[ReplayResult] = []
    bad = 0
    for number, line in enumerate(lines, start=1):
        try:
            event = reader.parse(line, number)
        except TranscriptError as error:
            print(f"{source}:{number}: {error}", file=errors)
            bad += 1
            continue
        if event is None:
            continue
        for action in await engine.dispatch(clean_event(event)):
            results.append(ReplayResult(number, action))
        if after_line is not None:
            await after_line(number)
    for warning in reader.warnings:
        print(f"{source}:{warning}", file=errors)
    return results, bad


def write_json(results: Iterable[ReplayResult], out: TextIO | None = None) -> None:
    """One JSON object per line, to `out` or the current `sys.stdout`."""
    out = out if out is not None else sys.stdout
    for result in results:
        out.write(json_safe(json.dumps(result.to_dict(), ensure_ascii=False)) + "\n")


def read_transcript(path: Path) -> Iterable[str]:
    """Lines of a transcript file ('-' reads standard input), tolerant of bad bytes."""
    if str(path) == "-":
        return sys.stdin
    return path.read_text(encoding="utf-8", errors="replace").splitlines()
