"""Slash commands come from the registry, reach the engine as Commands, always get answered."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.adapters.discord_commands import FluentTranslator
from bot.events import Command
from tests.adapters.discord.conftest import MEMBER_ID, MODERATOR_ID, Hearth
from tests.adapters.discord.payloads import resolved_user, slash_command
from tests.fakes.discord_server import message_payload, user_payload, wait_for


def synced(hearth: Hearth) -> dict[str, dict]:
    put = hearth.fake.seen("PUT", rf"/guilds/{hearth.guild.id}/commands$")
    return {command["name"]: command for command in put[-1].body}


async def run_slash(hearth: Hearth, name: str, options=None, **kwargs) -> str:
    """Dispatch a slash command with a fresh (time-encoded) interaction id; returns it."""
    interaction_id = hearth.fake.new_id()
    payload = slash_command(
        hearth.guild,
        hearth.channel_id("general"),
        hearth.member(kwargs.pop("user", MEMBER_ID)),
        interaction_id,
        name,
        options,
        **kwargs,
    )
    await hearth.fake.dispatch("INTERACTION_CREATE", payload)
    return interaction_id


async def test_the_command_tree_is_the_registry_with_localized_descriptions(
    hearth: Hearth,
) -> None:
    commands = synced(hearth)

    assert {spec.name for spec in hearth.engine.registry} <= set(commands)
    report = commands["report"]
    assert (
        report["description_localizations"]["sv-SE"]
        == "Anmäl en medlem till moderatorerna, i förtroende"
    )
    assert set(report["description_localizations"]) >= {"sv-SE", "no", "pl"}
    assert [option["name"] for option in report["options"]] == ["user", "reason", "message"]
    assert [option["type"] for option in report["options"]] == [6, 3, 3]
    assert report["options"][0]["description_localizations"]["pl"] == "Kogo zgłaszasz"
    assert report["default_member_permissions"] is None


async def test_levels_choices_and_ranges_are_published(hearth: Hearth) -> None:
    slow = synced(hearth)["slow"]

    assert slow["default_member_permissions"] == discord.Permissions(moderate_members=True).value
    period, number = slow["options"]
    assert [choice["value"] for choice in period["choices"]] == ["week", "month", "all"]
    assert period["choices"][0]["name_localizations"]["sv-SE"]
    assert (number["type"], number["min_value"], number["max_value"]) == (4, 1, 9999)
    assert number["autocomplete"] is True


async def test_the_report_message_menu_has_a_localized_name(hearth: Hearth) -> None:
    menu = synced(hearth)["Report message"]

    assert menu["type"] == 3
    assert menu["name_localizations"] == {
        "en-US": "Report message",
        "en-GB": "Report message",
        "sv-SE": "Anmäl meddelande",
        "no": "Rapporter melding",
        "pl": "Zgłoś wiadomość",
    }


async def test_the_translator_leaves_names_alone(hearth: Hearth) -> None:
    translator = FluentTranslator(hearth.engine.i18n)
    context = app_commands.TranslationContext(
        app_commands.TranslationContextLocation.command_name, None
    )

    assert (
        await translator.translate(
            app_commands.locale_str("warn"), discord.Locale.swedish, context
        )
        is None
    )


async def test_a_slash_command_gets_its_response_in_the_members_language(hearth: Hearth) -> None:
    i101 = await run_slash(hearth, "guidelines", locale="sv-SE")

    callback = await wait_for(
        lambda: hearth.fake.seen("POST", rf"/interactions/{i101}/token-{i101}/callback")
    )
    body = callback[0].body
    assert body["type"] == 4
    assert body["data"]["flags"] & 64
    assert body["data"]["content"].startswith("Riktlinjer för Example Community")


async def test_options_reach_the_engine_as_strings_with_the_interaction_id(hearth: Hearth) -> None:
    options = [
        {"name": "user", "type": 6, "value": MODERATOR_ID},
        {"name": "reason", "type": 3, "value": "spam in #general"},
    ]
    resolved = resolved_user(hearth.member(MODERATOR_ID))
    i102 = await run_slash(hearth, "report", options, locale="no", resolved=resolved)

    await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{i102}/"))
    command = (await wait_for(lambda: hearth.seen(Command)))[0]  # recorded after the reply
    assert isinstance(command, Command)
    assert dict(command.args) == {"user": MODERATOR_ID, "reason": "spam in #general"}
    assert command.interaction_id == i102
    assert command.user.locale == "nb"


async def test_the_report_message_menu_dispatches_the_report_command(hearth: Hearth) -> None:
    target_id = hearth.fake.new_id()
    general = hearth.channel_id("general")
    author = hearth.member(MODERATOR_ID)
    message = message_payload(
        target_id, general, user_payload(author.id, author.name), "something rude"
    )
    i103 = hearth.fake.new_id()
    payload = slash_command(
        hearth.guild, general, hearth.member(MEMBER_ID), i103, "Report message"
    )
    payload["data"].update(
        type=3, target_id=target_id, resolved={"messages": {target_id: message}}
    )
    await hearth.fake.dispatch("INTERACTION_CREATE", payload)

    callback = await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{i103}/"))
    command = (await wait_for(lambda: hearth.seen(Command)))[0]  # recorded after the reply
    assert isinstance(command, Command) and command.name == "report"
    assert command.args["user"] == MODERATOR_ID and command.args["message"] == target_id
    assert command.args["reason"] == "Reported with the “Report message” menu"
    assert callback[0].body["data"]["flags"] & 64  # the reporter's confirmation is private


async def test_a_slow_handler_is_deferred_then_answered(hearth: Hearth) -> None:
    hearth.adapter.defer_after_s = 0.01
    i104 = await run_slash(hearth, "slow", user=MODERATOR_ID)

    callback = await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{i104}/"))
    assert callback[0].body["type"] == 5
    hearth.probe.release.set()
    edit = await wait_for(lambda: hearth.fake.seen("PATCH", rf"/token-{i104}/messages/@original"))
    assert edit[0].body["content"] == "finally done"


async def test_an_unknown_command_still_gets_an_answer(hearth: Hearth) -> None:
    i105 = await run_slash(hearth, "no-such-command")

    callback = await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{i105}/"))
    assert (
        callback[0].body["data"]["content"]
        == "Sorry, that didn't work. Please try again in a moment."
    )
    assert isinstance(hearth.errors.pop(), app_commands.CommandNotFound)


async def test_a_member_below_the_level_is_told_so(hearth: Hearth) -> None:
    i106 = await run_slash(hearth, "slow", user=MEMBER_ID)

    callback = await wait_for(lambda: hearth.fake.seen("POST", rf"/interactions/{i106}/"))
    assert callback[0].body["data"]["content"] == "Only moderators can use /slow."
