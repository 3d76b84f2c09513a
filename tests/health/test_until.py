"""`hearth stats --until` bounds every series: nothing after the end of the period counts."""

from __future__ import annotations

from datetime import timedelta

from bot.health.report import build_report
from bot.storage import Store

from .conftest import COMMUNITY, NOW

END = NOW - timedelta(days=3)


async def test_nothing_after_until_is_counted_in_any_series(store: Store) -> None:
    for when, user in ((END - timedelta(days=1), "u1"), (END + timedelta(days=1), "u2")):
        await store.record_member_event(COMMUNITY, user, "join", when)
        await store.record_activity(COMMUNITY, user, f"channel-{user}", when)
        await store.add_incident(COMMUNITY, user, when, f"rule-{user}")
        store.count_mood(COMMUNITY, when.date(), "sv", 1)
    report = await build_report(
        store,
        COMMUNITY,
        name="Hearth Test",
        timezone="UTC",
        since=END - timedelta(days=7),
        now=END,
    )
    assert (report.joins, report.messages) == (1, 1)
    assert [channel.channel for channel in report.channels] == ["channel-u1"]
    assert [incident.rule for incident in report.incidents] == ["rule-u1"]
    assert (report.active_members, report.active_week, report.community_size) == (1, 1, 1)
    assert sum(sum(row) for row in report.heatmap) == 1
    assert [point.day for point in report.sentiment] == [(END - timedelta(days=1)).date()]
