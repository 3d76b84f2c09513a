"""Dry runs: an adapter that carries out nothing and records every action asked for.

`hearth replay` feeds a transcript through the real engine with this adapter, so an
admin sees exactly what the live bot would do with a rule change, and nothing is
sent anywhere. Tests use it as the fake platform too.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.actions import ACTION_TYPES, Action, Send
from bot.adapters.transcript import TranscriptError, TranscriptReader
from bot.engine import Engine
from bot.platform import Adapter, supports
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
Lines = Iterable[str] | AsyncIterable[str]


class FailureCount:
    """An engine observer counting handler failures, so a dry run can say it was partial."""

    def __init__(self) -> None:
        self.failures = 0

    def dispatched(self, event: Any, actions: Any, seconds: float) -> None:
        pass

    def handler_failed(self, cog: str, handler: str, error: BaseException) -> None:
        self.failures += 1


@dataclass(slots=True)
class ReplayRun:
    """One dry run, line by line: `stream()` yields each line's actions as it goes, so
    output starts at once and memory does not grow with the transcript.

    `bad` counts lines that could not be read; `failures` the handlers that raised (the
    engine logged them): either makes the run's exit status 1.
    """

    engine: Engine
    community_id: str
    source: str
    errors: TextIO
    after_line: Explain | None = None
    bad: int = 0
    counter: FailureCount = field(default_factory=FailureCount)

    @property
    def failures(self) -> int:
        return self.counter.failures

    async def stream(self, lines: Lines) -> AsyncIterator[tuple[int, list[ReplayResult]]]:
        """(line number, its actions) for every line that was dispatched, in order."""
        reader = TranscriptReader(self.community_id)
        self.engine.observers.append(self.counter)
        try:
            number = 0
            async for line in _each(lines):
                number += 1
                results = await self._line(reader, line, number)
                for warning in reader.warnings:
                    print(f"{self.source}:{warning}", file=self.errors)
                reader.warnings.clear()
                if results is not None:
                    yield number, results
        finally:
            self.engine.observers.remove(self.counter)

    async def _line(
        self, reader: TranscriptReader, line: str, number: int
    ) -> list[ReplayResult] | None:
        try:
            event = reader.parse(line, number)
        except TranscriptError as error:
            print(f"{self.source}:{number}: {error}", file=self.errors)
            self.bad += 1
            return None
        if event is None:
            return None
        actions = await self.engine.dispatch(clean_event(event))
        if self.after_line is not None:
            await self.after_line(number)
        return [ReplayResult(number, action) for action in actions]


async def _each(lines: Lines) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterable):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


async def replay_lines(
    engine: Engine,
    community_id: str,
    lines: Lines,
    source: str,
    errors: TextIO,
    after_line: Explain | None = None,
) -> tuple[list[ReplayResult], int]:
    """Dispatch each transcript line; return all the actions and the number of bad lines.

    For tests and small transcripts; `hearth replay` streams with `ReplayRun`.
    """
    run = ReplayRun(engine, community_id, source, errors, after_line)
    results = [result async for _, batch in run.stream(lines) for result in batch]
    return results, run.bad


def write_json(results: Iterable[ReplayResult], out: TextIO | None = None) -> None:
    """One JSON object per line, to `out` or the current `sys.stdout`."""
    out = out if out is not None else sys.stdout
    for result in results:
        out.write(json_safe(json.dumps(result.to_dict(), ensure_ascii=False)) + "\n")


def read_transcript(path: Path) -> AsyncIterator[str]:
    """The lines of a transcript file, or of standard input for '-', one at a time.

    Bad bytes become U+FFFD. The file is opened here, so a missing one raises OSError
    before anything runs; standard input is read in a thread, so a slow producer never
    blocks the event loop.
    """
    if str(path) == "-":
        if isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(errors="replace")
        return _read(sys.stdin, threaded=True)
    return _read(path.open(encoding="utf-8", errors="replace"), threaded=False, close=True)


async def _read(stream: TextIO, *, threaded: bool, close: bool = False) -> AsyncIterator[str]:
    try:
        while True:
            line = await asyncio.to_thread(stream.readline) if threaded else stream.readline()
            if not line:
                return
            yield line.rstrip("\n")
    finally:
        if close:
            stream.close()
