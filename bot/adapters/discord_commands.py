"""Slash commands from the command registry, their Fluent translations, and the context menu.

One `app_commands.Command` per `CommandSpec`, installed per guild by `discord_sync`
(so a community's `[permissions]` and `[roles]` set that guild's default permissions).
Names and option names are the registry's, untouched; descriptions are `locale_str`s
carrying their Fluent id, which `FluentTranslator` looks up in `engine.i18n`. Every
callback only turns option values into strings and hands them to the adapter.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import app_commands
from discord.app_commands import Choice, locale_str

from bot.adapters.discord_events import HEARTH_TO_DISCORD, hearth_locale, option_text
from bot.commands import MAX_TEXT, CommandSpec, Level, Option, OptionType

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.i18n import Localizer

log = logging.getLogger(__name__)

DESCRIPTION_LIMIT = 100
REPORT_MENU_ID = "discord-report-message"
CASE_OPTIONS = frozenset({"case", "number"})
DISCORD_FOR: dict[str, str] = {
    discord_locale.value: hearth
    for hearth, locales in HEARTH_TO_DISCORD.items()
    for discord_locale in locales
}


class CommandHost(Protocol):
    """What the generated callbacks need from the adapter."""

    engine: Engine

    async def run_command(
        self, interaction: discord.Interaction, name: str, args: dict[str, str]
    ) -> None: ...

    def community_for_guild(self, guild_id: int | None) -> str | None: ...


class FluentTranslator(app_commands.Translator):
    """Descriptions, choice names and the context-menu name from Fluent (en, sv, nb, pl).

    Only strings that carry a Fluent `id` in their extras are translated: command and
    option names are the contract and stay as the registry spells them.
    """

    def __init__(self, i18n: Localizer) -> None:
        self.i18n = i18n

    async def translate(
        self,
        string: locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        message_id = string.extras.get("id")
        hearth = DISCORD_FOR.get(locale.value)
        if not message_id or hearth is None or not self.i18n.has(hearth, message_id):
            return None
        text = self.i18n.format(hearth, message_id)
        limit = (
            32
            if context.location is app_commands.TranslationContextLocation.command_name
            else (DESCRIPTION_LIMIT)
        )
        return text[:limit]


def fluent_str(i18n: Localizer, message_id: str, limit: int = DESCRIPTION_LIMIT) -> locale_str:
    """The English text (Discord's default) tagged with its Fluent id for the translator."""
    english = i18n.format("en", message_id) if i18n.has("en", message_id) else message_id
    return locale_str(english[:limit], id=message_id)


def default_permissions(level: Level) -> discord.Permissions | None:
    """Who sees a command by default; the engine still checks the community's roles."""
    if level >= Level.ADMIN:
        return discord.Permissions(administrator=True)
    if level >= Level.MODERATOR:
        return discord.Permissions(moderate_members=True)
    return None


def _annotation(option: Option) -> Any:
    if option.type is OptionType.USER:
        return discord.User
    if option.type is OptionType.CHANNEL:
        # Channels people talk in (text, announcement, voice chat, stage, threads):
        # categories and forums cannot be locked or slowed.
        return discord.TextChannel | discord.VoiceChannel | discord.StageChannel | discord.Thread
    if option.type is OptionType.INTEGER:
        if option.min_value is None and option.max_value is None:
            return int
        return app_commands.Range[int, option.min_value, option.max_value]
    if option.type is OptionType.TEXT:
        return app_commands.Range[str, 1, MAX_TEXT]
    return str


def _callback(host: CommandHost, spec: CommandSpec) -> Callable[..., Awaitable[None]]:
    """A coroutine whose signature discord.py reads as the command's typed options."""

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        args = {name: option_text(value) for name, value in values.items() if value is not None}
        await host.run_command(interaction, spec.name, args)

    parameters = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for option in spec.options:
        parameters.append(
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_annotation(option),
                default=inspect.Parameter.empty if option.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__qualname__ = callback.__name__ = f"hearth_{spec.name}"
    return callback


def build_command(
    host: CommandHost, spec: CommandSpec, level: Level
) -> app_commands.Command[Any, ..., None]:
    """The slash command for one spec, with localizable descriptions and choices."""
    i18n = host.engine.i18n
    callback = _callback(host, spec)
    described = {
        option.name: fluent_str(i18n, spec.option_description_id(option))
        for option in spec.options
    }
    if described:
        callback = app_commands.describe(**described)(callback)
    choices = {
        option.name: [
            Choice(name=fluent_str(i18n, f"cmd-choice-{option.name}-{value}"), value=value)
            for value in option.choices
        ]
        for option in spec.options
        if option.type is OptionType.CHOICE and option.choices
    }
    if choices:
        callback = app_commands.choices(**choices)(callback)
    command = app_commands.Command(
        name=spec.name,
        description=fluent_str(i18n, spec.description_id),
        callback=callback,
    )
    command.default_permissions = default_permissions(level)
    command.guild_only = spec.guild_only
    for option in spec.options:
        if option.name in CASE_OPTIONS and option.type is OptionType.INTEGER:
            command.autocomplete(option.name)(_case_numbers(host, level))
    return command


def _case_numbers(
    host: CommandHost, level: Level
) -> Callable[[discord.Interaction, str], Awaitable[list[Choice[int]]]]:
    """Recent case numbers: all of them for moderators, a member's own otherwise."""

    async def complete(interaction: discord.Interaction, current: str) -> list[Choice[int]]:
        store = host.engine.services.store
        community_id = host.community_for_guild(interaction.guild_id)
        if store is None or community_id is None:
            return []
        if level >= Level.MODERATOR:
            cases = await store.recent_cases(community_id, limit=25)
        else:
            cases = await store.cases_for(community_id, str(interaction.user.id))
        numbers = [case.number for case in cases if str(case.number).startswith(current.strip())]
        return [Choice(name=f"#{number}", value=number) for number in numbers[:25]]

    return complete


def build_report_menu(host: CommandHost) -> app_commands.ContextMenu:
    """ "Report message": the neutral `report` command about that message and its author."""

    async def report_message(interaction: discord.Interaction, message: discord.Message) -> None:
        community_id = host.community_for_guild(interaction.guild_id)
        locale = hearth_locale(interaction.locale)
        community = host.engine.communities.get(community_id or "")
        reason_locale = community.locale if community is not None else locale
        reason = host.engine.i18n.format(reason_locale, "discord-report-reason")
        args = {"user": str(message.author.id), "message": str(message.id), "reason": reason}
        await host.run_command(interaction, "report", args)

    menu = app_commands.ContextMenu(
        name=fluent_str(host.engine.i18n, REPORT_MENU_ID, limit=32), callback=report_message
    )
    menu.guild_only = True
    return menu


def command_names(tree: app_commands.CommandTree[Any], guild_ids: Iterable[int]) -> set[str]:
    """The command names installed for these guilds (for logs and tests)."""
    names: set[str] = set()
    for guild_id in guild_ids:
        names.update(command.name for command in tree.get_commands(guild=discord.Object(guild_id)))
    return names
