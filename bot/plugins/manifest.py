"""What a cog tells Hearth about itself before it is loaded: its manifest.

Every cog, built in or installed with pip, is published through the `hearth.cogs`
entry-point group as a `CogManifest`: its name (the key in a rule file's `[cogs]`
table), the rule-file tables it owns with their pydantic models, the platform actions
it cannot work without, and the cog class itself. Hearth reads manifests to build the
rule-file schema, to list what is installed (`hearth cogs`) and to load the cogs; a
manifest that does not hold together is refused with a reason, never half-used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.actions import ACTIONS_BY_KIND
from bot.cog import Cog

ENTRY_POINT_GROUP = "hearth.cogs"
CORE_TABLES = frozenset({"community", "platforms", "channels", "roles", "permissions", "cogs"})
"""Rule-file tables the core owns; no cog may claim them."""

_NAME = re.compile(r"[a-z][a-z0-9-]{0,39}")


class ManifestError(ValueError):
    """A manifest that cannot be used; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class CogManifest:
    """A cog's self-description. `name` and `order` default to the cog class's own."""

    cog: type[Cog]
    """The cog class; Hearth calls it with the engine's `Services`."""
    sections: Mapping[str, type[BaseModel]] = field(default_factory=dict)
    """Top-level rule-file tables this cog owns, each with its strict pydantic model.
    Every key needs a default: a community that writes nothing gets the defaults."""
    requires: frozenset[str] = frozenset()
    """Action kinds ("delete", "timeout", ...) the platform must carry out for this cog
    to work at all; where one is missing the cog stays off and its commands say so."""
    summary: str = ""
    """One line for `hearth cogs` and the reference (defaults to the class docstring)."""
    name: str = ""
    order: int | None = None
    """Dispatch order; lower runs first (moderation -100 ... stats 100)."""
    version: str | None = None
    """Defaults to the version of the distribution that registered the entry point."""
    enabled_by_default: bool = True
    """Whether a community that does not mention the cog in `[cogs]` gets it."""
    required: bool = False
    """A cog that must never be turned off (it lifts timed actions, purges old data)."""
    locales: Path | None = None
    """A folder with `<lang>/*.ftl` files holding this cog's messages."""

    def __post_init__(self) -> None:
        if not (isinstance(self.cog, type) and issubclass(self.cog, Cog)):
            raise ManifestError(f"`cog` must be a subclass of bot.cog.Cog, not {self.cog!r}")
        set_value = object.__setattr__
        set_value(self, "name", self.name or self.cog.name)
        set_value(self, "order", self.cog.order if self.order is None else self.order)
        set_value(self, "summary", self.summary or _first_line(self.cog.__doc__))
        set_value(self, "sections", MappingProxyType(dict(self.sections)))
        set_value(self, "requires", frozenset(self.requires))
        self._check()

    def _check(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ManifestError(
                f"cog name {self.name!r}: use lowercase letters, digits and '-' "
                "(a letter first, at most 40 characters)"
            )
        if self.name != self.cog.name:
            raise ManifestError(
                f"manifest name {self.name!r} differs from {self.cog.__name__}.name "
                f"{self.cog.name!r}"
            )
        unknown = sorted(self.requires - set(ACTIONS_BY_KIND))
        if unknown:
            raise ManifestError(
                f"cog {self.name!r} requires unknown action {unknown[0]!r}; "
                f"known: {', '.join(sorted(ACTIONS_BY_KIND))}"
            )
        if self.required and not self.enabled_by_default:
            raise ManifestError(f"cog {self.name!r} is required, so it must be on by default")
        for table, model in self.sections.items():
            self._check_section(table, model)

    def _check_section(self, table: str, model: Any) -> None:
        if table in CORE_TABLES:
            raise ManifestError(f"cog {self.name!r} claims [{table}], which the core owns")
        if not _NAME.fullmatch(table.replace("_", "-")):
            raise ManifestError(f"cog {self.name!r}: [{table}] is not a valid table name")
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            raise ManifestError(f"cog {self.name!r}: [{table}] needs a pydantic model")
        if model.model_config.get("extra") != "forbid":
            raise ManifestError(
                f"cog {self.name!r}: the model of [{table}] must forbid unknown keys "
                "(derive it from bot.rules.types.Section)"
            )
        try:
            model()
        except ValidationError:
            raise ManifestError(
                f"cog {self.name!r}: every key of [{table}] needs a default"
            ) from None

    def owned_tables(self) -> tuple[str, ...]:
        return tuple(self.sections)


@dataclass(frozen=True, slots=True)
class PluginFailure:
    """A cog that could not be imported, described or loaded, and why."""

    name: str
    reason: str
    source: str = ""
    """The entry point (`module:attribute`) or distribution it came from."""

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"{self.name}{where}: {self.reason}"


def _first_line(text: str | None) -> str:
    return (text or "").strip().split("\n", 1)[0].strip()
