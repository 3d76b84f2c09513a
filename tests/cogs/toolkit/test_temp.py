"""Temporary actions outlive restarts: lifted on the first tick after their expiry,
re-applied when a restricted member rejoins, and never retried into a flood."""

from __future__ import annotations

from pathlib import Path

from bot.actions import Ban, Report, Timeout, Unban, Untimeout
from tests.cogs.toolkit.conftest import (
    OLA,
    HierarchyAdapter,
    MissingPermissionAdapter,
    later,
    only,
)


async def test_a_due_timeout_is_lifted_on_tick_and_its_case_marked_expired(dry):
    await dry.store.upsert_member("toolkit", "u1", "Ola")
    await dry.command("timeout", {"user": "u1", "duration": "10m", "reason": "x"})

    early = await dry.tick(later(300))
    due = await dry.tick(later(601))

    assert early == []
    assert only(due, Untimeout)[0].user == "u1"
    assert "has ended (case #1)" in only(due, Report)[0].text
    assert (await dry.store.get_case("toolkit", 1)).status == "expired"
    assert await dry.tick(later(700)) == []


async def test_a_temporary_ban_due_during_downtime_is_lifted_after_a_restart(
    make_toolkit, tmp_path: Path
):
    url = f"sqlite:///{tmp_path / 'hearth.db'}"
    before = await make_toolkit(database_url=url)
    await before.command("ban", {"user": "u1", "reason": "x", "duration": "1d"})
    await before.engine.close()

    after = await make_toolkit(database_url=url)
    actions = await after.tick(later(3 * 86400))

    assert only(actions, Unban)[0].user == "u1"


async def test_a_member_who_rejoins_during_a_timeout_gets_the_rest_back(dry):
    await dry.store.upsert_member("toolkit", "u1", "Ola")
    await dry.command("timeout", {"user": "u1", "duration": "1h", "reason": "x"})

    actions = await dry.join(OLA, at=later(600))

    assert only(actions, Timeout)[0].duration_s == 3000
    assert "50 minutes" in only(actions, Report)[0].text


async def test_a_member_who_rejoins_during_a_temporary_ban_is_banned_again(dry):
    await dry.command("ban", {"user": "u1", "reason": "x", "duration": "2d"})

    actions = await dry.join(OLA, at=later(86400))

    assert only(actions, Ban)[0].duration_s == 86400


async def test_a_manual_untimeout_means_nothing_is_reapplied_or_lifted_later(make_toolkit):
    toolkit = await make_toolkit(adapter=HierarchyAdapter([OLA]))
    await toolkit.command("timeout", {"user": "u1", "duration": "1h", "reason": "x"})
    await toolkit.command("untimeout", {"user": "u1"}, at=later(60))

    assert await toolkit.join(OLA, at=later(120)) == []
    assert await toolkit.tick(later(7200)) == []


async def test_a_lift_the_platform_refuses_is_reported_once_then_backed_off(make_toolkit):
    toolkit = await make_toolkit(adapter=MissingPermissionAdapter(["unban"]))
    await toolkit.command("ban", {"user": "u1", "reason": "x", "duration": "1h"})

    first = await toolkit.tick(later(3601))
    soon = await toolkit.tick(later(3630))
    retry = await toolkit.tick(later(3700))

    assert "Ban Members" in only(first, Report)[0].text
    assert soon == []
    assert retry == []  # retried and refused again: logged, not re-announced
    assert len(await toolkit.store.due_temp_actions(later(3700))) == 1
