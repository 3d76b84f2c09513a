"""Assemble a running Hearth: settings, store, cogs, communities and rule reloading.

Every entry point (console, replay, the Discord and Telegram runners) builds its
engine here, so a dry run uses exactly the cogs and rules the live bot would. The cogs
are the installed ones (`bot.plugins`, the `hearth.cogs` entry points); this module
names none of them. A cog that fails to load is logged, kept in `engine.failures` and
skipped; the others run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.cog import Cog, Services
from bot.community import Community
from bot.engine import Engine
from bot.i18n import DEFAULT_LOCALES_DIR, Localizer
from bot.platform import Adapter
from bot.plugins import Catalog, CogManifest, PluginFailure, installed_catalog
from bot.rules import RuleFileError, RuleWatcher, community_id_for, load_rules
from bot.translate import CachedTranslator, Translator

log = logging.getLogger(__name__)

CogFactory = Callable[[Services], Cog]


def default_cog_factories(catalog: Catalog | None = None) -> list[CogFactory]:
    """The installed cogs' classes, in dispatch order."""
    return [manifest.cog for manifest in (catalog or installed_catalog())]


def expand_rule_paths(entries: Iterable[str | Path]) -> list[Path]:
    """Rule files as given, and every *.toml inside given folders (sorted)."""
    paths: list[Path] = []
    for entry in entries:
        path = Path(entry)
        if path.is_dir():
            paths.extend(sorted(child for child in path.glob("*.toml") if child.is_file()))
        else:
            paths.append(path)
    return paths


@dataclass(slots=True)
class LoadReport:
    """What happened when the rule files were read: loaded ids and rejected files."""

    loaded: dict[str, Path] = field(default_factory=dict)
    errors: list[RuleFileError] = field(default_factory=list)


async def load_communities(engine: Engine, paths: Iterable[Path]) -> LoadReport:
    """Validate each rule file and add its community; a bad file never stops the others."""
    report = LoadReport()
    known = [spec.name for spec in engine.registry]
    for path in paths:
        try:
            rules = load_rules(path, known_commands=known, catalog=engine.catalog)
        except RuleFileError as error:
            report.errors.append(error)
            continue
        community_id = community_id_for(path, rules)
        if community_id in report.loaded:
            log.error(
                "%s: community id %r is already used by %s; skipped",
                path,
                community_id,
                report.loaded[community_id],
            )
            continue
        engine.add_community(Community(id=community_id, rules=rules, source=path))
        report.loaded[community_id] = path
        if engine.services.store is not None:
            await engine.services.store.ensure_community(community_id, rules.community.name)
    return report


async def build_engine(
    *,
    database_url: str,
    adapter: Adapter | None = None,
    locales_dir: Path | None = None,
    translator: Translator | None = None,
    cogs: Iterable[CogFactory] | None = None,
    catalog: Catalog | None = None,
    flush_every: int = 5000,
    flush_seconds: float = 5.0,
) -> Engine:
    """Open the store and load the cogs; communities are added by `load_communities`.

    `cogs` picks cog classes to load (tests); by default every installed cog is loaded.
    """
    from bot.storage import Store  # the database layer loads only when an engine is built

    catalog = catalog if catalog is not None else installed_catalog()
    store = await Store.open(database_url, flush_every=flush_every, flush_interval_s=flush_seconds)
    services = Services(
        i18n=Localizer(
            locales_dir or DEFAULT_LOCALES_DIR,
            extra_dirs=[manifest.locales for manifest in catalog if manifest.locales],
        ),
        store=store,
        translator=translator if translator is not None else CachedTranslator(None),
    )
    engine = Engine(services, adapter, catalog)
    factories = cogs if cogs is not None else default_cog_factories(catalog)
    try:
        for factory in factories:
            failure = await _load_cog(engine, services, catalog.for_class(factory) or factory)
            if failure is not None:
                engine.failures.append(failure)
    except BaseException:
        await store.close()
        raise
    return engine


async def _load_cog(
    engine: Engine, services: Services, choice: CogManifest | CogFactory
) -> PluginFailure | None:
    """Load one cog; a cog that fails is reported and skipped, never fatal."""
    manifest = choice if isinstance(choice, CogManifest) else None
    factory = manifest.cog if manifest is not None else choice
    name = manifest.name if manifest is not None else getattr(factory, "name", repr(factory))
    try:
        await engine.add_cog(factory(services), manifest)
    except Exception as error:
        log.exception("cog %s could not be loaded; it is skipped", name)
        return PluginFailure(name, f"{type(error).__name__}: {error}")
    return None


def watch_rules(engine: Engine, report: LoadReport, interval_s: float = 2.0) -> RuleWatcher:
    """Hot reload: each valid edit replaces that community's rules in place.

    The adapter hears of both (`Adapter.rules_changed`, to resync commands, channels and
    AutoMod; `Adapter.rules_rejected`, to tell the moderators' log that an edit was
    refused and the last good version stays).
    """
    by_path = {path.resolve(): community_id for community_id, path in report.loaded.items()}

    def tell_adapter(hook: Callable[[Adapter], None]) -> None:
        """Run an adapter hook; its failure is logged and never stops reloading."""
        if engine.adapter is None:
            return
        try:
            hook(engine.adapter)
        except Exception:
            log.exception("the adapter's rule-file hook failed")

    def on_change(path: Path, rules) -> None:  # type: ignore[no-untyped-def]
        community_id = by_path.get(path.resolve(), "")
        community = engine.communities.get(community_id)
        if community is not None:
            community.replace_rules(rules)
            tell_adapter(lambda adapter: adapter.rules_changed(community_id))

    def on_error(path: Path, error: RuleFileError) -> None:
        community_id = by_path.get(path.resolve(), "")
        if community_id in engine.communities:
            tell_adapter(lambda adapter: adapter.rules_rejected(community_id, error))

    return RuleWatcher(
        list(report.loaded.values()),
        on_change,
        on_error,
        known_commands=[spec.name for spec in engine.registry],
        interval_s=interval_s,
        catalog=engine.catalog,
    )
