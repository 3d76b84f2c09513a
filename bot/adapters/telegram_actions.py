"""Neutral actions carried out with the Bot API, and its errors turned into `ActionFailed`.

What Telegram cannot do for bots (slowmode per member, roles, bulk purge) has no
`@supports` here, so the core raises `UnsupportedAction` instead of faking it.

- Timeout restricts the member with no send permissions until a datetime; Telegram
  treats less than 30 s or more than 366 days as forever, so durations are clamped
  to that range (and logged). `max_timeout_s` tells cogs the upper bound.
- Kick is ban + unban (only_if_banned), so the member can rejoin.
- Reply: Telegram groups have no ephemeral messages; an ephemeral reply is an ordinary
  reply to the command message.
- Dm and Warn go to the member's private chat; Telegram forbids bots to start one, so
  when the member has not started the bot a short notice mentioning them is posted in
  the group instead (for Warn the notice carries the warning itself).
- Report goes to `channels.moderator_log` when it is a numeric chat id, else the group.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import (
    Bot,
    ChatPermissions,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.actions import (
    Action,
    Ban,
    Delete,
    Dm,
    Kick,
    Lock,
    Reply,
    Report,
    Send,
    Timeout,
    Unban,
    Unlock,
    Untimeout,
    Warn,
)
from bot.adapters.telegram_chats import ChatMap, Place, parse_channel
from bot.adapters.telegram_errors import failure
from bot.adapters.telegram_members import MemberDirectory, display_name
from bot.engine import Engine
from bot.errors import ActionFailed
from bot.events import Member
from bot.platform import Adapter, supports

log = logging.getLogger(__name__)

MIN_RESTRICT_S = 30
MAX_RESTRICT_S = 366 * 86400
KICK_BAN_S = 60
CALLBACK_DATA_LIMIT = 64
BUTTONS_PER_ROW = 4
OPEN_PERMISSIONS = ChatPermissions(
    can_send_messages=True,
    can_send_audios=True,
    can_send_documents=True,
    can_send_photos=True,
    can_send_videos=True,
    can_send_video_notes=True,
    can_send_voice_notes=True,
    can_send_polls=True,
    can_send_other_messages=True,
    can_add_web_page_previews=True,
    can_invite_users=True,
)
"""What Unlock and Untimeout fall back to when the chat's own defaults are unknown."""

RIGHTS = {
    "delete": "Delete messages",
    "restrict": "Ban users",
    "send": "Send messages",
}


def clamp_restriction(seconds: int) -> int:
    """Telegram's usable range for timed restrictions and bans: 30 s to 366 days."""
    return max(MIN_RESTRICT_S, min(seconds, MAX_RESTRICT_S))


def keyboard(action: Send) -> InlineKeyboardMarkup | None:
    if not action.buttons:
        return None
    keys = []
    for custom_id, label in action.buttons:
        if len(custom_id.encode()) > CALLBACK_DATA_LIMIT:
            raise ActionFailed(action, f"button id {custom_id!r} is longer than 64 bytes")
        keys.append(InlineKeyboardButton(label, callback_data=custom_id))
    rows = [
        keys[start : start + BUTTONS_PER_ROW] for start in range(0, len(keys), BUTTONS_PER_ROW)
    ]
    return InlineKeyboardMarkup(rows)


class TelegramActions(Adapter):
    """The `@supports` half of the Telegram adapter; the update half is in telegram_updates."""

    platform = "telegram"
    max_timeout_s = MAX_RESTRICT_S
    bot: Bot
    engine: Engine
    chats: ChatMap
    members: MemberDirectory
    _saved_permissions: dict[int, ChatPermissions]

    # -- helpers ----------------------------------------------------------------------

    def _place(self, community_id: str, action: Action, channel: str | None = None) -> Place:
        place = self.chats.target(community_id, channel)
        if place is None:
            raise ActionFailed(action, f"no Telegram chat is linked to community {community_id}")
        return place

    def _user_id(self, action: Action, user: str) -> int:
        raw = user.strip()
        if raw.lstrip("-").isdigit():
            return int(raw)
        known = self.members.id_for_username(raw)
        if known is None:
            raise ActionFailed(
                action,
                f"{raw} is not a Telegram user id I know",
                "action-member-not-found",
                user=raw,
            )
        return known

    def _who(self, user_id: int) -> str:
        user = self.members.user(user_id)
        return display_name(user) if user is not None else str(user_id)

    async def _call(self, action: Action, right: str, who: str, request: Any) -> Any:
        try:
            return await request
        except TelegramError as error:
            raise failure(action, error, RIGHTS[right], who) from error

    async def _chat_permissions(self, chat_id: int) -> ChatPermissions:
        try:
            chat = await self.bot.get_chat(chat_id)
        except TelegramError as error:
            log.info("getChat %s failed (%s); using open permissions", chat_id, error.message)
            return OPEN_PERMISSIONS
        return chat.permissions or OPEN_PERMISSIONS

    # -- messages -----------------------------------------------------------------------

    @supports(Delete)
    async def delete(self, community_id: str, action: Delete) -> None:
        place = self._place(community_id, action, action.channel)
        try:
            await self.bot.delete_message(place.chat_id, int(action.message_id))
        except BadRequest as error:
            if "not found" in error.message.casefold():
                log.debug("message %s was already gone", action.message_id)
                return
            raise failure(action, error, RIGHTS["delete"], action.user) from error
        except TelegramError as error:
            raise failure(action, error, RIGHTS["delete"], action.user) from error

    @supports(Send)
    async def send(self, community_id: str, action: Send) -> str | None:
        place = self._place(community_id, action, action.channel)
        sent = await self._call(
            action,
            "send",
            "",
            self.bot.send_message(
                place.chat_id,
                action.text,
                message_thread_id=place.thread_id,
                reply_markup=keyboard(action),
            ),
        )
        message_id = getattr(sent, "message_id", None)
        return str(message_id) if message_id is not None else None

    @supports(Reply)
    async def reply(self, community_id: str, action: Reply) -> None:
        place = self._place(community_id, action, action.channel)
        target = action.message_id
        parameters = (
            ReplyParameters(int(target), allow_sending_without_reply=True)
            if target and target.isdigit()
            else None
        )
        await self._call(
            action,
            "send",
            "",
            self.bot.send_message(
                place.chat_id,
                action.text,
                message_thread_id=place.thread_id,
                reply_parameters=parameters,
            ),
        )

    @supports(Report)
    async def report(self, community_id: str, action: Report) -> None:
        community = self.engine.communities.get(community_id)
        log_chat = community.rules.channels.moderator_log if community else None
        numeric = parse_channel(action.channel) or parse_channel(log_chat)
        place = numeric or self._place(community_id, action)
        await self._call(
            action,
            "send",
            "",
            self.bot.send_message(place.chat_id, action.text, message_thread_id=place.thread_id),
        )

    @supports(Dm)
    async def dm(self, community_id: str, action: Dm) -> None:
        notice = self._fallback_notice(community_id, action.user)
        await self._private_or_notice(community_id, action, action.user, action.text, notice)

    @supports(Warn)
    async def warn(self, community_id: str, action: Warn) -> None:
        await self._private_or_notice(
            community_id, action, action.user, action.text, action.text, action.channel
        )

    def _fallback_notice(self, community_id: str, user: str) -> str:
        community = self.engine.communities.get(community_id)
        known = self.members.user(int(user)) if user.lstrip("-").isdigit() else None
        locale = None
        if community is not None:
            who = Member(id=user, name=user, locale=known.language_code if known else None)
            locale = community.locale_for(who, self.engine.i18n.locales)
        return self.engine.i18n.format(locale, "telegram-dm-fallback", bot=self.bot.username)

    async def _private_or_notice(
        self,
        community_id: str,
        action: Action,
        user: str,
        text: str,
        public: str,
        channel: str | None = None,
    ) -> None:
        user_id = self._user_id(action, user)
        try:
            await self.bot.send_message(user_id, text)
            return
        except (Forbidden, BadRequest) as error:
            log.info("cannot message %s privately (%s); noticing in the group", user_id, error)
        except TelegramError as error:
            raise failure(action, error, RIGHTS["send"], self._who(user_id)) from error
        place = self._place(community_id, action, channel)
        if place.is_private:
            place = self._place(community_id, action)
        mention = f'<a href="tg://user?id={user_id}">{html.escape(self._who(user_id))}</a>'
        try:
            await self.bot.send_message(
                place.chat_id,
                f"{mention} {html.escape(public)}",
                parse_mode=ParseMode.HTML,
                message_thread_id=place.thread_id,
            )
        except TelegramError as error:
            raise ActionFailed(
                action,
                f"private message and group notice failed: {error.message}",
                "action-dm-closed",
                user=self._who(user_id),
            ) from error

    # -- members --------------------------------------------------------------------------

    @supports(Timeout)
    async def timeout(self, community_id: str, action: Timeout) -> None:
        place = self._place(community_id, action)
        user_id = self._user_id(action, action.user)
        seconds = clamp_restriction(action.duration_s)
        if seconds != action.duration_s:
            log.info(
                "timeout of %s s clamped to %s s (Telegram accepts 30 s to 366 days)",
                action.duration_s,
                seconds,
            )
        await self._call(
            action,
            "restrict",
            self._who(user_id),
            self.bot.restrict_chat_member(
                place.chat_id,
                user_id,
                ChatPermissions.no_permissions(),
                until_date=datetime.now(UTC) + timedelta(seconds=seconds),
                use_independent_chat_permissions=True,
            ),
        )

    @supports(Untimeout)
    async def untimeout(self, community_id: str, action: Untimeout) -> None:
        place = self._place(community_id, action)
        user_id = self._user_id(action, action.user)
        permissions = await self._chat_permissions(place.chat_id)
        await self._call(
            action,
            "restrict",
            self._who(user_id),
            self.bot.restrict_chat_member(
                place.chat_id, user_id, permissions, use_independent_chat_permissions=True
            ),
        )

    @supports(Ban)
    async def ban(self, community_id: str, action: Ban) -> None:
        place = self._place(community_id, action)
        user_id = self._user_id(action, action.user)
        until = None
        if action.duration_s:
            until = datetime.now(UTC) + timedelta(seconds=clamp_restriction(action.duration_s))
        await self._call(
            action,
            "restrict",
            self._who(user_id),
            self.bot.ban_chat_member(
                place.chat_id,
                user_id,
                until_date=until,
                revoke_messages=True if action.delete_messages_s > 0 else None,
            ),
        )

    @supports(Kick)
    async def kick(self, community_id: str, action: Kick) -> None:
        place = self._place(community_id, action)
        user_id = self._user_id(action, action.user)
        who = self._who(user_id)
        until = datetime.now(UTC) + timedelta(seconds=KICK_BAN_S)
        await self._call(
            action,
            "restrict",
            who,
            self.bot.ban_chat_member(place.chat_id, user_id, until_date=until),
        )
        await self._call(
            action,
            "restrict",
            who,
            self.bot.unban_chat_member(place.chat_id, user_id, only_if_banned=True),
        )

    @supports(Unban)
    async def unban(self, community_id: str, action: Unban) -> None:
        place = self._place(community_id, action)
        user_id = self._user_id(action, action.user)
        await self._call(
            action,
            "restrict",
            self._who(user_id),
            self.bot.unban_chat_member(place.chat_id, user_id, only_if_banned=True),
        )

    # -- the chat -------------------------------------------------------------------------

    @supports(Lock)
    async def lock(self, community_id: str, action: Lock) -> None:
        place = self._place(community_id, action, action.channel)
        self._saved_permissions.setdefault(
            place.chat_id, await self._chat_permissions(place.chat_id)
        )
        await self._call(
            action,
            "restrict",
            "",
            self.bot.set_chat_permissions(
                place.chat_id,
                ChatPermissions.no_permissions(),
                use_independent_chat_permissions=True,
            ),
        )

    @supports(Unlock)
    async def unlock(self, community_id: str, action: Unlock) -> None:
        place = self._place(community_id, action, action.channel)
        permissions = self._saved_permissions.pop(place.chat_id, OPEN_PERMISSIONS)
        await self._call(
            action,
            "restrict",
            "",
            self.bot.set_chat_permissions(
                place.chat_id, permissions, use_independent_chat_permissions=True
            ),
        )
