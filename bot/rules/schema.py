"""The rule-file schema: one strict pydantic model per TOML table.

A rule file describes one community. Every key is documented in README.md and in
rules/example.toml; unknown keys are errors. Defaults are the behaviour a new
community gets without writing anything.
"""

from __future__ import annotations

import string
from typing import Literal

from pydantic import Field, field_validator, model_validator

from bot.rules.sections.community_care import (
    EventsSection,
    IntroductionsSection,
    PollsSection,
    RecognitionSection,
    StatsSection,
)
from bot.rules.sections.privacy import PrivacySection
from bot.rules.sections.toolkit import (
    AppealsSection,
    EscalationSection,
    LockdownSection,
    ReportsSection,
)
from bot.rules.types import (
    Duration,
    GuidelineId,
    Language,
    LevelName,
    Locale,
    Name,
    Pattern,
    Section,
    SeverityName,
    Slug,
    Template,
    TimeZone,
    Word,
    require_unique_ids,
)

ModerationStep = Literal["delete", "warn", "report", "strike"]
LadderAction = Literal["warn", "timeout", "kick", "ban"]
WELCOME_PLACEHOLDERS = frozenset({"name", "community", "intro_channel", "rules_channel"})


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


class KeywordRule(Section):
    """A community's own list: words or RE2 patterns tied to a guideline."""

    id: Slug
    words: list[Word] = Field(default_factory=list, max_length=500)
    patterns: list[Pattern] = Field(default_factory=list, max_length=50)
    guideline: GuidelineId = "respect"
    severity: SeverityName = "abusive"
    actions: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])

    @model_validator(mode="after")
    def _has_something(self) -> KeywordRule:
        if not self.words and not self.patterns:
            raise ValueError(f"keyword rule {self.id!r} needs `words` or `patterns`")
        return self


class SeverityActions(Section):
    mild: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    abusive: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    slur: list[ModerationStep] = Field(
        default_factory=lambda: ["delete", "warn", "strike", "report"]
    )
    threat: list[ModerationStep] = Field(
        default_factory=lambda: ["delete", "warn", "strike", "report"]
    )


class ExtraWords(Section):
    """Per-community additions to the word lists, by severity."""

    mild: list[Word] = Field(default_factory=list, max_length=1000)
    abusive: list[Word] = Field(default_factory=list, max_length=1000)
    slur: list[Word] = Field(default_factory=list, max_length=1000)
    threat: list[Word] = Field(default_factory=list, max_length=1000)


class ProfanitySection(Section):
    enabled: bool = True
    baseline: bool = True
    """Also use better-profanity's English list as a fallback when English is listed."""
    min_severity: SeverityName = "mild"
    add: ExtraWords = ExtraWords()
    allow: list[Word] = Field(default_factory=list, max_length=1000)
    actions: SeverityActions = SeverityActions()


PrivacyKind = Literal["email", "phone", "personnummer", "fodselsnummer", "pesel"]


class PrivacyFilterSection(Section):
    enabled: bool = True
    kinds: list[PrivacyKind] = Field(
        default_factory=lambda: ["email", "phone", "personnummer", "fodselsnummer", "pesel"]
    )
    actions: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn"])


class ModerationSection(Section):
    enabled: bool = True
    exempt_roles: list[Name] = Field(default_factory=lambda: ["moderator", "admin"])
    profanity: ProfanitySection = ProfanitySection()
    privacy: PrivacyFilterSection = PrivacyFilterSection()
    keywords: list[KeywordRule] = Field(default_factory=list, max_length=50)

    @field_validator("keywords")
    @classmethod
    def _unique_ids(cls, rules: list[KeywordRule]) -> list[KeywordRule]:
        return require_unique_ids(rules, "keyword rule")


class FloodLimit(Section):
    enabled: bool = True
    messages: int = Field(default=6, ge=2, le=100)
    per: Duration = 10


class DuplicateLimit(Section):
    enabled: bool = True
    repeats: int = Field(default=3, ge=2, le=50)
    per: Duration = 120


class MentionLimit(Section):
    enabled: bool = True
    max: int = Field(default=6, ge=1, le=100)


class LinkPolicy(Section):
    enabled: bool = True
    invites: bool = False
    """Allow invite links to other Discord servers or Telegram chats."""
    allow: list[Word] = Field(default_factory=list, max_length=500)
    deny: list[Word] = Field(default_factory=list, max_length=500)


class CapsLimit(Section):
    enabled: bool = True
    ratio: float = Field(default=0.75, gt=0, le=1)
    min_length: int = Field(default=16, ge=4, le=2000)


class ZalgoLimit(Section):
    enabled: bool = True
    ratio: float = Field(default=0.3, gt=0, le=10)


class RaidPolicy(Section):
    enabled: bool = True
    joins: int = Field(default=10, ge=2, le=10000)
    per: Duration = 60
    response: Literal["slowmode", "lock", "alert"] = "slowmode"
    slowmode: Duration = 30
    lift_after: Duration = 600
    channels: list[Name] = Field(default_factory=list, max_length=50)
    """Channels to slow or lock; empty means the welcome and introductions channels."""


class AntispamSection(Section):
    enabled: bool = True
    actions: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    severity: SeverityName = "mild"
    flood: FloodLimit = FloodLimit()
    duplicates: DuplicateLimit = DuplicateLimit()
    mentions: MentionLimit = MentionLimit()
    links: LinkPolicy = LinkPolicy()
    caps: CapsLimit = CapsLimit()
    zalgo: ZalgoLimit = ZalgoLimit()
    raid: RaidPolicy = RaidPolicy()


class StrikePoints(Section):
    mild: float = Field(default=1, ge=0, le=100)
    abusive: float = Field(default=2, ge=0, le=100)
    slur: float = Field(default=4, ge=0, le=100)
    threat: float = Field(default=6, ge=0, le=100)


class LadderStep(Section):
    at: float = Field(gt=0, le=1000)
    action: LadderAction
    duration: Duration | None = None

    @model_validator(mode="after")
    def _duration_fits(self) -> LadderStep:
        if self.action == "timeout" and self.duration is None:
            raise ValueError("a timeout step needs a `duration`")
        if self.action in ("warn", "kick") and self.duration is not None:
            raise ValueError(f"a {self.action} step takes no `duration`")
        return self


class StrikesSection(Section):
    enabled: bool = True
    half_life: Duration = 14 * 86400
    points: StrikePoints = StrikePoints()
    ladder: list[LadderStep] = Field(
        default_factory=lambda: [
            LadderStep(at=3, action="timeout", duration=600),
            LadderStep(at=6, action="timeout", duration=86400),
            LadderStep(at=10, action="kick"),
            LadderStep(at=15, action="ban"),
        ],
        max_length=20,
    )

    @field_validator("ladder")
    @classmethod
    def _ascending(cls, ladder: list[LadderStep]) -> list[LadderStep]:
        thresholds = [step.at for step in ladder]
        if thresholds != sorted(set(thresholds)):
            raise ValueError("ladder steps must have strictly increasing `at` thresholds")
        return ladder


class GateSection(Section):
    """A check new members pass before they can post: a small sum, or accepting the rules."""

    enabled: bool = False
    mode: Literal["captcha", "rules"] = "captcha"
    timeout: Duration = 300
    """How long a new member has to answer before they are removed."""
    channel: str | None = None
    """Where the challenge is posted; defaults to the welcome channel."""
    role: Name | None = None
    """A role given on passing (members without it see only the gate channel, as the
    server's channel permissions say). Without it, newcomers are restricted with a
    timeout that lasts only as long as the challenge, so nobody is ever stranded."""


class WelcomeSection(Section):
    enabled: bool = True
    channel: str | None = None
    """Where welcomes go; defaults to `channels.welcome`."""
    dm: bool = False
    messages: dict[Locale, Template] = Field(default_factory=dict)
    """Optional templates per language; placeholders are in WELCOME_PLACEHOLDERS."""
    language: Literal["member", "community"] = "member"
    """Greet in the member's own language when known, or always in the community's."""
    batch_joins: int = Field(default=5, ge=2, le=10000)
    """This many joins within `batch_window` (a raid) switch to one shared welcome."""
    batch_window: Duration = 60
    batch_delay: Duration = 30
    """How long joins are collected before the shared welcome names them all."""
    gate: GateSection = GateSection()
    """An optional captcha or rules-acceptance check for new members (cogs/gate.py)."""

    @field_validator("messages")
    @classmethod
    def _known_placeholders(cls, messages: dict[str, str]) -> dict[str, str]:
        for locale, template in messages.items():
            try:
                parsed = string.Formatter().parse(template)
                fields = {name for _, name, _, _ in parsed if name is not None}
            except ValueError as error:
                raise ValueError(f"template for {locale!r}: {error}") from None
            unknown = sorted(fields - WELCOME_PLACEHOLDERS)
            if unknown:
                raise ValueError(
                    f"template for {locale!r} uses unknown placeholder {{{unknown[0]}}}; "
                    f"known: {', '.join(sorted(WELCOME_PLACEHOLDERS))}"
                )
            try:  # conversions and nested specs only fail when filled in
                template.format_map(dict.fromkeys(WELCOME_PLACEHOLDERS, ""))
            except (ValueError, KeyError, IndexError, AttributeError) as error:
                raise ValueError(f"template for {locale!r} cannot be filled in: {error}") from None
        return messages


class RuleFile(Section):
    """One community's complete rule file; feature sections live in bot/rules/sections/."""

    community: CommunitySection
    platforms: PlatformsSection = PlatformsSection()
    channels: ChannelsSection = ChannelsSection()
    roles: RolesSection = RolesSection()
    permissions: dict[str, LevelName] = Field(default_factory=dict)
    moderation: ModerationSection = ModerationSection()
    antispam: AntispamSection = AntispamSection()
    strikes: StrikesSection = StrikesSection()
    welcome: WelcomeSection = WelcomeSection()
    reports: ReportsSection = ReportsSection()
    appeals: AppealsSection = AppealsSection()
    escalation: EscalationSection = EscalationSection()
    lockdown: LockdownSection = LockdownSection()
    introductions: IntroductionsSection = IntroductionsSection()
    recognition: RecognitionSection = RecognitionSection()
    events: EventsSection = EventsSection()
    polls: PollsSection = PollsSection()
    stats: StatsSection = StatsSection()
    privacy: PrivacySection = PrivacySection()
