"""Member reports: the queue post with excerpt and translation (or a plain
"untranslated"), duplicate and cooldown refusals, and the moderators' buttons."""

from __future__ import annotations

from dataclasses import replace

from bot.actions import Dm, Reply, Send
from cogs.toolkit.reports import MessageCache, SeenMessage
from tests.cogs.toolkit.conftest import (
    KASIA,
    MAX,
    NOW,
    OLA,
    FakeTranslator,
    HierarchyAdapter,
    later,
    only,
    reply_text,
)

SWEDISH = "du är så dum"


async def report(toolkit, message="100", user=KASIA, at=NOW, reason="insults"):
    args = {"user": "u1", "reason": reason}
    if message:
        args["message"] = message
    return await toolkit.command("report", args, user=user, at=at)


async def test_a_report_reaches_the_queue_with_excerpt_translation_and_buttons(make_toolkit):
    translator = FakeTranslator({SWEDISH: "you are so stupid"})
    toolkit = await make_toolkit(adapter=HierarchyAdapter(), translator=translator)
    await toolkit.message(SWEDISH, message_id="100")

    actions = await report(toolkit)

    (post,) = only(actions, Send)
    assert post.channel == "reports"
    assert "Report #1 — from: u2 · about: u1 · reason: insults" in post.text
    assert f"“{SWEDISH}”" in post.text
    assert "Translation (sv → en): “you are so stupid”" in post.text
    assert [custom_id for custom_id, _ in post.buttons] == [
        "report:1:claim",
        "report:1:resolve",
        "report:1:dismiss",
    ]
    assert "reached the moderators" in reply_text(actions)
    (stored,) = await toolkit.store.open_reports("toolkit")
    assert (stored.message_ref, stored.excerpt) == ("100", SWEDISH)


async def test_without_a_translator_the_queue_says_untranslated(dry):
    await dry.message(SWEDISH, message_id="100")

    (post,) = only(await report(dry), Send)

    assert "Not translated: this bot runs without a translation service." in post.text


async def test_a_failed_translation_says_untranslated_and_why(make_toolkit):
    toolkit = await make_toolkit(translator=FakeTranslator())
    await toolkit.message("hej hej", message_id="100")

    (post,) = only(await report(toolkit), Send)

    assert "Not translated: the translation service can't be reached." in post.text


async def test_a_report_of_an_unseen_message_says_there_is_no_excerpt(dry):
    (post,) = only(await report(dry, message="999"), Send)

    assert "I didn't see it" in post.text


async def test_the_same_message_cannot_be_reported_twice(dry):
    await dry.message("rude", message_id="100")
    await report(dry)

    actions = await report(dry, user=replace(KASIA, id="u3"), at=later(600))

    assert [type(action) for action in actions] == [Reply]
    assert "already been reported (report #1)" in actions[0].text
    assert len(await dry.store.open_reports("toolkit")) == 1


async def test_a_reporter_waits_out_the_cooldown(dry):
    await report(dry, message=None)

    actions = await dry.command(
        "report", {"user": "u3", "reason": "spam"}, user=KASIA, at=later(30)
    )

    assert [type(action) for action in actions] == [Reply]
    assert "wait 90 seconds" in actions[0].text


async def test_nobody_reports_themselves(dry):
    actions = await dry.command("report", {"user": "u2", "reason": "x"}, user=KASIA)

    assert [type(action) for action in actions] == [Reply]
    assert "can't report yourself" in actions[0].text


async def test_a_message_by_someone_else_is_refused(dry):
    await dry.message("hello", user=KASIA, message_id="100")

    actions = await report(dry, user=replace(KASIA, id="u3"))

    assert [type(action) for action in actions] == [Reply]
    assert "wasn't written by u1" in actions[0].text


async def test_claim_then_resolve_tells_the_reporter_in_their_language(dry):
    await report(dry, user=replace(KASIA, locale="pl"), message=None)

    claimed = await dry.press("report:1:claim")
    resolved = await dry.press("report:1:resolve", at=later(60))

    assert "Report #1 claimed by m1" in only(claimed, Send)[0].text
    assert not only(claimed, Dm)
    (follow_up,) = only(resolved, Dm)
    assert follow_up.user == "u2" and "zostało rozpatrzone" in follow_up.text
    assert (await dry.store.get_report("toolkit", 1)).status == "resolved"


async def test_a_report_claimed_by_one_moderator_cannot_be_claimed_by_another(dry):
    await report(dry, message=None)
    await dry.press("report:1:claim")

    actions = await dry.press("report:1:claim", user=MAX)

    assert [type(action) for action in actions] == [Reply]
    assert "m1 is already handling report #1" in actions[0].text


async def test_a_closed_report_stays_closed(dry):
    await report(dry, message=None)
    await dry.press("report:1:dismiss")

    actions = await dry.press("report:1:resolve", user=MAX)

    assert [type(action) for action in actions] == [Reply]
    assert "already dismissed" in actions[0].text


async def test_members_cannot_press_queue_buttons(dry):
    await report(dry, message=None)

    actions = await dry.press("report:1:dismiss", user=OLA)

    assert [type(action) for action in actions] == [Reply]
    assert (await dry.store.get_report("toolkit", 1)).status == "open"


def test_the_message_cache_is_bounded():
    cache = MessageCache(size=3)
    for number in range(5):
        cache.add(str(number), SeenMessage("u1", "general", f"m{number}", NOW))

    assert len(cache) == 3
    assert cache.get("0") is None and cache.get("4").text == "m4"
