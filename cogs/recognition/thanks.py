"""Thanks and kudos: `/thanks user`, or a reply / mention that says thanks.

A thanks counts once per pair per cooldown, never for oneself, and two members thanking
each other back and forth are capped (`mutual_cap` per `mutual_window`), so the
leaderboard reflects help rather than trading. Thanks noticed in a message are silent
when refused; a command gets a clear localized reason.
"""

from __future__ import annotations

import logging
import math
from datetime import timedelta

from bot.actions import Reply
from bot.cog import Context, command
from bot.commands import Option, OptionType
from bot.errors import UserError
from bot.events import Message
from cogs.recognition.badges import after_thanks, known_member
from cogs.recognition.phrases import matcher_for

log = logging.getLogger(__name__)


def wait_text(ctx: Context, seconds: float) -> str:
    """How long until a cooldown ends, rounded up to the minute ("in 1 hour 5 minutes").

    Accusative, as the Polish "za 5 minut" needs; under a minute reads as "1 minute".
    """
    minutes = max(1, math.ceil(seconds / 60))
    return ctx.i18n.duration(ctx.locale, minutes * 60, case="accusative")


class ThanksMixin:
    """The `thanks` command and thanks noticed in replies and mentions."""

    @command("thanks", Option("user", OptionType.USER))
    async def thanks(self, ctx: Context, user: str) -> None:
        settings = ctx.rules.recognition
        if not settings.enabled or not settings.thanks.enabled:
            raise UserError("care-feature-off")
        if user == ctx.event.user.id:
            raise UserError("thanks-self")
        receiver = await known_member(ctx, user)
        total = await self.give_thanks(ctx, receiver.id, receiver.name)
        await ctx.reply_text(self._thanked_text(ctx, receiver.name, total))
        await after_thanks(ctx, receiver.id, receiver.name, total)

    async def detect_thanks(self, ctx: Context) -> None:
        """Count a reply or mention that says thanks, with a short public confirmation."""
        event = ctx.event
        assert isinstance(event, Message)
        settings = ctx.rules.recognition.thanks
        targets = [event.reply_to_user] if event.reply_to_user else []
        targets += [user for user in event.mentions if user not in targets]
        targets = [user for user in targets if user and user != event.user.id]
        if not targets:
            return
        words = [word for items in settings.words.values() for word in items]
        if not matcher_for(words).any(event.text):
            return
        for user_id in targets[: settings.max_mentions]:
            record = await ctx.store.get_member(ctx.community.id, user_id)
            if record is None or record.erased:
                continue
            name = record.display_name or user_id
            try:
                total = await self.give_thanks(ctx, user_id, name)
            except UserError as refused:
                log.debug("thanks not counted: %s", refused.message_id)
                continue
            if settings.confirm_detected:
                await ctx.perform(
                    Reply(
                        channel=event.channel,
                        text=self._thanked_text(ctx, name, total),
                        message_id=event.message_id or None,
                        rule="recognition",
                        automatic=True,
                    )
                )
            await after_thanks(ctx, user_id, name, total)

    async def give_thanks(self, ctx: Context, receiver_id: str, receiver_name: str) -> int:
        """Record one thanks after the cooldown and mutual checks; returns the new total."""
        settings = ctx.rules.recognition.thanks
        store, community, now = ctx.store, ctx.community.id, ctx.now()
        giver = ctx.event.user.id
        if receiver_id == giver:
            raise UserError("thanks-self")
        last = await store.last_kudos_at(community, giver, receiver_id)
        if last is not None and now - last < timedelta(seconds=settings.cooldown):
            left = timedelta(seconds=settings.cooldown) - (now - last)
            raise UserError(
                "thanks-cooldown",
                name=receiver_name,
                wait=wait_text(ctx, left.total_seconds()),
            )
        window_start = now - timedelta(seconds=settings.mutual_window)
        pair = await store.kudos_between(community, giver, receiver_id, window_start)
        pair += await store.kudos_between(community, receiver_id, giver, window_start)
        if pair >= settings.mutual_cap:
            raise UserError("thanks-mutual-cap", name=receiver_name)
        channel = getattr(ctx.event, "channel", None) or None
        await store.add_kudos(community, giver, receiver_id, now, channel=channel)
        return await store.kudos_count(community, receiver_id)

    def _thanked_text(self, ctx: Context, name: str, total: int) -> str:
        return ctx.t("thanks-given", giver=ctx.event.user.name, name=name, count=total)
