"""Activity: count every message for community-health statistics, cheaply.

Runs last (order 100), after moderation: a message that moderation deleted (and stopped)
is never counted. Handling a message only queues it (and saves the member's name the
first time they are seen, for leaderboards and growth). The queue is counted, and each
text's mood scored when `stats.sentiment` is on, in one loop right before the store
writes its next batch (a `Store.before_flush` hook): every flush (a full queue, the
timer, a statistics query, shutdown) takes everything queued. Nothing in the answer to
a message depends on these numbers, and one tight loop over a few thousand messages
costs about half of what the same work costs spread between other cogs' work. The queue
holds at most a few batches of messages, in memory only; no message text is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from bot.cog import Cog, Context, Services, listen
from bot.community import Community
from bot.events import Message
from bot.health.sentiment import score
from bot.plugins import CogManifest

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


Waiting = tuple[_LocalCalendar | None, Message]
"""A message to count, with its community's calendar when its mood is to be scored."""


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
            self._unhook = store.before_flush(self.count_waiting)

    async def cog_unload(self) -> None:
        self.count_waiting()
        if self._unhook is not None:
            self._unhook()
            self._unhook = None

    @property
    def waiting(self) -> int:
        """Messages queued for counting (the next flush counts them)."""
        return len(self._waiting)

    def count_waiting(self) -> None:
        """Count every queued message, and tally the moods, in the store's current batch."""
        waiting, self._waiting = self._waiting, []
        store = self.services.store
        if not waiting or store is None:
            return
        count, count_mood = store.count_activity, store.count_mood
        for calendar, event in waiting:
            count(event.community_id, event.user.id, event.channel, event.at)
            if calendar is None:
                continue
            try:
                mood = score(event.text, calendar.languages, event.lang_hint)
            except Exception:  # one odd text must not cost the others their count
                log.exception("mood scoring failed for one message; skipped")
                continue
            if mood.score and mood.language is not None:
                count_mood(
                    event.community_id, calendar.day_of(event.at), mood.language, mood.score
                )

    @listen(Message)
    async def record(self, ctx: Context) -> None:
        community = ctx.community
        settings = community.rules.stats
        event = ctx.event
        store = ctx.store
        if not settings.enabled or event.user.is_bot or store is None:
            return
        if event.at.tzinfo is None:
            raise ValueError("a message without a time zone cannot be counted")
        waiting = self._waiting
        mood = _local_calendar(community) if settings.sentiment and event.text else None
        waiting.append((mood, event))
        if len(waiting) >= store.flush_every and store.write_soon(len(waiting)):
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


manifest = CogManifest(
    cog=Activity,
    summary="Counts messages per channel and hour (never text) for statistics ([stats]).",
)
