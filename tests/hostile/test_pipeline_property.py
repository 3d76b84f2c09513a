"""Property: no text, however odd, switches moderation off or breaks a handler.

Hypothesis writes member names, messages, edits, notes, warnings and reports from every
Unicode category, lone surrogates and NUL included, mixed with the naughty strings; each
example goes through the replay adapter and the whole engine (every default cog) on
SQLite. A profane message that carries the odd text is still deleted.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters.replay import DryRunAdapter, replay_lines
from bot.app import build_engine, load_communities
from bot.engine import Engine
from tests.conftest import EXAMPLE_RULES

from .conftest import HOSTILE, FailureCounter

ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates (Cs) and controls too
TROUBLE = st.sampled_from(
    ["\ud800", "\udbff", "\udc00", "\udfff", "\x00", "\x1b[", "[/]", "\u202e"]
)
ODD_TEXT = st.lists(
    st.one_of(
        st.text(ANY_CHARACTER, max_size=40),
        st.sampled_from(HOSTILE),
        st.lists(st.one_of(TROUBLE, st.text(max_size=3)), max_size=8).map("".join),
    ),
    max_size=4,
).map("".join)
START = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
MODERATOR = {"user": "m1", "name": "Mia", "roles": ["moderator"]}


def lines_for(n: int, name: str, text: str) -> list[str]:
    at = (START + timedelta(hours=n)).isoformat()
    member = {"user": f"p{n}", "at": at}
    events = [
        {"type": "join", **member, "name": name or "?"},
        {"type": "message", **member, "text": text},
        {"type": "message", **member, "text": f"fuck you {text}"},
        {"type": "edit", **member, "text": text, "message": 2},
        {"type": "command", "at": at, **MODERATOR, "name": "note",
         "args": {"user": f"p{n}", "text": text or "-"}},
        {"type": "command", "at": at, **MODERATOR, "name": "warn",
         "args": {"user": f"p{n}", "reason": text or "-"}},
        {"type": "command", "at": at, "user": "w1", "name": "report",
         "args": {"user": f"p{n}", "reason": text or "-", "message": "2"}},
    ]  # fmt: skip
    return [json.dumps(event) for event in events]


async def open_engine() -> tuple[Engine, str, FailureCounter]:
    engine = await build_engine(database_url="sqlite://", adapter=DryRunAdapter())
    counter = FailureCounter()
    engine.observers.append(counter)
    report = await load_communities(engine, [EXAMPLE_RULES])
    return engine, next(iter(report.loaded)), counter


def test_no_text_breaks_a_handler_or_slips_past_moderation() -> None:
    loop = asyncio.new_event_loop()
    engine, community_id, counter = loop.run_until_complete(open_engine())
    numbers = itertools.count()

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(name=ODD_TEXT, text=ODD_TEXT)
    def one_member(name: str, text: str) -> None:
        counter.failures.clear()
        lines = lines_for(next(numbers), name, text)
        results, bad = loop.run_until_complete(
            replay_lines(engine, community_id, lines, "property", _Errors())
        )
        assert bad == 0
        assert counter.failures == [], counter.failures
        assert any(r.line == 3 and r.action.kind == "delete" for r in results), (name, text)

    try:
        one_member()
    finally:
        loop.run_until_complete(engine.close())
        loop.close()


class _Errors:
    def write(self, text: str) -> int:
        raise AssertionError(f"a generated line was rejected: {text}")

    def flush(self) -> None:
        pass
