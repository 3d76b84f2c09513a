"""The moderation cog's rule-file tables: [moderation], [antispam] and [strikes].

`[moderation]` holds the profanity filter, the personal-data filter and the community's
keyword rules; `[antispam]` the flood, duplicate, mention, link, caps, zalgo and raid
limits; `[strikes]` how points fade and the ladder they climb. Every key has a default,
so a community that writes nothing gets sensible moderation.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from bot.rules.types import (
    Duration,
    GuidelineId,
    Name,
    Pattern,
    Section,
    SeverityName,
    Slug,
    Word,
    require_unique_ids,
)

ModerationStep = Literal["delete", "warn", "report", "strike"]
LadderAction = Literal["warn", "timeout", "kick", "ban"]


class KeywordRule(Section):
    """A community's own list: words or RE2 patterns tied to a guideline."""

    id: Slug
    """A short name for the rule, shown in incidents and replay output."""
    words: list[Word] = Field(default_factory=list, max_length=500)
    """Words or phrases, matched as whole words in any case, after evasions are undone."""
    patterns: list[Pattern] = Field(default_factory=list, max_length=50)
    """RE2 regular expressions (no backreferences or look-around; matching is linear time)."""
    guideline: GuidelineId = "respect"
    """The section of the guidelines the member is pointed to."""
    severity: SeverityName = "abusive"
    """How serious a match is: sets the strike points."""
    actions: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    """What a match does: any of delete, warn, strike, report."""

    @model_validator(mode="after")
    def _has_something(self) -> KeywordRule:
        if not self.words and not self.patterns:
            raise ValueError(f"keyword rule {self.id!r} needs `words` or `patterns`")
        return self


class SeverityActions(Section):
    mild: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    """What a mild word does."""
    abusive: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    """What an abusive word does."""
    slur: list[ModerationStep] = Field(
        default_factory=lambda: ["delete", "warn", "strike", "report"]
    )
    """What a slur does."""
    threat: list[ModerationStep] = Field(
        default_factory=lambda: ["delete", "warn", "strike", "report"]
    )
    """What a threat does."""


class ExtraWords(Section):
    """Per-community additions to the word lists, by severity."""

    mild: list[Word] = Field(default_factory=list, max_length=1000)
    """Extra mild words for this community."""
    abusive: list[Word] = Field(default_factory=list, max_length=1000)
    """Extra abusive words for this community."""
    slur: list[Word] = Field(default_factory=list, max_length=1000)
    """Extra slurs for this community."""
    threat: list[Word] = Field(default_factory=list, max_length=1000)
    """Extra threats for this community."""


class ProfanitySection(Section):
    enabled: bool = True
    """Check messages against the word lists of every language in `community.languages`."""
    baseline: bool = True
    """Also use better-profanity's English list as a fallback when English is listed."""
    min_severity: SeverityName = "mild"
    """Ignore matches below this severity."""
    add: ExtraWords = ExtraWords()
    """This community's additions to the word lists, by severity."""
    allow: list[Word] = Field(default_factory=list, max_length=1000)
    """Words this community never wants flagged."""
    actions: SeverityActions = SeverityActions()
    """What happens per severity."""


PrivacyKind = Literal["email", "phone", "personnummer", "fodselsnummer", "pesel"]


class PrivacyFilterSection(Section):
    enabled: bool = True
    """Remove personal data posted in public and tell the member privately why."""
    kinds: list[PrivacyKind] = Field(
        default_factory=lambda: ["email", "phone", "personnummer", "fodselsnummer", "pesel"]
    )
    """Which kinds of personal data are looked for."""
    actions: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn"])
    """What a finding does: any of delete, warn, strike, report."""


class ModerationSection(Section):
    """Automatic moderation: profanity, personal data and the community's keyword rules."""

    enabled: bool = True
    """Automatic moderation of messages and edits."""
    exempt_roles: list[Name] = Field(default_factory=lambda: ["moderator", "admin"])
    """Members with these roles are never filtered (moderators and admins never are)."""
    profanity: ProfanitySection = ProfanitySection()
    """The profanity filter."""
    privacy: PrivacyFilterSection = PrivacyFilterSection()
    """The personal-data filter."""
    keywords: list[KeywordRule] = Field(
        default_factory=list,
        max_length=50,
        examples=[
            [
                {
                    "id": "self-promotion",
                    "words": ["buy followers", "köp följare"],
                    "patterns": [r"crypto\s*giveaway"],
                    "guideline": "no-spam",
                    "severity": "mild",
                }
            ]
        ],
    )
    """The community's own keyword rules."""

    @field_validator("keywords")
    @classmethod
    def _unique_ids(cls, rules: list[KeywordRule]) -> list[KeywordRule]:
        return require_unique_ids(rules, "keyword rule")


class FloodLimit(Section):
    enabled: bool = True
    """Check for floods."""
    messages: int = Field(default=6, ge=2, le=100)
    """More than this many messages ..."""
    per: Duration = 10
    """... within this time is a flood."""


class DuplicateLimit(Section):
    enabled: bool = True
    """Check for repeated messages."""
    repeats: int = Field(default=3, ge=2, le=50)
    """The same text this many times ..."""
    per: Duration = 120
    """... within this time is spam."""


class MentionLimit(Section):
    enabled: bool = True
    """Check for mass mentions."""
    max: int = Field(default=6, ge=1, le=100)
    """More member mentions than this in one message is spam."""


class LinkPolicy(Section):
    enabled: bool = True
    """Check links."""
    invites: bool = False
    """Allow invite links to other Discord servers or Telegram chats."""
    allow: list[Word] = Field(default_factory=list, max_length=500, examples=[["example.org"]])
    """Domains always allowed."""
    deny: list[Word] = Field(default_factory=list, max_length=500, examples=[["bit.ly"]])
    """Domains never allowed."""


class CapsLimit(Section):
    enabled: bool = True
    """Check for shouting."""
    ratio: float = Field(default=0.75, gt=0, le=1)
    """A message with at least this share of capital letters ..."""
    min_length: int = Field(default=16, ge=4, le=2000)
    """... and at least this many letters is shouting."""


class ZalgoLimit(Section):
    enabled: bool = True
    """Check for zalgo text (stacked combining marks)."""
    ratio: float = Field(default=0.3, gt=0, le=10)
    """Combining marks per letter above which a message is zalgo."""


class RaidPolicy(Section):
    enabled: bool = True
    """Watch the join rate for raids."""
    joins: int = Field(default=10, ge=2, le=10000)
    """This many joins ..."""
    per: Duration = 60
    """... within this time is a raid."""
    response: Literal["slowmode", "lock", "alert"] = "slowmode"
    """What a raid triggers: slow mode, a lock, or only an alert to the moderators."""
    slowmode: Duration = 30
    """The slow-mode interval used when `response = "slowmode"`."""
    lift_after: Duration = 600
    """How long raid mode lasts after the last burst of joins."""
    channels: list[Name] = Field(default_factory=list, max_length=50)
    """Channels to slow or lock; empty means the welcome and introductions channels."""


class AntispamSection(Section):
    """Spam and raids: floods, repeats, mass mentions, links, shouting, zalgo, join waves."""

    enabled: bool = True
    """Anti-spam checks on every message."""
    actions: list[ModerationStep] = Field(default_factory=lambda: ["delete", "warn", "strike"])
    """What a spam finding does: any of delete, warn, strike, report."""
    severity: SeverityName = "mild"
    """The severity of spam, for strike points."""
    flood: FloodLimit = FloodLimit()
    """Many messages in a short time."""
    duplicates: DuplicateLimit = DuplicateLimit()
    """The same message again and again."""
    mentions: MentionLimit = MentionLimit()
    """Mass mentions."""
    links: LinkPolicy = LinkPolicy()
    """Invite links and denied domains."""
    caps: CapsLimit = CapsLimit()
    """Shouting in long messages."""
    zalgo: ZalgoLimit = ZalgoLimit()
    """Stacked combining marks."""
    raid: RaidPolicy = RaidPolicy()
    """Join waves."""


class StrikePoints(Section):
    mild: float = Field(default=1, ge=0, le=100)
    """Points for a mild finding."""
    abusive: float = Field(default=2, ge=0, le=100)
    """Points for an abusive finding."""
    slur: float = Field(default=4, ge=0, le=100)
    """Points for a slur."""
    threat: float = Field(default=6, ge=0, le=100)
    """Points for a threat."""


class LadderStep(Section):
    at: float = Field(gt=0, le=1000)
    """The strike points at which this step is taken."""
    action: LadderAction
    """What happens: warn, timeout, kick or ban."""
    duration: Duration | None = None
    """How long a timeout (required) or a ban (optional: temporary) lasts."""

    @model_validator(mode="after")
    def _duration_fits(self) -> LadderStep:
        if self.action == "timeout" and self.duration is None:
            raise ValueError("a timeout step needs a `duration`")
        if self.action in ("warn", "kick") and self.duration is not None:
            raise ValueError(f"a {self.action} step takes no `duration`")
        return self


class StrikesSection(Section):
    """Strike points that fade over time, and the ladder of steps they climb."""

    enabled: bool = True
    """Count strikes and climb the ladder."""
    half_life: Duration = 14 * 86400
    """Points halve after this much time without new strikes."""
    points: StrikePoints = StrikePoints()
    """Strike points per severity."""
    ladder: list[LadderStep] = Field(
        default_factory=lambda: [
            LadderStep(at=3, action="timeout", duration=600),
            LadderStep(at=6, action="timeout", duration=86400),
            LadderStep(at=10, action="kick"),
            LadderStep(at=15, action="ban"),
        ],
        max_length=20,
    )
    """The steps taken as points build up, in increasing order of `at`."""

    @field_validator("ladder")
    @classmethod
    def _ascending(cls, ladder: list[LadderStep]) -> list[LadderStep]:
        thresholds = [step.at for step in ladder]
        if thresholds != sorted(set(thresholds)):
            raise ValueError("ladder steps must have strictly increasing `at` thresholds")
        return ladder
