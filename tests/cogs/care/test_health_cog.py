"""/stats in the member's language, and the weekly digest for the moderators."""

from __future__ import annotations

from datetime import timedelta

from .conftest import KASIA, OLA, SAM, T0, Care, MakeCare, later, of_kind


async def some_traffic(care: Care) -> None:
    await care.join(OLA, at=T0 - timedelta(days=2))
    await care.join(SAM, at=T0 - timedelta(days=1))
    await care.message("Great, thanks!", SAM, at=T0 - timedelta(hours=3))
    await care.message("hei", OLA, channel="norsk", at=T0 - timedelta(hours=2))
    await care.message("hei igjen", OLA, channel="norsk", at=T0 - timedelta(hours=2))


async def test_stats_summarises_the_period_in_the_members_language(care: Care) -> None:
    await some_traffic(care)
    (reply,) = of_kind(await care.command("stats", KASIA), "reply")
    lines = reply.text.splitlines()
    assert lines[0] == "📈 Hearth Test — ostatnich 30 dni"
    assert lines[1] == "Ruch w społeczności: dołączyło 2, odeszło 0 (+2)."
    assert "3 wiadomości; najaktywniejszy kanał: #norsk." in lines
    assert any(line.startswith("Nastrój (angielski): 100% pozytywnych") for line in lines)


async def test_stats_in_a_quiet_community_says_so(care: Care) -> None:
    (reply,) = of_kind(await care.command("stats", SAM), "reply")
    assert "No messages were written in this period." in reply.text


async def test_the_weekly_digest_goes_to_the_moderators_once_on_its_day(
    make_care: MakeCare,
) -> None:
    care = await make_care(digest=True)  # T0 is a Monday, 13:00 local: past the 09:00 slot
    await some_traffic(care)
    (digest,) = of_kind(await care.tick(T0), "send")
    assert digest.channel == "mod-log"
    assert digest.text.startswith("🗞️ Weekly digest for Hearth Test (last 7 days)")
    assert of_kind(await care.tick(later(hours=1)), "send") == []


async def test_a_restart_on_digest_day_sends_no_second_digest(make_care: MakeCare) -> None:
    care = await make_care(digest=True)
    assert len(of_kind(await care.tick(T0), "send")) == 1
    care.community.state.clear()  # what a restart forgets
    assert of_kind(await care.tick(later(hours=2)), "send") == []
    assert of_kind(await care.tick(T0 + timedelta(days=7)), "send") != []


async def test_no_digest_on_other_days(make_care: MakeCare) -> None:
    care = await make_care(digest=True)
    assert of_kind(await care.tick(T0 + timedelta(days=1)), "send") == []
