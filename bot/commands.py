"""The one command registry that every platform reads.

A command is declared once in a cog with `@command(...)`; the console, replay, the
Discord adapter (slash commands) and the Telegram adapter (/commands) all build their
command lists from `CommandRegistry`. Names and option names are the contract of
DESIGN.md; descriptions are Fluent ids (`cmd-<name>` and `cmd-<name>-<option>`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from bot.durations import DurationError, parse_duration
from bot.errors import UserError

MAX_TEXT = 1000


class Level(IntEnum):
    """Who may run a command; the rule file maps roles to levels."""

    EVERYONE = 0
    MODERATOR = 1
    ADMIN = 2

    @classmethod
    def parse(cls, name: str) -> Level:
        return cls[name.upper()]


class OptionType(StrEnum):
    USER = "user"
    STRING = "string"
    TEXT = "text"
    INTEGER = "integer"
    DURATION = "duration"
    CHANNEL = "channel"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class Option:
    """One typed command option. `TEXT` swallows the rest of a typed line."""

    name: str
    type: OptionType = OptionType.STRING
    required: bool = True
    choices: tuple[str, ...] = ()
    min_value: int | None = None
    max_value: int | None = None

    def convert(self, raw: str) -> Any:
        """Turn a raw string into the option's type or raise a localized UserError."""
        value = raw.strip()
        if self.type is OptionType.USER:
            value = value.removeprefix("@").strip()
        elif self.type is OptionType.CHANNEL:
            value = value.removeprefix("#").strip()
        if not value:
            raise UserError("error-option-missing", option=self.name)
        if self.type is OptionType.INTEGER:
            return self._convert_integer(value)
        if self.type is OptionType.DURATION:
            try:
                seconds = parse_duration(value)
            except DurationError:
                raise UserError("error-bad-duration", option=self.name, value=value) from None
            if self.max_value is not None and seconds > self.max_value:
                raise UserError("error-duration-too-long", option=self.name, value=value)
            return seconds
        if self.type is OptionType.CHOICE and value not in self.choices:
            raise UserError(
                "error-bad-choice", option=self.name, value=value, choices=", ".join(self.choices)
            )
        if self.type in (OptionType.USER, OptionType.CHANNEL):
            return value
        if len(value) > MAX_TEXT:
            raise UserError("error-text-too-long", option=self.name, limit=MAX_TEXT)
        return value

    def _convert_integer(self, value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise UserError("error-bad-number", option=self.name, value=value) from None
        too_small = self.min_value is not None and number < self.min_value
        too_big = self.max_value is not None and number > self.max_value
        if not (too_small or too_big):
            return number
        bounds = {"option": self.name, "value": value}
        if self.min_value is not None and self.max_value is not None:
            raise UserError("error-number-range", min=self.min_value, max=self.max_value, **bounds)
        if too_small:
            raise UserError("error-number-too-small", min=self.min_value, **bounds)
        raise UserError("error-number-too-big", max=self.max_value, **bounds)


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """Everything a platform needs to publish and route one command."""

    name: str
    options: tuple[Option, ...] = ()
    level: Level = Level.EVERYONE
    guild_only: bool = True
    cog: str = ""
    callback: str = ""

    @property
    def description_id(self) -> str:
        return f"cmd-{self.name}"

    def option_description_id(self, option: Option) -> str:
        return f"cmd-{self.name}-{option.name}"

    def convert(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """Validate raw options: unknown names, missing required ones, wrong types."""
        known = {option.name for option in self.options}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise UserError("error-unknown-option", command=self.name, option=unknown[0])
        values: dict[str, Any] = {}
        for option in self.options:
            raw_value = raw.get(option.name)
            if raw_value is None or not str(raw_value).strip():
                if option.required:
                    raise UserError("error-option-missing", option=option.name)
                values[option.name] = None
                continue
            values[option.name] = option.convert(str(raw_value))
        return values

    def bind_line(self, line: str) -> dict[str, str]:
        """Map a typed argument line ("u1 10m being rude") onto option names.

        `name:value` pairs are taken by name; the rest fill options in order and a
        trailing TEXT option takes everything left over.
        """
        words = line.split()
        bound: dict[str, str] = {}
        positional: list[str] = []
        names = {option.name for option in self.options}
        for word in words:
            key, sep, value = word.partition(":")
            if sep and key in names and key not in bound:
                bound[key] = value
            else:
                positional.append(word)
        remaining = [option for option in self.options if option.name not in bound]
        for index, option in enumerate(remaining):
            if not positional:
                break
            is_last = index == len(remaining) - 1
            if option.type is OptionType.TEXT or is_last:
                bound[option.name] = " ".join(positional)
                positional = []
            else:
                bound[option.name] = positional.pop(0)
        return bound


@dataclass(slots=True)
class CommandRegistry:
    """All commands of the loaded cogs, by name."""

    _commands: dict[str, CommandSpec] = field(default_factory=dict)

    def add(self, spec: CommandSpec) -> None:
        if spec.name in self._commands:
            owner = self._commands[spec.name].cog
            raise ValueError(f"command {spec.name!r} is already registered by {owner}")
        self._commands[spec.name] = spec

    def remove_cog(self, cog: str) -> None:
        for name in [name for name, spec in self._commands.items() if spec.cog == cog]:
            del self._commands[name]

    def get(self, name: str) -> CommandSpec | None:
        return self._commands.get(name)

    def __iter__(self) -> Iterator[CommandSpec]:
        return iter(sorted(self._commands.values(), key=lambda spec: spec.name))

    def __len__(self) -> int:
        return len(self._commands)

    def __contains__(self, name: object) -> bool:
        return name in self._commands
