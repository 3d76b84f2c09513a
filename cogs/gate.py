"""The gate: new members prove they are human (or accept the rules) before they can post.

When `[welcome.gate]` is enabled, a member who joins gets a challenge with buttons whose
custom ids are `gate:<user>:<answer>`. Nothing can strand them: with `role` set, the
right press gives that role (the server's channel permissions keep everyone else to the
gate channel); without it, they are restricted by a timeout that lasts only as long as
the challenge plus a short grace, so it lifts by itself even if Hearth is down. The
right press lifts the restriction, deletes the challenge, tells the member they are in,
and only then are they welcomed. A wrong press or the time limit (checked on every `Tick`
and lazily on any other event) removes the member once, with a clear public notice.

No kick loops: a member who rejoins gets one fresh challenge, but a second failure within
`FAILURE_WINDOW` is not kicked again; the member stays out (no role, or restricted for
that day at most) and the moderators are told. A later rejoin inside the window is
handled the same way without a challenge.

Mode "rules" is the same flow with a single "I accept the guidelines" button. Pending
challenges live in memory (community state); after a restart a restriction still lapses
on its own within minutes.
"""

from __future__ import annotations

import logging
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.actions import Delete, Kick, Report, RoleAdd, Send, Timeout, Untimeout
from bot.cog import Cog, Context, listen
from bot.errors import ActionFailed
from bot.events import Button, Join, Leave, Message, Tick
from bot.plugins import CogManifest

log = logging.getLogger(__name__)

PREFIX = "gate"
ACCEPT = "accept"
GRACE_S = 120
"""The restriction outlasts the challenge by this much, then lifts by itself."""
FAILURE_WINDOW = timedelta(hours=24)
KICKS_PER_WINDOW = 1
"""Failures inside the window that still lead to removal; later ones are reported."""
CAPTCHA_OPTIONS = 4
_random = random.SystemRandom()


@dataclass(slots=True)
class Challenge:
    """One member's open challenge."""

    user: str
    name: str
    answer: str
    deadline: datetime
    channel: str = ""
    message_id: str = ""
    """Learned from the first button press (a sent message's id is not reported back)."""


@dataclass(slots=True)
class GateState:
    """Per-community memory: open challenges and recent failures by member id."""

    pending: dict[str, Challenge] = field(default_factory=dict)
    failures: dict[str, list[datetime]] = field(default_factory=dict)

    def recent_failures(self, user: str, now: datetime) -> int:
        kept = [moment for moment in self.failures.get(user, []) if now - moment < FAILURE_WINDOW]
        if kept:
            self.failures[user] = kept
        else:
            self.failures.pop(user, None)
        return len(kept)

    def record_failure(self, user: str, now: datetime) -> int:
        count = self.recent_failures(user, now) + 1
        self.failures.setdefault(user, []).append(now)
        return count


def custom_id(user: str, answer: str) -> str:
    return f"{PREFIX}:{user}:{answer}"


def parse_custom_id(value: str) -> tuple[str, str] | None:
    """(user, answer) from `gate:<user>:<answer>`, or None for other buttons."""
    prefix, _, rest = value.partition(":")
    user, sep, answer = rest.rpartition(":")
    if prefix != PREFIX or not sep or not user or not answer:
        return None
    return user, answer


def captcha_options(rng: random.Random = _random) -> tuple[int, int, list[int]]:
    """Two small addends and shuffled answer options, exactly one of them right."""
    first, second = rng.randint(1, 9), rng.randint(1, 9)
    right = first + second
    wrong = rng.sample([value for value in range(2, 19) if value != right], CAPTCHA_OPTIONS - 1)
    options = [right, *wrong]
    rng.shuffle(options)
    return first, second, options


class Gate(Cog):
    name = "gate"
    order = 10
    """After moderation, before the welcome: the challenge is the first thing asked."""

    def _state(self, ctx: Context) -> GateState:
        return ctx.community.state_for("gate", GateState)

    async def _restrict(self, ctx: Context, user: str, seconds: int) -> None:
        """A timeout that ends by itself (none at all when the gate gives a role)."""
        if ctx.rules.welcome.gate.role:
            return
        limit = ctx.max_timeout_s
        await ctx.perform(
            Timeout(
                user=user,
                duration_s=min(seconds, limit) if limit else seconds,
                rule="gate",
                reason=ctx.t_community("gate-reason"),
                automatic=True,
            )
        )

    @listen(Join)
    async def on_join(self, ctx: Context) -> None:
        settings = ctx.rules.welcome.gate
        member = ctx.event.user
        if not settings.enabled or member.is_bot:
            return
        state = self._state(ctx)
        await self._expire(ctx, state)
        if member.id in state.pending:
            return
        if state.recent_failures(member.id, ctx.now()) > KICKS_PER_WINDOW:
            await self._restrict(ctx, member.id, int(FAILURE_WINDOW.total_seconds()))
            await self._report(ctx, member.id, member.name, "gate-report-rejoined-held")
            return
        await self._restrict(ctx, member.id, settings.timeout + GRACE_S)
        await self._send_challenge(ctx, settings.mode, settings.timeout, settings.channel)

    async def _send_challenge(
        self, ctx: Context, mode: str, timeout_s: int, channel: str | None
    ) -> None:
        member = ctx.event.user
        minutes = max(1, math.ceil(timeout_s / 60))
        if mode == "rules":
            answer = ACCEPT
            text = ctx.t("gate-rules", name=member.name, minutes=minutes)
            buttons = ((custom_id(member.id, ACCEPT), ctx.t("gate-accept-button")),)
        else:
            first, second, options = captcha_options()
            answer = str(first + second)
            text = ctx.t("gate-captcha", name=member.name, minutes=minutes, a=first, b=second)
            buttons = tuple((custom_id(member.id, str(value)), str(value)) for value in options)
        target = channel or ctx.rules.channels.welcome or ""
        self._state(ctx).pending[member.id] = Challenge(
            user=member.id,
            name=member.name,
            answer=answer,
            deadline=ctx.now() + timedelta(seconds=timeout_s),
            channel=target,
        )
        sent_id = await ctx.perform(Send(channel=target, text=text, buttons=buttons, rule="gate"))
        self._state(ctx).pending[member.id].message_id = sent_id or ""

    @listen(Button)
    async def on_button(self, ctx: Context) -> None:
        event = ctx.event
        parsed = parse_custom_id(event.custom_id)
        if parsed is None:
            return
        user, answer = parsed
        state = self._state(ctx)
        await self._expire(ctx, state)
        challenge = state.pending.get(user)
        if event.user.id != user or challenge is None:
            log.debug("gate button for %s ignored (pressed by %s)", user, event.user.id)
            return
        challenge.channel = event.channel or challenge.channel
        challenge.message_id = event.message_id or challenge.message_id
        if answer != challenge.answer:
            await self._fail(ctx, state, challenge, "gate-reason-wrong")
            return
        del state.pending[user]
        state.failures.pop(user, None)
        await self._let_in(ctx, challenge)

    async def _let_in(self, ctx: Context, challenge: Challenge) -> None:
        """Lift the gate, tidy the challenge, tell the member, then welcome them."""
        role = ctx.rules.welcome.gate.role
        reason = ctx.t_community("gate-passed")
        try:
            if role:
                await ctx.perform(
                    RoleAdd(user=challenge.user, role=role, rule="gate", reason=reason)
                )
            else:
                await ctx.perform(Untimeout(user=challenge.user, rule="gate", reason=reason))
        except ActionFailed as failure:
            log.warning("gate: could not let %s in: %s", challenge.user, failure.reason)
            await self._report(ctx, challenge.user, challenge.name, "gate-report-stuck")
            await ctx.reply("gate-passed-waiting", ephemeral=True)
            return
        await self._delete_challenge(ctx, challenge)
        await ctx.reply("gate-passed-confirm", ephemeral=True, community=ctx.community.name)
        welcome = next((cog for cog in ctx.cogs if cog.name == "welcome"), None)
        greet = getattr(welcome, "greet_after_gate", None)
        if greet is not None:
            await greet(ctx)

    @listen(Leave)
    async def on_leave(self, ctx: Context) -> None:
        """Leaving with an open challenge counts as an attempt, so rejoining is no free retry."""
        state = self._state(ctx)
        challenge = state.pending.pop(ctx.event.user.id, None)
        if challenge is not None:
            state.record_failure(challenge.user, ctx.now())
            await self._delete_challenge(ctx, challenge)

    @listen(Tick, Message)
    async def on_clock(self, ctx: Context) -> None:
        await self._expire(ctx, self._state(ctx))

    async def _expire(self, ctx: Context, state: GateState) -> None:
        """Fail every challenge whose time is up (Ticks, and lazily on other events)."""
        if not state.pending:
            return
        now = ctx.now()
        for challenge in [item for item in state.pending.values() if item.deadline <= now]:
            await self._fail(ctx, state, challenge, "gate-reason-timeout")

    async def _fail(
        self, ctx: Context, state: GateState, challenge: Challenge, reason_id: str
    ) -> None:
        state.pending.pop(challenge.user, None)
        failures = state.record_failure(challenge.user, ctx.now())
        await self._delete_challenge(ctx, challenge)
        if failures > KICKS_PER_WINDOW:
            await self._restrict(ctx, challenge.user, int(FAILURE_WINDOW.total_seconds()))
            await self._report(ctx, challenge.user, challenge.name, "gate-report-repeated-held")
            return
        await ctx.perform(
            Kick(
                user=challenge.user,
                rule="gate",
                reason=ctx.t_community(reason_id),
                automatic=True,
            )
        )
        await ctx.perform(
            Send(
                channel=challenge.channel,
                text=ctx.t_community("gate-removed", name=challenge.name),
                rule="gate",
            )
        )

    async def _delete_challenge(self, ctx: Context, challenge: Challenge) -> None:
        if challenge.message_id:
            await ctx.perform(
                Delete(
                    user=challenge.user,
                    channel=challenge.channel,
                    message_id=challenge.message_id,
                    rule="gate",
                    automatic=True,
                )
            )

    async def _report(self, ctx: Context, user: str, name: str, message_id: str) -> None:
        channels = ctx.rules.channels
        await ctx.perform(
            Report(
                channel=channels.moderator_log or channels.reports or "",
                text=ctx.t_community(
                    message_id,
                    name=name,
                    user=user,
                    mode="role" if ctx.rules.welcome.gate.role else "timeout",
                    role=ctx.rules.welcome.gate.role or "",
                ),
                user=user,
                rule="gate",
                automatic=True,
            )
        )


manifest = CogManifest(
    cog=Gate,
    requires=frozenset({"timeout", "untimeout", "kick", "delete", "send"}),
    summary="An optional captcha or rules-acceptance check for new members ([welcome.gate]).",
)
