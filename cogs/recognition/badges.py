"""Badges, milestones and role rewards: what a member earns by posting and being thanked.

Built-in badges: `first-post`, `helper` (thanked `badges.helper` times), `anniversary`
(a year since joining), `event-host`, and `messages-<n>` for each message milestone.
Communities add their own in `[[recognition.badges.custom]]`, earned at a threshold or
given by moderators with `/badge`. Awards are stored once (`Store.award_badge`), so a
restart never announces a badge twice.

A member's message count starts from the store's per-day activity counters the first
time they are seen after a restart and is kept in memory from then on, so a milestone
survives restarts and a message costs no database read. A community that turned
`stats` off keeps no counters: its counts start again at each restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.actions import RoleAdd, Send
from bot.cog import Context, command
from bot.commands import Level, Option, OptionType
from bot.errors import UserError
from bot.events import Message
from cogs.recognition.schema import BUILTIN_BADGES

log = logging.getLogger(__name__)

YEAR = timedelta(days=365)
MAX_PROFILES = 50_000
EMOJI = {"first-post": "🌱", "helper": "🤝", "anniversary": "🎂", "event-host": "📅"}
MESSAGES_EMOJI = "💬"


@dataclass(slots=True)
class Profile:
    """What recognition remembers about one member while the bot runs."""

    since: datetime
    badges: set[str] = field(default_factory=set)
    messages: int = 0


def profiles(ctx: Context) -> dict[str, Profile]:
    return ctx.community.state_for("recognition.profiles", dict)


async def profile_for(ctx: Context, user_id: str) -> Profile:
    """The member's profile, read from the store the first time they are seen."""
    known = profiles(ctx)
    profile = known.get(user_id)
    if profile is not None:
        return profile
    member = await ctx.store.get_member(ctx.community.id, user_id)
    since = ctx.now()
    if member is not None:
        since = member.joined_at or member.first_seen
    owned = await ctx.store.badges_for(ctx.community.id, user_id)
    written = await ctx.store.member_message_total(ctx.community.id, user_id)
    profile = Profile(since=since, badges={badge.badge for badge in owned}, messages=written)
    if len(known) >= MAX_PROFILES:
        for stale in list(known)[: MAX_PROFILES // 2]:
            del known[stale]
    known[user_id] = profile
    return profile


def badge_label(ctx: Context, badge_id: str, locale: str | None = None) -> str:
    """Emoji and localized name of a badge, for replies and shout-outs."""
    locale = locale or ctx.locale
    if badge_id.startswith("messages-") and badge_id[9:].isdigit():
        name = ctx.i18n.format(locale, "badge-messages", count=int(badge_id[9:]))
        return f"{MESSAGES_EMOJI} {name}"
    if badge_id in BUILTIN_BADGES:
        return f"{EMOJI[badge_id]} {ctx.i18n.format(locale, f'badge-{badge_id}')}"
    for custom in ctx.rules.recognition.badges.custom:
        if custom.id == badge_id:
            return f"{custom.emoji} {custom.names.get(locale, custom.name)}"
    return badge_id


async def shout(ctx: Context, text: str) -> None:
    """Post a shout-out where milestones go (or where it happened); silent when off."""
    milestones = ctx.rules.recognition.milestones
    if not milestones.enabled:
        return
    channel = milestones.channel or getattr(ctx.event, "channel", "") or ""
    if channel:
        await ctx.perform(Send(channel=channel, text=text, rule="recognition", automatic=True))


async def award(
    ctx: Context, user_id: str, name: str, badge_id: str, *, announce: bool = True
) -> bool:
    """Give a badge once; announce it when it is new. True if it was new."""
    settings = ctx.rules.recognition
    if not settings.enabled or not settings.badges.enabled:
        return False
    profile = await profile_for(ctx, user_id)
    if badge_id in profile.badges:
        return False
    new = await ctx.store.award_badge(ctx.community.id, user_id, badge_id, ctx.now())
    profile.badges.add(badge_id)
    if new and announce:
        label = badge_label(ctx, badge_id, ctx.community.locale)
        await shout(ctx, ctx.t_community("badge-earned", name=name, badge=label))
    return new


async def after_thanks(ctx: Context, user_id: str, name: str, total: int) -> None:
    """Badges, shout-outs and roles that depend on how often a member was thanked."""
    settings = ctx.rules.recognition
    badges = settings.badges
    if total >= badges.helper:
        await award(ctx, user_id, name, "helper")
    for custom in badges.custom:
        if custom.thanks is not None and total >= custom.thanks:
            await award(ctx, user_id, name, custom.id)
    if total in settings.milestones.thanks:
        await shout(ctx, ctx.t_community("milestone-thanks", name=name, count=total))
    for reward in settings.roles:
        if reward.thanks == total:
            await ctx.perform(RoleAdd(user=user_id, role=reward.role, rule="recognition"))


class BadgesMixin:
    """Counts messages for badges, milestones and roles; /badges and /badge."""

    async def count_message(self, ctx: Context) -> None:
        event = ctx.event
        assert isinstance(event, Message)
        settings = ctx.rules.recognition
        member = event.user
        profile = await profile_for(ctx, member.id)
        profile.messages += 1
        count = profile.messages
        badges = settings.badges
        if badges.first_post:
            await award(ctx, member.id, member.name, "first-post", announce=False)
        if badges.anniversary and ctx.now() - profile.since >= YEAR:
            await award(ctx, member.id, member.name, "anniversary")
        for milestone in settings.milestones.messages:
            if count >= milestone and f"messages-{milestone}" not in profile.badges:
                await award(ctx, member.id, member.name, f"messages-{milestone}")
        for custom in badges.custom:
            if custom.messages is not None and count >= custom.messages:
                await award(ctx, member.id, member.name, custom.id)
        for reward in settings.roles:
            if reward.messages == count:
                await ctx.perform(RoleAdd(user=member.id, role=reward.role, rule="recognition"))

    @command("badges", Option("user", OptionType.USER, required=False))
    async def badges(self, ctx: Context, user: str | None = None) -> None:
        """Show a member's badges (your own without `user`)."""
        _require_badges(ctx)
        user_id = user or ctx.event.user.id
        name = ctx.event.user.name if user is None else (await known_member(ctx, user_id)).name
        owned = await ctx.store.badges_for(ctx.community.id, user_id)
        if not owned:
            await ctx.reply("badges-none", name=name)
            return
        lines = [ctx.t("badges-header", name=name, count=len(owned))]
        lines += [f"{badge_label(ctx, badge.badge)}" for badge in owned]
        await ctx.reply_text("\n".join(lines))

    @command(
        "badge",
        Option("user", OptionType.USER),
        Option("badge", OptionType.STRING),
        level=Level.MODERATOR,
    )
    async def badge(self, ctx: Context, user: str, badge: str) -> None:
        """Give a member a badge by hand (custom badges, or event-host)."""
        _require_badges(ctx)
        badge_id = badge.strip().casefold()
        known = [custom.id for custom in ctx.rules.recognition.badges.custom]
        known += sorted(BUILTIN_BADGES - {"first-post", "anniversary"})
        if badge_id not in known:
            raise UserError("badge-unknown", badge=badge, known=", ".join(known))
        member = await known_member(ctx, user)
        if not await award(ctx, user, member.name, badge_id):
            await ctx.reply("badge-already", name=member.name, badge=badge_label(ctx, badge_id))
            return
        await ctx.reply("badge-given", name=member.name, badge=badge_label(ctx, badge_id))


@dataclass(frozen=True, slots=True)
class KnownMember:
    id: str
    name: str


async def known_member(ctx: Context, user_id: str) -> KnownMember:
    """A member the record knows, or a localized "I don't know them" error."""
    record: Any = await ctx.store.get_member(ctx.community.id, user_id)
    if record is None or record.erased:
        raise UserError("care-unknown-member", user=user_id)
    return KnownMember(user_id, record.display_name or user_id)


def _require_badges(ctx: Context) -> None:
    settings = ctx.rules.recognition
    if not settings.enabled or not settings.badges.enabled:
        raise UserError("care-feature-off")
