"""The rule-file schema of the core: one strict pydantic model per TOML table.

A rule file describes one community. The core owns `[community]`, `[platforms]`,
`[channels]`, `[roles]`, `[permissions]` and `[cogs]`; every other table belongs to a
cog, which declares its model in its manifest (see bot.plugins). Unknown keys are
errors. Defaults are the behaviour a new community gets without writing anything.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from bot.rules.types import CogName, Language, LevelName, Locale, Name, Section, Slug, TimeZone


class CommunitySection(Section):
    name: Name
    languages: list[Language] = Field(min_length=1, max_length=10)
    locale: Locale
    timezone: TimeZone
    id: Slug | None = None
    """Stable id used by console and replay (defaults to the file name)."""

    @field_validator("languages")
    @classmethod
    def _unique(cls, languages: list[str]) -> list[str]:
        if len(set(languages)) != len(languages):
            raise ValueError("a language is listed twice")
        return languages


class DiscordLink(Section):
    guild_ids: list[str] = Field(default_factory=list, max_length=50)


class TelegramLink(Section):
    chat_ids: list[str] = Field(default_factory=list, max_length=50)


class PlatformsSection(Section):
    """Which Discord guilds and Telegram chats this rule file governs."""

    discord: DiscordLink = DiscordLink()
    telegram: TelegramLink = TelegramLink()


class ChannelsSection(Section):
    welcome: str | None = None
    introductions: str | None = None
    rules: str | None = None
    moderator_log: str | None = None
    reports: str | None = None


class RolesSection(Section):
    """Role names that grant the moderator and admin command levels."""

    moderator: list[Name] = Field(default_factory=lambda: ["moderator"], max_length=20)
    admin: list[Name] = Field(default_factory=lambda: ["admin"], max_length=20)


class RuleFile(Section):
    """One community's rule file: the core tables here, each cog's tables from its cog.

    `bot.plugins.Catalog.rule_model` derives the model actually used from this one,
    adding the tables of every installed cog (`rules.moderation`, `rules.welcome` ...).
    """

    community: CommunitySection
    platforms: PlatformsSection = PlatformsSection()
    channels: ChannelsSection = ChannelsSection()
    roles: RolesSection = RolesSection()
    permissions: dict[str, LevelName] = Field(default_factory=dict)
    """Raise or lower one command's level: `ban = "admin"`, `stats = "everyone"`."""
    cogs: dict[CogName, bool] = Field(default_factory=dict)
    """Turn installed cogs on or off here: `polls = false`. `hearth cogs` lists them."""

    def cog_enabled(self, name: str) -> bool:
        """Whether the cog runs in this community (a cog never mentioned is on)."""
        return self.cogs.get(name, True)
