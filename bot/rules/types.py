"""Reusable field types for rule-file sections: strict models, durations, patterns.

Every section derives from `Section`, which forbids unknown keys and freezes the
result; durations accept "10m"-style text; patterns are compiled with RE2 at load.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from bot.durations import DurationError, parse_duration
from bot.i18n import SUPPORTED_LOCALES
from bot.rules.regex import UnsafePattern, compile_user_pattern

SeverityName = Literal["mild", "abusive", "slur", "threat"]
LevelName = Literal["everyone", "moderator", "admin"]
GUIDELINE_IDS = ("respect", "no-spam", "on-topic", "privacy", "safety")
GuidelineId = Literal["respect", "no-spam", "on-topic", "privacy", "safety"]

_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_LANGUAGE = re.compile(r"[a-z]{2}")


class Section(BaseModel):
    """Base for every table of a rule file: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


MAX_DURATION_S = 10 * 366 * 86400
"""Ten years: longer than any sensible rule, short enough that dates never overflow."""


def require_unique_ids(items: list[Any], what: str) -> list[Any]:
    """Refuse a list of tables in which two entries share an `id` (keyword rules, paths...)."""
    ids = [item.id for item in items]
    duplicates = sorted({item_id for item_id in ids if ids.count(item_id) > 1})
    if duplicates:
        raise ValueError(f"{what} id {duplicates[0]!r} is used twice")
    return items


def _duration(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError("a duration is text like '90s', '10m', '2h', '1d' or '1w'")
    try:
        seconds = parse_duration(value)
    except DurationError:
        raise ValueError(
            f"bad duration {value!r}: use a number with s, m, h, d or w, like '10m' or '1d'"
        ) from None
    if seconds <= 0:
        raise ValueError(f"duration {value!r} must be longer than zero")
    if seconds > MAX_DURATION_S:
        raise ValueError(f"duration {value!r} is longer than ten years")
    return seconds


def _pattern(value: str) -> str:
    try:
        compile_user_pattern(value)
    except UnsafePattern as error:
        raise ValueError(str(error)) from None
    return value


def _slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise ValueError("use lowercase letters, digits, '-' or '_' (at most 40 characters)")
    return value


def _language(value: str) -> str:
    if not _LANGUAGE.fullmatch(value):
        raise ValueError(f"{value!r} is not an ISO 639-1 code such as 'en', 'sv', 'nb' or 'pl'")
    return value


def _supported_language(value: str) -> str:
    """A community language must have a word list: it is what the language selects."""
    from bot.filters.wordlist import available_languages

    supported = available_languages()
    if value not in supported:
        raise ValueError(
            f"language {value!r} is not supported; supported: {', '.join(supported)} "
            "(a language is added with a word list in rules/wordlists/)"
        )
    return value


def _locale(value: str) -> str:
    if value not in SUPPORTED_LOCALES:
        raise ValueError(f"locale {value!r} is not one of {', '.join(SUPPORTED_LOCALES)}")
    return value


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name like 'Europe/Oslo')"
        ) from None
    return value


Duration = Annotated[int, BeforeValidator(_duration)]
Pattern = Annotated[str, Field(min_length=1, max_length=500), AfterValidator(_pattern)]
Slug = Annotated[str, AfterValidator(_slug)]
Language = Annotated[str, AfterValidator(_language)]
SupportedLanguage = Annotated[str, AfterValidator(_language), AfterValidator(_supported_language)]
Locale = Annotated[str, AfterValidator(_locale)]
TimeZone = Annotated[str, AfterValidator(_timezone)]
Name = Annotated[str, Field(min_length=1, max_length=100)]
Word = Annotated[str, Field(min_length=1, max_length=100)]
Template = Annotated[str, Field(min_length=1, max_length=2000)]
