"""Interactions in flight: answer within Discord's 3 seconds, never leave one unanswered.

A `PendingInteraction` lives while the engine handles one slash command, context menu
or button press. The engine's `Reply` (whose `message_id` is the interaction id) becomes
the interaction response; if nothing has answered after `DEFER_AFTER_S`, the interaction
is deferred, and when the engine is done without a reply a short fallback is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime

import discord

log = logging.getLogger(__name__)

DEFER_AFTER_S = 2.0
"""Discord drops an interaction not acknowledged within 3 s; defer well before that."""
MESSAGE_LIMIT = 2000
UNKNOWN_INTERACTION = 10062


def chunks(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split long text into Discord-sized messages, at line breaks where possible."""
    text = text or "\u200b"
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(text[:cut])
        text = text[cut:].lstrip("\n")
    parts.append(text)
    return parts


def defer_delay(interaction: discord.Interaction, defer_after_s: float) -> float:
    """How long to wait before deferring: Discord's 3 seconds run from the interaction's
    creation (its snowflake), not from when Hearth got round to handling it."""
    age = (datetime.now(UTC) - interaction.created_at).total_seconds()
    return max(0.0, defer_after_s - max(0.0, age))


class PendingInteraction:
    """One interaction and how it has been answered so far."""

    def __init__(
        self,
        interaction: discord.Interaction,
        *,
        component: bool,
        defer_after_s: float = DEFER_AFTER_S,
    ) -> None:
        self.interaction = interaction
        self.component = component
        self.deferred = False
        self.answered = False
        self.expired = False
        """Discord said 10062 (unknown interaction): nothing more can be sent on it."""
        self._lock = asyncio.Lock()
        self._timer = asyncio.get_running_loop().create_task(
            self._defer_later(defer_delay(interaction, defer_after_s))
        )

    async def _defer_later(self, delay: float) -> None:
        await asyncio.sleep(delay)
        await asyncio.shield(self.defer())

    async def defer(self) -> None:
        """Acknowledge now; the answer follows (an ephemeral "thinking" for commands)."""
        async with self._lock:
            response = self.interaction.response
            if response.is_done():
                return
            try:
                if self.component:
                    await response.defer()
                else:
                    await response.defer(ephemeral=True, thinking=True)
                self.deferred = True
            except discord.HTTPException as error:
                log.warning("could not defer interaction %s: %s", self.interaction.id, error)

    async def respond(self, text: str, *, ephemeral: bool) -> None:
        """Answer with `text`: the response if still open, else an edit or a follow-up."""
        if self.expired:
            log.info("interaction %s expired; answer not sent", self.interaction.id)
            return
        try:
            await self._respond(text, ephemeral=ephemeral)
        except discord.NotFound as error:
            if error.code == UNKNOWN_INTERACTION:
                self.expired = True
            raise

    async def _respond(self, text: str, *, ephemeral: bool) -> None:
        async with self._lock:
            parts = chunks(text)
            interaction = self.interaction
            if not interaction.response.is_done():
                await interaction.response.send_message(parts[0], ephemeral=ephemeral)
                parts = parts[1:]
            elif self.deferred and not self.component and not self.answered:
                if ephemeral:
                    await interaction.edit_original_response(content=parts[0])
                    parts = parts[1:]
                else:
                    # The deferred "thinking" message is ephemeral; a public answer goes
                    # to the channel instead and the placeholder is removed.
                    await self._public_instead(parts)
                    parts = []
            for part in parts:
                await interaction.followup.send(part, ephemeral=ephemeral)
            self.answered = True

    async def _public_instead(self, parts: list[str]) -> None:
        interaction = self.interaction
        channel = interaction.channel
        if not isinstance(channel, discord.abc.Messageable):
            for part in parts:
                await interaction.followup.send(part, ephemeral=True)
            return
        for part in parts:
            await channel.send(part)
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()

    async def finish(self, fallback: str) -> None:
        """Stop the timer; if the engine never answered, acknowledge or say `fallback`."""
        self._timer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._timer
        if self.answered or self.expired:
            return
        try:
            if self.component:
                await self.defer()
                return
            async with self._lock:
                if not self.interaction.response.is_done():
                    await self.interaction.response.send_message(fallback, ephemeral=True)
                elif self.deferred:
                    await self.interaction.edit_original_response(content=fallback)
                self.answered = True
        except discord.HTTPException as error:
            log.warning("could not answer interaction %s: %s", self.interaction.id, error)
