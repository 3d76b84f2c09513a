"""Every naughty string through replay, on SQLite and PostgreSQL: as a member's name, a
message, an edit, a note, a warning's reason, a report and a reaction. No handler fails,
and a profane message that also carries the naughty string is still removed."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.adapters.replay import DryRunAdapter, replay_lines, write_json
from bot.app import build_engine, load_communities
from tests.conftest import EXAMPLE_RULES

from .conftest import HOSTILE, FailureCounter

START = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
MODERATOR = {"user": "m1", "name": "Mia", "roles": ["moderator"]}


def transcript() -> tuple[list[str], set[int]]:
    """The transcript lines, and the numbers of the lines that must be deleted."""
    lines: list[dict] = []
    profane: set[int] = set()
    for n, text in enumerate(HOSTILE):
        at = (START + timedelta(minutes=n)).isoformat()
        member = {"user": f"n{n}", "at": at}
        lines.append({"type": "join", **member, "name": text or "?"})
        lines.append({"type": "message", **member, "channel": "general", "text": text})
        said = len(lines)
        lines.append({"type": "message", **member, "text": f"fuck you {text}"})
        profane.add(len(lines))
        lines.append({"type": "edit", **member, "text": text, "message": said})
        if text.strip():
            lines.append({"type": "reaction", **member, "emoji": text, "message": said})
        for name, args in (
            ("note", {"user": f"n{n}", "text": text or "-"}),
            ("warn", {"user": f"n{n}", "reason": text or "-"}),
        ):
            lines.append({"type": "command", "at": at, **MODERATOR, "name": name, "args": args})
        report = {"user": f"n{n}", "reason": text or "-", "message": str(said)}
        lines.append({"type": "command", "at": at, "user": "w1", "name": "report", "args": report})
    return [json.dumps(line) for line in lines], profane


async def test_no_naughty_string_breaks_a_handler_or_slips_past_moderation(
    database_url: str, tmp_path: Path
) -> None:
    engine = await build_engine(database_url=database_url, adapter=DryRunAdapter())
    counter = FailureCounter()
    engine.observers.append(counter)
    try:
        report = await load_communities(engine, [EXAMPLE_RULES])
        lines, profane = transcript()
        errors = io.StringIO()
        results, bad = await replay_lines(
            engine, next(iter(report.loaded)), lines, "blns.jsonl", errors
        )
    finally:
        await engine.close()
    assert bad == 0, errors.getvalue()
    assert counter.failures == []
    deleted = {result.line for result in results if result.action.kind == "delete"}
    assert profane <= deleted, sorted(profane - deleted)[:5]
    out = io.StringIO()
    write_json(results, out)
    out.getvalue().encode("utf-8")  # every action is writable as UTF-8
