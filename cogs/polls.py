"""Polls with buttons, and anonymous feedback that reaches the moderators.

`/poll` posts a neutral message with one button per option (custom ids
`poll:<id>:<index>`). Each member has one vote: pressing another option moves it, pressing
the same one again takes it back. Nobody sees who voted what. The poll closes after its
duration (on a clock tick) or with `/endpoll`, and the results are posted as a summary.
`/feedback` passes a note to the moderators without saying who wrote it.

Open polls and their votes are saved in the store after each change (`bot.saved_state`),
so buttons keep working and polls still close with results after a restart; a poll is
dropped once closed. Feedback cooldowns stay in memory only: keeping who sent anonymous
feedback, and when, in the record would undo the anonymity for a small convenience.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pydantic import Field

from bot import saved_state
from bot.actions import Report, Send
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import UserError
from bot.events import Button, Tick
from bot.plugins import CogManifest
from bot.rules.types import Channel, Duration, Section
from cogs.gatherings import moment, when_text


class FeedbackSection(Section):
    enabled: bool = True
    """Members may send anonymous notes to the moderators with /feedback."""
    channel: Channel | None = None
    """Where anonymous feedback goes; defaults to `channels.moderator_log`."""
    cooldown: Duration = 600
    """Time one member must wait between two notes."""


class PollsSection(Section):
    """Polls with buttons, and anonymous feedback to the moderators."""

    enabled: bool = True
    """Members may start polls with /poll."""
    channel: Channel | None = None
    """Where polls are posted; defaults to the channel the command was used in."""
    max_options: int = Field(default=10, ge=2, le=25)
    """At most this many options per poll."""
    duration: Duration = 86400
    """How long a poll stays open unless its author gives a duration."""
    max_duration: Duration = 30 * 86400
    """The longest a poll may stay open."""
    max_open: int = Field(default=20, ge=1, le=200)
    """At most this many open polls at once."""
    feedback: FeedbackSection = FeedbackSection()
    """Anonymous feedback to the moderators."""


PREFIX = "poll"
KEY = "polls"
"""Where the poll book is saved."""
MAX_OPTION = 80
"""Discord's longest button label."""
MAX_QUESTION = 300
BAR_WIDTH = 10
_SPLIT = re.compile(r"\s*[;|\n]\s*")


@dataclass(slots=True)
class Poll:
    id: int
    question: str
    options: tuple[str, ...]
    author: str
    channel: str
    closes_at: datetime
    votes: dict[str, int] = field(default_factory=dict)

    def counts(self) -> list[int]:
        tally = [0] * len(self.options)
        for choice in self.votes.values():
            tally[choice] += 1
        return tally


@dataclass(slots=True)
class PollBook:
    next_id: int = 1
    polls: dict[int, Poll] = field(default_factory=dict)


def encode_book(book: PollBook) -> dict[str, Any]:
    """The open polls as JSON: votes and the author under "members", keyed by user id."""
    polls = []
    for poll in book.polls.values():
        members: dict[str, dict[str, Any]] = {
            voter: {"vote": choice} for voter, choice in poll.votes.items()
        }
        if poll.author:
            members.setdefault(poll.author, {})["author"] = True
        polls.append(
            {
                "id": poll.id,
                "question": poll.question,
                "options": list(poll.options),
                "channel": poll.channel,
                "closes_at": poll.closes_at.isoformat(),
                "members": members,
            }
        )
    return {"next_id": book.next_id, "polls": polls}


def decode_book(data: dict[str, Any]) -> PollBook:
    """The book `encode_book` wrote; votes for options that do not exist are dropped."""
    book = PollBook(next_id=int(data["next_id"]))
    for item in data["polls"]:
        members: dict[str, dict[str, Any]] = item["members"]
        options = tuple(str(option) for option in item["options"])
        poll = Poll(
            id=int(item["id"]),
            question=str(item["question"]),
            options=options,
            author=next((user for user, entry in members.items() if entry.get("author")), ""),
            channel=str(item["channel"]),
            closes_at=moment(item["closes_at"]),
            votes={
                voter: entry["vote"]
                for voter, entry in members.items()
                if type(entry.get("vote")) is int and 0 <= entry["vote"] < len(options)
            },
        )
        book.polls[poll.id] = poll
    return book


def split_options(text: str) -> list[str]:
    """ "Pizza; Tacos | Sushi" -> ["Pizza", "Tacos", "Sushi"]; blanks are dropped."""
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


def results_text(ctx: Context, poll: Poll) -> str:
    """The closing summary, in the community's language, with a bar per option."""
    counts = poll.counts()
    total = sum(counts)
    lines = [ctx.t_community("poll-results-header", question=poll.question, count=total)]
    top = max(counts) if total else 0
    for option, count in zip(poll.options, counts, strict=True):
        percent = round(100 * count / total) if total else 0
        filled = round(BAR_WIDTH * count / total) if total else 0
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        mark = " 🏆" if total and count == top else ""
        lines.append(
            ctx.t_community(
                "poll-results-line", option=option, bar=bar, count=count, percent=percent
            )
            + mark
        )
    return "\n".join(lines)


class Polls(Cog):
    name = "polls"
    order = 70

    async def _book(self, ctx: Context) -> PollBook:
        return await saved_state.load(ctx, KEY, decode_book, PollBook)

    async def _save(self, ctx: Context, book: PollBook) -> None:
        await saved_state.save(ctx, KEY, encode_book(book))

    @command(
        "poll",
        Option("question", OptionType.STRING),
        Option("options", OptionType.STRING),
        Option("duration", OptionType.DURATION, required=False),
    )
    async def poll(
        self, ctx: Context, question: str, options: str, duration: int | None = None
    ) -> None:
        settings = ctx.rules.polls
        if not settings.enabled:
            raise UserError("care-feature-off")
        choices = split_options(options)
        if len(choices) < 2:
            raise UserError("poll-too-few-options")
        if len(choices) > settings.max_options:
            raise UserError("poll-too-many-options", count=settings.max_options)
        if len({choice.casefold() for choice in choices}) != len(choices):
            raise UserError("poll-duplicate-option")
        if len(question) > MAX_QUESTION:
            raise UserError("error-text-too-long", option="question", limit=MAX_QUESTION)
        if any(len(choice) > MAX_OPTION for choice in choices):
            raise UserError("error-text-too-long", option="options", limit=MAX_OPTION)
        length = duration or settings.duration
        if length > settings.max_duration:
            raise UserError("poll-too-long")
        book = await self._book(ctx)
        if len(book.polls) >= settings.max_open:
            raise UserError("poll-too-many-open", count=settings.max_open)
        poll = Poll(
            id=book.next_id,
            question=question,
            options=tuple(choices),
            author=ctx.event.user.id,
            channel=settings.channel or getattr(ctx.event, "channel", "") or "",
            closes_at=ctx.now() + timedelta(seconds=length),
        )
        lines = [ctx.t_community("poll-announcement", question=question, id=poll.id)]
        lines += [f"{index}. {choice}" for index, choice in enumerate(choices, start=1)]
        when = when_text(ctx, poll.closes_at, ctx.community.locale)
        lines.append(ctx.t_community("poll-closes", when=when))
        await ctx.perform(
            Send(
                channel=poll.channel,
                text="\n".join(lines),
                buttons=tuple((f"{PREFIX}:{poll.id}:{i}", c) for i, c in enumerate(choices)),
                rule="polls",
            )
        )
        book.polls[poll.id] = poll
        book.next_id += 1
        await self._save(ctx, book)
        await ctx.reply("poll-created", id=poll.id, ephemeral=True)

    @command("endpoll", Option("id", OptionType.INTEGER, min_value=1))
    async def endpoll(self, ctx: Context, id: int) -> None:
        book = await self._book(ctx)
        poll = book.polls.get(id)
        if poll is None:
            raise UserError("poll-unknown", id=id)
        member = ctx.event.user
        if member.id != poll.author and ctx.community.level_of(member) < Level.MODERATOR:
            raise UserError("poll-not-yours")
        await self._close(ctx, poll)
        await ctx.reply("poll-ended", id=id, ephemeral=True)

    @listen(Button)
    async def vote(self, ctx: Context) -> None:
        prefix, _, rest = ctx.event.custom_id.partition(":")
        if prefix != PREFIX:
            return
        poll_id, _, index = rest.partition(":")
        book = await self._book(ctx)
        poll = book.polls.get(int(poll_id)) if poll_id.isdigit() else None
        if poll is None or not index.isdigit() or int(index) >= len(poll.options):
            await ctx.reply("poll-closed", ephemeral=True)
            return
        choice, member = int(index), ctx.event.user.id
        if poll.votes.get(member) == choice:
            del poll.votes[member]
            await self._save(ctx, book)
            await ctx.reply("poll-vote-removed", option=poll.options[choice], ephemeral=True)
            return
        poll.votes[member] = choice
        await self._save(ctx, book)
        await ctx.reply("poll-voted", option=poll.options[choice], ephemeral=True)

    @listen(Tick)
    async def close_due(self, ctx: Context) -> None:
        for poll in list((await self._book(ctx)).polls.values()):
            if ctx.now() >= poll.closes_at:
                await self._close(ctx, poll)

    async def _close(self, ctx: Context, poll: Poll) -> None:
        book = await self._book(ctx)
        book.polls.pop(poll.id, None)
        await self._save(ctx, book)
        await ctx.perform(
            Send(channel=poll.channel, text=results_text(ctx, poll), rule="polls", automatic=True)
        )

    @command("feedback", Option("text", OptionType.TEXT))
    async def feedback(self, ctx: Context, text: str) -> None:
        """Anonymous: the report names no member; only a cooldown remembers the sender."""
        settings = ctx.rules.polls.feedback
        if not ctx.rules.polls.enabled or not settings.enabled:
            raise UserError("care-feature-off")
        channel = settings.channel or ctx.rules.channels.moderator_log
        if not channel:
            raise UserError("feedback-no-channel")
        member, now = ctx.event.user.id, ctx.now()
        sent_at: dict[str, datetime] = ctx.community.state_for("polls.feedback", dict)
        last = sent_at.get(member)
        if last is not None and now - last < timedelta(seconds=settings.cooldown):
            raise UserError("feedback-cooldown")
        for user in [
            user
            for user, at in sent_at.items()
            if now - at >= timedelta(seconds=settings.cooldown)
        ]:
            del sent_at[user]
        sent_at[member] = now
        report = ctx.t_community("feedback-report", text=text)
        await ctx.perform(Report(channel=channel, text=report, rule="feedback"))
        await ctx.reply("feedback-sent", ephemeral=True)


manifest = CogManifest(
    cog=Polls,
    sections={"polls": PollsSection},
    summary="/poll with buttons, /endpoll, and anonymous /feedback to the team.",
)
