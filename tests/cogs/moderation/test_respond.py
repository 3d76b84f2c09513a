"""Responding to a finding: delete, one notice per burst, incidents with redacted excerpts,
reports to the moderators, and the strike ladder."""

from __future__ import annotations

import pytest

from bot.actions import Ban, Kick, Report, Timeout
from bot.cog import Context
from bot.events import Member
from cogs.moderation import Moderation
from cogs.moderation.findings import Finding, redact, worst
from cogs.moderation.respond import respond
from tests.conftest import (
    NOW,
    OLA,
    edit,
    kinds,
    message,
    rules_text,
    seconds_later,
)

RULES = rules_text(
    '[channels]\nmoderator_log = "mod-log"\n'
    "[strikes]\n"
    "points = { mild = 1, abusive = 2, slur = 4, threat = 6 }\n"
    "ladder = [\n"
    '  { at = 3, action = "timeout", duration = "10m" },\n'
    '  { at = 6, action = "kick" },\n'
    "]\n"
    '[[moderation.keywords]]\nid = "spam"\nwords = ["free nitro"]\nseverity = "mild"\n'
    'guideline = "no-spam"\n'
    '[[moderation.keywords]]\nid = "insult"\nwords = ["idiot"]\nseverity = "abusive"\n'
    'actions = ["delete", "warn", "strike", "report"]\n'
    '[[moderation.keywords]]\nid = "quiet"\nwords = ["psst"]\nactions = ["delete"]\n'
    '[[moderation.keywords]]\nid = "nudge"\nwords = ["shush"]\nactions = ["warn"]\n'
)


@pytest.fixture
async def moderated(make_engine, add_community):
    engine = await make_engine(cogs=[Moderation])
    await add_community(engine, RULES)
    return engine


async def test_a_breach_is_deleted_and_the_member_warned_in_their_words(moderated):
    delete, warn = await moderated.dispatch(message("free nitro!", message_id="m7"))
    assert (delete.kind, delete.message_id, delete.channel, delete.automatic) == (
        "delete",
        "m7",
        "general",
        True,
    )
    assert delete.reason == "No spam or self-promotion"
    assert warn.kind == "warn"
    assert warn.text.startswith("Hi Ola, I removed your message")


async def test_a_notice_for_a_message_left_up_does_not_claim_it_was_removed(moderated):
    (warn,) = await moderated.dispatch(message("shush, everyone", message_id="m8"))
    assert warn.kind == "warn"
    assert "removed" not in warn.text
    assert warn.text.startswith("Hi Ola, your message goes against our guideline")


async def test_a_burst_of_breaches_gets_one_notice(moderated):
    first = await moderated.dispatch(message("free nitro", at=NOW))
    second = await moderated.dispatch(message("free nitro", at=seconds_later(20)))
    assert kinds(first) == ["delete", "warn"]
    assert kinds(second) == ["delete"]


async def test_a_breach_after_a_quiet_minute_gets_a_new_notice(moderated):
    await moderated.dispatch(message("free nitro", at=NOW))
    later = await moderated.dispatch(message("free nitro", at=seconds_later(120)))
    assert "warn" in kinds(later)


async def test_notices_are_counted_per_member(moderated):
    kasia = Member(id="u2", name="Kasia")
    await moderated.dispatch(message("free nitro"))
    assert "warn" in kinds(await moderated.dispatch(message("free nitro", kasia)))


async def test_an_incident_is_recorded_with_rule_severity_points_and_excerpt(moderated):
    await moderated.dispatch(message("get FREE NITRO now", message_id="m9"))
    (incident,) = await moderated.services.store.incidents("test", "u1")
    assert (incident.rule, incident.severity, incident.points) == ("spam", "mild", 1.0)
    assert incident.actions == ("delete", "warn")
    assert incident.excerpt == "free nitro"
    assert (incident.channel, incident.message_id, incident.automatic) == ("general", "m9", True)


async def test_a_sensitive_excerpt_is_recorded_redacted(moderated):
    community = moderated.communities["test"]
    event = message("mail me at ola@example.org")
    finding = Finding(
        rule="privacy",
        guideline="privacy",
        severity="mild",
        actions=("delete",),
        detector="privacy",
        excerpt="ola@example.org",
        sensitive=True,
    )
    await respond(Context(moderated, community, event, []), finding)
    (incident,) = await moderated.services.store.incidents("test", "u1")
    assert "ola@example.org" not in (incident.excerpt or "")
    assert "example" not in (incident.excerpt or "")


def test_redact_keeps_only_the_shape_of_personal_data():
    assert redact("ola@example.org", sensitive=True) == "ol•••••••••••rg"
    assert redact("1234", sensitive=True) == "••••"
    assert redact("x" * 300, sensitive=False) == "x" * 200


def test_the_worst_finding_is_the_most_severe_then_the_one_doing_most():
    mild = Finding("a", "respect", "mild", ("delete", "warn", "strike", "report"), "k")
    abusive = Finding("b", "respect", "abusive", ("delete",), "k")
    busier = Finding("c", "respect", "abusive", ("delete", "warn"), "k")
    assert worst([mild, abusive, busier]) is busier


async def test_a_report_step_tells_the_moderators_log(moderated):
    performed = await moderated.dispatch(message("you idiot"))
    assert kinds(performed) == ["delete", "warn", "report"]
    report = performed[-1]
    assert isinstance(report, Report)
    assert report.channel == "mod-log"
    assert "Ola (u1)" in report.text and "insult" in report.text


async def test_a_finding_without_a_strike_step_adds_no_points(moderated):
    await moderated.dispatch(message("psst"))
    (incident,) = await moderated.services.store.incidents("test", "u1")
    assert incident.points == 0


async def test_an_edit_is_checked_like_a_message(moderated):
    assert kinds(await moderated.dispatch(edit("now free nitro"))) == ["delete", "warn"]


async def test_a_deleted_message_stops_later_cogs(make_engine, add_community):
    from tests.test_engine import Late

    engine = await make_engine(cogs=[Moderation, Late])
    await add_community(engine, RULES)
    assert kinds(await engine.dispatch(message("free nitro"))) == ["delete", "warn"]
    assert kinds(await engine.dispatch(message("hello"))) == ["send"]


async def ladder_actions(engine, texts_and_seconds):
    found = []
    for text, seconds in texts_and_seconds:
        found += [
            action
            for action in await engine.dispatch(message(text, at=seconds_later(seconds)))
            if isinstance(action, Timeout | Kick | Ban)
        ]
    return found


async def test_crossing_a_ladder_step_applies_it_once(moderated):
    found = await ladder_actions(moderated, [("free nitro", 0)] * 5)
    assert len(found) == 1
    (timeout,) = found
    assert (timeout.user, timeout.duration_s, timeout.rule, timeout.automatic) == (
        "u1",
        600,
        "spam",
        True,
    )


async def test_a_ladder_step_opens_a_case_and_a_temporary_action(moderated):
    await ladder_actions(moderated, [("free nitro", 0)] * 3)
    (case,) = await moderated.services.store.cases_for("test", "u1")
    assert (case.action, case.moderator_id, case.duration_s) == ("timeout", "hearth", 600)


async def test_strikes_a_few_seconds_apart_reach_the_first_step(moderated):
    found = await ladder_actions(
        moderated, [("free nitro", 0), ("free nitro", 5), ("free nitro", 10)]
    )
    assert [action.kind for action in found] == ["timeout"]


async def test_a_big_jump_applies_only_the_highest_step_crossed(moderated):
    found = await ladder_actions(moderated, [("idiot", 0), ("idiot", 0), ("idiot", 0)])
    assert [action.kind for action in found] == ["timeout", "kick"]


async def test_points_decay_so_a_quiet_member_falls_back(make_engine, add_community):
    engine = await make_engine(cogs=[Moderation])
    await add_community(engine, RULES.replace("[strikes]\n", '[strikes]\nhalf_life = "1h"\n'))
    week = 7 * 86400
    found = await ladder_actions(
        engine, [("free nitro", 0), ("free nitro", 0), ("free nitro", week)]
    )
    assert found == []


async def test_moderation_can_be_switched_off(make_engine, add_community):
    engine = await make_engine(cogs=[Moderation])
    await add_community(engine, RULES + "[moderation]\nenabled = false\n")
    assert await engine.dispatch(message("free nitro", OLA)) == []
