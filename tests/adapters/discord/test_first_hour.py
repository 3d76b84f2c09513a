"""The first hour on a server, through the real `hearth run --platform discord` in its own
process against the fake Discord: start-up, joins and the gate, chat in four languages,
link previews, commands, a report, a permission taken away, rule edits, and SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.storage import Store
from tests.adapters.discord.conftest import (
    GUILD_ID,
    MEMBER_ID,
    MODERATOR_ID,
    ROOT,
    build_world,
    rule_file,
)
from tests.adapters.discord.payloads import button_press, resolved_user, slash_command
from tests.fakes.discord_server import (
    MANAGE_MESSAGES,
    TOKEN,
    FakeDiscord,
    FakeMember,
    wait_for,
)

GATE = '\n[welcome.gate]\nenabled = true\nmode = "rules"\nrole = "verified"\n'
SLOW = 20.0
"""A real process starts in a few seconds; waits are generous, never timing assertions."""


def config_file(tmp_path: Path, rules: Path) -> Path:
    path = tmp_path / "hearth.toml"
    path.write_text(
        f'database_url = "sqlite:///{tmp_path / "hearth.db"}"\n'
        f'rules = ["{rules}"]\n'
        "reload_interval_s = 0.2\n"
        'log_level = "INFO"\n'
        '[translation]\nbackend = "none"\n'
        "[discord]\nguild_ready_timeout_s = 0.1\n",
        encoding="utf-8",
    )
    return path


async def start_hearth(fake: FakeDiscord, config: Path) -> asyncio.subprocess.Process:
    """`hearth run` exactly as an operator starts it, with discord.py pointed at the fake."""
    code = (
        "import sys, yarl, discord.http, discord.gateway\n"
        f"discord.http.Route.BASE = {fake.api_base!r}\n"
        f"discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL({fake.gateway_url!r})\n"
        "from bot.cli import main\n"
        f"sys.argv = ['hearth', 'run', '--platform', 'discord', '--config', {str(config)!r}]\n"
        "main()\n"
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        cwd=ROOT,
        env={**os.environ, "DISCORD_TOKEN": TOKEN},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def drain(process: asyncio.subprocess.Process, lines: list[str]) -> None:
    assert process.stdout is not None
    async for line in process.stdout:
        lines.append(line.decode(errors="replace").rstrip())


async def test_the_first_hour_on_a_server(fake: FakeDiscord, tmp_path: Path) -> None:
    guild = build_world(fake)
    verified = fake.add_role(guild, "verified", 1)
    rules = rule_file(tmp_path, [GUILD_ID], GATE)
    process = await start_hearth(fake, config_file(tmp_path, rules))
    output: list[str] = []
    reader = asyncio.create_task(drain(process, output))
    general, welcome = guild.channel_id("general"), guild.channel_id("welcome")
    mod_log, reports = guild.channel_id("mod-log"), guild.channel_id("reports")

    def posts(channel: str, needle: str = "") -> list[str]:
        return [m.content for m in fake.channel_messages(channel) if needle in m.content]

    try:
        # Start-up: commands published once, the set-up report (the example's suggested
        # #gaming, #music, #outdoors are missing) posted once to the moderators' log.
        await wait_for(lambda: fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$"), SLOW)
        await wait_for(lambda: posts(mod_log, "need fixing"), SLOW)

        # Joins and the gate: Kasia accepts the rules, gets the role and then a welcome.
        kasia = await fake.join(guild, FakeMember("700000000000000201", "Kasia"))
        (challenge,) = await wait_for(lambda: fake.channel_messages(welcome), SLOW)
        button = challenge.components[0]["components"][0]["custom_id"]
        await fake.interact(
            button_press(guild, welcome, kasia, fake.new_id(), button, challenge.payload())
        )
        await wait_for(lambda: verified in kasia.roles, SLOW)
        await wait_for(lambda: posts(welcome, f"<@{kasia.id}>"), SLOW)

        # Chat in four languages: the friendly lines stay, one rude line each goes.
        people = {
            lang: fake.add_member(guild, FakeMember(f"7000000000000003{n}0", f"P{lang}"))
            for n, lang in enumerate(("en", "sv", "nb", "pl"))
        }
        friendly = {
            "en": "good morning everyone, lovely to be here",
            "sv": "hej allihop, vad roligt att vara här",
            "nb": "hei alle sammen, så hyggelig å være her",
            "pl": "cześć wszystkim, miło was poznać",
        }
        rude = {
            "en": "you are a dickhead",
            "sv": "din jävla hora",
            "nb": "du er en drittsekk",
            "pl": "gówno prawda",
        }
        kept = [await fake.say(guild, "general", people[k], text) for k, text in friendly.items()]
        removed = [await fake.say(guild, "general", people[k], text) for k, text in rude.items()]
        for message in removed:
            await wait_for(lambda m=message: fake.seen("DELETE", rf"/messages/{m.id}$"), SLOW)
        assert {m.id for m in kept} <= {m.id for m in fake.channel_messages(general)}

        # Link previews: Discord's MESSAGE_UPDATE for an unfurled link judges nothing twice.
        link = await fake.say(guild, "general", people["en"], "buy followers at example.org")
        await wait_for(lambda: fake.seen("DELETE", rf"/messages/{link.id}$"), SLOW)
        link.deleted = False
        await fake.link_preview(guild, link)

        # Commands: guidelines in Swedish, a moderator's /warn.
        swedish = fake.new_id()
        await fake.interact(
            slash_command(
                guild, general, guild.members[MEMBER_ID], swedish, "guidelines", locale="sv-SE"
            )
        )
        answer = await wait_for(lambda: fake.seen("POST", rf"/interactions/{swedish}/"), SLOW)
        assert answer[0].body["data"]["content"].startswith("Riktlinjer")
        warn = fake.new_id()
        target = guild.members[MEMBER_ID]
        await fake.interact(
            slash_command(
                guild,
                general,
                guild.members[MODERATOR_ID],
                warn,
                "warn",
                [
                    {"name": "user", "type": 6, "value": target.id},
                    {"name": "reason", "type": 3, "value": "please keep it friendly"},
                ],
                resolved=resolved_user(target),
            )
        )
        await wait_for(lambda: fake.seen("POST", rf"/interactions/{warn}/"), SLOW)

        # A report from a member lands in the reports queue.
        report = fake.new_id()
        await fake.interact(
            slash_command(
                guild,
                general,
                kasia,
                report,
                "report",
                [
                    {"name": "user", "type": 6, "value": people["nb"].id},
                    {"name": "reason", "type": 3, "value": "rude in #general"},
                ],
                resolved=resolved_user(people["nb"]),
            )
        )
        await wait_for(lambda: posts(reports, "rude in #general"), SLOW)

        # A permission taken away: the delete is refused, the rest happens and is logged.
        guild.role_named("Hearth").permissions &= ~MANAGE_MESSAGES
        stays = await fake.say(guild, "general", people["sv"], "köp följare billigt")
        await wait_for(lambda: posts(mod_log, "Manage Messages"), SLOW)
        assert stays.id in {m.id for m in fake.channel_messages(general)}
        guild.role_named("Hearth").permissions |= MANAGE_MESSAGES

        # A rule edit takes effect without a restart; a broken one is announced.
        text = rules.read_text(encoding="utf-8")
        rules.write_text(
            text + '\n[[moderation.keywords]]\nid = "fish"\nwords = ["cheap fish"]\n'
            'guideline = "no-spam"\nseverity = "mild"\nactions = ["delete"]\n',
            encoding="utf-8",
        )
        await asyncio.sleep(0.5)
        fish = await fake.say(guild, "general", people["pl"], "cheap fish today")
        await wait_for(lambda: fake.seen("DELETE", rf"/messages/{fish.id}$"), SLOW)
        rules.write_text(rules.read_text(encoding="utf-8") + "\n[welcome]\n", encoding="utf-8")
        await wait_for(lambda: posts(mod_log, "latest edit of the rule file"), SLOW)

        # SIGTERM: a clean stop, exit status 0.
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), SLOW) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await reader

    log = "\n".join(output)
    assert "Traceback" not in log, log
    assert "stopping" in log
    assert len(fake.seen("PUT", rf"/guilds/{GUILD_ID}/commands$")) == 1
    assert len(fake.seen("DELETE", rf"/messages/{link.id}$")) == 1
    store = await Store.open(f"sqlite:///{tmp_path / 'hearth.db'}")
    try:
        community = "example"  # the rule file's name
        incidents = await store.incidents(community, people["sv"].id)
        assert len(incidents) == 2  # the rude line, and the one Discord would not let us delete
        cases = await store.cases_for(community, MEMBER_ID)
        assert [case.action for case in cases] == ["warn"]
    finally:
        await store.close()
