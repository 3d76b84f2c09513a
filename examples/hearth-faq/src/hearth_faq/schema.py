"""The [faq] table: questions people keep asking, and the community's answers.

[faq]
cooldown = "10m"

[[faq.entries]]
id = "rules"
questions.en = ["where are the rules", "what are the rules"]
questions.sv = ["var finns reglerna"]
answer.en = "The rules are pinned in #rules. Thanks for asking!"
answer.sv = "Reglerna finns fästa i #rules. Tack för att du frågar!"
"""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from bot.rules.types import Duration, Language, Locale, Section, Slug, Template, Word


class FaqEntry(Section):
    """One question and its answer, in as many languages as the community writes."""

    id: Slug
    """Name of the topic, for `/faq topic:<id>`."""
    questions: dict[Language, list[Word]] = Field(default_factory=dict)
    """Phrases that mean someone is asking this, per language (whole words, any case)."""
    answer: dict[Locale, Template] = Field(min_length=1)
    """The answer per language; members get theirs, else the community's."""

    @model_validator(mode="after")
    def _bounded(self) -> FaqEntry:
        if sum(len(phrases) for phrases in self.questions.values()) > 100:
            raise ValueError(f"faq entry {self.id!r}: at most 100 question phrases")
        return self


class FaqSection(Section):
    """Answers to frequently asked questions, by command and when someone asks."""

    enabled: bool = True
    """Answer at all (commands and questions)."""
    answer_questions: bool = True
    """Answer a message that contains one of the questions, without a command."""
    cooldown: Duration = 600
    """Answer the same question in the same channel at most once in this time."""
    entries: list[FaqEntry] = Field(default_factory=list, max_length=50)

    @field_validator("entries")
    @classmethod
    def _unique(cls, entries: list[FaqEntry]) -> list[FaqEntry]:
        ids = [entry.id for entry in entries]
        if len(ids) != len(set(ids)):
            raise ValueError("two faq entries have the same id")
        return entries
