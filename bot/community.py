"""One community at run time: its validated rules plus the in-memory state cogs keep.

The rule file is swapped in place on hot reload (`replace_rules`) so cogs always read
the last good version; cog state (flood counters, raid windows) survives the swap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.commands import CommandSpec, Level
from bot.events import Member
from bot.rules.schema import RuleFile


@dataclass(slots=True)
class Community:
    id: str
    rules: RuleFile
    source: Path | None = None
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.rules.community.name

    @property
    def locale(self) -> str:
        return self.rules.community.locale

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.rules.community.languages)

    @property
    def timezone(self) -> ZoneInfo:
        return ZoneInfo(self.rules.community.timezone)

    def replace_rules(self, rules: RuleFile) -> None:
        self.rules = rules

    def state_for(self, owner: str, factory: Any) -> Any:
        """Per-cog in-memory state, created on first use by `factory()`."""
        if owner not in self.state:
            self.state[owner] = factory()
        return self.state[owner]

    def level_of(self, member: Member) -> Level:
        """The highest permission level a member's roles grant here."""
        if member.is_owner or member.has_any_role(self.rules.roles.admin):
            return Level.ADMIN
        if member.has_any_role(self.rules.roles.moderator):
            return Level.MODERATOR
        return Level.EVERYONE

    def level_for(self, spec: CommandSpec) -> Level:
        """The level a command needs: the rule file may raise or lower the default."""
        override = self.rules.permissions.get(spec.name)
        return Level.parse(override) if override else spec.level

    def locale_for(self, member: Member | None, supported: tuple[str, ...]) -> str:
        """The member's own language when we speak it, else the community's."""
        if member is not None and member.locale:
            base = member.locale.replace("_", "-").split("-")[0].lower()
            base = {"no": "nb", "nn": "nb"}.get(base, base)
            if base in supported:
                return base
        return self.locale
