"""Ordered dispatch of events to cogs, and the one place errors are turned into replies.

Cogs run in `order` (moderation first). A handler may stop the chain with
`ctx.stop()`. A handler that raises is logged with an incident id and isolated: the
other cogs still see the event, and a command's author gets a short localized reply.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from bot.actions import Action, Report
from bot.adapters.base import Adapter
from bot.cog import Cog, Context, Services
from bot.commands import CommandRegistry, CommandSpec
from bot.community import Community
from bot.errors import ActionFailed, CheckFailed, UserError
from bot.events import Command, Event
from bot.i18n import Localizer, current_locale

log = logging.getLogger(__name__)


class Engine:
    """Holds the loaded cogs, the communities and the adapter that carries out actions."""

    def __init__(self, services: Services, adapter: Adapter | None = None) -> None:
        self.services = services
        self.adapter = adapter
        self.cogs: list[Cog] = []
        self.registry = CommandRegistry()
        self.communities: dict[str, Community] = {}

    @property
    def i18n(self) -> Localizer:
        return self.services.i18n

    # -- set-up ---------------------------------------------------------------

    async def add_cog(self, cog: Cog) -> None:
        """Load a cog all-or-nothing: if a command name clashes, nothing stays registered."""
        if any(loaded.name == cog.name for loaded in self.cogs):
            raise ValueError(f"a cog named {cog.name!r} is already loaded")
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
        token = current_locale.set(community.locale_for(event.user, self.i18n.locales))
        try:
            if isinstance(event, Command):
                await self._run_command(community, event, performed)
            await self._run_listeners(community, event, performed)
        finally:
            current_locale.reset(token)
        return performed

    async def _run_listeners(
        self, community: Community, event: Event, performed: list[Action]
    ) -> None:
        for cog in self.cogs:
            for event_type, attr in cog.__listeners__:
                if not isinstance(event, event_type):
                    continue
                ctx = Context(self, community, event, performed)
                try:
                    await getattr(cog, attr)(ctx)
                except ActionFailed as failure:
                    await self._report_failure(ctx, failure)
                except UserError as error:
                    log.info("%s.%s refused: %s", cog.name, attr, error.message_id)
                except Exception:
                    incident = _incident_id()
                    log.exception("listener %s.%s failed (incident %s)", cog.name, attr, incident)
                if ctx.stopped:
                    return

    async def _run_command(
        self, community: Community, event: Command, performed: list[Action]
    ) -> None:
        ctx = Context(self, community, event, performed)
        spec = self.registry.get(event.name)
        try:
            if spec is None:
                raise UserError("error-unknown-command", command=event.name)
            self._check_level(community, spec, event)
            values = spec.convert(event.args)
            cog = self.cog(spec.cog)
            await getattr(cog, spec.callback)(ctx, **values)
        except ActionFailed as failure:
            await self._report_failure(ctx, failure)
        except UserError as error:
            await self._safe_reply(ctx, error.message_id, **error.args_for_message)
        except Exception:
            incident = _incident_id()
            log.exception("command %s failed (incident %s)", event.name, incident)
            await self._safe_reply(ctx, "error-internal", incident=incident)

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

    async def perform(self, community: Community, action: Action) -> None:
        if self.adapter is None:
            raise ActionFailed(action, "no platform adapter is attached", "action-no-adapter")
        await self.adapter.perform(community.id, action)


def _incident_id() -> str:
    return uuid.uuid4().hex[:8]
