"""Moderator actions on members and channels: warn, timeout, kick, ban, purge, slowmode, lock.

Every handler checks first (hierarchy, option values) and acts second, so a refusal
takes no action. The platform action comes before anything is recorded: when the
platform refuses (a missing permission), the engine tells the moderator which one and
no case exists for something that never happened. The member is told afterwards, by
direct message, in their own language; a closed DM never undoes the action.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.actions import (
    Action,
    Ban,
    Dm,
    Kick,
    Lock,
    Purge,
    Slowmode,
    Timeout,
    Unban,
    Unlock,
    Untimeout,
    Warn,
)
from bot.cog import Cog, Context, command
from bot.commands import Level, Option, OptionType
from bot.durations import DurationError, parse_duration
from bot.errors import ActionFailed, UserError
from bot.events import Member
from bot.plugins import CogManifest
from cogs.toolkit.checks import check_target
from cogs.toolkit.common import (
    action_name,
    display,
    human_duration,
    log_case,
    member_locale,
    open_case,
    post_log,
    try_perform,
)
from cogs.toolkit.schema import MAX_SLOWMODE_S

log = logging.getLogger(__name__)

MAX_PURGE = 1000
MAX_DELETE_MESSAGES_S = 7 * 86400
"""Discord keeps at most a week of messages to delete with a ban."""
YES = frozenset({"yes", "true", "y", "1", "ja", "j", "tak", "t"})
NO = frozenset({"no", "false", "n", "0", "nej", "nei", "nie"})

USER = Option("user", OptionType.USER)
REASON = Option("reason", OptionType.TEXT)
CHANNEL = Option("channel", OptionType.CHANNEL, required=False)


def parse_delete_messages(raw: str | None) -> int:
    """`delete_messages` as seconds of history: yes (one day), no, or a duration up to 7d."""
    if raw is None:
        return 0
    value = raw.strip().lower()
    if value in YES:
        return 86400
    if value in NO:
        return 0
    try:
        seconds = parse_duration(value)
    except DurationError:
        raise UserError("toolkit-bad-delete-messages", value=raw) from None
    if seconds > MAX_DELETE_MESSAGES_S:
        raise UserError("toolkit-bad-delete-messages", value=raw)
    return seconds


def _channel(ctx: Context, channel: str | None) -> str:
    chosen = channel or getattr(ctx.event, "channel", "")
    if not chosen:
        raise UserError("toolkit-channel-needed")
    return chosen


class ModActions(Cog):
    """The moderator commands that act on a member or a channel."""

    name = "toolkit-actions"
    order = 20
    data_statement = "data-toolkit-cases"

    async def _tell(
        self, ctx: Context, user_id: str, member: Member | None, message_id: str, **args: object
    ) -> bool:
        """Direct-message the member in their language; False when their DMs are closed."""
        locale = await member_locale(ctx, user_id, member)
        text = ctx.i18n.format(locale, message_id, community=ctx.community.name, **args)
        return await try_perform(ctx, Dm(user=user_id, text=text))

    async def _act_after_notice(self, ctx: Context, case_number: int, action: Action) -> None:
        """Carry out a removal after the member was told (a DM can't reach them after).

        If the platform refuses, the case is marked void so it can't be appealed or counted.
        """
        try:
            await ctx.perform(action)
        except ActionFailed:
            await ctx.store.set_case_status(
                ctx.community.id, case_number, "void", ctx.event.user.id, ctx.now()
            )
            raise

    async def _reply_done(self, ctx: Context, message_id: str, told: bool, **args: object) -> None:
        text = ctx.t(message_id, **args)
        if not told:
            text += "\n" + ctx.t("toolkit-dm-failed")
        await ctx.reply_text(text, ephemeral=True)

    @command("warn", USER, REASON, level=Level.MODERATOR)
    async def warn(self, ctx: Context, user: str, reason: str) -> None:
        target = await check_target(ctx, user)
        # The warning names its case (so it can be appealed): number first, then deliver.
        case = await open_case(
            ctx, user_id=user, action="warn", reason=reason, member=target, post=False
        )
        locale = await member_locale(ctx, user, target)
        text = ctx.i18n.format(
            locale,
            "toolkit-warn-member",
            community=ctx.community.name,
            reason=reason,
            case=case.number,
        )
        channel = getattr(ctx.event, "channel", "") or None
        try:
            await ctx.perform(Warn(user=user, text=text, channel=channel, reason=reason))
        except ActionFailed:
            await ctx.store.set_case_status(
                ctx.community.id, case.number, "void", ctx.event.user.id, ctx.now()
            )
            raise
        await log_case(ctx, case, target)
        await ctx.reply(
            "toolkit-warned", user=display(user, target), case=case.number, ephemeral=True
        )

    @command(
        "timeout", USER, Option("duration", OptionType.DURATION), REASON, level=Level.MODERATOR
    )
    async def timeout(self, ctx: Context, user: str, duration: int, reason: str) -> None:
        if duration < 1:
            raise UserError("toolkit-duration-zero")
        target = await check_target(ctx, user)
        limit = ctx.max_timeout_s
        capped = limit is not None and duration > limit
        seconds = min(duration, limit) if limit is not None else duration
        await ctx.perform(Timeout(user=user, duration_s=seconds, reason=reason))
        case = await open_case(
            ctx, user_id=user, action="timeout", reason=reason, member=target, duration_s=seconds
        )
        await ctx.store.add_temp_action(
            ctx.community.id, user, "timeout", ctx.now() + timedelta(seconds=seconds), case.number
        )
        locale = await member_locale(ctx, user, target)
        told = await self._tell(
            ctx,
            user,
            target,
            "toolkit-timeout-member",
            case=case.number,
            duration=human_duration(ctx, locale, seconds, "accusative"),
            reason=reason,
        )
        text = ctx.t(
            "toolkit-timed-out",
            user=display(user, target),
            duration=human_duration(ctx, ctx.locale, seconds, "accusative"),
            case=case.number,
        )
        if capped:
            text += "\n" + ctx.t(
                "toolkit-timeout-capped",
                limit=human_duration(ctx, ctx.locale, seconds, "accusative"),
            )
        if not told:
            text += "\n" + ctx.t("toolkit-dm-failed")
        await ctx.reply_text(text, ephemeral=True)

    @command("untimeout", USER, level=Level.MODERATOR)
    async def untimeout(self, ctx: Context, user: str) -> None:
        target = await check_target(ctx, user)
        await ctx.perform(Untimeout(user=user))
        await self._lift_stored(ctx, user, "timeout")
        case = await open_case(ctx, user_id=user, action="untimeout", reason="", member=target)
        told = await self._tell(ctx, user, target, "toolkit-untimeout-member")
        await self._reply_done(
            ctx, "toolkit-untimed-out", told, user=display(user, target), case=case.number
        )

    @command("kick", USER, REASON, level=Level.MODERATOR)
    async def kick(self, ctx: Context, user: str, reason: str) -> None:
        target = await check_target(ctx, user)
        # Tell first: once removed, the member usually can't receive a DM from us.
        case = await open_case(
            ctx, user_id=user, action="kick", reason=reason, member=target, post=False
        )
        told = await self._tell(
            ctx, user, target, "toolkit-kick-member", reason=reason, case=case.number
        )
        await self._act_after_notice(ctx, case.number, Kick(user=user, reason=reason))
        await log_case(ctx, case, target)
        await self._reply_done(
            ctx, "toolkit-kicked", told, user=display(user, target), case=case.number
        )

    @command(
        "ban",
        USER,
        REASON,
        Option("duration", OptionType.DURATION, required=False),
        Option("delete_messages", OptionType.STRING, required=False),
        level=Level.MODERATOR,
    )
    async def ban(
        self,
        ctx: Context,
        user: str,
        reason: str,
        duration: int | None,
        delete_messages: str | None,
    ) -> None:
        if duration is not None and duration < 1:
            raise UserError("toolkit-duration-zero")
        delete_s = parse_delete_messages(delete_messages)
        target = await check_target(ctx, user, must_be_member=False)
        # Tell first: once banned, the member usually can't receive a DM from us.
        case = await open_case(
            ctx,
            user_id=user,
            action="ban",
            reason=reason,
            member=target,
            duration_s=duration,
            post=False,
        )
        locale = await member_locale(ctx, user, target)
        length = human_duration(ctx, locale, duration, "accusative") if duration else ""
        told = await self._tell(
            ctx,
            user,
            target,
            "toolkit-ban-member",
            case=case.number,
            reason=reason,
            duration=length,
            temporary="yes" if duration else "no",
        )
        ban = Ban(user=user, duration_s=duration, delete_messages_s=delete_s, reason=reason)
        await self._act_after_notice(ctx, case.number, ban)
        if duration:
            expires = ctx.now() + timedelta(seconds=duration)
            await ctx.store.add_temp_action(ctx.community.id, user, "ban", expires, case.number)
        else:
            # A permanent ban replaces any temporary one: nothing may lift it later.
            await ctx.store.clear_temp_actions(ctx.community.id, user, "ban", ctx.now())
        await log_case(ctx, case, target)
        await self._reply_done(
            ctx,
            "toolkit-banned",
            told,
            user=display(user, target),
            case=case.number,
            duration=human_duration(ctx, ctx.locale, duration, "accusative") if duration else "",
            temporary="yes" if duration else "no",
        )

    @command("unban", USER, level=Level.MODERATOR)
    async def unban(self, ctx: Context, user: str) -> None:
        await check_target(ctx, user, must_be_member=False)
        await ctx.perform(Unban(user=user))
        await self._lift_stored(ctx, user, "ban")
        case = await open_case(ctx, user_id=user, action="unban", reason="")
        await ctx.reply("toolkit-unbanned", user=user, case=case.number, ephemeral=True)

    async def _lift_stored(self, ctx: Context, user: str, kind: str) -> None:
        """A manual lift closes the member's active cases of that kind ("lifted"), permanent
        bans included, and ends any stored expiry so the scheduler never acts on it later."""
        store = ctx.store
        community, moderator, now = ctx.community.id, ctx.event.user.id, ctx.now()
        for case in await store.cases_for(community, user):
            if case.action == kind and case.status == "active":
                await store.set_case_status(community, case.number, "lifted", moderator, now)
        await store.clear_temp_actions(community, user, kind, now)

    @command(
        "purge",
        Option("count", OptionType.INTEGER, min_value=1, max_value=MAX_PURGE),
        Option("user", OptionType.USER, required=False),
        level=Level.MODERATOR,
    )
    async def purge(self, ctx: Context, count: int, user: str | None) -> None:
        channel = _channel(ctx, None)
        if user is not None:
            await check_target(ctx, user, must_be_member=False)
        await ctx.perform(Purge(channel=channel, count=count, user=user))
        await self._audit_channel(ctx, "purge", channel, f"{count}", target=user)
        message_id = "toolkit-purged-user" if user else "toolkit-purged"
        await ctx.reply(message_id, count=count, channel=channel, user=user or "", ephemeral=True)

    @command(
        "slowmode",
        Option("duration", OptionType.DURATION, max_value=MAX_SLOWMODE_S),
        CHANNEL,
        level=Level.MODERATOR,
    )
    async def slowmode(self, ctx: Context, duration: int, channel: str | None) -> None:
        where = _channel(ctx, channel)
        await ctx.perform(Slowmode(channel=where, seconds=duration))
        await self._audit_channel(ctx, "slowmode", where, str(duration))
        if duration == 0:
            await ctx.reply("toolkit-slowmode-off", channel=where, ephemeral=True)
            return
        await ctx.reply(
            "toolkit-slowmode-set",
            channel=where,
            duration=human_duration(ctx, ctx.locale, duration),
            ephemeral=True,
        )

    @command("lock", CHANNEL, level=Level.MODERATOR)
    async def lock(self, ctx: Context, channel: str | None) -> None:
        where = _channel(ctx, channel)
        await ctx.perform(Lock(channel=where))
        await self._audit_channel(ctx, "lock", where)
        await ctx.reply("toolkit-locked", channel=where, ephemeral=True)

    @command("unlock", CHANNEL, level=Level.MODERATOR)
    async def unlock(self, ctx: Context, channel: str | None) -> None:
        where = _channel(ctx, channel)
        await ctx.perform(Unlock(channel=where))
        await self._audit_channel(ctx, "unlock", where)
        await ctx.reply("toolkit-unlocked", channel=where, ephemeral=True)

    async def _audit_channel(
        self, ctx: Context, action: str, channel: str, detail: str = "", target: str | None = None
    ) -> None:
        """Channel actions have no case: they go to the audit trail and the log."""
        moderator = ctx.event.user.id
        await ctx.store.add_audit(
            ctx.community.id,
            moderator,
            action,
            ctx.now(),
            detail=f"#{channel} {detail}".strip(),
            target_id=target,
        )
        locale = ctx.community.locale
        text = ctx.i18n.format(
            locale,
            "toolkit-log-channel",
            action=action_name(ctx, locale, action),
            channel=channel,
            moderator=moderator,
            detail=detail,
        )
        await post_log(ctx, text, user=target)


manifest = CogManifest(
    cog=ModActions,
    summary="/warn /timeout /kick /ban /purge /slowmode /lock and the rest, with cases.",
)
