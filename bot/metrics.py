"""Observability: Prometheus metrics and a health check, served over HTTP; off by default.

`Metrics` is an engine observer (see `bot.engine.EngineObserver`) and a Store write
listener, so it knows nothing about Discord or Telegram. It counts events processed,
actions by kind and rule, handler errors, times dispatches (moderation latency) and
database writes (write lag), and reads the Store's buffers at scrape time.
`MetricsServer` serves `/metrics` (Prometheus text format) and `/health` (JSON) with
aiohttp; `start_metrics(engine, settings)` does both when `[metrics] enabled = true`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.actions import Action
from bot.config import MetricsConfig
from bot.engine import Engine
from bot.events import Event

log = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class _StoreCollector(Collector):
    """Reads the Store's buffers when Prometheus scrapes, so nothing polls in between."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def collect(self) -> Iterator[GaugeMetricFamily]:
        store = self._engine.services.store
        if store is None:
            return
        yield GaugeMetricFamily(
            "hearth_db_pending_writes",
            "Writes kept in memory while the database is unreachable",
            value=getattr(store, "pending_writes", 0),
        )
        yield GaugeMetricFamily(
            "hearth_db_dropped_writes",
            "Writes lost because the outage buffer was full (since start)",
            value=getattr(store, "dropped_writes", 0),
        )
        yield GaugeMetricFamily(
            "hearth_activity_pending_events",
            "Messages counted but not yet written to the activity table",
            value=getattr(store, "pending_activity", 0),
        )


class Metrics:
    """The counters and histograms of one running Hearth, in their own registry."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.registry = CollectorRegistry(auto_describe=True)
        self.events = Counter(
            "hearth_events", "Events dispatched", ["kind"], registry=self.registry
        )
        self.actions = Counter(
            "hearth_actions", "Actions carried out", ["action", "rule"], registry=self.registry
        )
        self.errors = Counter(
            "hearth_handler_errors",
            "Handlers that raised an unexpected error",
            ["cog", "handler"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "hearth_dispatch_seconds",
            "Time from an event reaching the engine to all its cogs being done",
            ["kind"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.write_lag = Histogram(
            "hearth_db_write_seconds",
            "Time from asking for a database write to its commit (queueing included)",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_StoreCollector(engine))

    def attach(self) -> None:
        """Start observing the engine and its store."""
        if self not in self.engine.observers:
            self.engine.observers.append(self)
        store = self.engine.services.store
        if store is not None and self.observe_write not in store.write_listeners:
            store.write_listeners.append(self.observe_write)

    def detach(self) -> None:
        if self in self.engine.observers:
            self.engine.observers.remove(self)
        store = self.engine.services.store
        if store is not None and self.observe_write in store.write_listeners:
            store.write_listeners.remove(self.observe_write)

    # -- EngineObserver --------------------------------------------------------

    def dispatched(self, event: Event, actions: Sequence[Action], seconds: float) -> None:
        self.events.labels(kind=event.kind).inc()
        self.latency.labels(kind=event.kind).observe(seconds)
        for action in actions:
            self.actions.labels(action=action.kind, rule=action.rule or "").inc()

    def handler_failed(self, cog: str, handler: str, error: BaseException) -> None:
        self.errors.labels(cog=cog, handler=handler).inc()

    def observe_write(self, seconds: float) -> None:
        self.write_lag.observe(seconds)

    # -- exposition --------------------------------------------------------------

    def render(self) -> bytes:
        return generate_latest(self.registry)

    async def health(self) -> dict[str, Any]:
        """Liveness plus the state of the record: "ok", or "degraded" with the reason."""
        store = self.engine.services.store
        database = "none"
        pending = 0
        if store is not None:
            database = "ok" if await store.ping() else "unreachable"
            pending = getattr(store, "pending_writes", 0)
        status = "ok" if database in ("ok", "none") else "degraded"
        return {
            "status": status,
            "database": database,
            "pending_writes": pending,
            "communities": len(self.engine.communities),
            "cogs": [cog.name for cog in self.engine.cogs],
        }


class MetricsServer:
    """Serves /metrics and /health on `listen:port` (port 0 picks a free one)."""

    def __init__(self, metrics: Metrics, listen: str = "127.0.0.1", port: int = 9108) -> None:
        self.metrics = metrics
        self.listen = listen
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/health", self._health)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or ()  # the bound port, for port 0
        if sockets:
            self.port = sockets[0].getsockname()[1]
        self.metrics.attach()
        log.info("metrics on http://%s:%d/metrics", self.listen, self.port)

    async def stop(self) -> None:
        self.metrics.detach()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(body=self.metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response(await self.metrics.health())


async def start_metrics(engine: Engine, settings: MetricsConfig) -> MetricsServer | None:
    """Start the endpoint when enabled in the config; None when it is off (the default)."""
    if not settings.enabled:
        return None
    server = MetricsServer(Metrics(engine), settings.listen, settings.port)
    await server.start()
    return server
