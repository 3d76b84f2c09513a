"""/privacy tells a member, in their language, what is kept about them, why, and for how long."""

from __future__ import annotations

from bot.community import Community
from bot.engine import Engine
from bot.events import Member
from tests.conftest import NOW, OLA, command, message

from .conftest import INSULT, of_kind

SVEN = Member(id="u7", name="Sven", locale="sv-SE")


async def notice_text(engine: Engine, user: Member = OLA) -> str:
    [reply] = of_kind(await engine.dispatch(command("privacy", user=user)), "reply")
    assert reply.ephemeral
    return reply.text


async def test_notice_lists_the_data_statement_of_every_loaded_cog_that_has_one(
    privacy_engine: Engine, community: Community
) -> None:
    text = await notice_text(privacy_engine)
    i18n = privacy_engine.i18n
    for statement in ("data-moderation", "data-welcome", "data-privacy"):
        assert i18n.format("en", statement) in text


async def test_notice_says_how_long_each_kind_of_data_is_kept(
    privacy_engine: Engine, community: Community
) -> None:
    text = await notice_text(privacy_engine)
    assert "message excerpts: 30 days" in text
    assert "incidents: 1 year" in text
    assert "moderation cases: 2 years" in text


async def test_notice_names_the_communitys_privacy_contact(
    privacy_engine: Engine, community: Community
) -> None:
    assert "privacy@example.org" in await notice_text(privacy_engine)


async def test_notice_is_in_the_members_own_language(
    privacy_engine: Engine, community: Community
) -> None:
    text = await notice_text(privacy_engine, SVEN)
    assert text.startswith("Dina uppgifter i Test Community")
    assert privacy_engine.i18n.format("sv", "data-moderation") in text


async def test_notice_counts_what_is_held_about_the_member_now(
    privacy_engine: Engine, community: Community
) -> None:
    await privacy_engine.dispatch(message(f"you {INSULT}", at=NOW))
    await privacy_engine.dispatch(message("hello there", at=NOW))
    text = await notice_text(privacy_engine)
    assert "incidents: 1" in text
    assert "messages counted:" in text


async def test_a_cog_without_a_statement_or_message_is_left_out(
    privacy_engine: Engine, community: Community
) -> None:
    from bot.cog import Cog

    class Silent(Cog):
        name = "silent"

    await privacy_engine.add_cog(Silent(privacy_engine.services))
    text = await notice_text(privacy_engine)
    assert "data-silent" not in text
