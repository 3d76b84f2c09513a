"""Mediation: a private message to each member of a conflict, a note for the team, and a
follow-up reminder fired on the first tick after it is due — even after a restart."""

from __future__ import annotations

from bot.actions import Dm, Reply, Report
from tests.cogs.toolkit.conftest import OLA, later, only, reply_text


async def test_mediate_messages_each_member_and_tells_the_team(dry):
    await dry.store.upsert_member("toolkit", "u2", locale="pl", at=later(0))

    actions = await dry.command(
        "mediate", {"users": "u1, u2", "note": "argument in #memes", "after": "2d"}
    )

    first, second = only(actions, Dm)
    assert (first.user, second.user) == ("u1", "u2")
    assert "u2" in first.text and "Mia" in first.text
    assert "Cześć" in second.text
    (log,) = only(actions, Report)
    assert "argument in #memes" in log.text
    assert "2 members" in reply_text(actions)


async def test_the_follow_up_reminder_fires_once_when_due(dry):
    await dry.command("mediate", {"users": "u1 u2", "note": "check in", "after": "1h"})

    early = await dry.tick(later(1800))
    due = await dry.tick(later(3601))
    after = await dry.tick(later(7200))

    assert early == []
    assert "check in" in only(due, Report)[0].text and "u1, u2" in only(due, Report)[0].text
    assert after == []


async def test_a_pending_reminder_survives_a_restart(dry):
    await dry.command("mediate", {"users": "u1,u2", "note": "check in", "after": "1h"})
    dry.community.state.clear()  # what a restart loses; the audit trail remains

    due = await dry.tick(later(3601))

    assert only(due, Report)


async def test_mediate_refuses_the_moderators_own_conflict(dry):
    actions = await dry.command("mediate", {"users": "u1,m1", "note": "x"})

    assert [type(action) for action in actions] == [Reply]


async def test_members_cannot_open_a_mediation(dry):
    actions = await dry.command("mediate", {"users": "u2", "note": "x"}, user=OLA)

    assert [type(action) for action in actions] == [Reply]
    assert "Only moderators" in actions[0].text
