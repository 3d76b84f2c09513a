"""Gatherings: community events across time zones, with RSVP buttons and reminders.

`/event` takes a local time in the community's time zone ("2026-11-20 19:00",
"20.11.2026 19:00" or "20/11/2026 19:00") and announces it with RSVP buttons (custom ids
`event:<id>:going|maybe|no`). On Discord the time is shown with `<t:UNIX:F>` markup, which
every reader sees in their own zone; elsewhere it is listed in the community's zone and in
`events.timezones`. Reminders go out on clock ticks before the start, to the channel and
by DM to those going, each in their own language. `/events` lists what is coming and
`/cancelevent` lets the host or a moderator call one off.

Upcoming events, their RSVPs and which reminders went out are saved in the store after
each change (`bot.saved_state`), so a restart keeps them; an event is dropped once over.
The buttons on an announcement keep working across restarts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from pydantic import Field

from bot import saved_state
from bot.actions import Dm, Send
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import UserError
from bot.events import Button, Tick
from bot.plugins import CogManifest
from bot.rules.types import Channel, Duration, Section, TimeZone
from cogs.recognition.badges import award


class EventsSection(Section):
    """Community events across time zones, with RSVP buttons and reminders."""

    enabled: bool = True
    """Members may announce events with /event."""
    channel: Channel | None = None
    """Where events are announced; defaults to the channel the command was used in."""
    reminders: list[Duration] = Field(default_factory=lambda: [86400, 3600], max_length=5)
    """How long before the start reminders go out (to the channel and by DM to those going)."""
    timezones: list[TimeZone] = Field(default_factory=lambda: ["UTC"], max_length=8)
    """Extra zones listed next to the community's own in announcements."""
    timestamps: Literal["auto", "always", "never"] = "auto"
    """Discord `<t:...>` markup that shows each reader their own local time ("auto": Discord)."""
    max_ahead: Duration = 366 * 86400
    """How far ahead an event may be planned."""
    max_open: int = Field(default=25, ge=1, le=200)
    """At most this many upcoming events at once."""


PREFIX = "event"
KEY = "gatherings"
"""Where the calendar is saved."""
CHOICES = ("going", "maybe", "no")
DISCORD_MAX_TIMEOUT_S = 28 * 86400
"""Only Discord caps timeouts at 28 days: "auto" timestamps use that to recognise it."""
DEFAULT_LENGTH_S = 2 * 3600
MAX_LENGTH_S = 7 * 86400
MAX_TITLE = 100
_FORMATS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ T](?P<H>\d{1,2})[:.](?P<M>\d{2})"),
    re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}) (?P<H>\d{1,2})[:.](?P<M>\d{2})"),
)
EXAMPLE_TIME = "2026-11-20 19:00"


@dataclass(slots=True)
class Gathering:
    id: int
    title: str
    start: datetime
    end: datetime
    host: str
    host_name: str
    channel: str
    description: str = ""
    rsvp: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    """user id -> (choice, display name, locale)."""
    reminded: set[int] = field(default_factory=set)

    def names(self, choice: str) -> list[str]:
        return [name for answer, name, _ in self.rsvp.values() if answer == choice]


@dataclass(slots=True)
class Calendar:
    next_id: int = 1
    events: dict[int, Gathering] = field(default_factory=dict)


def moment(text: str) -> datetime:
    """An ISO 8601 time from saved state; naive ones are refused (their zone is lost)."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"naive time {text!r} in saved events")
    return value


def encode_calendar(calendar: Calendar) -> dict[str, Any]:
    """The calendar as JSON: RSVPs and the host under "members", keyed by user id."""
    events = []
    for gathering in calendar.events.values():
        members: dict[str, dict[str, Any]] = {
            user: {"rsvp": choice, "name": name, "locale": locale}
            for user, (choice, name, locale) in gathering.rsvp.items()
        }
        if gathering.host:
            members.setdefault(gathering.host, {"name": gathering.host_name})["host"] = True
        events.append(
            {
                "id": gathering.id,
                "title": gathering.title,
                "start": gathering.start.isoformat(),
                "end": gathering.end.isoformat(),
                "channel": gathering.channel,
                "description": gathering.description,
                "reminded": sorted(gathering.reminded),
                "members": members,
            }
        )
    return {"next_id": calendar.next_id, "events": events}


def decode_calendar(data: dict[str, Any]) -> Calendar:
    """The calendar `encode_calendar` wrote; an erased host leaves the event host-less."""
    calendar = Calendar(next_id=int(data["next_id"]))
    for item in data["events"]:
        members: dict[str, dict[str, Any]] = item["members"]
        host = next((user for user, entry in members.items() if entry.get("host")), "")
        gathering = Gathering(
            id=int(item["id"]),
            title=str(item["title"]),
            start=moment(item["start"]),
            end=moment(item["end"]),
            host=host,
            host_name=str(members[host]["name"]) if host else "",
            channel=str(item["channel"]),
            description=str(item["description"]),
            rsvp={
                user: (entry["rsvp"], str(entry["name"]), entry.get("locale"))
                for user, entry in members.items()
                if entry.get("rsvp") in CHOICES
            },
            reminded={int(offset) for offset in item["reminded"]},
        )
        calendar.events[gathering.id] = gathering
    return calendar


def parse_local_time(text: str, zone: ZoneInfo) -> datetime:
    """A wall-clock time in `zone` as an aware datetime; ValueError if unreadable."""
    cleaned = " ".join(text.strip().split())
    for pattern in _FORMATS:
        found = pattern.fullmatch(cleaned)
        if found:
            parts = {key: int(value) for key, value in found.groupdict().items()}
            return datetime(
                parts["y"], parts["m"], parts["d"], parts["H"], parts["M"], tzinfo=zone
            )
    raise ValueError(text)


def local_times(moment: datetime, zones: list[str], locale: str) -> str:
    """ "Fri 20 Nov 19:00 (Europe/Stockholm) · 18:00 (UTC)" — the zone list for non-Discord."""
    parts = []
    for name in zones:
        when = format_datetime(moment, "EEE d MMM HH:mm", tzinfo=ZoneInfo(name), locale=locale)
        parts.append(f"{when} ({name})")
    return " · ".join(parts)


def use_markup(ctx: Context) -> bool:
    setting = ctx.rules.events.timestamps
    if setting != "auto":
        return setting == "always"
    return ctx.max_timeout_s == DISCORD_MAX_TIMEOUT_S


def when_text(ctx: Context, moment: datetime, locale: str) -> str:
    """How the start is shown: Discord markup, or the time in each listed zone."""
    if use_markup(ctx):
        stamp = int(moment.timestamp())
        return f"<t:{stamp}:F> (<t:{stamp}:R>)"
    zones = [ctx.rules.community.timezone]
    zones += [zone for zone in ctx.rules.events.timezones if zone not in zones]
    return local_times(moment, zones, locale)


def length_text(ctx: Context, length: timedelta, locale: str) -> str:
    """ "90 minutes", "2 hours", "3 days" in `locale`."""
    minutes = round(length / timedelta(minutes=1))
    if minutes < 120 or minutes % 60:
        return ctx.i18n.duration_unit(locale, "minutes", minutes)
    if minutes < 48 * 60 or minutes % 1440:
        return ctx.i18n.duration_unit(locale, "hours", minutes // 60)
    return ctx.i18n.duration_unit(locale, "days", minutes // 1440)


class Gatherings(Cog):
    name = "gatherings"
    order = 70

    async def _calendar(self, ctx: Context) -> Calendar:
        return await saved_state.load(ctx, KEY, decode_calendar, Calendar)

    async def _save(self, ctx: Context, calendar: Calendar) -> None:
        await saved_state.save(ctx, KEY, encode_calendar(calendar))

    def _require_enabled(self, ctx: Context) -> None:
        if not ctx.rules.events.enabled:
            raise UserError("care-feature-off")

    @command(
        "event",
        Option("title", OptionType.STRING),
        Option("when", OptionType.STRING),
        Option("duration", OptionType.DURATION, required=False, max_value=MAX_LENGTH_S),
        Option("description", OptionType.TEXT, required=False),
        level=Level.MODERATOR,
    )
    async def event(
        self,
        ctx: Context,
        title: str,
        when: str,
        duration: int | None = None,
        description: str | None = None,
    ) -> None:
        self._require_enabled(ctx)
        settings = ctx.rules.events
        if len(title) > MAX_TITLE:
            raise UserError("error-text-too-long", option="title", limit=MAX_TITLE)
        try:
            start = parse_local_time(when, ctx.community.timezone)
        except ValueError:
            raise UserError("event-bad-time", value=when, example=EXAMPLE_TIME) from None
        now = ctx.now()
        if start <= now:
            raise UserError("event-in-past", value=when)
        if start - now > timedelta(seconds=settings.max_ahead):
            raise UserError("event-too-far", value=when)
        calendar = await self._calendar(ctx)
        if len(calendar.events) >= settings.max_open:
            raise UserError("event-too-many", count=settings.max_open)
        host = ctx.event.user
        gathering = Gathering(
            id=calendar.next_id,
            title=title,
            start=start,
            end=start + timedelta(seconds=duration or DEFAULT_LENGTH_S),
            host=host.id,
            host_name=host.name,
            channel=settings.channel or getattr(ctx.event, "channel", "") or "",
            description=description or "",
        )
        gathering.reminded = {
            offset for offset in settings.reminders if start - timedelta(seconds=offset) <= now
        }
        await ctx.perform(
            Send(
                channel=gathering.channel,
                text=self._announcement(ctx, gathering),
                buttons=self._buttons(ctx, gathering.id),
                rule="events",
            )
        )
        calendar.events[gathering.id] = gathering
        calendar.next_id += 1
        await self._save(ctx, calendar)
        await ctx.reply("event-created", title=title, id=gathering.id, ephemeral=True)
        if ctx.rules.recognition.badges.event_host:
            await award(ctx, host.id, host.name, "event-host")

    @command("events")
    async def events(self, ctx: Context) -> None:
        self._require_enabled(ctx)
        upcoming = sorted((await self._calendar(ctx)).events.values(), key=lambda g: g.start)
        if not upcoming:
            await ctx.reply("events-none", ephemeral=True)
            return
        lines = [ctx.t("events-header", count=len(upcoming))]
        for gathering in upcoming:
            lines.append(
                ctx.t(
                    "events-line",
                    id=gathering.id,
                    title=gathering.title,
                    when=when_text(ctx, gathering.start, ctx.locale),
                    going=len(gathering.names("going")),
                )
            )
        await ctx.reply_text("\n".join(lines), ephemeral=True)

    @command("cancelevent", Option("id", OptionType.INTEGER, min_value=1))
    async def cancelevent(self, ctx: Context, id: int) -> None:
        self._require_enabled(ctx)
        calendar = await self._calendar(ctx)
        gathering = calendar.events.get(id)
        if gathering is None:
            raise UserError("event-unknown", id=id)
        member = ctx.event.user
        if member.id != gathering.host and ctx.community.level_of(member) < Level.MODERATOR:
            raise UserError("event-not-yours", title=gathering.title)
        del calendar.events[id]
        await self._save(ctx, calendar)
        text = ctx.t_community("event-cancelled", title=gathering.title, name=member.name)
        await ctx.perform(Send(channel=gathering.channel, text=text, rule="events"))
        for user_id, (choice, _, locale) in gathering.rsvp.items():
            if choice == "going" and user_id != member.id:
                dm = ctx.i18n.format(
                    locale, "event-cancelled", title=gathering.title, name=member.name
                )
                await ctx.perform(Dm(user=user_id, text=dm, rule="events", automatic=True))
        await ctx.reply("event-cancel-done", title=gathering.title, ephemeral=True)

    @listen(Button)
    async def rsvp(self, ctx: Context) -> None:
        prefix, _, rest = ctx.event.custom_id.partition(":")
        if prefix != PREFIX:
            return
        event_id, _, choice = rest.partition(":")
        calendar = await self._calendar(ctx)
        gathering = calendar.events.get(int(event_id)) if event_id.isdigit() else None
        if gathering is None or choice not in CHOICES or ctx.now() >= gathering.end:
            await ctx.reply("event-gone", ephemeral=True)
            return
        member = ctx.event.user
        gathering.rsvp[member.id] = (choice, member.name, ctx.locale)
        await self._save(ctx, calendar)
        await ctx.reply(
            f"event-rsvp-{choice}",
            title=gathering.title,
            going=len(gathering.names("going")),
            ephemeral=True,
        )

    @listen(Tick)
    async def remind(self, ctx: Context) -> None:
        calendar = await self._calendar(ctx)
        now = ctx.now()
        over = [gathering.id for gathering in calendar.events.values() if now >= gathering.end]
        for event_id in over:
            del calendar.events[event_id]
        reminding = []
        for gathering in calendar.events.values():
            due = [
                offset
                for offset in ctx.rules.events.reminders
                if offset not in gathering.reminded
                and gathering.start - timedelta(seconds=offset) <= now < gathering.start
            ]
            if due:
                gathering.reminded.update(
                    offset for offset in ctx.rules.events.reminders if offset >= min(due)
                )
                reminding.append(gathering)
        if over or reminding:
            # Saved before sending: a restart mid-way skips a reminder rather than repeat it.
            await self._save(ctx, calendar)
        for gathering in reminding:
            await self._send_reminders(ctx, gathering)

    async def _send_reminders(self, ctx: Context, gathering: Gathering) -> None:
        locale = ctx.community.locale
        text = ctx.t_community(
            "event-reminder",
            title=gathering.title,
            when=when_text(ctx, gathering.start, locale),
            going=len(gathering.names("going")),
        )
        await ctx.perform(
            Send(channel=gathering.channel, text=text, rule="events", automatic=True)
        )
        for user_id, (choice, _, member_locale) in gathering.rsvp.items():
            if choice != "going":
                continue
            dm = ctx.i18n.format(
                member_locale,
                "event-reminder-dm",
                title=gathering.title,
                when=when_text(ctx, gathering.start, member_locale or locale),
            )
            await ctx.perform(Dm(user=user_id, text=dm, rule="events", automatic=True))

    def _announcement(self, ctx: Context, gathering: Gathering) -> str:
        locale = ctx.community.locale
        lines = [
            ctx.t_community(
                "event-announcement",
                title=gathering.title,
                when=when_text(ctx, gathering.start, locale),
                host=gathering.host_name,
                length=length_text(ctx, gathering.end - gathering.start, locale),
            )
        ]
        if gathering.description:
            lines.append(gathering.description)
        lines.append(ctx.t_community("event-rsvp-hint"))
        return "\n".join(lines)

    def _buttons(self, ctx: Context, event_id: int) -> tuple[tuple[str, str], ...]:
        return tuple(
            (f"{PREFIX}:{event_id}:{choice}", ctx.t_community(f"event-button-{choice}"))
            for choice in CHOICES
        )


manifest = CogManifest(
    cog=Gatherings,
    sections={"events": EventsSection},
    summary="/event with times in every member's zone, RSVP buttons and reminders.",
)
