"""Interactions in, neutral events out: buttons, slash commands and context menus.

`InteractionRouting` is a mixin of `DiscordAdapter`. A button press (from any message
ever sent, so buttons survive restarts) becomes a `Button`, a slash command or the
"Report message" menu a `Command`; each is handled inside a `PendingInteraction`, which
defers in time (counted from the interaction's creation) and always answers.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.adapters.discord_actions import current_interaction
from bot.adapters.discord_events import LocaleMemory, button_event, hearth_locale, member_from
from bot.adapters.discord_interactions import PendingInteraction
from bot.events import Command, Event

if TYPE_CHECKING:
    from bot.actions import Action

log = logging.getLogger("bot.adapters.discord_adapter")


class InteractionRouting:
    """See the module docstring."""

    _pending: dict[str, PendingInteraction]
    _locales: LocaleMemory
    defer_after_s: float

    def community_for_guild(self, guild_id: int | None) -> str | None:
        raise NotImplementedError

    def text(self, locale: str | None, message_id: str, **args: object) -> str:
        raise NotImplementedError

    async def _dispatch(
        self, guild_id: int | None, build: Callable[[str], Event | None]
    ) -> list[Action]:
        raise NotImplementedError

    async def _on_interaction(self, interaction: discord.Interaction) -> None:
        """Buttons by custom id, from any message ever sent (they survive restarts)."""
        if interaction.type is not discord.InteractionType.component:
            return
        data = interaction.data or {}
        custom_id = data.get("custom_id")
        if data.get("component_type") != discord.ComponentType.button.value or not custom_id:
            return
        community_id = self.community_for_guild(interaction.guild_id)
        if community_id is None:
            await interaction.response.defer()
            return
        self._locales.remember(interaction.user.id, hearth_locale(interaction.locale))
        event = button_event(community_id, interaction, str(custom_id))
        await self._handle_interaction(interaction, event, component=True)

    async def run_command(
        self, interaction: discord.Interaction, name: str, args: dict[str, str]
    ) -> None:
        """A slash command or context menu as a neutral Command, answered in time."""
        locale = hearth_locale(interaction.locale)
        community_id = self.community_for_guild(interaction.guild_id)
        if community_id is None:
            text = self.text(locale, "discord-no-community")
            await interaction.response.send_message(text, ephemeral=True)
            return
        self._locales.remember(interaction.user.id, locale)
        event = Command(
            community_id=community_id,
            at=interaction.created_at.astimezone(UTC),
            user=member_from(interaction.user, locale),
            name=name,
            args=args,
            channel=str(interaction.channel_id or ""),
            interaction_id=str(interaction.id),
        )
        await self._handle_interaction(interaction, event, component=False)

    async def _handle_interaction(
        self, interaction: discord.Interaction, event: Event, *, component: bool
    ) -> None:
        pending = PendingInteraction(
            interaction, component=component, defer_after_s=self.defer_after_s
        )
        key = str(interaction.id)
        self._pending[key] = pending
        locale = hearth_locale(interaction.locale)
        fallback = "discord-command-done"
        token = current_interaction.set(key)
        try:
            await self._dispatch(interaction.guild_id, lambda _cid: event)
        except Exception:
            log.exception("discord: interaction %s failed", key)
            fallback = "discord-command-failed"
        finally:
            current_interaction.reset(token)
            self._pending.pop(key, None)
            await pending.finish(self.text(locale, fallback))

    async def _on_tree_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """Unknown or failing commands still get an answer."""
        if isinstance(error, app_commands.CommandNotFound):
            log.info("discord: unknown command %s", error.name)
        else:
            log.error("discord: command failed", exc_info=error)
        text = self.text(hearth_locale(interaction.locale), "discord-command-failed")
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
