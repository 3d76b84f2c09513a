"""Activity: count every message for community-health statistics, cheaply.

Runs last (order 100), after moderation: a message that moderation deleted (and stopped)
is never counted. Each message bumps an in-memory counter in the Store, which writes
them in batches, so moderation never waits on a commit per message. The member's name
is saved the first time they are seen (for leaderboards and growth), and, when
`stats.sentiment` is on, the message's mood is tallied per language and local day in the
same batches. No message text is stored.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from bot.cog import Cog, Context, listen
from bot.community import Community
from bot.events import Message
from bot.health.sentiment import score

log = logging.getLogger(__name__)

MAX_SEEN = 100_000


class _LocalCalendar:
    """The community's languages and local dates, worked out once per rule-file version.

    Local dates are cached per UTC hour: a message's day only changes when the hour does.
    """

    __slots__ = ("_days", "languages", "rules", "timezone")

    def __init__(self, community: Community) -> None:
        self.rules = community.rules
        self.languages = community.languages
        self.timezone = community.timezone
        self._days: dict[int, date] = {}

    def day_of(self, moment: datetime) -> date:
        hour = int(moment.timestamp()) // 3600
        day = self._days.get(hour)
        if day is None:
            if len(self._days) > 1000:
                self._days.clear()
            day = self._days[hour] = moment.astimezone(self.timezone).date()
        return day


def _local_calendar(community: Community) -> _LocalCalendar:
    calendar: _LocalCalendar | None = community.state.get("activity.calendar")
    if calendar is None or calendar.rules is not community.rules:
        calendar = community.state["activity.calendar"] = _LocalCalendar(community)
    return calendar


class Activity(Cog):
    name = "activity"
    order = 100

    @listen(Message)
    async def record(self, ctx: Context) -> None:
        community = ctx.community
        settings = community.rules.stats
        event = ctx.event
        store = ctx.store
        if not settings.enabled or event.user.is_bot or store is None:
            return
        if store.count_activity(community.id, event.user.id, event.channel, event.at):
            await store.activity_caught_up()
        seen: set[str] | None = community.state.get("activity.seen")
        if seen is None:
            seen = community.state_for("activity.seen", set)
        if event.user.id not in seen:
            if len(seen) >= MAX_SEEN:
                seen.clear()
            seen.add(event.user.id)
            await store.upsert_member(
                community.id,
                event.user.id,
                display_name=event.user.name,
                locale=event.user.locale,
                at=event.at,
            )
        if settings.sentiment and event.text:
            local = _local_calendar(community)
            mood = score(event.text, local.languages, event.lang_hint)
            if mood.score and mood.language is not None:
                store.count_mood(community.id, local.day_of(event.at), mood.language, mood.score)
