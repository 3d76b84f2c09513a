"""Telegram updates turned into neutral events and dispatched to the engine.

- message / edited_message -> Message / Edit; text starting with a `bot_command` entity
  (/cmd or /cmd@thisbot) -> Command with options from `CommandSpec.bind_line`. A
  command that replies to a message takes the replied-to member as `user` when missing.
  Commands addressed to another bot, or unknown ones not addressed to us, stay messages.
- chat_member -> Join / Leave (needs `allowed_updates` to include it).
- my_chat_member -> logged: the bot was added, removed, promoted or demoted.
- callback_query -> Button; the query is always answered first.
- Private chats: only PRIVATE_COMMANDS work there; they are routed to the one community
  whose group the member is in (getChatMember per linked chat, cached), otherwise the
  bot answers that the command works in the group. Other private text is ignored.
- Channel posts and automatic forwards from a linked channel are skipped; a message
  sent on behalf of the group (anonymous admin) counts as from a moderator.

Updates from chats no rule file lists are logged once per chat and skipped. Roles for
plain messages come from the status cache only; commands look the status up.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from telegram import CallbackQuery, ChatMember, ChatMemberUpdated, Message, MessageEntity, Update
from telegram.error import TelegramError

from bot.adapters.telegram_chats import ChatMap, Place, channel_of, current_place
from bot.adapters.telegram_members import (
    MemberDirectory,
    build_member,
    chat_as_member,
    is_present,
)
from bot.commands import CommandSpec, Level
from bot.community import Community
from bot.engine import Engine
from bot.events import Button, Command, Edit, Event, Join, Leave, Member, utc
from bot.events import Message as MessageEvent
from bot.sanitize import clean_event

log = logging.getLogger(__name__)

PRIVATE_COMMANDS = frozenset({"appeal", "guidelines", "help", "privacy", "report"})
"""Commands that make sense in a private chat with the bot (besides /start)."""
MAX_PRIVATE_LOOKUPS = 20
_MEDIA = ("photo", "document", "video", "audio", "voice", "sticker", "animation", "video_note")


def works_in_private(spec: CommandSpec) -> bool:
    return spec.level is Level.EVERYONE and (spec.name in PRIVATE_COMMANDS or not spec.guild_only)


def split_command(message: Message) -> tuple[str, str, str] | None:
    """(name, addressee, rest) when the text starts with a bot_command entity."""
    text = message.text or ""
    entity = (message.entities or (None,))[0]
    if entity is None or entity.type != MessageEntity.BOT_COMMAND or entity.offset != 0:
        return None
    word = text[: entity.length]
    name, _, addressee = word.removeprefix("/").partition("@")
    return name.casefold(), addressee, text[entity.length :].strip()


class UpdateRouter:
    """Builds events from updates and dispatches them with the update's chat as context."""

    def __init__(
        self,
        engine: Engine,
        chats: ChatMap,
        members: MemberDirectory,
        *,
        delete_service_messages: bool = False,
    ) -> None:
        self.engine = engine
        self.chats = chats
        self.members = members
        self.delete_service_messages = delete_service_messages
        self.bot_username = ""

    async def handle(self, update: Update, _context: Any = None) -> None:
        """PTB callback for every update; nothing raised here can stop the bot."""
        try:
            if update.callback_query is not None:
                await self._callback(update.callback_query)
            elif update.chat_member is not None:
                await self._chat_member(update.chat_member)
            elif update.my_chat_member is not None:
                self._my_chat_member(update.my_chat_member)
            elif update.message is not None:
                await self._message(update.message, edited=False)
            elif update.edited_message is not None:
                await self._message(update.edited_message, edited=True)
            else:
                log.debug("update %s has no kind Hearth handles; skipped", update.update_id)
        except Exception:
            log.exception("update %s could not be handled", update.update_id)

    async def _dispatch(self, event: Event, place: Place) -> None:
        token = current_place.set(place)
        try:
            await self.engine.dispatch(clean_event(event))
        finally:
            current_place.reset(token)

    # -- members ------------------------------------------------------------------------

    def _author(self, message: Message, community: Community) -> Member | None:
        """The sender from the status cache only (no API call per plain message)."""
        sender_chat = message.sender_chat
        if sender_chat is not None:
            is_group = sender_chat.id == message.chat.id
            return chat_as_member(sender_chat, community.rules, admin=is_group)
        user = message.from_user
        if user is None:
            return None
        self.members.remember(user)
        cached = self.members.cached(message.chat.id, user.id)
        return build_member(user, cached.status if cached else None, community.rules)

    async def _looked_up(self, chat_id: int, member: Member, community: Community) -> Member:
        """A command author with a fresh (cached) status, since level checks depend on it."""
        if not member.id.lstrip("-").isdigit() or int(member.id) < 0:
            return member
        status = await self.members.lookup(chat_id, int(member.id))
        if status is None:
            return member
        return build_member(status.user, status.status, community.rules)

    # -- messages -----------------------------------------------------------------------

    async def _message(self, message: Message, *, edited: bool) -> None:
        chat = message.chat
        if chat.type == chat.PRIVATE:
            if not edited:
                await self._private(message)
            return
        if chat.type == chat.CHANNEL:
            log.debug("channel post in %s skipped", chat.id)
            return
        community = self.chats.community_for(chat.id)
        if community is None:
            return
        if message.new_chat_members or message.left_chat_member:
            await self._service_message(message)
            return
        if message.is_automatic_forward:
            log.debug("automatic forward from a linked channel in %s skipped", chat.id)
            return
        author = self._author(message, community)
        if author is None:
            log.debug("message %s in %s has no sender; skipped", message.message_id, chat.id)
            return
        text = message.text or message.caption or ""
        place = Place(chat.id, message.message_thread_id if message.is_topic_message else None)
        at = utc((message.edit_date if edited else None) or message.date)
        if edited:
            if not text:
                log.debug("edit of %s without text skipped", message.message_id)
                return
            event: Event = Edit(
                community_id=community.id,
                at=at,
                user=author,
                channel=channel_of(message),
                text=text,
                message_id=str(message.message_id),
            )
            await self._dispatch(event, place)
            return
        command = self._command(message, community, author, at)
        if command is not None:
            command = await self._with_status(command, chat.id, community)
            await self._dispatch(command, place)
            return
        await self._dispatch(self._plain(message, community, author, text, at), place)

    def _plain(
        self, message: Message, community: Community, author: Member, text: str, at: datetime
    ) -> MessageEvent:
        reply = message.reply_to_message
        if reply is not None and reply.forum_topic_created is not None:
            reply = None
        mentions: list[str] = []
        for entity in message.entities or ():
            if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
                mentions.append(str(entity.user.id))
            elif entity.type == MessageEntity.MENTION:
                username = message.parse_entity(entity)
                known = self.members.id_for_username(username)
                mentions.append(str(known) if known is not None else username)
        return MessageEvent(
            community_id=community.id,
            at=at,
            user=author,
            channel=channel_of(message),
            text=text,
            message_id=str(message.message_id),
            mentions=tuple(mentions),
            attachments=1 if any(getattr(message, kind, None) for kind in _MEDIA) else 0,
            reply_to=str(reply.message_id) if reply is not None else None,
            reply_to_user=str(reply.from_user.id) if reply and reply.from_user else None,
        )

    def _command(
        self, message: Message, community: Community, author: Member, at: datetime
    ) -> Command | None:
        parts = split_command(message)
        if parts is None:
            return None
        name, addressee, rest = parts
        ours = bool(addressee) and addressee.casefold() == self.bot_username.casefold()
        if addressee and not ours:
            return None
        spec = self.engine.registry.get(name)
        if spec is None and not ours:
            return None
        args = self._bind(spec, rest, message) if spec is not None else {}
        return Command(
            community_id=community.id,
            at=at,
            user=author,
            name=name,
            args=args,
            channel=channel_of(message),
            interaction_id=str(message.message_id),
        )

    async def _with_status(self, command: Command, chat_id: int, community: Community) -> Command:
        user = await self._looked_up(chat_id, command.user, community)
        return Command(
            community_id=command.community_id,
            at=command.at,
            user=user,
            name=command.name,
            args=command.args,
            channel=command.channel,
            interaction_id=command.interaction_id,
        )

    def _bind(self, spec: CommandSpec, rest: str, message: Message) -> dict[str, str]:
        """Options from the typed line; mentions become ids; a reply can supply `user`."""
        for entity, shown in message.parse_entities([MessageEntity.TEXT_MENTION]).items():
            if entity.user is not None:
                rest = rest.replace(shown, str(entity.user.id), 1)
        words = []
        for word in rest.split():
            known = self.members.id_for_username(word) if word.startswith("@") else None
            words.append(str(known) if known is not None else word)
        rest = " ".join(words)
        names = [option.name for option in spec.options]
        reply = message.reply_to_message
        replied = reply.from_user if reply is not None and not reply.forum_topic_created else None
        if "user" in names and replied is not None and "user:" not in rest:
            first = words[0] if words else ""
            names_user_first = names[0] == "user" and (
                first.startswith("@") or first.lstrip("-").isdigit()
            )
            if not names_user_first:
                rest = f"user:{replied.id} {rest}".strip()
        return spec.bind_line(rest)

    async def _service_message(self, message: Message) -> None:
        if not self.delete_service_messages:
            return
        try:
            await message.get_bot().delete_message(message.chat.id, message.message_id)
        except TelegramError as error:
            log.warning("could not delete a join/leave notice in %s: %s", message.chat.id, error)

    # -- private chats ------------------------------------------------------------------

    async def _private(self, message: Message) -> None:
        user = message.from_user
        parts = split_command(message)
        if user is None or parts is None:
            return
        self.members.remember(user)
        name, _, rest = parts
        locale = self._locale(user.language_code)
        spec = self.engine.registry.get(name)
        if name == "start" or spec is None:
            await self._answer(message, locale, "telegram-private-start")
            return
        if not works_in_private(spec):
            await self._answer(message, locale, "telegram-private-group-only", command=name)
            return
        homes: list[tuple[Community, int, ChatMember]] = []
        for community, chat_id in self.chats.all_chats()[:MAX_PRIVATE_LOOKUPS]:
            status = await self.members.lookup(chat_id, user.id)
            if is_present(status):
                homes.append((community, chat_id, status))
        if len({community.id for community, _, _ in homes}) != 1:
            await self._answer(message, locale, "telegram-private-which-group", command=name)
            return
        community, _, status = homes[0]
        member = build_member(user, status.status, community.rules)
        command = Command(
            community_id=community.id,
            at=utc(message.date),
            user=member,
            name=name,
            args=self._bind(spec, rest, message),
            channel=str(message.chat.id),
            interaction_id=str(message.message_id),
        )
        await self._dispatch(command, Place(message.chat.id))

    def _locale(self, language_code: str | None) -> str:
        base = (language_code or "").replace("_", "-").split("-")[0].casefold()
        base = {"no": "nb", "nn": "nb"}.get(base, base)
        return base if base in self.engine.i18n.locales else self.engine.i18n.default

    async def _answer(self, message: Message, locale: str, message_id: str, **args: Any) -> None:
        text = self.engine.i18n.format(locale, message_id, **args)
        try:
            await message.reply_text(text)
        except TelegramError as error:
            log.warning("could not answer in a private chat: %s", error)

    # -- membership and buttons -----------------------------------------------------------

    async def _chat_member(self, change: ChatMemberUpdated) -> None:
        community = self.chats.community_for(change.chat.id)
        if community is None:
            return
        before, after = change.old_chat_member, change.new_chat_member
        self.members.note(change.chat.id, after)
        was, now = is_present(before), is_present(after)
        if was == now:
            return
        member = build_member(after.user, after.status, community.rules)
        kind = Join if now else Leave
        event = kind(community_id=community.id, at=utc(change.date), user=member)
        await self._dispatch(event, Place(change.chat.id))

    def _my_chat_member(self, change: ChatMemberUpdated) -> None:
        before, after = change.old_chat_member.status, change.new_chat_member.status
        mapped = self.chats.community_for(change.chat.id) is not None
        log.info(
            "bot status in chat %s changed: %s -> %s%s",
            change.chat.id,
            before,
            after,
            "" if mapped else " (no rule file lists this chat)",
        )
        if before == ChatMember.ADMINISTRATOR and after != ChatMember.ADMINISTRATOR:
            log.warning(
                "Hearth is no longer an administrator in %s: it cannot moderate there",
                change.chat.id,
            )

    async def _callback(self, query: CallbackQuery) -> None:
        try:
            await query.answer()
        except TelegramError as error:
            log.info("could not answer callback query %s: %s", query.id, error)
        message = query.message
        if message is None or message.chat is None:
            return
        community = self.chats.community_for(message.chat.id)
        if community is None or message.chat.type == message.chat.PRIVATE:
            return
        self.members.remember(query.from_user)
        cached = self.members.cached(message.chat.id, query.from_user.id)
        member = build_member(query.from_user, cached.status if cached else None, community.rules)
        channel = str(message.chat.id)
        thread = None
        if isinstance(message, Message) and message.is_topic_message:
            channel, thread = channel_of(message), message.message_thread_id
        event = Button(
            community_id=community.id,
            at=datetime.now(UTC),
            user=member,
            channel=channel,
            custom_id=query.data or "",
            message_id=str(message.message_id),
        )
        await self._dispatch(event, Place(message.chat.id, thread))
