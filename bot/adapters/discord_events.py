"""Discord payloads -> neutral events: members, messages, edits, joins, reactions, buttons.

Pure conversion with no I/O. Channels appear in events by their numeric id (unique in
a guild, unlike names); actions accept either. A member's Discord locale is only known
from interactions, so `LocaleMemory` remembers it for their later messages.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import discord

from bot.events import Button, Edit, Join, Leave, Member, Message, Reaction

DISCORD_LOCALES: Mapping[str, str] = {
    "en-US": "en",
    "en-GB": "en",
    "sv-SE": "sv",
    "no": "nb",
    "pl": "pl",
}
"""Discord locale codes -> Hearth locales (the four Hearth speaks)."""

HEARTH_TO_DISCORD: Mapping[str, tuple[discord.Locale, ...]] = {
    "en": (discord.Locale.american_english, discord.Locale.british_english),
    "sv": (discord.Locale.swedish,),
    "nb": (discord.Locale.norwegian,),
    "pl": (discord.Locale.polish,),
}


def hearth_locale(locale: discord.Locale | str | None) -> str | None:
    """A Discord locale as Hearth spells it; other languages pass through as their code."""
    if locale is None:
        return None
    code = locale.value if isinstance(locale, discord.Locale) else str(locale)
    return DISCORD_LOCALES.get(code, code)


class LocaleMemory:
    """The last interaction locale per user (bounded, least recently used dropped)."""

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._locales: OrderedDict[int, str] = OrderedDict()

    def remember(self, user_id: int, locale: str | None) -> None:
        if not locale:
            return
        self._locales[user_id] = locale
        self._locales.move_to_end(user_id)
        while len(self._locales) > self._size:
            self._locales.popitem(last=False)

    def get(self, user_id: int) -> str | None:
        return self._locales.get(user_id)


def member_from(
    user: discord.Member | discord.User | discord.abc.User, locale: str | None = None
) -> Member:
    """A neutral Member: role names (not @everyone), owner flag, top role position."""
    if isinstance(user, discord.Member):
        guild = user.guild
        return Member(
            id=str(user.id),
            name=user.display_name,
            roles=tuple(role.name for role in user.roles if not role.is_default()),
            locale=locale,
            is_bot=user.bot,
            is_owner=guild.owner_id == user.id,
            top_role_position=user.top_role.position if user.roles else 0,
        )
    return Member(
        id=str(user.id),
        name=getattr(user, "display_name", None) or user.name,
        locale=locale,
        is_bot=bool(getattr(user, "bot", False)),
    )


def message_event(community_id: str, message: discord.Message, locale: str | None) -> Message:
    reference = message.reference
    reply_to = str(reference.message_id) if reference and reference.message_id else None
    resolved = reference.resolved if reference else None
    reply_to_user = str(resolved.author.id) if isinstance(resolved, discord.Message) else None
    return Message(
        community_id=community_id,
        at=_aware(message.created_at),
        user=member_from(message.author, locale),
        channel=str(message.channel.id),
        text=message.content,
        message_id=str(message.id),
        mentions=tuple(str(user.id) for user in message.mentions),
        attachments=len(message.attachments),
        reply_to=reply_to,
        reply_to_user=reply_to_user,
    )


def edit_from_message(
    community_id: str, message: discord.Message, before: str | None, locale: str | None
) -> Edit:
    """An edit built like a new message, from the updated message itself."""
    edited = message.edited_at or message.created_at
    return Edit(
        community_id=community_id,
        at=_aware(edited),
        user=member_from(message.author, locale),
        channel=str(message.channel.id),
        text=message.content,
        message_id=str(message.id),
        before=before,
    )


def join_event(community_id: str, member: discord.Member, locale: str | None) -> Join:
    joined = member.joined_at or datetime.now(UTC)
    return Join(community_id=community_id, at=_aware(joined), user=member_from(member, locale))


def leave_event(community_id: str, user: discord.User | discord.Member) -> Leave:
    return Leave(community_id=community_id, at=datetime.now(UTC), user=member_from(user))


def reaction_event(
    community_id: str, payload: discord.RawReactionActionEvent, locale: str | None
) -> Reaction | None:
    """A reaction by a guild member; None when Discord left the member out."""
    if payload.member is None:
        return None
    author = payload.message_author_id
    return Reaction(
        community_id=community_id,
        at=datetime.now(UTC),
        user=member_from(payload.member, locale),
        channel=str(payload.channel_id),
        message_id=str(payload.message_id),
        emoji=str(payload.emoji),
        message_author=str(author) if author else None,
    )


def button_event(community_id: str, interaction: discord.Interaction, custom_id: str) -> Button:
    message = interaction.message
    return Button(
        community_id=community_id,
        at=_aware(interaction.created_at),
        user=member_from(interaction.user, hearth_locale(interaction.locale)),
        channel=str(interaction.channel_id or ""),
        custom_id=custom_id,
        message_id=str(message.id) if message else "",
    )


def option_text(value: Any) -> str:
    """An interaction option value as the raw string the engine validates."""
    if not isinstance(value, int | str | float) and isinstance(getattr(value, "id", None), int):
        return str(value.id)
    return str(value)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
