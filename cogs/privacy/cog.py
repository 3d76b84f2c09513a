"""Privacy: what Hearth keeps about a member and why, a copy of it, erasure, and retention.

- `/privacy` (action: info, the default) tells the member, in their language, what is
  stored and why (each loaded cog's `data_statement`), how long it is kept (the rule
  file's `[privacy.retention]`), how much Hearth holds about them now, and whom to ask.
- `/privacy action:export` sends the member's copy of their data (`bot.member_export`:
  other people's ids replaced by their role, moderator notes per `[privacy]
  export_notes`) as JSON by direct message, split into parts that fit a chat message.
- `/privacy action:erase` (the member) and `/forget user:…` (a moderator) post a
  confirmation with buttons; only the person who asked can confirm. Erasure anonymizes
  or deletes the member's rows and their entries in saved cog state
  (`Store.erase_member`); anonymous counts stay.
- Once a day per community (on `Tick`, remembered in the audit log so a restart does not
  purge twice) rows older than their retention limit are purged and old excerpts blanked.

A cog without its own `data_statement` is described by the Fluent message
`data-<cog name>` when one exists, so features get a statement before their owners set one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot import saved_state
from bot.actions import Delete, Dm, Send
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import ActionFailed, UserError
from bot.events import SYSTEM, Button, Tick
from bot.member_export import member_copy, withheld_notes

log = logging.getLogger(__name__)

PREFIX = "privacy"
ACTIONS = ("info", "export", "erase")
CONFIRM_WINDOW = timedelta(minutes=10)
PURGE_EVERY = timedelta(days=1)
PURGE_RETRY = timedelta(hours=1)
PURGE_AUDIT = "retention_purge"
DM_PART_CHARS = 1800
"""Room for a code fence inside Discord's 2000-character limit (Telegram allows 4096)."""
MAX_DM_PARTS = 25
YEAR_S = 365 * 86400
WEEK_S = 7 * 86400


@dataclass(slots=True)
class PendingErasure:
    """An erasure waiting for its confirmation button."""

    target: str
    requester: str
    deadline: datetime


@dataclass(slots=True)
class PrivacyState:
    pending: dict[str, PendingErasure] = field(default_factory=dict)
    last_purge: datetime | None = None
    last_purge_known: bool = False
    retry_after: datetime | None = None


def custom_id(verb: str, target: str) -> str:
    return f"{PREFIX}:{verb}:{target}"


def parse_custom_id(value: str) -> tuple[str, str] | None:
    """(verb, target) of one of our buttons, or None for someone else's."""
    prefix, _, rest = value.partition(":")
    verb, _, target = rest.partition(":")
    if prefix != PREFIX or verb not in ("erase", "cancel") or not target:
        return None
    return verb, target


def export_parts(data: dict[str, Any], limit: int = DM_PART_CHARS) -> list[str]:
    """The export as pretty JSON cut at line ends into pieces of at most `limit` chars."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:  # a single enormous value: cut it hard
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return [part.rstrip("\n") for part in parts]


class Privacy(Cog):
    name = "privacy"
    order = 90
    data_statement = "data-privacy"

    def _state(self, ctx: Context) -> PrivacyState:
        return ctx.community.state_for("privacy", PrivacyState)

    # -- /privacy ------------------------------------------------------------------

    @command("privacy", Option("action", OptionType.CHOICE, required=False, choices=ACTIONS))
    async def privacy(self, ctx: Context, action: str | None = None) -> None:
        if action == "export":
            await self._export(ctx)
        elif action == "erase":
            await self._ask_confirmation(ctx, ctx.event.user.id, "privacy-erase-confirm")
        else:
            await ctx.reply_text(await self.notice(ctx), ephemeral=True)

    @command("forget", Option("user", OptionType.USER), level=Level.MODERATOR)
    async def forget(self, ctx: Context, user: str) -> None:
        """A moderator erases a member's data (on their request, or when the law says so)."""
        await self._ask_confirmation(ctx, user, "privacy-forget-confirm")

    async def notice(self, ctx: Context) -> str:
        """The member's privacy notice: what, why, how long, how much now, and whom to ask."""
        rules = ctx.rules.privacy
        lines = [ctx.t("privacy-notice-title", community=ctx.rules.community.name)]
        lines += ["", ctx.t("privacy-notice"), "", ctx.t("privacy-stored-header")]
        lines += [f"• {ctx.t(statement)}" for statement in self.statements(ctx)]
        retention = rules.retention
        lines += [
            "",
            ctx.t(
                "privacy-retention",
                excerpts=self._span(ctx, retention.excerpts),
                incidents=self._span(ctx, retention.incidents),
                cases=self._span(ctx, retention.cases),
                reports=self._span(ctx, retention.reports),
                activity=self._span(ctx, retention.activity),
            ),
        ]
        if ctx.store is not None:
            lines += ["", await self._holdings(ctx)]
        lines += ["", ctx.t("privacy-rights")]
        if rules.contact:
            lines.append(ctx.t("privacy-contact", contact=rules.contact))
        else:
            lines.append(ctx.t("privacy-contact-moderators"))
        return "\n".join(lines)

    @staticmethod
    def statements(ctx: Context) -> list[str]:
        """Fluent ids of the loaded cogs' data statements, in dispatch order, once each."""
        found: list[str] = []
        for cog in ctx.cogs:
            statement = cog.data_statement
            if statement is None and ctx.i18n.has(ctx.i18n.default, f"data-{cog.name}"):
                statement = f"data-{cog.name}"
            if statement and statement not in found:
                found.append(statement)
        return found

    @staticmethod
    def _span(ctx: Context, seconds: int | None) -> str:
        if seconds is None:
            return ctx.t("privacy-forever")
        if seconds % YEAR_S == 0:
            return ctx.t("privacy-years", count=seconds // YEAR_S)
        if seconds % WEEK_S == 0:
            return ctx.i18n.duration_unit(ctx.locale, "weeks", seconds // WEEK_S)
        return ctx.i18n.duration_unit(ctx.locale, "days", max(1, seconds // 86400))

    async def _holdings(self, ctx: Context) -> str:
        data = await ctx.store.export_member(ctx.community.id, ctx.event.user.id)
        return ctx.t(
            "privacy-your-data",
            incidents=len(data.get("incidents", [])),
            cases=len(data.get("cases", [])),
            reports=len(data.get("reports", [])),
            notes=len(data.get("notes", [])),
            messages=sum(row.get("messages", 0) for row in data.get("member_activity", [])),
        )

    # -- export ----------------------------------------------------------------------

    async def _export(self, ctx: Context) -> None:
        if ctx.store is None:
            raise UserError("privacy-no-record")
        user = ctx.event.user.id
        raw = await ctx.store.export_member(ctx.community.id, user)
        data = member_copy(raw, user, ctx.rules.privacy.export_notes)
        data["exported_at"] = ctx.now().isoformat()
        parts = export_parts(data)
        if len(parts) > MAX_DM_PARTS:
            contact = ctx.rules.privacy.contact or ctx.t("privacy-a-moderator")
            raise UserError("privacy-export-too-large", parts=len(parts), contact=contact)
        header = [ctx.t("privacy-export-header", community=ctx.rules.community.name)]
        header.append(ctx.t("privacy-export-others"))
        if notes := withheld_notes(data):
            header.append(ctx.t("privacy-export-notes-withheld", count=notes))
        await ctx.perform(Dm(user=user, text="\n\n".join(header), rule=PREFIX))
        for number, part in enumerate(parts, start=1):
            label = ctx.t("privacy-export-part", number=number, total=len(parts))
            await ctx.perform(Dm(user=user, text=f"{label}\n```json\n{part}\n```", rule=PREFIX))
        log.info("privacy export sent to a member of %s (%d parts)", ctx.community.id, len(parts))
        await ctx.reply("privacy-export-sent", ephemeral=True, parts=len(parts))

    # -- erasure -----------------------------------------------------------------------

    async def _ask_confirmation(self, ctx: Context, target: str, message_id: str) -> None:
        if ctx.store is None:
            raise UserError("privacy-no-record")
        event = ctx.event
        self._state(ctx).pending[target] = PendingErasure(
            target=target, requester=event.user.id, deadline=ctx.now() + CONFIRM_WINDOW
        )
        buttons = (
            (custom_id("erase", target), ctx.t("privacy-erase-button")),
            (custom_id("cancel", target), ctx.t("privacy-cancel-button")),
        )
        text = ctx.t(message_id, user=target, minutes=int(CONFIRM_WINDOW.total_seconds() // 60))
        channel = getattr(event, "channel", "") or ""
        await ctx.perform(Send(channel=channel, text=text, buttons=buttons, rule=PREFIX))

    @listen(Button)
    async def on_button(self, ctx: Context) -> None:
        event = ctx.event
        assert isinstance(event, Button)
        parsed = parse_custom_id(event.custom_id)
        if parsed is None:
            return
        verb, target = parsed
        state = self._state(ctx)
        pending = state.pending.get(target)
        if pending is None or pending.requester != event.user.id:
            log.debug("privacy button for %s ignored (pressed by %s)", target, event.user.id)
            return
        del state.pending[target]
        ctx.stop()
        await self._remove_prompt(ctx, event)
        if pending.deadline < ctx.now():
            await ctx.reply("privacy-erase-expired", ephemeral=True)
            return
        if verb == "cancel":
            await ctx.reply("privacy-erase-cancelled", ephemeral=True)
            return
        sentinel = await ctx.store.erase_member(ctx.community.id, target, at=ctx.now())
        saved_state.forget(ctx.community)  # loaded copies still hold the member
        if pending.requester != target:
            await ctx.store.add_audit(
                ctx.community.id, pending.requester, "erasure_by_moderator", ctx.now(),
                target_id=sentinel,
            )  # fmt: skip
        log.info("member erased in %s as %s", ctx.community.id, sentinel)
        done = "privacy-erase-done" if pending.requester == target else "privacy-forget-done"
        await ctx.reply(done, ephemeral=True, user=target)

    async def _remove_prompt(self, ctx: Context, event: Button) -> None:
        if not event.message_id:
            return
        try:
            await ctx.perform(
                Delete(user=SYSTEM.id, channel=event.channel, message_id=event.message_id)
            )
        except ActionFailed as failure:
            log.debug("could not remove the erasure prompt: %s", failure.reason)

    # -- retention -----------------------------------------------------------------------

    @listen(Tick)
    async def on_tick(self, ctx: Context) -> None:
        state = self._state(ctx)
        now = ctx.now()
        for target in [key for key, item in state.pending.items() if item.deadline < now]:
            del state.pending[target]
        if ctx.store is None or (state.retry_after is not None and now < state.retry_after):
            return
        try:
            await self.purge_if_due(ctx, state, now)
        except Exception as error:
            state.retry_after = now + PURGE_RETRY
            log.warning(
                "retention purge in %s failed (%s); trying again in an hour",
                ctx.community.id,
                type(error).__name__,
            )

    async def purge_if_due(self, ctx: Context, state: PrivacyState, now: datetime) -> bool:
        """Purge once per `PURGE_EVERY`; True if it ran."""
        store = ctx.store
        community_id = ctx.community.id
        if not state.last_purge_known:
            state.last_purge = await store.last_audit_at(community_id, PURGE_AUDIT)
            state.last_purge_known = True
        if state.last_purge is not None and now - state.last_purge < PURGE_EVERY:
            return False
        counts: dict[str, int] = {}
        limits = ctx.rules.privacy.retention.limits()
        for kind, seconds in sorted(limits.items(), key=lambda item: item[0] == "excerpts"):
            before = now - timedelta(seconds=seconds)
            if kind == "excerpts":
                counts[kind] = await store.clear_excerpts_older_than(community_id, before)
            else:
                counts[kind] = await store.purge_older_than(community_id, kind, before)
        detail = " ".join(f"{kind}={count}" for kind, count in counts.items() if count)
        await store.add_audit(community_id, SYSTEM.id, PURGE_AUDIT, now, detail=detail)
        state.last_purge, state.retry_after = now, None
        log.info("retention purge in %s: %s", community_id, detail or "nothing was due")
        return True
