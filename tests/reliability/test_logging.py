"""Security in the logs: tokens never appear, message text never above DEBUG."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot import logging_setup, redact
from bot.adapters.replay import DryRunAdapter, replay_lines
from bot.app import build_engine, load_communities
from tests.conftest import EXAMPLE_RULES

TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.s3cr3t-t0ken-value"
SECRET_TEXT = "my password is hunter2-4711 and my mail is ola.nordmann@example.org"
SECRET = SECRET_TEXT

log = logging.getLogger("hearth.test")


@pytest.fixture
def masking(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A token in the environment and masking installed; the record factory is restored."""
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    factory = logging.getLogRecordFactory()
    monkeypatch.setattr(redact, "_installed", False)
    logging_setup.install_secret_masking()
    yield
    logging.setLogRecordFactory(factory)


def test_a_token_passed_as_an_argument_is_masked(
    masking: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        log.warning("connecting with token %s", TOKEN)
    assert TOKEN not in caplog.text
    assert "connecting with token ***" in caplog.text


def test_a_token_inside_an_exception_is_masked(
    masking: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        try:
            raise RuntimeError(f"401 Unauthorized for token {TOKEN}")
        except RuntimeError:
            log.exception("login failed")
    assert "login failed" in caplog.text
    assert TOKEN not in caplog.text


def test_the_configured_handler_never_writes_a_token(
    masking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", "123456:telegram-secret-token")
    stream = io.StringIO()
    logging_setup.configure("INFO", json_format=False, stream=stream)
    try:
        log.error("tokens %s and %s", TOKEN, "123456:telegram-secret-token")
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_hearth", False)]:
            root.removeHandler(handler)
    output = stream.getvalue()
    assert "tokens *** and ***" in output
    assert TOKEN not in output and "telegram-secret-token" not in output


def test_json_format_writes_one_object_per_line() -> None:
    formatter = logging_setup.JsonFormatter()
    record = logging.LogRecord("hearth.x", logging.WARNING, __file__, 1, "hi %s", ("there",), None)
    data = json.loads(formatter.format(record))
    assert (data["level"], data["logger"], data["message"]) == ("WARNING", "hearth.x", "hi there")


async def test_message_text_never_reaches_info_or_above_during_a_replay(
    caplog: pytest.LogCaptureFixture,
) -> None:
    lines = [
        json.dumps({"type": "join", "at": 0, "user": "u1", "name": "Ola"}),
        json.dumps({"type": "message", "at": 1, "user": "u1", "text": SECRET_TEXT}),
        json.dumps({"type": "message", "at": 2, "user": "u1", "text": f"free nitro {SECRET}"}),
        json.dumps({"type": "edit", "at": 3, "user": "u1", "message": 2, "text": SECRET_TEXT}),
        json.dumps(
            {"type": "command", "at": 4, "user": "m1", "roles": ["moderator"], "name": "warn",
             "args": {"user": "u1", "reason": SECRET_TEXT}}
        ),
        json.dumps({"type": "command", "at": 5, "user": "u1", "name": "nosuchcommand"}),
    ]  # fmt: skip
    engine = await build_engine(database_url="sqlite://", adapter=DryRunAdapter(), flush_seconds=0)
    try:
        report = await load_communities(engine, [EXAMPLE_RULES])
        community_id = next(iter(report.loaded))
        with caplog.at_level(logging.DEBUG):
            await replay_lines(engine, community_id, lines, "t.jsonl", io.StringIO())
    finally:
        await engine.close()
    loud = [r for r in caplog.records if r.levelno >= logging.INFO]
    for fragment in ("hunter2-4711", "ola.nordmann@example.org"):
        assert not [r.getMessage() for r in loud if fragment in r.getMessage()]
        assert not [r for r in loud if r.exc_text and fragment in r.exc_text]
