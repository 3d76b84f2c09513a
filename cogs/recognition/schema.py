"""The recognition cog's rule-file table, [recognition]: thanks and kudos, badges,
milestones, role rewards and the leaderboard.

Every sub-table is strict (unknown keys are errors) and has its own `enabled` switch, so
moderators can turn one part off without touching the others.
"""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from bot.rules.types import (
    Channel,
    Duration,
    Language,
    Locale,
    Name,
    Section,
    Slug,
    Word,
    require_unique_ids,
)

BUILTIN_BADGES = frozenset({"first-post", "helper", "anniversary", "event-host"})
"""Badge ids Hearth awards by itself; `messages-<n>` ids come from message milestones."""

DEFAULT_THANKS_WORDS: dict[str, list[str]] = {
    "en": ["thanks", "thank you", "thx", "cheers", "much appreciated"],
    "sv": ["tack", "tusen tack", "tackar", "stort tack"],
    "nb": ["takk", "tusen takk", "takker", "mange takk"],
    "pl": ["dzięki", "dziękuję", "dziękujemy", "dzięks", "dzięki wielkie"],
}


def _ascending_unique(values: list[int]) -> list[int]:
    if values != sorted(set(values)):
        raise ValueError("list thresholds in increasing order, each once")
    return values


class ThanksSection(Section):
    """Thanks by command and by replying to or mentioning someone with a thanks word."""

    enabled: bool = True
    """Members may thank each other with /thanks."""
    detect: bool = True
    """Count a reply (or a mention) that contains a thanks word as a thanks."""
    confirm_detected: bool = True
    """Say so in the channel when a thanks is counted from a message."""
    words: dict[Language, list[Word]] = Field(
        default_factory=lambda: {lang: list(ws) for lang, ws in DEFAULT_THANKS_WORDS.items()},
        validate_default=True,
    )
    """Thanks words and phrases per language, matched as whole words, case-insensitive."""
    cooldown: Duration = 600
    """How long before the same member can thank the same person again."""
    mutual_cap: int = Field(default=5, ge=1, le=1000)
    """At most this many thanks between the same two members (both ways) per window."""
    mutual_window: Duration = 86400
    """The window of `mutual_cap`."""
    max_mentions: int = Field(default=3, ge=1, le=20)
    """A message thanks at most this many mentioned members."""

    @field_validator("words")
    @classmethod
    def _merged_and_bounded(cls, words: dict[str, list[str]]) -> dict[str, list[str]]:
        """A listed language replaces its defaults; the other defaults stay."""
        merged = {lang: list(items) for lang, items in DEFAULT_THANKS_WORDS.items()}
        merged.update(words)
        if sum(len(items) for items in merged.values()) > 500:
            raise ValueError("at most 500 thanks words in all")
        return merged


class CustomBadge(Section):
    """A community's own badge: earned at a threshold, or given by moderators (/badge)."""

    id: Slug
    """The badge's id, for /badge and in exports."""
    name: Name
    """The badge's name (used for languages without their own in `names`)."""
    names: dict[Locale, Name] = Field(default_factory=dict)
    """The name per language; `name` is used for the others."""
    emoji: str = Field(default="🏅", min_length=1, max_length=16)
    """The badge's emoji."""
    thanks: int | None = Field(default=None, ge=1, le=1_000_000)
    """Earned when a member has been thanked this many times."""
    messages: int | None = Field(default=None, ge=1, le=10_000_000)
    """Earned when a member has written this many messages."""

    @model_validator(mode="after")
    def _one_threshold(self) -> CustomBadge:
        if self.thanks is not None and self.messages is not None:
            raise ValueError(f"badge {self.id!r}: give `thanks` or `messages`, not both")
        if self.id in BUILTIN_BADGES or self.id.startswith("messages-"):
            raise ValueError(f"badge id {self.id!r} is reserved for a built-in badge")
        return self


class BadgesSection(Section):
    enabled: bool = True
    """Award badges."""
    first_post: bool = True
    """🌱 for a member's first message."""
    helper: int = Field(default=5, ge=1, le=100_000)
    """Thanks a member needs for the helper badge."""
    anniversary: bool = True
    """🎂 a year after joining."""
    event_host: bool = True
    """📅 for announcing an event."""
    custom: list[CustomBadge] = Field(
        default_factory=list,
        max_length=50,
        examples=[
            [{"id": "night-owl", "name": "Night owl", "names": {"sv": "Nattuggla"}, "emoji": "🦉"}]
        ],
    )
    """The community's own badges."""

    @field_validator("custom")
    @classmethod
    def _unique_ids(cls, badges: list[CustomBadge]) -> list[CustomBadge]:
        return require_unique_ids(badges, "badge")


class MilestonesSection(Section):
    enabled: bool = True
    """Celebrate milestones with a shout-out."""
    channel: Channel | None = None
    """Where shout-outs go; without one they are posted where the milestone happened."""
    thanks: list[int] = Field(default_factory=lambda: [10, 25, 50, 100, 250], max_length=30)
    """Numbers of thanks received that are celebrated."""
    messages: list[int] = Field(default_factory=lambda: [100, 1000, 5000], max_length=30)
    """Each message milestone is also a badge (`messages-100` ...)."""

    @field_validator("thanks", "messages")
    @classmethod
    def _ascending(cls, values: list[int]) -> list[int]:
        if any(value < 1 for value in values):
            raise ValueError("milestones are counts of 1 or more")
        return _ascending_unique(values)


class RoleReward(Section):
    """Give a role when a member reaches a number of thanks or messages."""

    role: Name
    """The role given."""
    thanks: int | None = Field(default=None, ge=1, le=1_000_000)
    """Given at this many thanks received."""
    messages: int | None = Field(default=None, ge=1, le=10_000_000)
    """Given at this many messages written."""

    @model_validator(mode="after")
    def _exactly_one(self) -> RoleReward:
        if (self.thanks is None) == (self.messages is None):
            raise ValueError(f"role reward {self.role!r} needs exactly one of thanks or messages")
        return self


class LeaderboardSection(Section):
    enabled: bool = True
    """Members may see the most thanked members with /leaderboard."""
    size: int = Field(default=10, ge=1, le=25)
    """How many members the leaderboard shows."""


class RecognitionSection(Section):
    """Thanks, kudos, badges, milestones, role rewards and the leaderboard."""

    enabled: bool = True
    """Recognition as a whole: thanks, badges, milestones, rewards, leaderboard."""
    thanks: ThanksSection = ThanksSection()
    """Thanks by command and by message."""
    badges: BadgesSection = BadgesSection()
    """Built-in and custom badges."""
    milestones: MilestonesSection = MilestonesSection()
    """Shout-outs at numbers of thanks and messages."""
    leaderboard: LeaderboardSection = LeaderboardSection()
    """The leaderboard."""
    roles: list[RoleReward] = Field(
        default_factory=list, max_length=20, examples=[[{"role": "helper", "thanks": 25}]]
    )
    """Roles given at numbers of thanks or messages."""
