"""Activity: count every message for community-health statistics, cheaply.

Runs last (order 100), after moderation: a message that moderation deleted (and stopped)
is never counted. Each message bumps in-memory counters in the Store, which writes them
in batches, so moderation never waits on a commit per message. The member's name is
saved the first time they are seen (for leaderboards and growth). No message text is
stored.

When `stats.sentiment` is on, each message's mood counts toward the trend per language
and local day. Scoring is not done while the message is handled: the text waits in a
short queue and the whole queue is scored in one loop right before the store writes its
next batch (a `Store.before_flush` hook). Nothing in the answer to a message depends on
the mood, and one tight loop over a few thousand texts costs about half of what the
same scoring costs spread between other cogs' work. The queue holds at most one
batch's worth of texts, in memory only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from bot.cog import Cog, Context, Services, listen
from bot.community import Community
from bot.events import Message
from bot.health.sentiment import score

log = logging.getLogger(__name__)

MAX_SEEN = 100_000
MAX_WAITING = 20_000
"""Texts kept for scoring when no flush comes (no store hook): scored in place beyond."""


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


Waiting = tuple[str, _LocalCalendar, datetime, str | None, str]
"""A text to score: community id, its calendar (languages, time zone), when, hint, text."""


class Activity(Cog):
    name = "activity"
    order = 100

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self._waiting: list[Waiting] = []
        self._unhook: Callable[[], None] | None = None

    async def cog_load(self) -> None:
        store = self.services.store
        if store is not None:
            self._unhook = store.before_flush(self.score_waiting)

    async def cog_unload(self) -> None:
        self.score_waiting()
        if self._unhook is not None:
            self._unhook()
            self._unhook = None

    @property
    def waiting(self) -> int:
        """Texts queued for mood scoring (the next flush scores them)."""
        return len(self._waiting)

    def score_waiting(self) -> None:
        """Score every queued text and tally the moods in the store's current batch."""
        waiting, self._waiting = self._waiting, []
        store = self.services.store
        if not waiting or store is None:
            return
        count_mood = store.count_mood
        for community_id, calendar, at, hint, text in waiting:
            try:
                mood = score(text, calendar.languages, hint)
            except Exception:  # one odd text must not cost the others their count
                log.exception("mood scoring failed for one message; skipped")
                continue
            if mood.score and mood.language is not None:
                count_mood(community_id, calendar.day_of(at), mood.language, mood.score)

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
            calendar = _local_calendar(community)
            self._waiting.append((community.id, calendar, event.at, event.lang_hint, event.text))
            if len(self._waiting) >= MAX_WAITING:
                self.score_waiting()
