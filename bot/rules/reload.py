"""Hot reload: watch rule files and swap in new versions only when they are valid.

A broken edit is reported (log and callback) and the community keeps running on its
last good rules. Polling file stamps keeps this dependency-free and works on every
file system; SIGHUP (where the platform has it) forces an immediate check.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.rules.loader import RuleFileError, load_rules
from bot.rules.schema import RuleFile

if TYPE_CHECKING:
    from bot.plugins import Catalog

log = logging.getLogger(__name__)

OnChange = Callable[[Path, RuleFile], None]
OnError = Callable[[Path, RuleFileError], None]


@dataclass(slots=True)
class _Watched:
    path: Path
    stamp: tuple[int, int] | None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


class RuleWatcher:
    """Re-validates changed rule files and hands each good version to `on_change`."""

    def __init__(
        self,
        paths: Collection[Path],
        on_change: OnChange,
        on_error: OnError | None = None,
        known_commands: Collection[str] | None = None,
        interval_s: float = 2.0,
        catalog: Catalog | None = None,
    ) -> None:
        self._files = [_Watched(Path(path), _stamp(Path(path))) for path in paths]
        self._on_change = on_change
        self._on_error = on_error
        self._known_commands = known_commands
        self._catalog = catalog
        self.interval_s = interval_s
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    def check(self) -> int:
        """Reload every file whose stamp changed; return how many were swapped in."""
        swapped = 0
        for watched in self._files:
            stamp = _stamp(watched.path)
            if stamp == watched.stamp:
                continue
            watched.stamp = stamp
            try:
                rules = load_rules(watched.path, self._known_commands, self._catalog)
            except RuleFileError as error:
                log.error("rule file rejected, keeping the last good version:\n%s", error)
                if self._on_error is not None:
                    self._on_error(watched.path, error)
                continue
            log.info("rule file reloaded: %s", watched.path)
            self._on_change(watched.path, rules)
            swapped += 1
        return swapped

    def start(self) -> None:
        """Begin polling in the background; SIGHUP triggers an immediate check."""
        loop = asyncio.get_running_loop()
        if hasattr(signal, "SIGHUP"):
            try:
                loop.add_signal_handler(signal.SIGHUP, self._wake.set)
            except (NotImplementedError, RuntimeError, ValueError):
                log.debug("SIGHUP reload is not available here")
        self._task = loop.create_task(self._run(), name="hearth-rule-watcher")

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval_s)
            self._wake.clear()
            try:
                self.check()
            except Exception:
                log.exception("rule watcher check failed")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
