"""Info: the guidelines and the commands a member may use, in the member's language."""

from __future__ import annotations

from bot.cog import Cog, Context, command
from bot.commands import Level
from bot.events import Member
from cogs.info import Info
from tests.conftest import MIA, OLA, rules_text
from tests.conftest import command as command_event


class ModTools(Cog):
    @command("purge", level=Level.MODERATOR)
    async def purge(self, ctx: Context) -> None:  # pragma: no cover - never called
        return None


async def reply_to(make_engine, add_community, name: str, user: Member = OLA, extra: str = ""):
    engine = await make_engine(cogs=[Info, ModTools])
    await add_community(engine, rules_text(extra))
    (reply,) = await engine.dispatch(command_event(name, user=user))
    return engine, reply


async def test_guidelines_replies_privately_with_a_header_and_the_text(make_engine, add_community):
    engine, reply = await reply_to(make_engine, add_community, "guidelines")
    assert reply.ephemeral
    assert reply.text.startswith("Community guidelines for Test Community\n\n")
    assert engine.i18n.guidelines("en").strip() in reply.text


async def test_guidelines_are_in_the_members_language(make_engine, add_community):
    swede = Member(id="u7", name="Sven", locale="sv")
    engine, reply = await reply_to(make_engine, add_community, "guidelines", swede)
    assert engine.i18n.guidelines("sv").strip() in reply.text


async def test_help_lists_only_the_commands_a_member_may_use(make_engine, add_community):
    _, reply = await reply_to(make_engine, add_community, "help")
    assert reply.text.splitlines() == [
        "Commands you can use here:",
        "/guidelines — Read the community guidelines",
        "/help — What I can do and how to use the commands",
    ]


async def test_help_shows_moderators_their_commands(make_engine, add_community):
    _, reply = await reply_to(make_engine, add_community, "help", MIA)
    assert any(line.startswith("/purge — ") for line in reply.text.splitlines())


async def test_help_follows_permission_overrides(make_engine, add_community):
    _, reply = await reply_to(
        make_engine, add_community, "help", OLA, '[permissions]\npurge = "everyone"\n'
    )
    assert "/purge — " in reply.text
