"""Welcome: greet each new member personally, in their language, where it is seen.

A community can write its own template per language in the rule file; otherwise the
Fluent message `welcome-message` is used. Joins are recorded for growth statistics.
"""

from __future__ import annotations

import logging

from bot.actions import Dm, Send
from bot.cog import Cog, Context, listen
from bot.events import Join, Leave

log = logging.getLogger(__name__)


class _SafeFields(dict):
    """Leave an unknown {placeholder} as it is rather than failing the welcome."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Welcome(Cog):
    name = "welcome"
    order = 50

    @listen(Join)
    async def greet(self, ctx: Context) -> None:
        settings = ctx.rules.welcome
        event = ctx.event
        if ctx.store is not None:
            await ctx.store.upsert_member(
                ctx.community.id,
                event.user.id,
                display_name=event.user.name,
                locale=event.user.locale,
            )
            await ctx.store.record_member_event(ctx.community.id, event.user.id, "join", event.at)
        if not settings.enabled or event.user.is_bot:
            return
        text = self.welcome_text(ctx)
        channel = settings.channel or ctx.rules.channels.welcome
        if settings.dm or not channel:
            await ctx.perform(Dm(user=event.user.id, text=text, rule="welcome"))
        else:
            await ctx.perform(Send(channel=channel, text=text, rule="welcome"))

    @listen(Leave)
    async def farewell(self, ctx: Context) -> None:
        if ctx.store is not None:
            event = ctx.event
            await ctx.store.record_member_event(ctx.community.id, event.user.id, "leave", event.at)

    def welcome_text(self, ctx: Context) -> str:
        """The community's own template in the member's language, else the Fluent one."""
        rules = ctx.rules
        fields = _SafeFields(
            name=ctx.event.user.name,
            community=rules.community.name,
            intro_channel=rules.channels.introductions or "",
            rules_channel=rules.channels.rules or "",
        )
        for locale in (ctx.locale, ctx.community.locale):
            template = rules.welcome.messages.get(locale)
            if template:
                return template.format_map(fields)
        message_id = "welcome-message-intro" if fields["intro_channel"] else "welcome-message"
        return ctx.t(message_id, **fields)
