"""Observability: /metrics serves Prometheus counters and /health says ok; off by default."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.cog import Cog, Context, listen
from bot.config import HearthConfig
from bot.engine import Engine
from bot.events import Message
from bot.metrics import Metrics, MetricsServer, start_metrics
from tests.conftest import CommunityFactory, message, rules_text, seconds_later

from .conftest import INSULT, KEYWORD_RULES


class Broken(Cog):
    name = "broken"

    @listen(Message)
    async def explode(self, ctx: Context) -> None:
        raise RuntimeError("a bug")


@pytest.fixture
async def server(engine: Engine, add_community: CommunityFactory) -> AsyncIterator[MetricsServer]:
    await add_community(engine, rules_text(KEYWORD_RULES))
    running = MetricsServer(Metrics(engine), "127.0.0.1", 0)
    await running.start()
    yield running
    await running.stop()


async def get(server: MetricsServer, path: str) -> tuple[int, str]:
    url = f"http://127.0.0.1:{server.port}{path}"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def test_metrics_count_events_and_actions_by_kind_and_rule(
    server: MetricsServer, engine: Engine
) -> None:
    await engine.dispatch(message("hello", at=seconds_later(0)))
    await engine.dispatch(message(f"you {INSULT}", at=seconds_later(1)))
    await engine.dispatch(message("bye", at=seconds_later(2)))
    status, text = await get(server, "/metrics")
    assert status == 200
    assert 'hearth_events_total{kind="message"} 3.0' in text
    assert 'hearth_actions_total{action="delete",rule="insults"} 1.0' in text
    assert 'hearth_dispatch_seconds_count{kind="message"} 3.0' in text
    assert "hearth_db_write_seconds_count" in text
    assert "hearth_db_pending_writes 0.0" in text


async def test_metrics_count_handler_errors(server: MetricsServer, engine: Engine) -> None:
    await engine.add_cog(Broken(engine.services))
    await engine.dispatch(message("hello"))
    _, text = await get(server, "/metrics")
    assert 'hearth_handler_errors_total{cog="broken",handler="explode"} 1.0' in text


async def test_health_is_ok_when_the_database_answers(server: MetricsServer) -> None:
    status, text = await get(server, "/health")
    assert status == 200
    assert '"status": "ok"' in text and '"database": "ok"' in text


async def test_metrics_are_off_by_default(engine: Engine) -> None:
    assert HearthConfig().metrics.enabled is False
    assert await start_metrics(engine, HearthConfig().metrics) is None
    assert engine.observers == []


async def test_a_failing_observer_never_breaks_moderation(
    engine: Engine, add_community: CommunityFactory
) -> None:
    class Faulty:
        def dispatched(self, *args: object) -> None:
            raise RuntimeError("observer bug")

        def handler_failed(self, *args: object) -> None:
            raise RuntimeError("observer bug")

    await add_community(engine, rules_text(KEYWORD_RULES))
    engine.observers.append(Faulty())
    actions = await engine.dispatch(message(f"you {INSULT}"))
    assert [action.kind for action in actions] == ["delete", "warn"]
