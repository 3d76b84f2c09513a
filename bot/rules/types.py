"""Reusable field types for rule-file sections: strict models, durations, patterns.

Every section derives from `Section`, which forbids unknown keys and freezes the
result; durations accept "10m"-style text; patterns are compiled with RE2 at load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
_COG_NAME = re.compile(r"[a-z][a-z0-9-]{0,39}")
_LANGUAGE = re.compile(r"[a-z]{2}")


class Section(BaseModel):
    """Base for every table of a rule file: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, use_attribute_docstrings=True
    )


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


def _cog_name(value: str) -> str:
    if not _COG_NAME.fullmatch(value):
        raise ValueError(f"{value!r} is not a cog name (`hearth cogs` lists the installed ones)")
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


@dataclass(frozen=True, slots=True)
class Kind:
    """Names a value type for people: the generated rule-file reference reads it."""

    name: str
    """What the reference calls the type ("duration", "word or phrase" ...)."""
    sample: Any
    """A valid value, for generated examples."""
    help: str = ""
    """How to write one, said once at the top of the reference."""


Duration = Annotated[
    int,
    BeforeValidator(_duration),
    Kind("duration", "10m", '"90s", "10m", "2h", "1d", "1w" or combined, like "1h30m".'),
]
Pattern = Annotated[
    str,
    Field(min_length=1, max_length=500),
    AfterValidator(_pattern),
    Kind(
        "RE2 pattern",
        r"free\s*nitro",
        "A regular expression for RE2: linear time, so no backreferences or look-around.",
    ),
]
Slug = Annotated[
    str,
    AfterValidator(_slug),
    Kind("id", "my-rule", "Lowercase letters, digits, '-' and '_', at most 40 characters."),
]
CogName = Annotated[
    str, AfterValidator(_cog_name), Kind("cog name", "polls", "As `hearth cogs` lists it.")
]
Channel = Annotated[
    str,
    Kind(
        "channel",
        "general",
        "A channel's name (or id). On Telegram a whole group is one chat; see the deployment "
        "guide for where team-only destinations go.",
    ),
]
Language = Annotated[
    str,
    AfterValidator(_language),
    Kind("language", "sv", "An ISO 639-1 code: en, sv, nb, pl, de ..."),
]
SupportedLanguage = Annotated[
    str,
    AfterValidator(_language),
    AfterValidator(_supported_language),
    Kind(
        "community language",
        "sv",
        "An ISO 639-1 code with a word list in rules/wordlists/: en, sv, nb or pl.",
    ),
]
Locale = Annotated[
    str,
    AfterValidator(_locale),
    Kind("locale", "sv", "A language Hearth speaks: en, sv, nb or pl."),
]
TimeZone = Annotated[
    str,
    AfterValidator(_timezone),
    Kind("time zone", "Europe/Oslo", "An IANA name such as Europe/Stockholm or UTC."),
]
Name = Annotated[
    str,
    Field(min_length=1, max_length=100),
    Kind("name", "helpers", "A channel, role or member name or id (1 to 100 characters)."),
]
Word = Annotated[
    str,
    Field(min_length=1, max_length=100),
    Kind(
        "word or phrase",
        "example",
        "1 to 100 characters, matched as whole words in any letter case.",
    ),
]
Template = Annotated[
    str,
    Field(min_length=1, max_length=2000),
    Kind("text", "Welcome, we are glad you came!", "1 to 2000 characters."),
]
