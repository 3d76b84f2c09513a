"""The installed cogs: found through the `hearth.cogs` entry points, checked, catalogued.

Discovery never stops Hearth: a cog whose module does not import, whose entry point does
not lead to a manifest, or whose manifest clashes with another (same name, same rule
table) is recorded as a `PluginFailure` with the reason and left out. The catalog also
assembles the rule-file model from the core tables plus every installed cog's tables,
so a rule file is validated against exactly what is installed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from pydantic import create_model

from bot.plugins.manifest import ENTRY_POINT_GROUP, CogManifest, ManifestError, PluginFailure
from bot.rules.schema import RuleFile

log = logging.getLogger(__name__)


class Catalog:
    """Manifests by name (in dispatch order), the failures, and the rule-file model."""

    def __init__(
        self, manifests: Iterable[CogManifest] = (), failures: Iterable[PluginFailure] = ()
    ) -> None:
        self._manifests: dict[str, CogManifest] = {}
        self.failures: list[PluginFailure] = list(failures)
        self._owners: dict[str, str] = {}
        for manifest in manifests:
            self.add(manifest)

    def add(self, manifest: CogManifest, source: str = "") -> bool:
        """Catalogue a manifest unless it clashes with one already here (then a failure)."""
        problem = None
        if manifest.name in self._manifests:
            problem = f"a cog named {manifest.name!r} is already installed"
        else:
            taken = [table for table in manifest.sections if table in self._owners]
            if taken:
                owner = self._owners[taken[0]]
                problem = f"[{taken[0]}] is already owned by the cog {owner!r}"
        if problem is not None:
            self.failures.append(PluginFailure(manifest.name, problem, source))
            log.error("cog %s skipped: %s", manifest.name, problem)
            return False
        self._manifests[manifest.name] = manifest
        for table in manifest.sections:
            self._owners[table] = manifest.name
        self.__dict__.pop("rule_model", None)
        return True

    def __iter__(self) -> Iterator[CogManifest]:
        return iter(sorted(self._manifests.values(), key=lambda m: (m.order, m.name)))

    def __len__(self) -> int:
        return len(self._manifests)

    def __contains__(self, name: object) -> bool:
        return name in self._manifests

    def get(self, name: str) -> CogManifest | None:
        return self._manifests.get(name)

    def for_class(self, cog_class: type) -> CogManifest | None:
        return next((m for m in self._manifests.values() if m.cog is cog_class), None)

    def owner_of(self, table: str) -> str | None:
        """The cog that owns a rule-file table, or None (core tables have no owner)."""
        return self._owners.get(table)

    def failed(self, name: str) -> PluginFailure | None:
        return next((failure for failure in self.failures if failure.name == name), None)

    def known_commands(self) -> list[str]:
        """Every command name the installed cogs declare (for `[permissions]` checks)."""
        return sorted(spec.name for manifest in self for spec in manifest.cog.__commands__)

    def defaults(self) -> dict[str, bool]:
        """Each installed cog's on/off state when `[cogs]` does not mention it."""
        return {manifest.name: manifest.enabled_by_default for manifest in self}

    @cached_property
    def rule_model(self) -> type[RuleFile]:
        """The rule-file model: the core tables plus every installed cog's tables."""
        fields: dict[str, Any] = {
            table: (model, model())
            for manifest in self
            for table, model in manifest.sections.items()
        }
        model = create_model("RuleFile", __base__=RuleFile, __module__=__name__, **fields)
        model.__doc__ = RuleFile.__doc__
        return model


def discover(group: str = ENTRY_POINT_GROUP) -> Catalog:
    """Load every manifest registered in the entry-point group; failures are recorded."""
    catalog = Catalog()
    for entry_point in sorted(entry_points(group=group), key=lambda ep: ep.name):
        source = _source(entry_point)
        try:
            manifest = _load(entry_point)
        except Exception as error:  # a broken plugin is reported, never fatal
            reason = f"{type(error).__name__}: {error}"
            catalog.failures.append(PluginFailure(entry_point.name, reason, source))
            log.error("cog %s (%s) could not be loaded: %s", entry_point.name, source, reason)
            continue
        catalog.add(manifest, source)
    return catalog


def _load(entry_point: EntryPoint) -> CogManifest:
    loaded = entry_point.load()
    manifest = loaded() if callable(loaded) and not isinstance(loaded, type) else loaded
    if not isinstance(manifest, CogManifest):
        raise ManifestError(
            f"{entry_point.value} is {type(manifest).__name__}, not a bot.plugins.CogManifest"
        )
    if manifest.name != entry_point.name:
        raise ManifestError(
            f"the entry point is named {entry_point.name!r} but the cog {manifest.name!r}"
        )
    if manifest.version is None:
        version = entry_point.dist.version if entry_point.dist is not None else "unknown"
        object.__setattr__(manifest, "version", version)
    return manifest


def _source(entry_point: EntryPoint) -> str:
    dist = entry_point.dist
    owner = f"{dist.name} " if dist is not None else ""
    return f"{owner}{entry_point.value}".strip()


@lru_cache(maxsize=1)
def installed_catalog() -> Catalog:
    """The cogs installed in this Python environment (discovered once per process)."""
    return discover()
