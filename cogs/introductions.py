"""Introductions: thank a new member for saying hello and point them to channels they'd like.

When a member who is still new (joined, or first seen, within `introductions.new_for`)
posts in the introductions channel, Hearth replies once, in their language, and suggests
up to `introductions.suggest` channels whose keywords the introduction mentions. Keywords
match whole words, casefolded, in whichever language the member wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from pydantic import Field

from bot.actions import Reply
from bot.cog import Cog, Context, listen
from bot.events import Message
from bot.plugins import CogManifest
from bot.rules.types import Channel, Duration, Name, Section, Word
from cogs.recognition.phrases import matcher_for


class ChannelInterest(Section):
    """A channel to suggest when an introduction mentions one of its keywords."""

    channel: Name
    """The channel to suggest."""
    keywords: list[Word] = Field(min_length=1, max_length=200)
    """Whole words or phrases, in any of the community's languages (case-insensitive)."""


class IntroductionsSection(Section):
    """Thanking new members for their introduction and suggesting channels."""

    enabled: bool = True
    """Thank new members for introducing themselves and suggest channels."""
    channel: Channel | None = None
    """Where introductions are posted; defaults to `channels.introductions`."""
    new_for: Duration = 7 * 86400
    """A member counts as new this long after joining (or after Hearth first saw them)."""
    suggest: int = Field(default=3, ge=0, le=10)
    """At most this many channels are suggested."""
    channels: list[ChannelInterest] = Field(
        default_factory=list,
        max_length=50,
        examples=[[{"channel": "music", "keywords": ["guitar", "gitarr", "gitara"]}]],
    )
    """Channels to suggest, each with its keywords."""


MAX_REMEMBERED = 20_000


@dataclass(slots=True)
class Introduced:
    """Members already thanked while the bot runs (the store keeps the join times)."""

    members: set[str] = field(default_factory=set)


def suggest_channels(
    text: str, interests: list[ChannelInterest], exclude: str, limit: int
) -> list[str]:
    """Channels whose keywords appear in `text`, most keyword hits first, then file order."""
    scored = []
    for position, interest in enumerate(interests):
        if interest.channel == exclude:
            continue
        hits = len(matcher_for(interest.keywords).found(text))
        if hits:
            scored.append((-hits, position, interest.channel))
    seen: list[str] = []
    for _, _, channel in sorted(scored):
        if channel not in seen:
            seen.append(channel)
    return seen[:limit]


class Introductions(Cog):
    name = "introductions"
    order = 60

    @listen(Message)
    async def on_message(self, ctx: Context) -> None:
        settings = ctx.rules.introductions
        event = ctx.event
        channel = settings.channel or ctx.rules.channels.introductions
        if not settings.enabled or not channel or event.channel != channel:
            return
        if event.user.is_bot or not event.text.strip():
            return
        done = ctx.community.state_for("introductions", Introduced)
        if event.user.id in done.members or not await self._is_new(ctx):
            return
        if len(done.members) >= MAX_REMEMBERED:
            done.members.clear()
        done.members.add(event.user.id)
        channels = suggest_channels(event.text, settings.channels, channel, settings.suggest)
        if channels:
            text = ctx.t(
                "intro-thanks-suggest",
                name=event.user.name,
                channels=", ".join(f"#{name}" for name in channels),
                count=len(channels),
            )
        else:
            text = ctx.t("intro-thanks", name=event.user.name)
        await ctx.perform(
            Reply(
                channel=event.channel,
                text=text,
                message_id=event.message_id or None,
                user=event.user.id,
                rule="introductions",
                automatic=True,
            )
        )

    async def _is_new(self, ctx: Context) -> bool:
        """Joined (or first seen) recently; a member the record has never seen is new."""
        if ctx.store is None:
            return True
        member = await ctx.store.get_member(ctx.community.id, ctx.event.user.id)
        if member is None:
            return True
        since = member.joined_at or member.first_seen
        return ctx.now() - since <= timedelta(seconds=ctx.rules.introductions.new_for)


manifest = CogManifest(
    cog=Introductions,
    sections={"introductions": IntroductionsSection},
    summary="Thanks new members for introducing themselves and suggests channels.",
)
