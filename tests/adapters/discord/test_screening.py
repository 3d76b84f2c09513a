"""With Discord's membership screening on, a member joins when they accept the rules."""

from __future__ import annotations

from tests.adapters.discord.conftest import Hearth
from tests.fakes.discord_server import FakeMember, wait_for


async def test_a_screened_member_is_welcomed_only_after_accepting_the_rules(
    hearth: Hearth,
) -> None:
    fake = hearth.fake
    hearth.guild.features.append("MEMBER_VERIFICATION_GATE_ENABLED")
    welcome = hearth.channel_id("welcome")
    member = await fake.join(hearth.guild, FakeMember("700000000000000124", "Nora"))
    marker = await fake.say(hearth.guild, "general", hearth.member("700000000000000002"), "hi")
    await wait_for(lambda: any(e.message_id == marker.id for e in hearth.probe.seen))
    assert not fake.channel_messages(welcome)

    await fake.pass_screening(hearth.guild, member)

    (greeting,) = await wait_for(lambda: fake.channel_messages(welcome))
    assert f"<@{member.id}>" in greeting.content
