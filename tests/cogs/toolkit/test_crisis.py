"""The crisis plan: escalation paths alert people and never sanction; lockdown locks
the configured channels with an announcement and unlockdown reverses it."""

from __future__ import annotations

from dataclasses import replace

from bot.actions import Ban, Delete, Dm, Kick, Lock, Reply, Report, Send, Timeout, Unlock
from cogs.moderation import Moderation
from cogs.toolkit import TOOLKIT_COGS
from tests.cogs.toolkit.conftest import (
    CRISIS_CONTACT,
    OLA,
    RULES,
    MissingPermissionAdapter,
    later,
    only,
    reply_text,
)


async def test_a_self_harm_phrase_alerts_contacts_and_gives_the_member_resources(dry):
    actions = await dry.message("honestly I want to die")

    contact, member = only(actions, Dm)
    assert contact.user == CRISIS_CONTACT and "want to die" in contact.text
    (alert,) = only(actions, Report)
    assert alert.channel == "mod-log" and "crisis-team" in alert.text
    assert member.user == "u1" and "findahelpline" in member.text
    assert not [a for a in actions if isinstance(a, Ban | Kick | Timeout | Delete)]
    (entry, *_) = await dry.store.audit("toolkit")
    assert (entry.action, entry.target_id, entry.detail) == ("escalation", "u1", "self-harm")


async def test_resources_come_in_the_language_of_the_trigger(dry):
    actions = await dry.message("jag vill dö")

    member = only(actions, Dm)[-1]
    assert "Självmordslinjen 90101" in member.text and "Hej Ola" in member.text


async def test_the_members_own_language_wins_over_the_trigger(dry):
    actions = await dry.message("I want to die", user=replace(OLA, locale="nb"))

    member = only(actions, Dm)[-1]
    assert "116 123" in member.text and "Hei Ola" in member.text


async def test_a_violence_path_alerts_the_team_without_resources_for_the_author(dry):
    actions = await dry.message("I WILL HURT YOU tomorrow")

    assert [dm.user for dm in only(actions, Dm)] == [CRISIS_CONTACT]
    assert "violence" in only(actions, Report)[0].text


async def test_one_alert_per_member_and_path_within_the_cooldown(dry):
    await dry.message("I want to die")

    again = await dry.message("I want to die", at=later(60))

    assert again == []


async def test_words_inside_other_words_do_not_trigger(dry):
    assert await dry.message("they want to diet less") == []


async def test_escalation_runs_before_automatic_moderation_deletes(make_toolkit, rules_path):
    threat_rules = RULES.replace(
        "[moderation]\nenabled = false",
        '[moderation]\nenabled = true\n[[moderation.keywords]]\nid = "threats"\n'
        'words = ["hurt you"]\nseverity = "threat"\nactions = ["delete", "warn"]',
    )
    rules_path.write_text(threat_rules, encoding="utf-8")
    toolkit = await make_toolkit(cogs=[Moderation, *TOOLKIT_COGS])

    actions = await toolkit.message("i will hurt you")

    kinds = [action.kind for action in actions]
    assert kinds.index("report") < kinds.index("delete")


async def test_lockdown_locks_the_channels_and_announces(dry):
    actions = await dry.command("lockdown", {"reason": "raid in progress"})

    assert [lock.channel for lock in only(actions, Lock)] == ["general", "memes"]
    announcements = only(actions, Send)
    assert [post.channel for post in announcements] == ["general", "memes"]
    assert "raid in progress" in announcements[0].text
    assert "2 channels" in reply_text(actions)


async def test_a_second_lockdown_is_refused(dry):
    await dry.command("lockdown", {"reason": "raid"})

    actions = await dry.command("lockdown", {"reason": "raid"})

    assert [type(action) for action in actions] == [Reply]
    assert "already on" in actions[0].text


async def test_unlockdown_reverses_the_lockdown_even_after_a_restart(dry):
    await dry.command("lockdown", {"reason": "raid"})
    dry.community.state.clear()  # what a restart loses; the audit trail remains

    actions = await dry.command("unlockdown", {"reason": "all clear"})

    assert [unlock.channel for unlock in only(actions, Unlock)] == ["general", "memes"]
    assert "all clear" in only(actions, Send)[0].text


async def test_unlockdown_without_a_lockdown_is_refused(dry):
    actions = await dry.command("unlockdown", {"reason": "x"})

    assert [type(action) for action in actions] == [Reply]
    assert "no lockdown" in actions[0].text


async def test_lockdown_without_channels_is_refused(make_toolkit, rules_path):
    rules_path.write_text(RULES.replace('channels = ["general", "memes"]', ""), "utf-8")
    toolkit = await make_toolkit()

    actions = await toolkit.command("lockdown", {"reason": "raid"})

    assert [type(action) for action in actions] == [Reply]
    assert "No lockdown channels" in actions[0].text


async def test_lockdown_the_platform_refuses_names_the_permission(make_toolkit):
    toolkit = await make_toolkit(adapter=MissingPermissionAdapter(["lock"]))

    actions = await toolkit.command("lockdown", {"reason": "raid"})

    assert [type(action) for action in actions] == [Reply]
    assert "Ban Members" in actions[0].text
    again = await toolkit.command("unlockdown", {"reason": "x"})
    assert "no lockdown" in reply_text(again)
