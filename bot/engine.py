"""Ordered dispatch of events to cogs, and the one place errors are turned into replies.

Cogs run in `order` (moderation first). A handler may stop the chain with `ctx.stop()`.
A cog runs in a community only where it is switched on (the rule file's `[cogs]`) and
where the platform can do what its manifest requires; elsewhere its listeners are skipped
and its commands answer that they are not available. A handler that raises is logged
with an incident id and isolated: the other cogs still see the event, and a command's
author gets a short localized reply. Observers (metrics) hear of every dispatch and every
handler failure; an optional per-member limiter refuses command floods with one
localized "slow down".
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from bot.actions import Action, Report
from bot.cog import Cog, Context, Services
from bot.commands import CommandRegistry, CommandSpec, Level
from bot.community import Community
from bot.errors import ActionFailed, CheckFailed, UserError
from bot.events import Command, Event
from bot.i18n import Localizer, current_locale
from bot.platform import Adapter
from bot.ratelimit import CommandLimiter, Verdict

if TYPE_CHECKING:
    from bot.plugins import Catalog, CogManifest, PluginFailure

log = logging.getLogger(__name__)


class EngineObserver(Protocol):
    """Told about dispatches and failures (metrics); must be quick and must not raise."""

    def dispatched(self, event: Event, actions: Sequence[Action], seconds: float) -> None: ...

    def handler_failed(self, cog: str, handler: str, error: BaseException) -> None: ...


class Engine:
    """Holds the loaded cogs, the communities and the adapter that carries out actions."""

    def __init__(
        self, services: Services, adapter: Adapter | None = None, catalog: Catalog | None = None
    ) -> None:
        self.services = services
        self.catalog = catalog
        """The installed cogs the rule files are checked against (None: the installed ones)."""
        self.cogs: list[Cog] = []
        self.manifests: dict[str, CogManifest] = {}
        """The manifest each loaded cog came with (cogs added by hand have none)."""
        self.failures: list[PluginFailure] = list(catalog.failures) if catalog else []
        """Cogs that could not be imported or loaded, and why; the others run."""
        self._unavailable: dict[str, frozenset[str]] = {}
        self.adapter = adapter
        self._handlers: dict[type[Event], list[tuple[Cog, str]]] = {}
        self.registry = CommandRegistry()
        self.communities: dict[str, Community] = {}
        self.observers: list[EngineObserver] = []
        self.command_limiter: CommandLimiter | None = None
        """Per-member command rate limit; None (the default) limits nothing."""

    @property
    def i18n(self) -> Localizer:
        return self.services.i18n

    @property
    def adapter(self) -> Adapter | None:
        return self._adapter

    @adapter.setter
    def adapter(self, adapter: Adapter | None) -> None:
        """Attach a platform; cogs needing actions it lacks stay off while it is attached."""
        self._adapter = adapter
        self._unavailable = {}
        self._check_requirements(self.manifests.values())

    def _check_requirements(self, manifests: Iterable[CogManifest]) -> None:
        adapter = self._adapter
        if adapter is None:
            return
        actions = adapter.capabilities().actions
        for manifest in manifests:
            missing = manifest.requires - actions
            if missing:
                self._unavailable[manifest.name] = missing
                log.warning(
                    "cog %s is off on %s, which cannot %s",
                    manifest.name,
                    adapter.platform,
                    ", ".join(sorted(missing)),
                )

    def cog_available(self, community: Community, cog_name: str) -> bool:
        """Whether a cog runs in this community: switched on there, and the platform can."""
        return cog_name not in self._unavailable and community.rules.cog_enabled(cog_name)

    # -- set-up ---------------------------------------------------------------

    async def add_cog(self, cog: Cog, manifest: CogManifest | None = None) -> None:
        """Load a cog all-or-nothing: if a command name clashes, nothing stays registered."""
        if any(loaded.name == cog.name for loaded in self.cogs):
            raise ValueError(f"a cog named {cog.name!r} is already loaded")
        if manifest is not None and manifest.order is not None:
            cog.order = manifest.order
        await cog.cog_load()
        try:
            for spec in cog.__commands__:
                self.registry.add(spec)
        except ValueError:
            self.registry.remove_cog(cog.name)
            await cog.cog_unload()
            raise
        self.cogs.append(cog)
        self.cogs.sort(key=lambda loaded: loaded.order)
        self._handlers.clear()
        if manifest is not None:
            self.manifests[cog.name] = manifest
            self._check_requirements([manifest])

    async def add_cogs(self, cogs: Iterable[Cog]) -> None:
        for cog in cogs:
            await self.add_cog(cog)

    def cog(self, name: str) -> Cog | None:
        return next((cog for cog in self.cogs if cog.name == name), None)

    def add_community(self, community: Community) -> None:
        self.communities[community.id] = community

    async def close(self) -> None:
        for cog in reversed(self.cogs):
            try:
                await cog.cog_unload()
            except Exception:
                log.exception("cog %s failed to unload", cog.name)
        store = self.services.store
        if store is not None:
            await store.close()

    # -- dispatch ---------------------------------------------------------------

    async def dispatch(self, event: Event) -> list[Action]:
        """Run one event through the cogs; return the actions that were carried out."""
        community = self.communities.get(event.community_id)
        if community is None:
            log.debug("no rule file for community %s; %s skipped", event.community_id, event.kind)
            return []
        performed: list[Action] = []
        started = time.perf_counter()
        locale = community.locale_for(event.user, self.i18n.locales)
        token = current_locale.set(locale)
        try:
            if isinstance(event, Command):
                await self._run_command(community, event, performed, locale)
            await self._run_listeners(community, event, performed, locale)
        finally:
            current_locale.reset(token)
        self._notify("dispatched", event, performed, time.perf_counter() - started)
        return performed

    def _notify(self, hook: str, *args: object) -> None:
        for observer in self.observers:
            try:
                getattr(observer, hook)(*args)
            except Exception:
                log.exception("observer %r failed in %s", observer, hook)

    def _handlers_for(self, event_type: type[Event]) -> list[tuple[Cog, str]]:
        """The (cog, method) pairs that hear this event type, in dispatch order (cached)."""
        handlers = self._handlers.get(event_type)
        if handlers is None:
            handlers = [
                (cog, attr)
                for cog in self.cogs
                for listened, attr in cog.__listeners__
                if issubclass(event_type, listened)
            ]
            self._handlers[event_type] = handlers
        return handlers

    async def _run_listeners(
        self, community: Community, event: Event, performed: list[Action], locale: str
    ) -> None:
        for cog, attr in self._handlers_for(type(event)):
            if not self.cog_available(community, cog.name):
                continue
            ctx = Context(self, community, event, performed, locale)
            try:
                await getattr(cog, attr)(ctx)
            except ActionFailed as failure:
                await self._report_failure(ctx, failure)
            except UserError as error:
                log.info("%s.%s refused: %s", cog.name, attr, error.message_id)
            except Exception as error:
                incident = _incident_id()
                log.exception("listener %s.%s failed (incident %s)", cog.name, attr, incident)
                self._notify("handler_failed", cog.name, attr, error)
            if ctx.stopped:
                return

    async def _run_command(
        self, community: Community, event: Command, performed: list[Action], locale: str
    ) -> None:
        ctx = Context(self, community, event, performed, locale)
        spec = self.registry.get(event.name)
        try:
            if spec is None:
                raise UserError("error-unknown-command", command=event.name)
            self._check_available(community, spec)
            self._check_level(community, spec, event)
            if not self._within_rate(community, event):
                return
            values = spec.convert(event.args)
            cog = self.cog(spec.cog)
            await getattr(cog, spec.callback)(ctx, **values)
        except ActionFailed as failure:
            await self._report_failure(ctx, failure)
        except UserError as error:
            await self._safe_reply(ctx, error.message_id, **error.args_for_message)
        except Exception as error:
            incident = _incident_id()
            log.exception("command %s failed (incident %s)", event.name, incident)
            self._notify("handler_failed", spec.cog if spec else "", event.name, error)
            await self._safe_reply(ctx, "error-internal", incident=incident)

    def _within_rate(self, community: Community, event: Command) -> bool:
        """Members (not moderators) get a limited number of commands per window."""
        limiter = self.command_limiter
        if limiter is None or community.level_of(event.user) >= Level.MODERATOR:
            return True
        verdict = limiter.check(community.id, event.user.id, event.at)
        if verdict is Verdict.ALLOW:
            return True
        if verdict is Verdict.WARN:
            raise UserError("error-slow-down")
        log.debug("command %s from %s dropped by the rate limit", event.name, event.user.id)
        return False

    def _check_available(self, community: Community, spec: CommandSpec) -> None:
        if spec.cog in self._unavailable:
            platform = self._adapter.platform if self._adapter is not None else ""
            raise UserError("error-cog-unavailable", command=spec.name, platform=platform)
        if not community.rules.cog_enabled(spec.cog):
            raise UserError("error-cog-disabled", command=spec.name)

    def _check_level(self, community: Community, spec: CommandSpec, event: Command) -> None:
        needed = community.level_for(spec)
        if community.level_of(event.user) < needed:
            raise CheckFailed("error-not-allowed", command=spec.name, level=needed.name.lower())

    async def _report_failure(self, ctx: Context, failure: ActionFailed) -> None:
        """Tell the moderator who asked (or the moderators' log) why the platform refused."""
        log.warning("action %s failed: %s", getattr(failure.action, "kind", "?"), failure.reason)
        args = {"reason": failure.reason, **failure.args_for_message}
        if isinstance(ctx.event, Command):
            await self._safe_reply(ctx, failure.message_id, **args)
            return
        text = ctx.t_community(failure.message_id, **args)
        log_channel = ctx.rules.channels.moderator_log
        if log_channel:
            try:
                await ctx.perform(Report(channel=log_channel, text=text, automatic=True))
            except ActionFailed as second:
                log.warning("could not report to the moderators' log: %s", second.reason)

    async def _safe_reply(self, ctx: Context, message_id: str, **args: object) -> None:
        try:
            await ctx.reply(message_id, ephemeral=True, **args)
        except ActionFailed as failure:
            log.warning("could not reply (%s): %s", message_id, failure.reason)
        except Exception:
            log.exception("could not reply with %s", message_id)

    async def perform(self, community: Community, action: Action) -> str | None:
        if self.adapter is None:
            raise ActionFailed(action, "no platform adapter is attached", "action-no-adapter")
        return await self.adapter.perform(community.id, action)


def _incident_id() -> str:
    return uuid.uuid4().hex[:8]
