"""A fake platform for cog tests: it records every action and knows its members.

`FakePlatform` carries out every neutral action by remembering it, answers member
lookups (roles, top role, owner) like Discord does for hierarchy checks, and keeps
member roles in step with `RoleAdd` / `RoleRemove`. It can also behave like a smaller
platform (`lacks={"slowmode"}`) or refuse actions the way a platform does when the bot
is missing a permission (`refuse={"ban"}`), so a cog's "not available here" and
"I'm missing a permission" paths are tested too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, ClassVar

from bot.actions import ACTION_TYPES, Action, RoleAdd, RoleRemove
from bot.errors import ActionFailed, UnsupportedAction
from bot.events import Member
from bot.platform import Adapter, Capabilities, supports

BOT = Member(id="hearth-bot", name="Hearth", is_bot=True, top_role_position=50)
"""The bot's own member: high enough to act on ordinary members and moderators."""


class FakePlatform(Adapter):
    """Records actions in `performed` (in order) and keeps a member directory."""

    platform: ClassVar[str] = "fake"

    def __init__(
        self,
        members: Iterable[Member] = (),
        *,
        bot: Member = BOT,
        lacks: Iterable[str] = (),
        refuse: Iterable[str] = (),
        max_timeout_s: int | None = 28 * 86400,
    ) -> None:
        self.members: dict[str, Member] = {member.id: member for member in members}
        self.bot = bot
        self.lacks = frozenset(lacks)
        self.refuse = frozenset(refuse)
        self.max_timeout_s = max_timeout_s  # type: ignore[misc]
        self.performed: list[Action] = []
        self._message_ids = itertools.count(1)

    def capabilities(self) -> Capabilities:  # type: ignore[override]
        """What this fake can do: everything except what it was told it lacks."""
        every = frozenset(action.kind for action in ACTION_TYPES)
        return Capabilities(self.platform, every - self.lacks, self.max_timeout_s)

    @supports(*ACTION_TYPES)
    async def record(self, community_id: str, action: Action) -> str | None:
        if action.kind in self.lacks:
            raise UnsupportedAction(self.platform, action)
        if action.kind in self.refuse:
            raise ActionFailed(
                action,
                f"the test platform refuses {action.kind}",
                "action-missing-permission",
                permission=action.kind,
            )
        self.performed.append(action)
        self._follow_roles(action)
        return f"sent-{next(self._message_ids)}" if action.kind == "send" else None

    def _follow_roles(self, action: Any) -> None:
        member = self.members.get(getattr(action, "user", None) or "")
        if member is None or not isinstance(action, RoleAdd | RoleRemove):
            return
        roles = [role for role in member.roles if role.casefold() != action.role.casefold()]
        if isinstance(action, RoleAdd):
            roles.append(action.role)
        self.members[member.id] = replace(member, roles=tuple(roles))

    async def fetch_member(self, community_id: str, user_id: str) -> Member | None:
        return self.members.get(user_id)

    async def bot_member(self, community_id: str) -> Member | None:
        return self.bot

    def add_member(self, member: Member) -> Member:
        self.members[member.id] = member
        return member

    def clear(self) -> None:
        """Forget what was performed (the member directory stays)."""
        self.performed.clear()

    async def start(self) -> None:
        """Nothing to connect."""

    async def stop(self) -> None:
        """Nothing to close."""
