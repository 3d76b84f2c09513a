"""Appeals: once per case, reviewed by someone other than the moderator who acted, and
the outcome reaches the member in their own language."""

from __future__ import annotations

from dataclasses import replace

from bot.actions import Dm, Reply, Send, Unban
from tests.cogs.toolkit.conftest import KASIA, MAX, OLA, later, only, reply_text


async def banned(toolkit):
    await toolkit.command("ban", {"user": "u1", "reason": "x", "duration": "7d"})


async def test_an_appeal_goes_to_the_queue_excluding_the_acting_moderator(dry):
    await banned(dry)

    actions = await dry.command("appeal", {"case": "1", "text": "it was a joke"}, user=OLA)

    (post,) = only(actions, Send)
    assert post.channel == "reports"
    assert "Appeal of case #1 from u1: “it was a joke”" in post.text
    assert "anyone except m1" in post.text
    assert [custom_id for custom_id, _ in post.buttons] == [
        "appeal:1:uphold",
        "appeal:1:overturn",
    ]
    assert "who wasn't involved" in reply_text(actions)
    assert (await dry.store.get_case("toolkit", 1)).appeal_text == "it was a joke"


async def test_a_case_can_be_appealed_only_once(dry):
    await banned(dry)
    await dry.command("appeal", {"case": "1", "text": "please"}, user=OLA)

    actions = await dry.command("appeal", {"case": "1", "text": "again"}, user=OLA)

    assert [type(action) for action in actions] == [Reply]
    assert "already appealed case #1" in actions[0].text


async def test_nobody_appeals_someone_elses_case(dry):
    await banned(dry)

    actions = await dry.command("appeal", {"case": "1", "text": "unfair"}, user=KASIA)

    assert [type(action) for action in actions] == [Reply]
    assert "can't find a case #1 of yours" in actions[0].text


async def test_the_acting_moderator_cannot_decide_the_appeal(dry):
    await banned(dry)
    await dry.command("appeal", {"case": "1", "text": "please"}, user=OLA)

    actions = await dry.press("appeal:1:overturn")

    assert [type(action) for action in actions] == [Reply]
    assert "another moderator" in actions[0].text
    assert (await dry.store.get_case("toolkit", 1)).appeal_outcome is None


async def test_another_moderator_overturns_lifts_the_ban_and_tells_the_member(dry):
    await banned(dry)
    swedish_ola = replace(OLA, locale="sv")
    await dry.command("appeal", {"case": "1", "text": "förlåt"}, user=swedish_ola)

    actions = await dry.press("appeal:1:overturn", user=MAX, at=later(3600))

    assert only(actions, Unban)[0].user == "u1"
    (message,) = only(actions, Dm)
    assert message.user == "u1" and "godtagits" in message.text and "hävd" in message.text
    case = await dry.store.get_case("toolkit", 1)
    assert (case.appeal_outcome, case.status) == ("overturned", "overturned")
    assert await dry.store.due_temp_actions(later(30 * 86400)) == []


async def test_an_upheld_appeal_keeps_the_decision(dry):
    await banned(dry)
    await dry.command("appeal", {"case": "1", "text": "please"}, user=OLA)

    actions = await dry.press("appeal:1:uphold", user=MAX)

    assert not only(actions, Unban)
    assert "decision stands" in only(actions, Dm)[0].text
    assert (await dry.store.get_case("toolkit", 1)).status == "active"


async def test_a_decided_appeal_cannot_be_decided_again(dry):
    await banned(dry)
    await dry.command("appeal", {"case": "1", "text": "please"}, user=OLA)
    await dry.press("appeal:1:uphold", user=MAX)

    actions = await dry.press("appeal:1:overturn", user=MAX)

    assert [type(action) for action in actions] == [Reply]
    assert "already been decided: the decision stands" in actions[0].text


async def test_members_cannot_decide_appeals(dry):
    await banned(dry)
    await dry.command("appeal", {"case": "1", "text": "please"}, user=OLA)

    actions = await dry.press("appeal:1:overturn", user=OLA)

    assert [type(action) for action in actions] == [Reply]
    assert "can't decide appeals" in actions[0].text
