"""Who a Telegram user is to Hearth: a neutral `Member` whose roles come from chat status.

Telegram has no roles, only a status per chat. The chat's creator is the owner and gets
the community's first admin role name; administrators get its first moderator role
name, so `Community.level_of` works unchanged. Statuses are looked up with getChatMember
only where they matter (commands, private-chat routing, hierarchy checks) and cached
for `telegram.admin_cache_s`; plain messages only read the cache, never the API.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from telegram import Bot, Chat, ChatMember, User
from telegram.error import TelegramError

from bot.events import Member

log = logging.getLogger(__name__)

ANONYMOUS_ADMIN_ID = 1087968824
"""The GroupAnonymousBot user Telegram puts in `from` for anonymous administrators."""
REMEMBERED_USERS = 10_000
OWNER_RANK, ADMIN_RANK = 2, 1


def display_name(user: User) -> str:
    """First and last name, else the username, else the id."""
    full = " ".join(part for part in (user.first_name, user.last_name) if part).strip()
    return full or user.username or str(user.id)


def is_present(member: ChatMember | None) -> bool:
    """True when the status means "in the chat" (a restricted member still counts)."""
    if member is None:
        return False
    if member.status == ChatMember.RESTRICTED:
        return bool(getattr(member, "is_member", False))
    return member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER)


def standing(status: str | None, rules: Any) -> tuple[tuple[str, ...], bool, int]:
    """(roles, is_owner, rank) for a chat status under a community's role names."""
    if status == ChatMember.OWNER:
        admin = rules.roles.admin[0] if rules.roles.admin else "admin"
        return (admin,), True, OWNER_RANK
    if status == ChatMember.ADMINISTRATOR:
        moderator = rules.roles.moderator[0] if rules.roles.moderator else "moderator"
        return (moderator,), False, ADMIN_RANK
    return (), False, 0


def build_member(user: User, status: str | None, rules: Any) -> Member:
    roles, is_owner, rank = standing(status, rules)
    return Member(
        id=str(user.id),
        name=display_name(user),
        roles=roles,
        locale=user.language_code,
        is_bot=user.is_bot,
        is_owner=is_owner,
        top_role_position=rank,
    )


def chat_as_member(chat: Chat, rules: Any, *, admin: bool) -> Member:
    """A message sent on behalf of a chat: the group itself (anonymous admin) or a channel."""
    roles, _, rank = standing(ChatMember.ADMINISTRATOR if admin else None, rules)
    return Member(
        id=str(chat.id),
        name=chat.title or chat.username or str(chat.id),
        roles=roles,
        top_role_position=rank,
    )


class MemberDirectory:
    """Cached chat statuses plus a bounded memory of names, usernames and languages."""

    def __init__(
        self, bot: Bot, cache_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._bot = bot
        self._cache_s = cache_s
        self._clock = clock
        self._statuses: dict[tuple[int, int], tuple[float, ChatMember]] = {}
        self._users: OrderedDict[int, User] = OrderedDict()
        self._usernames: dict[str, int] = {}

    # -- what we have seen ----------------------------------------------------------

    def remember(self, user: User | None) -> None:
        if user is None:
            return
        self._users[user.id] = user
        self._users.move_to_end(user.id)
        if user.username:
            self._usernames[user.username.casefold()] = user.id
        while len(self._users) > REMEMBERED_USERS:
            _, old = self._users.popitem(last=False)
            if old.username:
                self._usernames.pop(old.username.casefold(), None)

    def user(self, user_id: int) -> User | None:
        return self._users.get(user_id)

    def id_for_username(self, username: str) -> int | None:
        return self._usernames.get(username.removeprefix("@").casefold())

    # -- statuses ---------------------------------------------------------------------

    def note(self, chat_id: int, member: ChatMember) -> None:
        """Keep the cache current from chat_member updates (no API call)."""
        self.remember(member.user)
        if self._cache_s > 0:
            self._statuses[(chat_id, member.user.id)] = (self._clock() + self._cache_s, member)

    def cached(self, chat_id: int, user_id: int) -> ChatMember | None:
        entry = self._statuses.get((chat_id, user_id))
        if entry is None:
            return None
        expires, member = entry
        if expires < self._clock():
            del self._statuses[(chat_id, user_id)]
            return None
        return member

    async def lookup(self, chat_id: int, user_id: int) -> ChatMember | None:
        """The member's status in a chat: from the cache, else one getChatMember call."""
        member = self.cached(chat_id, user_id)
        if member is not None:
            return member
        try:
            member = await self._bot.get_chat_member(chat_id, user_id)
        except TelegramError as error:
            log.info("getChatMember %s/%s failed: %s", chat_id, user_id, error.message)
            return None
        self.note(chat_id, member)
        if len(self._statuses) > REMEMBERED_USERS:
            now = self._clock()
            self._statuses = {key: v for key, v in self._statuses.items() if v[0] >= now}
        return member
