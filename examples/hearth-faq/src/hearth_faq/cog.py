"""The FAQ cog: `/faq` lists the topics or answers one; a question asked in chat is
answered once per channel and cooldown, in the language of the member who asked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.cog import Cog, Context, command, listen
from bot.commands import Option
from bot.errors import UserError
from bot.events import Message
from hearth_faq.schema import FaqEntry

WORD_EDGE = r"(?<!\w){}(?!\w)"


@dataclass(slots=True)
class Answered:
    """When each (channel, topic) was last answered unasked, for the cooldown."""

    last: dict[tuple[str, str], datetime] = field(default_factory=dict)


def asks(entry: FaqEntry, text: str) -> bool:
    """Whether `text` contains one of the entry's question phrases as whole words."""
    folded = " ".join(text.casefold().split())
    return any(
        re.search(WORD_EDGE.format(re.escape(" ".join(phrase.casefold().split()))), folded)
        for phrases in entry.questions.values()
        for phrase in phrases
    )


def answer_for(entry: FaqEntry, locale: str, community_locale: str) -> str:
    """The answer in the member's language, else the community's, else any."""
    for candidate in (locale, community_locale):
        if candidate in entry.answer:
            return entry.answer[candidate]
    return next(iter(entry.answer.values()))


class Faq(Cog):
    """Answers to the questions a community is asked again and again."""

    name = "faq"
    order = 65
    """After the welcome and introductions, before events and polls."""

    @command("faq", Option("topic", required=False))
    async def faq(self, ctx: Context, topic: str | None) -> None:
        settings = ctx.rules.faq
        if not settings.enabled or not settings.entries:
            raise UserError("faq-none")
        if topic is None:
            topics = ", ".join(entry.id for entry in settings.entries)
            await ctx.reply("faq-topics", ephemeral=True, topics=topics)
            return
        entry = next((entry for entry in settings.entries if entry.id == topic), None)
        if entry is None:
            raise UserError("faq-unknown-topic", topic=topic)
        await ctx.reply_text(answer_for(entry, ctx.locale, ctx.community.locale))

    @listen(Message)
    async def answer_question(self, ctx: Context) -> None:
        settings = ctx.rules.faq
        if not (settings.enabled and settings.answer_questions) or ctx.event.user.is_bot:
            return
        entry = next((entry for entry in settings.entries if asks(entry, ctx.event.text)), None)
        if entry is None:
            return
        answered = ctx.community.state_for(self.name, Answered)
        key, now = (ctx.event.channel, entry.id), ctx.now()
        last = answered.last.get(key)
        if last is not None and now - last < timedelta(seconds=settings.cooldown):
            return
        answered.last[key] = now
        text = answer_for(entry, ctx.locale, ctx.community.locale)
        await ctx.reply_text(ctx.t("faq-auto-answer", answer=text))
