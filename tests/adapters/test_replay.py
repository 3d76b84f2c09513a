"""Dry runs: every action is recorded in order, bad lines are reported and skipped."""

from __future__ import annotations

import io
import json

import pytest

from bot.actions import ACTION_TYPES, Delete, Send
from bot.adapters.replay import DryRunAdapter, ReplayResult, replay_lines, write_json
from bot.platform import Adapter, UnsupportedAction, supports

JOIN = '{"type": "join", "at": "2026-11-01T12:00:00Z", "user": "u2", "name": "Kasia"}'
SPAM = (
    '{"type": "message", "at": "2026-11-01T12:00:05Z", "user": "u1", "name": "Ola", '
    '"text": "get free nitro here"}'
)


def test_the_dry_run_supports_every_action():
    assert DryRunAdapter.capabilities().actions == {action.kind for action in ACTION_TYPES}


async def test_the_dry_run_records_actions_in_order():
    adapter = DryRunAdapter()
    first, second = Send(channel="a", text="1"), Send(channel="b", text="2")
    await adapter.perform("c", first)
    await adapter.perform("c", second)
    assert adapter.performed == [("c", first), ("c", second)]


async def test_an_adapter_refuses_what_it_does_not_support():
    class SendOnly(Adapter):
        platform = "tiny"

        @supports(Send)
        async def send(self, community_id, action):  # pragma: no cover - not called here
            return None

        async def start(self):  # pragma: no cover
            return None

        async def stop(self):  # pragma: no cover
            return None

    assert SendOnly.capabilities().actions == {"send"}
    with pytest.raises(UnsupportedAction) as caught:
        await SendOnly().perform("c", Delete(user="u1", channel="g", message_id="1"))
    assert caught.value.message_id == "action-unsupported"
    assert caught.value.args_for_message == {"platform": "tiny", "action": "delete"}


def test_a_result_puts_the_line_first():
    data = ReplayResult(3, Send(channel="welcome", text="hi")).to_dict()
    assert list(data)[:2] == ["line", "action"]
    assert data["line"] == 3


def test_write_json_prints_one_object_per_line():
    out = io.StringIO()
    write_json(
        [
            ReplayResult(1, Send(channel="a", text="hej")),
            ReplayResult(2, Send(channel="b", text="ø")),
        ],
        out,
    )
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["line"] for line in lines] == [1, 2]
    assert "ø" in lines[1]


async def test_replay_reports_a_bad_line_and_goes_on(engine, example):
    errors = io.StringIO()
    results, bad = await replay_lines(engine, example.id, [JOIN, "{oops", SPAM], "t.jsonl", errors)
    assert bad == 1
    assert errors.getvalue().startswith("t.jsonl:2: not valid JSON")
    assert [(result.line, result.action.kind) for result in results] == [
        (1, "send"),
        (3, "delete"),
        (3, "warn"),
    ]


async def test_replay_reports_unknown_fields_as_warnings(engine, example):
    errors = io.StringIO()
    _, bad = await replay_lines(
        engine, example.id, [JOIN.replace("}", ', "mood": "happy"}')], "t.jsonl", errors
    )
    assert bad == 0
    assert errors.getvalue() == "t.jsonl:1: ignored unknown field 'mood'\n"
