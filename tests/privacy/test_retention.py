"""Retention: on `Tick`, once a day per community, data older than its limit is purged."""

from __future__ import annotations

from datetime import timedelta

from bot.community import Community
from bot.engine import Engine
from cogs.info import Info
from cogs.moderation import Moderation
from cogs.privacy import PURGE_AUDIT, Privacy
from tests.conftest import NOW, CommunityFactory, EngineFactory, rules_text

from .conftest import PRIVACY_RULES, tick

DAY = timedelta(days=1)


async def seed(engine: Engine) -> None:
    """Two incidents (one 400 days old), with excerpts 40 and 1 days old."""
    store = engine.services.store
    await store.add_incident("test", "u1", NOW - 400 * DAY, "insults", excerpt="old words")
    await store.add_incident("test", "u1", NOW - 40 * DAY, "insults", excerpt="older words")
    await store.add_incident("test", "u1", NOW - DAY, "insults", excerpt="fresh words")


async def excerpts(engine: Engine) -> list[str | None]:
    return [incident.excerpt for incident in await engine.services.store.incidents("test")]


async def test_a_tick_purges_incidents_past_their_retention(
    privacy_engine: Engine, community: Community
) -> None:
    await seed(privacy_engine)
    await privacy_engine.dispatch(tick(NOW))
    assert len(await privacy_engine.services.store.incidents("test")) == 2


async def test_excerpts_past_their_retention_are_blanked_but_the_incident_stays(
    privacy_engine: Engine, community: Community
) -> None:
    await seed(privacy_engine)
    await privacy_engine.dispatch(tick(NOW))
    assert await excerpts(privacy_engine) == [None, "fresh words"]


async def test_the_purge_runs_at_most_once_a_day(
    privacy_engine: Engine, community: Community
) -> None:
    await privacy_engine.dispatch(tick(NOW))
    store = privacy_engine.services.store
    await store.add_incident("test", "u1", NOW - 400 * DAY, "insults")
    await privacy_engine.dispatch(tick(NOW + timedelta(hours=23)))
    assert len(await store.incidents("test")) == 1
    await privacy_engine.dispatch(tick(NOW + timedelta(hours=24)))
    assert await store.incidents("test") == []


async def test_each_purge_is_written_to_the_audit_log(
    privacy_engine: Engine, community: Community
) -> None:
    await seed(privacy_engine)
    await privacy_engine.dispatch(tick(NOW))
    audit = await privacy_engine.services.store.audit("test")
    [entry] = [e for e in audit if e.action == PURGE_AUDIT]
    assert entry.at == NOW
    assert "incidents=1" in entry.detail and "excerpts=1" in entry.detail


async def test_a_restart_remembers_the_last_purge(
    make_engine: EngineFactory, add_community: CommunityFactory, tmp_path
) -> None:
    from bot.adapters.replay import DryRunAdapter
    from bot.app import build_engine

    url = f"sqlite:///{tmp_path / 'record.db'}"
    first = await build_engine(database_url=url, adapter=DryRunAdapter(), cogs=[Privacy])
    await add_community(first, rules_text(PRIVACY_RULES))
    await first.dispatch(tick(NOW))
    await first.close()
    second = await build_engine(database_url=url, adapter=DryRunAdapter(), cogs=[Privacy])
    try:
        await add_community(second, rules_text(PRIVACY_RULES))
        await second.services.store.add_incident("test", "u1", NOW - 400 * DAY, "insults")
        await second.dispatch(tick(NOW + timedelta(hours=2)))
        assert len(await second.services.store.incidents("test")) == 1
    finally:
        await second.close()


async def test_forever_keeps_that_kind_of_data(
    make_engine: EngineFactory, add_community: CommunityFactory
) -> None:
    engine = await make_engine(cogs=[Moderation, Info, Privacy])
    await add_community(engine, rules_text('[privacy.retention]\nincidents = "forever"\n'))
    await seed(engine)
    await engine.dispatch(tick(NOW))
    assert len(await engine.services.store.incidents("test")) == 3


async def test_retention_is_per_community(
    make_engine: EngineFactory, add_community: CommunityFactory
) -> None:
    engine = await make_engine(cogs=[Privacy])
    await add_community(engine, rules_text('[privacy.retention]\nincidents = "30d"\n'))
    store = engine.services.store
    await store.add_incident("test", "u1", NOW - 40 * DAY, "insults")
    await store.add_incident("elsewhere", "u1", NOW - 40 * DAY, "insults")
    await engine.dispatch(tick(NOW))
    assert await store.incidents("test") == []
    assert len(await store.incidents("elsewhere")) == 1
