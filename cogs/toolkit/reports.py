"""Member reports: `/report` (and Discord's "Report message"), the moderators' queue with
claim / resolve / dismiss buttons, and a follow-up to the reporter in their language.

The queue post carries the reported message's excerpt when Hearth saw it (a small,
bounded in-memory cache of recent messages per community) and its translation into the
community's language; when no translation is available the post says so plainly.
Reports are rate-limited per reporter, and one message is never queued twice.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.actions import Dm, Send
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import CheckFailed, UserError
from bot.events import Button, Edit, Message
from bot.plugins import CogManifest
from bot.storage import ReportRecord
from cogs.toolkit.common import member_locale, queue_channel, remember_locale, try_perform
from cogs.toolkit.schema import ReportsSection

log = logging.getLogger(__name__)

CACHE_SIZE = 500
EXCERPT_CHARS = 200
VERBS = {"claim": "claimed", "resolve": "resolved", "dismiss": "dismissed"}


@dataclass(frozen=True, slots=True)
class SeenMessage:
    author: str
    channel: str
    text: str
    at: datetime


class MessageCache:
    """The last `CACHE_SIZE` messages of one community, by message id (oldest dropped)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._messages: OrderedDict[str, SeenMessage] = OrderedDict()

    def add(self, message_id: str, seen: SeenMessage) -> None:
        self._messages[message_id] = seen
        self._messages.move_to_end(message_id)
        while len(self._messages) > self.size:
            self._messages.popitem(last=False)

    def get(self, message_id: str) -> SeenMessage | None:
        return self._messages.get(message_id)

    def __len__(self) -> int:
        return len(self._messages)


async def translation_lines(ctx: Context, text: str, enabled: bool = True) -> str:
    """The excerpt's translation into the community's language, or a clear "untranslated"."""
    target = ctx.community.locale
    translator = ctx.services.translator
    note = "off"
    if enabled and translator is not None:
        try:
            result = await translator.translate(text, target)
        except Exception:
            log.warning("translation failed", exc_info=True)
            result = None
            note = "error"
        if result is not None and result.translated:
            return ctx.t_community(
                "toolkit-report-translation",
                source=result.source or "auto",
                target=target,
                text=result.text,
            )
        if result is not None:
            note = result.note or "unknown"
    elif enabled:
        note = "unavailable"
    return ctx.t_community("toolkit-report-untranslated", note=note)


class Reports(Cog):
    """Files reports, remembers recent messages for their excerpts, runs the queue buttons."""

    name = "toolkit-reports"
    order = 22
    data_statement = "data-toolkit-reports"

    def _cache(self, ctx: Context) -> MessageCache:
        return ctx.community.state_for("toolkit.messages", MessageCache)

    @listen(Message, Edit)
    async def remember_message(self, ctx: Context) -> None:
        event = ctx.event
        assert isinstance(event, Message | Edit)
        if event.message_id and not event.user.is_bot:
            seen = SeenMessage(event.user.id, event.channel, event.text, event.at)
            self._cache(ctx).add(event.message_id, seen)

    @command(
        "report",
        Option("user", OptionType.USER),
        Option("reason", OptionType.TEXT),
        Option("message", OptionType.STRING, required=False),
    )
    async def report(self, ctx: Context, user: str, reason: str, message: str | None) -> None:
        settings = ctx.rules.reports
        reporter = ctx.event.user.id
        if not settings.enabled:
            raise UserError("toolkit-reports-off")
        if user == reporter:
            raise CheckFailed("toolkit-report-self")
        seen = self._cache(ctx).get(message) if message else None
        if seen is not None and seen.author != user:
            raise UserError("toolkit-report-wrong-author", message=message, user=user)
        store = ctx.store
        waiting = await store.open_reports(ctx.community.id)
        await self._check_duplicate(waiting, user, message, reporter)
        self._check_cooldown(ctx, waiting, settings.cooldown)
        await remember_locale(ctx)
        excerpt = seen.text[:EXCERPT_CHARS] if seen is not None else None
        filed = await store.add_report(
            ctx.community.id,
            reporter,
            user,
            reason,
            ctx.now(),
            message_ref=message,
            excerpt=excerpt,
        )
        self._cooldowns(ctx)[reporter] = ctx.now()
        await ctx.store.add_audit(
            ctx.community.id,
            reporter,
            "report",
            ctx.now(),
            detail=f"report {filed.id}",
            target_id=user,
        )
        await self._post(ctx, filed, seen)
        await ctx.reply("toolkit-report-filed", number=filed.id, ephemeral=True)

    async def _check_duplicate(
        self, waiting: list[ReportRecord], user: str, message: str | None, reporter: str
    ) -> None:
        for other in waiting:
            same_message = message is not None and other.message_ref == message
            same_target = message is None and other.reporter_id == reporter
            if other.target_id == user and (same_message or same_target):
                raise UserError("toolkit-report-duplicate", number=other.id)

    def _cooldowns(self, ctx: Context) -> dict[str, datetime]:
        return ctx.community.state_for("toolkit.report_cooldowns", dict)

    def _check_cooldown(self, ctx: Context, waiting: list[ReportRecord], cooldown: int) -> None:
        reporter = ctx.event.user.id
        times = [report.at for report in waiting if report.reporter_id == reporter]
        if reporter in self._cooldowns(ctx):
            times.append(self._cooldowns(ctx)[reporter])
        if not times:
            return
        ready = max(times) + timedelta(seconds=cooldown)
        if ctx.now() < ready:
            wait = math.ceil((ready - ctx.now()).total_seconds())
            raise UserError("toolkit-report-cooldown", seconds=wait)

    async def _post(self, ctx: Context, filed: ReportRecord, seen: SeenMessage | None) -> None:
        channel = queue_channel(ctx, ctx.rules.reports.channel)
        if not channel:
            log.warning(
                "community %s has no reports channel; report %s unposted",
                ctx.community.id,
                filed.id,
            )
            return
        lines = [
            ctx.t_community(
                "toolkit-report-queue",
                number=filed.id,
                reporter=filed.reporter_id,
                user=filed.target_id,
                reason=filed.reason,
            )
        ]
        if seen is not None:
            lines.append(
                ctx.t_community("toolkit-report-excerpt", channel=seen.channel, text=filed.excerpt)
            )
            excerpt = filed.excerpt or seen.text[:EXCERPT_CHARS]
            lines.append(await translation_lines(ctx, excerpt, ctx.rules.reports.translate))
        elif filed.message_ref:
            lines.append(
                ctx.t_community("toolkit-report-message-unseen", message=filed.message_ref)
            )
        buttons = tuple(
            (f"report:{filed.id}:{verb}", ctx.t_community(f"toolkit-button-{verb}"))
            for verb in VERBS
        )
        await ctx.perform(Send(channel=channel, text="\n".join(lines), buttons=buttons))

    @listen(Button)
    async def queue_button(self, ctx: Context) -> None:
        event = ctx.event
        assert isinstance(event, Button)
        parts = event.custom_id.split(":")
        if len(parts) != 3 or parts[0] != "report" or parts[2] not in VERBS:
            return
        try:
            await self._handle(ctx, parts[1], parts[2])
        except UserError as error:
            await ctx.reply(error.message_id, ephemeral=True, **error.args_for_message)

    async def _handle(self, ctx: Context, raw_id: str, verb: str) -> None:
        moderator = ctx.event.user.id
        if ctx.community.level_of(ctx.event.user) < Level.MODERATOR:
            raise CheckFailed("toolkit-queue-not-allowed")
        report = (
            await ctx.store.get_report(ctx.community.id, int(raw_id)) if raw_id.isdigit() else None
        )
        if report is None:
            raise UserError("toolkit-report-not-found", number=raw_id)
        if report.status in ("resolved", "dismissed"):
            raise UserError(
                "toolkit-report-closed",
                number=report.id,
                status=report.status,
                moderator=report.handled_by or "?",
            )
        if verb == "claim" and report.status == "claimed" and report.handled_by != moderator:
            raise UserError(
                "toolkit-report-taken", number=report.id, moderator=report.handled_by or "?"
            )
        status = VERBS[verb]
        await ctx.store.set_report_status(ctx.community.id, report.id, status, moderator)
        await ctx.store.add_audit(
            ctx.community.id,
            moderator,
            f"report_{status}",
            ctx.now(),
            detail=f"report {report.id}",
            target_id=report.target_id,
        )
        channel = getattr(ctx.event, "channel", "") or queue_channel(ctx, None)
        note = ctx.t_community(
            "toolkit-report-status", number=report.id, status=status, moderator=moderator
        )
        if channel:
            await try_perform(ctx, Send(channel=channel, text=note))
        if status != "claimed" and ctx.rules.reports.notify_reporter:
            await self._follow_up(ctx, report, status)

    async def _follow_up(self, ctx: Context, report: ReportRecord, status: str) -> None:
        locale = await member_locale(ctx, report.reporter_id)
        text = ctx.i18n.format(
            locale,
            "toolkit-report-outcome",
            number=report.id,
            status=status,
            community=ctx.community.name,
        )
        await try_perform(ctx, Dm(user=report.reporter_id, text=text))


manifest = CogManifest(
    cog=Reports,
    sections={"reports": ReportsSection},
    summary="/report and the moderators' report queue, with translation.",
)
