"""Welcome: greet each new member personally, in their language, where it is seen.

A community can write its own template per language in the rule file; otherwise the
Fluent message `welcome-message` (or `welcome-message-intro`, which invites the member to
introduce themselves) is used. Joins and leaves are recorded for growth statistics.

During a raid (`welcome.batch_joins` joins within `welcome.batch_window`) single welcomes
would flood the channel, so later joins are collected and greeted together in one
message once `welcome.batch_delay` has passed (sent on the next clock tick).
"""

from __future__ import annotations

import logging
import string
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from pydantic import Field, field_validator

from bot.actions import Dm, Send
from bot.cog import Cog, Context, listen
from bot.events import Join, Leave, Tick
from bot.markup import channel_ref, member_ref
from bot.plugins import CogManifest
from bot.rules.types import Channel, Duration, Locale, Name, Section, Template

log = logging.getLogger(__name__)

MAX_NAMES = 30
"""A batched welcome names at most this many members, then says how many more."""
WELCOME_PLACEHOLDERS = frozenset({"name", "community", "intro_channel", "rules_channel"})


class GateSection(Section):
    """A check new members pass before they can post: a small sum, or accepting the rules."""

    enabled: bool = False
    """New members must pass the gate before they can post."""
    mode: Literal["captcha", "rules"] = "captcha"
    """"captcha": a small sum answered with buttons; "rules": one "I accept the guidelines"
    button."""
    timeout: Duration = 300
    """How long a new member has to answer before they are removed."""
    channel: Channel | None = None
    """Where the challenge is posted; defaults to the welcome channel."""
    role: Name | None = Field(default=None, examples=["verified"])
    """A role given on passing (members without it see only the gate channel, as the
    server's channel permissions say). Without it, newcomers are restricted with a
    timeout that lasts only as long as the challenge, so nobody is ever stranded."""


class WelcomeSection(Section):
    """Welcoming new members: where, in which language, and in a burst of joins."""

    enabled: bool = True
    """Welcome new members."""
    channel: Channel | None = None
    """Where welcomes go; defaults to `channels.welcome`."""
    dm: bool = False
    """Welcome by direct message instead of in the channel."""
    messages: dict[Locale, Template] = Field(
        default_factory=dict, examples=[{"sv": "Välkommen till {community}, {name}!"}]
    )
    """Optional templates per language; placeholders are in WELCOME_PLACEHOLDERS."""
    language: Literal["member", "community"] = "member"
    """Greet in the member's own language when known, or always in the community's."""
    batch_joins: int = Field(default=5, ge=2, le=10000)
    """This many joins within `batch_window` (a raid) switch to one shared welcome."""
    batch_window: Duration = 60
    """The window in which `batch_joins` joins count as a burst."""
    batch_delay: Duration = 30
    """How long joins are collected before the shared welcome names them all."""
    gate: GateSection = GateSection()
    """An optional captcha or rules-acceptance check for new members (cogs/gate.py)."""

    @field_validator("messages")
    @classmethod
    def _known_placeholders(cls, messages: dict[str, str]) -> dict[str, str]:
        for locale, template in messages.items():
            try:
                parsed = string.Formatter().parse(template)
                fields = {name for _, name, _, _ in parsed if name is not None}
            except ValueError as error:
                raise ValueError(f"template for {locale!r}: {error}") from None
            unknown = sorted(fields - WELCOME_PLACEHOLDERS)
            if unknown:
                raise ValueError(
                    f"template for {locale!r} uses unknown placeholder {{{unknown[0]}}}; "
                    f"known: {', '.join(sorted(WELCOME_PLACEHOLDERS))}"
                )
            try:  # conversions and nested specs only fail when filled in
                template.format_map(dict.fromkeys(WELCOME_PLACEHOLDERS, ""))
            except (ValueError, KeyError, IndexError, AttributeError) as error:
                raise ValueError(f"template for {locale!r} cannot be filled in: {error}") from None
        return messages


class _SafeFields(dict):
    """Leave an unknown {placeholder} as it is rather than failing the welcome."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(slots=True)
class JoinWindow:
    """Recent join times and the batch of members waiting for a shared welcome."""

    recent: deque[datetime] = field(default_factory=deque)
    waiting: list[str] = field(default_factory=list)
    due: datetime | None = None

    def count(self, now: datetime, window: timedelta) -> int:
        self.recent.append(now)
        while self.recent and now - self.recent[0] > window:
            self.recent.popleft()
        return len(self.recent)


class Welcome(Cog):
    name = "welcome"
    order = 50

    def _window(self, ctx: Context) -> JoinWindow:
        return ctx.community.state_for("welcome.joins", JoinWindow)

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
                at=event.at,
            )
            await ctx.store.record_member_event(ctx.community.id, event.user.id, "join", event.at)
        if not settings.enabled or event.user.is_bot:
            return
        if settings.gate.enabled and self._gate_runs(ctx):
            return  # welcomed once they pass the gate (cogs/gate.py calls greet_after_gate)
        await self._greet(ctx)

    async def greet_after_gate(self, ctx: Context) -> None:
        """The welcome for a member who just passed the new-member check (the gate calls
        it from its own handler, so this cog's `[cogs]` switch is checked here)."""
        if not ctx.cog_available(self.name):
            return
        if ctx.rules.welcome.enabled and not ctx.event.user.is_bot:
            await self._greet(ctx)

    @staticmethod
    def _gate_runs(ctx: Context) -> bool:
        """Whether the gate cog is loaded and on here (`[cogs] gate = false` switches it
        off): only then does a newcomer wait for it before being welcomed."""
        return any(cog.name == "gate" for cog in ctx.cogs) and ctx.cog_available("gate")

    async def _greet(self, ctx: Context) -> None:
        settings = ctx.rules.welcome
        event = ctx.event
        window = self._window(ctx)
        joins = window.count(event.at, timedelta(seconds=settings.batch_window))
        if window.waiting or joins >= settings.batch_joins:
            window.waiting.append(event.user.name)
            if window.due is None:
                window.due = event.at + timedelta(seconds=settings.batch_delay)
                log.info("raid-sized join wave in %s: batching welcomes", ctx.community.id)
            return
        await self._deliver(ctx, self.welcome_text(ctx), event.user.id)

    @listen(Tick)
    async def send_batch(self, ctx: Context) -> None:
        """Greet everyone collected during a join wave in one message."""
        window = self._window(ctx)
        if not window.waiting or window.due is None or ctx.now() < window.due:
            return
        names, window.waiting, window.due = window.waiting, [], None
        if not ctx.rules.welcome.enabled:
            return
        shown = names[:MAX_NAMES]
        intro_channel = self._intro_channel(ctx)
        text = ctx.t_community(
            "welcome-batch-intro" if intro_channel else "welcome-batch",
            names=", ".join(shown),
            count=len(names),
            more=len(names) - len(shown),
            community=ctx.rules.community.name,
            intro_channel=self._channel_text(ctx, intro_channel),
        )
        channel = ctx.rules.welcome.channel or ctx.rules.channels.welcome
        if channel:
            await ctx.perform(Send(channel=channel, text=text, rule="welcome"))

    @listen(Leave)
    async def farewell(self, ctx: Context) -> None:
        if ctx.store is not None:
            event = ctx.event
            await ctx.store.record_member_event(ctx.community.id, event.user.id, "leave", event.at)

    async def _deliver(self, ctx: Context, text: str, user_id: str) -> None:
        settings = ctx.rules.welcome
        channel = settings.channel or ctx.rules.channels.welcome
        if settings.dm or not channel:
            await ctx.perform(Dm(user=user_id, text=text, rule="welcome"))
        else:
            # The newcomer is mentioned and may be notified; nobody else is.
            await ctx.perform(
                Send(channel=channel, text=text, rule="welcome", mentions=(user_id,))
            )

    @staticmethod
    def _channel_text(ctx: Context, channel: str) -> str:
        """A channel for a `#{...}` placeholder: `<#id>` on Discord, else the bare name
        (the adapter folds `#<#id>` into `<#id>`)."""
        if not channel:
            return ""
        return channel_ref(ctx, channel).removeprefix("#")

    def _intro_channel(self, ctx: Context) -> str:
        rules = ctx.rules
        return rules.introductions.channel or rules.channels.introductions or ""

    def welcome_text(self, ctx: Context) -> str:
        """The community's own template in the greeting language, else the Fluent one."""
        rules = ctx.rules
        user = ctx.event.user
        fields = _SafeFields(
            name=member_ref(ctx, user.id, user.name),
            community=rules.community.name,
            intro_channel=self._channel_text(ctx, self._intro_channel(ctx)),
            rules_channel=self._channel_text(ctx, rules.channels.rules or ""),
        )
        locale = ctx.locale if rules.welcome.language == "member" else ctx.community.locale
        for candidate in (locale, ctx.community.locale):
            template = rules.welcome.messages.get(candidate)
            if template:
                return template.format_map(fields)
        message_id = "welcome-message-intro" if fields["intro_channel"] else "welcome-message"
        return ctx.i18n.format(locale, message_id, **fields)


manifest = CogManifest(
    cog=Welcome,
    sections={"welcome": WelcomeSection},
    requires=frozenset({"send"}),
    summary="A personal welcome in each new member's language; one shared welcome in a burst.",
)
