"""Carrying out neutral actions on Discord, and turning Discord's refusals into ActionFailed.

`DiscordActions` is a mixin of `DiscordAdapter` for messages (channel actions live in
discord_channels.py, member actions in discord_members.py): each `@supports` method
resolves the guild and channel (by name, `#name`, `<#id>` or id), and `platform_errors`
maps Forbidden /
NotFound / HTTPException to an `ActionFailed` whose Fluent id says what to fix. Rate
limits (429) are left to discord.py, which waits and retries; purges use bulk deletes.
"""

from __future__ import annotations

import logging
from abc import abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

import discord

from bot.actions import (
    Action,
    Delete,
    Dm,
    Purge,
    Reply,
    Report,
    Send,
    Warn,
)
from bot.adapters.discord_destinations import moderator_log, normalize, resolve
from bot.adapters.discord_interactions import chunks
from bot.adapters.discord_setup import permission_name
from bot.errors import ActionFailed
from bot.platform import supports

if TYPE_CHECKING:
    from bot.adapters.discord_interactions import PendingInteraction
    from bot.adapters.discord_messages import JudgedMessages
    from bot.engine import Engine

log = logging.getLogger(__name__)

MAX_PURGE = 1000
DM_CLOSED = 50007
MISSING_ACCESS = 50001
MEMBER_GONE = frozenset({10007, 10013})
UNKNOWN_MESSAGE = 10008
WARN_FALLBACK_DELETE_AFTER_S = 120.0
current_interaction: ContextVar[str | None] = ContextVar("hearth_interaction", default=None)
"""The interaction being handled: a Reply without a message id (a button press) answers it."""
Channel = discord.TextChannel | discord.VoiceChannel | discord.StageChannel | discord.Thread


@contextmanager
def platform_errors(
    action: Action, permission: str, user: str | None = None, *, access: str | None = None
) -> Iterator[None]:
    """Turn Discord's HTTP errors inside the block into ActionFailed with a Fluent id.

    50001 (Missing Access) means the bot cannot see the channel at all: the permission
    named is then `access` (View Channels) rather than the one the action needs.
    """
    try:
        yield
    except discord.Forbidden as error:
        if error.code == MISSING_ACCESS and access is not None:
            permission = access
        if error.code == DM_CLOSED:
            raise ActionFailed(
                action,
                "the member does not accept direct messages",
                "action-dm-closed",
                user=user or "",
            ) from error
        raise ActionFailed(
            action,
            f"Discord refused ({error.code}): the bot needs the {permission} permission",
            "action-missing-permission",
            permission=permission,
        ) from error
    except discord.NotFound as error:
        if user is not None and error.code in MEMBER_GONE:
            raise ActionFailed(
                action,
                f"member {user} is not in the server",
                "action-member-not-found",
                user=user,
            ) from error
        raise ActionFailed(action, f"Discord could not find it ({error.code})") from error
    except discord.HTTPException as error:
        raise ActionFailed(
            action, f"Discord returned HTTP {error.status} (code {error.code})"
        ) from error


class DiscordActions:
    """The `@supports` half of DiscordAdapter; see discord_adapter.py for the rest."""

    client: discord.Client
    engine: Engine
    _pending: dict[str, PendingInteraction]
    judged: JudgedMessages

    @abstractmethod
    def guild_for(self, community_id: str, action: Action | None = None) -> discord.Guild:
        """Provided by DiscordAdapter."""

    @abstractmethod
    def community_locale(self, community_id: str) -> str:
        """Provided by DiscordAdapter."""

    @abstractmethod
    def text(self, locale: str | None, message_id: str, **args: object) -> str:
        """Provided by DiscordAdapter."""

    # -- lookups -----------------------------------------------------------------

    def channel(self, guild: discord.Guild, ref: str, action: Action) -> Channel:
        """A messageable channel by id, `<#id>`, `#name` or name (first by position)."""
        found = resolve(guild, ref)
        if found is None:
            raise ActionFailed(
                action,
                f"no channel {ref!r} in this server",
                "discord-channel-not-found",
                channel=normalize(ref),
            )
        return found

    def permission(self, community_id: str, name: str) -> str:
        """A permission as Discord's settings show it, in the community's language."""
        return permission_name(self.engine.i18n, self.community_locale(community_id), name)

    async def member(self, guild: discord.Guild, user_id: str) -> discord.Member | None:
        """A guild member from the cache or the API; None when they are not in the guild."""
        if not user_id.isdigit():
            return None
        cached = guild.get_member(int(user_id))
        if cached is not None:
            return cached
        try:
            return await guild.fetch_member(int(user_id))
        except discord.NotFound:
            return None

    # -- messages ------------------------------------------------------------------

    @supports(Delete)
    async def _delete(self, community_id: str, action: Delete) -> None:
        guild = self.guild_for(community_id, action)
        channel = self.channel(guild, action.channel, action)
        message_id = int(action.message_id)
        try:
            with platform_errors(
                action,
                self.permission(community_id, "manage_messages"),
                access=self.permission(community_id, "view_channel"),
            ):
                await channel.get_partial_message(message_id).delete()
        except ActionFailed as failure:
            cause = failure.__cause__
            if not (isinstance(cause, discord.NotFound) and cause.code == UNKNOWN_MESSAGE):
                raise
            # Already gone (its author, another moderator or an earlier judgement):
            # the goal of the delete is met.
            log.debug("message %s was already deleted", action.message_id)
        self.judged.mark_actioned(message_id)

    @supports(Send, Report)
    async def _send(self, community_id: str, action: Send | Report) -> str | None:
        """Post in the named channel; one the server lacks gets it in the moderators' log,
        with a line saying where it was meant to go (never dropped)."""
        guild = self.guild_for(community_id, action)
        text = action.text
        try:
            channel = self.channel(guild, action.channel, action)
        except ActionFailed:
            community = self.engine.communities.get(community_id)
            channel = moderator_log(guild, community.rules) if community else None
            if channel is None:
                raise
            note = self.text(
                self.community_locale(community_id),
                "discord-destination-fallback",
                channel=normalize(action.channel),
            )
            text = f"{note}\n{text}"
            log.info("discord: %r missing in %s; posted in the log", action.channel, guild.id)
        text = text.replace("#<#", "<#")  # a "#{channel}" template given a <#id> mention
        view = button_view(action.buttons) if isinstance(action, Send) else None
        users = [discord.Object(int(u)) for u in getattr(action, "mentions", ()) if u.isdigit()]
        mentions = discord.AllowedMentions(everyone=False, roles=False, users=users)
        parts = chunks(text)
        sent = None
        with platform_errors(
            action,
            self.permission(community_id, "send_messages"),
            access=self.permission(community_id, "view_channel"),
        ):
            for index, part in enumerate(parts):
                last = index == len(parts) - 1
                if last and view is not None:
                    sent = await channel.send(part, view=view, allowed_mentions=mentions)
                else:
                    sent = await channel.send(part, allowed_mentions=mentions)
        return str(sent.id) if sent is not None else None

    @supports(Reply)
    async def _reply(self, community_id: str, action: Reply) -> None:
        pending = self._pending.get(action.message_id or "")
        if pending is None and not action.message_id:
            candidate = self._pending.get(current_interaction.get() or "")
            if candidate is not None and str(candidate.interaction.user.id) == action.user:
                pending = candidate
        if pending is not None:
            with platform_errors(
                action,
                self.permission(community_id, "send_messages"),
                access=self.permission(community_id, "view_channel"),
            ):
                await pending.respond(action.text, ephemeral=action.ephemeral)
            return
        guild = self.guild_for(community_id, action)
        channel = self.channel(guild, action.channel, action)
        reference = None
        if action.message_id and action.message_id.isdigit():
            reference = discord.MessageReference(
                message_id=int(action.message_id),
                channel_id=channel.id,
                guild_id=guild.id,
                fail_if_not_exists=False,
            )
        with platform_errors(
            action,
            self.permission(community_id, "send_messages"),
            access=self.permission(community_id, "view_channel"),
        ):
            for index, part in enumerate(chunks(action.text)):
                await channel.send(part, reference=reference if index == 0 else None)

    @supports(Dm)
    async def _dm(self, community_id: str, action: Dm) -> None:
        guild = self.guild_for(community_id, action)
        fallback = guild.system_channel
        notice = self.text(
            self.community_locale(community_id), "discord-dm-closed", mention=f"<@{action.user}>"
        )
        await self._direct(guild, action, action.user, action.text, fallback, notice)

    @supports(Warn)
    async def _warn(self, community_id: str, action: Warn) -> None:
        guild = self.guild_for(community_id, action)
        fallback = self.channel(guild, action.channel, action) if action.channel else None
        notice = f"<@{action.user}> {action.text}"
        await self._direct(guild, action, action.user, action.text, fallback, notice)

    async def _direct(
        self,
        guild: discord.Guild,
        action: Action,
        user_id: str,
        text: str,
        fallback: Channel | None,
        notice: str,
    ) -> None:
        """DM a member; when their DMs are closed, mention them in `fallback` instead.

        No member lookup: the DM channel is opened by user id (one REST call Discord
        needs anyway), so a warning never waits on fetching the member first.
        """
        if not user_id.isdigit():
            raise ActionFailed(
                action,
                f"member {user_id} is not in the server",
                "action-member-not-found",
                user=user_id,
            )
        member = guild.get_member(int(user_id))
        name = member.display_name if member is not None else user_id
        target = member if member is not None else discord.Object(int(user_id))
        try:
            with platform_errors(action, "Send Messages", user=name):
                dm = await self.client.create_dm(target)
                for part in chunks(text):
                    await dm.send(part)
            return
        except ActionFailed as failure:
            if failure.message_id != "action-dm-closed" or fallback is None:
                raise
        log.debug("DMs closed for %s; mentioning them in %s", user_id, fallback.id)
        mentions = discord.AllowedMentions(users=[target], everyone=False, roles=False)
        with platform_errors(action, "Send Messages"):
            await fallback.send(
                chunks(notice)[0],
                allowed_mentions=mentions,
                delete_after=WARN_FALLBACK_DELETE_AFTER_S,
            )

    @supports(Purge)
    async def _purge(self, community_id: str, action: Purge) -> None:
        guild = self.guild_for(community_id, action)
        channel = self.channel(guild, action.channel, action)
        count = max(0, min(action.count, MAX_PURGE))
        remaining = [count]

        def wanted(message: discord.Message) -> bool:
            if remaining[0] <= 0 or str(message.author.id) != action.user:
                return False
            remaining[0] -= 1
            return True

        with platform_errors(
            action,
            self.permission(community_id, "manage_messages"),
            access=self.permission(community_id, "view_channel"),
        ):
            if action.user is None:
                await channel.purge(limit=count, reason=action.reason or None)
            else:
                scan = min(MAX_PURGE, count * 10)
                await channel.purge(limit=scan, check=wanted, reason=action.reason or None)


def button_view(buttons: tuple[tuple[str, str], ...]) -> discord.ui.View | None:
    """Persistent buttons: only their custom ids matter, handled by the adapter's
    `on_interaction`, so the view is finished at once and nothing stays in memory."""
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for custom_id, label in buttons[:25]:
        view.add_item(
            discord.ui.Button(
                label=label[:80], custom_id=custom_id[:100], style=discord.ButtonStyle.secondary
            )
        )
    view.stop()
    return view
