"""The crisis plan from the rule file: escalation paths and lockdown.

Escalation runs before automatic moderation (which may delete the message) and only
ever alerts people: the listed crisis contacts by direct message at once, the team in
the alert channel, and the member, who gets crisis resources in their own language.
It never deletes, mutes or bans. `/lockdown` locks or slows the configured channels
with an announcement; `/unlockdown` reverses exactly what the lockdown did, even after
a restart (the audit trail remembers it).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.actions import Action, Dm, Lock, Report, Send, Slowmode, Unlock
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import ActionFailed, UserError
from bot.events import Member, Message
from bot.plugins import CogManifest
from cogs.toolkit.common import SYSTEM_ID, display, member_locale, try_perform
from cogs.toolkit.schema import EscalationPath, EscalationSection, LockdownSection

log = logging.getLogger(__name__)

EXCERPT_CHARS = 200
AUDIT_LOOKBACK = 500


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(part) for part in _normalize(words).split())


@dataclass(frozen=True, slots=True)
class CompiledPath:
    """One escalation path with a whole-word pattern per trigger language."""

    path: EscalationPath
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    def match(self, text: str) -> str | None:
        """The language whose trigger appears in `text`, or None."""
        normalized = _normalize(text)
        for language, pattern in self.patterns:
            if pattern.search(normalized):
                return language
        return None


def compile_paths(section: EscalationSection) -> tuple[CompiledPath, ...]:
    compiled = []
    for path in section.paths:
        patterns = []
        for language, triggers in path.triggers.items():
            body = "|".join(_phrase(trigger) for trigger in triggers if trigger.strip())
            if body:
                patterns.append((language, re.compile(rf"(?<!\w)(?:{body})(?!\w)")))
        compiled.append(CompiledPath(path, tuple(patterns)))
    return tuple(compiled)


class Crisis(Cog):
    """Escalation paths on every message, and `/lockdown` / `/unlockdown`."""

    name = "toolkit-crisis"
    order = -110
    data_statement = "data-toolkit-crisis"

    # -- escalation -----------------------------------------------------------------

    def _compiled(self, ctx: Context) -> tuple[CompiledPath, ...]:
        """Compiled once per rule-file version (hot reload swaps the section object)."""
        section = ctx.rules.escalation
        cached = ctx.community.state.get("toolkit.escalation")
        if cached is None or cached[0] is not section:
            cached = (section, compile_paths(section))
            ctx.community.state["toolkit.escalation"] = cached
        return cached[1]

    def _cooling(self, ctx: Context, user_id: str, path_id: str) -> bool:
        last: dict[tuple[str, str], datetime] = ctx.community.state_for("toolkit.alerts", dict)
        key = (user_id, path_id)
        previous = last.get(key)
        cooldown = timedelta(seconds=ctx.rules.escalation.cooldown)
        if previous is not None and ctx.now() - previous < cooldown:
            return True
        last[key] = ctx.now()
        return False

    @listen(Message)
    async def watch(self, ctx: Context) -> None:
        settings = ctx.rules.escalation
        event = ctx.event
        assert isinstance(event, Message)
        if not settings.enabled or not settings.paths or event.user.is_bot:
            return
        for compiled in self._compiled(ctx):
            language = compiled.match(event.text)
            if language is None or self._cooling(ctx, event.user.id, compiled.path.id):
                continue
            await self._escalate(ctx, compiled.path, language)

    async def _escalate(self, ctx: Context, path: EscalationPath, language: str) -> None:
        event = ctx.event
        assert isinstance(event, Message)
        settings = ctx.rules.escalation
        member = event.user
        excerpt = event.text[:EXCERPT_CHARS]
        log.info("escalation path %s triggered in %s", path.id, ctx.community.id)
        if path.alert_contacts:
            contacts = path.contacts or settings.contacts
            for contact in contacts.users:
                if contact == member.id:
                    continue
                locale = await member_locale(ctx, contact)
                text = ctx.i18n.format(
                    locale,
                    "toolkit-crisis-contact",
                    path=path.id,
                    user=display(member.id, member),
                    channel=event.channel,
                    excerpt=excerpt,
                    community=ctx.community.name,
                )
                await try_perform(ctx, Dm(user=contact, text=text, rule=path.id, automatic=True))
            channel = settings.alert_channel or ctx.rules.channels.moderator_log
            if channel:
                alert = ctx.t_community(
                    "toolkit-crisis-alert",
                    path=path.id,
                    user=display(member.id, member),
                    channel=event.channel,
                    excerpt=excerpt,
                    roles=", ".join(contacts.roles) or "-",
                )
                report = Report(
                    channel=channel, text=alert, user=member.id, rule=path.id, automatic=True
                )
                await try_perform(ctx, report)
        if path.send_resources:
            await self._send_resources(ctx, member, path, language)
        await ctx.store.add_audit(
            ctx.community.id,
            SYSTEM_ID,
            "escalation",
            ctx.now(),
            detail=path.id,
            target_id=member.id,
        )

    async def _send_resources(
        self, ctx: Context, member: Member, path: EscalationPath, language: str
    ) -> None:
        """Resources in the member's language: their own setting, else the trigger's."""
        locales = ctx.i18n.locales
        if member.locale:
            locale = ctx.locale
        else:
            locale = language if language in locales else ctx.community.locale
        resources = ctx.rules.escalation.resources
        text = resources.get(locale) or ctx.i18n.format(locale, "toolkit-crisis-resources")
        message = ctx.i18n.format(
            locale, "toolkit-crisis-member", name=member.name, resources=text
        )
        await try_perform(ctx, Dm(user=member.id, text=message, rule=path.id, automatic=True))

    # -- lockdown -------------------------------------------------------------------

    async def _lockdown_state(self, ctx: Context) -> dict[str, Any]:
        """Whether a lockdown is on, and what it did; rebuilt from the audit after a restart."""
        state = ctx.community.state.get("toolkit.lockdown")
        if state is not None:
            return state
        state = {"active": False, "mode": "lock", "channels": []}
        for entry in await ctx.store.audit(ctx.community.id, limit=AUDIT_LOOKBACK):
            if entry.action == "unlockdown":
                break
            if entry.action == "lockdown":
                try:
                    state = {"active": True, **json.loads(entry.detail)}
                except (ValueError, TypeError):
                    log.warning("unreadable lockdown audit entry %s", entry.id)
                break
        ctx.community.state["toolkit.lockdown"] = state
        return state

    async def _apply(self, ctx: Context, actions: list[Action]) -> tuple[list[str], list[str]]:
        """Carry out channel actions one by one; if none succeeds, the first refusal is raised."""
        done: list[str] = []
        failed: list[str] = []
        first: ActionFailed | None = None
        for action in actions:
            channel = getattr(action, "channel", "")
            try:
                await ctx.perform(action)
            except ActionFailed as failure:
                log.warning("lockdown %s on %s failed: %s", action.kind, channel, failure.reason)
                first = first or failure
                failed.append(channel)
                continue
            done.append(channel)
        if not done and first is not None:
            raise first
        return done, failed

    async def _announce(
        self,
        ctx: Context,
        channels: list[str],
        custom: str | None,
        message_id: str,
        reason: str,
        mode: str,
    ) -> None:
        community = ctx.community.name
        if custom:
            text = custom.format(reason=reason, community=community)
        else:
            text = ctx.t_community(message_id, reason=reason, community=community, mode=mode)
        target = ctx.rules.lockdown.announcement_channel
        for channel in [target] if target else channels:
            await try_perform(ctx, Send(channel=channel, text=text))

    @command("lockdown", Option("reason", OptionType.TEXT), level=Level.MODERATOR)
    async def lockdown(self, ctx: Context, reason: str) -> None:
        settings = ctx.rules.lockdown
        if not settings.channels:
            raise UserError("toolkit-lockdown-no-channels")
        state = await self._lockdown_state(ctx)
        if state["active"]:
            raise UserError("toolkit-lockdown-already", channels=", ".join(state["channels"]))
        actions: list[Action] = [
            Lock(channel=channel, reason=reason)
            if settings.mode == "lock"
            else Slowmode(channel=channel, seconds=settings.slowmode, reason=reason)
            for channel in settings.channels
        ]
        done, failed = await self._apply(ctx, actions)
        state = {"active": True, "mode": settings.mode, "channels": done}
        ctx.community.state["toolkit.lockdown"] = state
        detail = json.dumps({"mode": settings.mode, "channels": done})
        await ctx.store.add_audit(
            ctx.community.id, ctx.event.user.id, "lockdown", ctx.now(), detail=detail
        )
        await self._announce(
            ctx, done, settings.announcement, "toolkit-lockdown-announce", reason, settings.mode
        )
        await self._reply_summary(ctx, "toolkit-lockdown-done", done, failed, settings.mode)

    @command("unlockdown", Option("reason", OptionType.TEXT), level=Level.MODERATOR)
    async def unlockdown(self, ctx: Context, reason: str) -> None:
        settings = ctx.rules.lockdown
        state = await self._lockdown_state(ctx)
        if not state["active"]:
            raise UserError("toolkit-lockdown-not-active")
        actions: list[Action] = [
            Unlock(channel=channel, reason=reason)
            if state["mode"] == "lock"
            else Slowmode(channel=channel, seconds=0, reason=reason)
            for channel in state["channels"]
        ]
        done, failed = await self._apply(ctx, actions)
        ctx.community.state["toolkit.lockdown"] = {
            "active": bool(failed),
            "mode": state["mode"],
            "channels": failed,
        }
        actor = ctx.event.user.id
        await ctx.store.add_audit(
            ctx.community.id, actor, "unlockdown", ctx.now(), detail=json.dumps({"channels": done})
        )
        if failed:
            # Still locked where the platform refused: a later /unlockdown retries those.
            remaining = json.dumps({"mode": state["mode"], "channels": failed})
            await ctx.store.add_audit(
                ctx.community.id, actor, "lockdown", ctx.now(), detail=remaining
            )
        await self._announce(
            ctx,
            done,
            settings.end_announcement,
            "toolkit-unlockdown-announce",
            reason,
            state["mode"],
        )
        await self._reply_summary(ctx, "toolkit-unlockdown-done", done, failed, state["mode"])

    async def _reply_summary(
        self, ctx: Context, message_id: str, done: list[str], failed: list[str], mode: str
    ) -> None:
        text = ctx.t(message_id, count=len(done), channels=", ".join(done), mode=mode)
        if failed:
            text += "\n" + ctx.t("toolkit-lockdown-partial", channels=", ".join(failed))
        await ctx.reply_text(text, ephemeral=True)


manifest = CogManifest(
    cog=Crisis,
    sections={"escalation": EscalationSection, "lockdown": LockdownSection},
    summary="Crisis paths that alert the right people, and /lockdown for emergencies.",
)
