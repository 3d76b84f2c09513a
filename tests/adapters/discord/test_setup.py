"""Missing permissions and channels are found at start-up, on guild join and on reload,
reported once to the moderators' log with what to fix; posts for a missing channel go to
the log instead; a rejected rule-file edit is announced there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.actions import Report, Send
from bot.app import LoadReport, watch_rules
from bot.config import DiscordConfig
from tests.adapters.discord.conftest import GUILD_ID, MEMBER_ID, Hearth
from tests.adapters.discord.payloads import resolved_user, slash_command
from tests.fakes.discord_server import MANAGE_MESSAGES, wait_for


def log_posts(hearth: Hearth, needle: str = "") -> list[str]:
    mod_log = hearth.channel_id("mod-log")
    return [m.content for m in hearth.fake.channel_messages(mod_log) if needle in m.content]


@pytest.fixture
def settings() -> DiscordConfig:
    return DiscordConfig(guild_ready_timeout_s=0.05)


async def test_the_start_up_report_names_missing_channels_once(hearth: Hearth) -> None:
    # rules/example.toml suggests #gaming, #music and #outdoors; the fake server has none.
    (report,) = await wait_for(lambda: log_posts(hearth, "need fixing"))
    assert "“gaming” (channel suggestions)" in report
    assert "“music”" in report and "“outdoors”" in report
    assert "Manage Messages" not in report  # the bot's role has everything it needs

    hearth.adapter.rules_changed(hearth.community_id)  # a reload with the same problems
    await wait_for(lambda: len(hearth.fake.seen("GET", r"/guilds/\d+/commands")) >= 0)
    await hearth.fake.say(hearth.guild, "general", hearth.member(MEMBER_ID), "hi")
    await wait_for(lambda: hearth.probe.seen)
    assert len(log_posts(hearth, "need fixing")) == 1


async def test_a_lost_permission_is_reported_with_its_name_and_purpose(hearth: Hearth) -> None:
    await wait_for(lambda: log_posts(hearth, "need fixing"))
    hearth.guild.role_named("Hearth").permissions &= ~MANAGE_MESSAGES
    role = hearth.guild.role_named("Hearth")
    await hearth.fake.dispatch("GUILD_ROLE_UPDATE", {"guild_id": GUILD_ID, "role": role.payload()})
    await wait_for(
        lambda: (
            not hearth.adapter.client.get_guild(int(GUILD_ID)).me.guild_permissions.manage_messages
        )  # type: ignore[union-attr]
    )

    hearth.adapter.rules_changed(hearth.community_id)

    (report,) = await wait_for(lambda: log_posts(hearth, "Manage Messages"))
    assert "so I can remove messages that break the rules" in report


async def test_a_post_for_a_missing_channel_goes_to_the_log_saying_where_it_was_meant(
    hearth: Hearth,
) -> None:
    await hearth.adapter.perform(
        hearth.community_id, Report(channel="team-alerts", text="Someone needs help")
    )

    (post,) = log_posts(hearth, "Someone needs help")
    assert post.startswith("(Meant for #team-alerts, which this server doesn't have.)")


async def test_member_reports_reach_the_log_when_the_reports_channel_is_missing(
    hearth: Hearth,
) -> None:
    reports = hearth.guild.channel_named("reports")
    del hearth.guild.channels[reports.id]
    await hearth.fake.dispatch("CHANNEL_DELETE", reports.payload(GUILD_ID))
    await wait_for(lambda: hearth.adapter.client.get_channel(int(reports.id)) is None)
    interaction = hearth.fake.new_id()
    target = hearth.member("700000000000000003")
    options = [
        {"name": "user", "type": 6, "value": target.id},
        {"name": "reason", "type": 3, "value": "rude to newcomers"},
    ]
    await hearth.fake.interact(
        slash_command(
            hearth.guild,
            hearth.channel_id("general"),
            hearth.member(MEMBER_ID),
            interaction,
            "report",
            options,
            resolved=resolved_user(target),
        )
    )

    (post,) = await wait_for(lambda: log_posts(hearth, "rude to newcomers"))
    assert "Meant for #reports" in post
    answer = await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{interaction}/"))
    assert "couldn't find a channel" not in answer[0].body["data"]["content"]


async def test_a_rejected_rule_file_is_announced_in_the_log(
    hearth: Hearth, tmp_path: Path
) -> None:
    path = tmp_path / "example.toml"
    watcher = watch_rules(hearth.engine, LoadReport(loaded={hearth.community_id: path}))
    path.write_text(path.read_text(encoding="utf-8") + "\n[welcome]\ncolour = 'red'\n")

    watcher.check()

    (post,) = await wait_for(lambda: log_posts(hearth, "latest edit of the rule file"))
    assert "example.toml:" in post and "welcome" in post


async def test_welcomes_and_other_posts_ping_only_the_member_they_address(
    hearth: Hearth,
) -> None:
    await hearth.adapter.perform(
        hearth.community_id,
        Send(channel="general", text=f"@everyone hi <@{MEMBER_ID}>", mentions=(MEMBER_ID,)),
    )
    await hearth.adapter.perform(
        hearth.community_id, Send(channel="general", text=f"note about <@{MEMBER_ID}>")
    )

    first, second = hearth.fake.seen(
        "POST", rf"/channels/{hearth.channel_id('general')}/messages$"
    )
    assert first.body["allowed_mentions"] == {"parse": [], "users": [int(MEMBER_ID)]}
    assert second.body["allowed_mentions"] == {"parse": [], "users": []}
