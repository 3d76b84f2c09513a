"""Nothing is dropped when one step fails, and interactions are answered in Discord's time."""

from __future__ import annotations

from datetime import timedelta

from tests.adapters.discord.conftest import GUILD_ID, MEMBER_ID, MODERATOR_ID, Hearth
from tests.adapters.discord.payloads import slash_command
from tests.fakes.discord_server import MANAGE_MESSAGES, wait_for, wait_for_async


async def test_without_manage_messages_the_warning_strike_and_incident_still_happen(
    hearth: Hearth,
) -> None:
    fake = hearth.fake
    hearth.guild.role_named("Hearth").permissions &= ~MANAGE_MESSAGES
    message = await fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "buy followers")

    refused = await wait_for(lambda: fake.refused(50013))
    assert refused[0].path.endswith(f"/messages/{message.id}")
    store = hearth.engine.services.store

    async def incidents() -> list:
        await store.flush()
        return await store.incidents(hearth.community_id, MEMBER_ID)

    (incident,) = await wait_for_async(incidents)
    assert list(incident.actions) == ["warn"] and incident.points > 0
    dm = await wait_for(lambda: fake.dm_channel_of(MEMBER_ID))
    (warning,) = await wait_for(lambda: fake.channel_messages(dm))
    assert "your message goes against our guideline" in warning.content
    assert "I removed your message" not in warning.content
    general = hearth.channel_id("general")
    link = f"https://discord.com/channels/{GUILD_ID}/{general}/{message.id}"
    mod_log = hearth.channel_id("mod-log")
    (note,) = await wait_for(
        lambda: [m for m in fake.channel_messages(mod_log) if "not everything worked" in m.content]
    )
    assert f"<@{MEMBER_ID}>" in note.content and f"<#{general}>" in note.content
    assert link in note.content
    assert "“Manage Messages”" in note.content
    assert fake.channel_messages(general)[0].id == message.id  # still there, as Discord says


async def test_the_defer_timer_runs_from_the_interactions_creation(hearth: Hearth) -> None:
    """Handled late (here: created 29.9 s before a 30 s budget), it is deferred at once."""
    hearth.adapter.defer_after_s = 30.0
    created = hearth.fake.clock.now() - timedelta(seconds=29.9)
    interaction = hearth.fake.new_id(created)
    payload = slash_command(
        hearth.guild,
        hearth.channel_id("general"),
        hearth.member(MODERATOR_ID),
        interaction,
        "slow",
    )
    await hearth.fake.interact(payload)

    callback = await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{interaction}/"))
    assert callback[0].body["type"] == 5  # deferred, well before 30 s after it arrived
    hearth.probe.release.set()
    await wait_for(lambda: hearth.fake.seen("PATCH", rf"/token-{interaction}/messages/@original"))


async def test_an_expired_interaction_is_not_answered_twice(hearth: Hearth) -> None:
    """Discord says 10062 after 3 s; the handler's fallback must not crash or retry."""
    interaction = hearth.fake.new_id()
    payload = slash_command(
        hearth.guild,
        hearth.channel_id("general"),
        hearth.member(MODERATOR_ID),
        interaction,
        "slow",
    )
    hearth.adapter.defer_after_s = 60.0
    await hearth.fake.interact(payload)
    hearth.fake.clock.advance(5)
    hearth.probe.release.set()

    await wait_for(lambda: hearth.fake.refused(10062))
    assert len(hearth.fake.seen("POST", rf"/interactions/{interaction}/")) == 1
