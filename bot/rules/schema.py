"""The rule-file schema of the core: one strict pydantic model per TOML table.

A rule file describes one community. The core owns `[community]`, `[platforms]`,
`[channels]`, `[roles]`, `[permissions]` and `[cogs]`; every other table belongs to a
cog, which declares its model in its manifest (see bot.plugins). Unknown keys are
errors. Defaults are the behaviour a new community gets without writing anything.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from bot.rules.types import (
    Channel,
    CogName,
    LevelName,
    Locale,
    Name,
    Section,
    Slug,
    SupportedLanguage,
    TimeZone,
)


class CommunitySection(Section):
    """Who the community is: its name, languages, default language and time zone."""

    name: Name = Field(examples=["Nordic Climbers"])
    """The community's name, as members know it (welcomes, guidelines, digests)."""
    languages: list[SupportedLanguage] = Field(
        min_length=1, max_length=10, examples=[["en", "sv"]]
    )
    """Languages spoken here (ISO 639-1 codes with a word list in `rules/wordlists/`): they
    choose the word lists, detectors and phrase lists that run."""
    locale: Locale
    """The language the bot speaks by default (en, sv, nb or pl); a member whose own
    language is known is answered in it."""
    timezone: TimeZone
    """The community's IANA time zone: statistics, events, digests and local days use it."""
    id: Slug | None = Field(default=None, examples=["nordic-climbers"])
    """Stable id used by console and replay (defaults to the file name)."""

    @field_validator("languages")
    @classmethod
    def _unique(cls, languages: list[str]) -> list[str]:
        if len(set(languages)) != len(languages):
            raise ValueError("a language is listed twice")
        return languages


class DiscordLink(Section):
    guild_ids: list[str] = Field(
        default_factory=list, max_length=50, examples=[["123456789012345678"]]
    )
    """Ids of the Discord servers this rule file governs (as strings)."""


class TelegramLink(Section):
    chat_ids: list[str] = Field(default_factory=list, max_length=50, examples=[["-1001234567890"]])
    """Ids of the Telegram groups this rule file governs (as strings, e.g. "-100...")."""


class PlatformsSection(Section):
    """Which Discord guilds and Telegram chats this rule file governs."""

    discord: DiscordLink = DiscordLink()
    """Which Discord servers this file governs."""
    telegram: TelegramLink = TelegramLink()
    """Which Telegram groups this file governs."""


class ChannelsSection(Section):
    """Channels named by purpose; each feature can override its own (`welcome.channel` ...)."""

    welcome: Channel | None = None
    """Where new members are welcomed."""
    introductions: Channel | None = None
    """Where new members are invited to introduce themselves."""
    rules: Channel | None = None
    """The channel with the rules, mentioned in welcomes."""
    moderator_log: Channel | None = None
    """The moderators' log: incidents, cases, alerts and what the platform refused."""
    reports: Channel | None = None
    """The queue where member reports arrive (defaults to the moderators' log)."""


class RolesSection(Section):
    """Role names that grant the moderator and admin command levels."""

    moderator: list[Name] = Field(default_factory=lambda: ["moderator"], max_length=20)
    """Role names whose members may use moderator commands."""
    admin: list[Name] = Field(default_factory=lambda: ["admin"], max_length=20)
    """Role names whose members may use every command."""


class RuleFile(Section):
    """One community's rule file: the core tables here, each cog's tables from its cog.

    `bot.plugins.Catalog.rule_model` derives the model actually used from this one,
    adding the tables of every installed cog (`rules.moderation`, `rules.welcome` ...).
    """

    community: CommunitySection
    platforms: PlatformsSection = PlatformsSection()
    channels: ChannelsSection = ChannelsSection()
    roles: RolesSection = RolesSection()
    permissions: dict[str, LevelName] = Field(
        default_factory=dict, examples=[{"purge": "admin", "stats": "everyone"}]
    )
    """Raise or lower one command's level: `ban = "admin"`, `stats = "everyone"`."""
    cogs: dict[CogName, bool] = Field(
        default_factory=dict, examples=[{"polls": False, "toolkit-mediation": False}]
    )
    """Turn installed cogs on or off here: `polls = false`. `hearth cogs` lists them."""

    def cog_enabled(self, name: str) -> bool:
        """Whether the cog runs in this community (a cog never mentioned is on)."""
        return self.cogs.get(name, True)
