"""Hostile input for the whole pipeline: the Big List of Naughty Strings (vendored in
tests/data/blns, MIT), our own additions, and an engine that counts handler failures."""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.actions import Action
from bot.events import Event
from tests.conftest import ROOT
from tests.storage.conftest import database_url  # noqa: F401 - the fixture

BLNS = json.loads((ROOT / "tests" / "data" / "blns" / "blns.json").read_text(encoding="utf-8"))

EXTRA = [
    "fuck you \ud800",  # the lone surrogate from issue 18
    "\udfff\ud800 reversed pair",
    "nul\x00byte",
    "\x00",
    "[/]",
    "[bold red]loud[/bold red] [link=https://evil.example]click[/link]",
    "\x1b[31mred\x1b[0m \x1b[2J\x1b[H",
    "\x1b]8;;https://evil.example\x1b\\innocent\x1b]8;;\x1b\\",
    "\x07\x08\x7f\x9b31m",
    "\u202egnp.exe \u2066isolate\u2069",
    "line\u2028separator\u2029paragraph\r\nwindows",
    "a" + "\u0301" * 200,
    "x" * 4000,
    "\ufeffBOM \ufffe\uffff nonchars \U0010ffff",
    "{name} {community} { $user } %s %(x)s {{0}}",
]

HOSTILE: list[str] = [*BLNS, *EXTRA]


class FailureCounter:
    """An engine observer that remembers every handler failure."""

    def __init__(self) -> None:
        self.failures: list[tuple[str, str, BaseException]] = []

    def dispatched(self, event: Event, actions: Sequence[Action], seconds: float) -> None:
        pass

    def handler_failed(self, cog: str, handler: str, error: BaseException) -> None:
        self.failures.append((cog, handler, error))
