"""Telegram through python-telegram-bot 22: the adapter, command menus, and `run`.

`run(engine, settings, token)` builds a PTB `Application` (the Bot API base URL can
be pointed elsewhere, as the tests do), attaches a `TelegramAdapter` as
`engine.adapter`, publishes the command menus, and receives updates by long polling
(default) or by webhook (`settings.telegram.mode = "webhook"`, `webhook_url`, `listen`,
`port`; the secret token comes from TELEGRAM_WEBHOOK_SECRET or is generated and logged
at DEBUG only; requests without it get 403). It runs until cancelled or until SIGINT
or SIGTERM, then stops the updater and the application cleanly.

Clock ticks: `hearth run` already runs `bot.scheduler.tick_forever` beside this runner,
so `run` only ticks when asked to (`tick_s=30` for callers that do not).

Update handling lives in telegram_updates, actions in telegram_actions, chat mapping in
telegram_chats and member statuses in telegram_members.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import signal
from collections.abc import Callable
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeDefault,
    ChatPermissions,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, TypeHandler

from bot import redact
from bot.adapters.telegram_actions import TelegramActions
from bot.adapters.telegram_chats import ChatMap
from bot.adapters.telegram_members import MemberDirectory, build_member
from bot.adapters.telegram_updates import UpdateRouter, works_in_private
from bot.commands import CommandRegistry, CommandSpec, Level
from bot.config import HearthConfig, TelegramConfig
from bot.engine import Engine
from bot.events import Member
from bot.i18n import Localizer
from bot.scheduler import tick_forever

__all__ = ["TelegramAdapter", "build_application", "publish_commands", "run"]

log = logging.getLogger(__name__)

COMMAND_LANGUAGES: tuple[tuple[str | None, str], ...] = (
    (None, "en"),
    ("sv", "sv"),
    ("nb", "nb"),
    ("no", "nb"),
    ("pl", "pl"),
)
"""(language_code for setMyCommands, Hearth locale). Telegram takes ISO 639-1 codes;
Norwegian clients may report "nb" or "no", so Bokmål is published under both."""
MAX_COMMANDS = 100
WEBHOOK_SECRET_ENV = "TELEGRAM_WEBHOOK_SECRET"
DEFAULT_WEBHOOK_PATH = "telegram"


def build_application(token: str, base_url: str | None = None) -> Application:
    builder = ApplicationBuilder().token(token)
    if base_url:
        builder = builder.base_url(base_url)
    return builder.build()


def describe(i18n: Localizer, locale: str, spec: CommandSpec) -> str:
    """The localized description, fitted to Telegram's 3-256 characters."""
    if not i18n.has(locale, spec.description_id) and not i18n.has("en", spec.description_id):
        return f"/{spec.name}"
    text = i18n.format(locale, spec.description_id).strip()
    return (text if len(text) >= 3 else f"/{spec.name}")[:256]


def command_menus(registry: CommandRegistry) -> list[tuple[BotCommandScope, list[CommandSpec]]]:
    """Private chats see what works there; groups see everyone's commands; admins all."""
    specs = list(registry)
    everyone = [spec for spec in specs if spec.level is Level.EVERYONE]
    return [
        (BotCommandScopeDefault(), [spec for spec in everyone if works_in_private(spec)]),
        (BotCommandScopeAllGroupChats(), everyone),
        (BotCommandScopeAllChatAdministrators(), specs),
    ]


async def publish_commands(application: Application, engine: Engine) -> None:
    """setMyCommands per scope and language; a refusal is logged, never fatal."""
    for scope, specs in command_menus(engine.registry):
        for language_code, locale in COMMAND_LANGUAGES:
            commands = [
                BotCommand(spec.name, describe(engine.i18n, locale, spec)) for spec in specs
            ]
            try:
                await application.bot.set_my_commands(
                    commands[:MAX_COMMANDS], scope=scope, language_code=language_code
                )
            except TelegramError as error:
                log.warning(
                    "setMyCommands %s/%s refused: %s", scope.type, language_code, error.message
                )


class TelegramAdapter(TelegramActions):
    """One bot, any number of groups; each group belongs to the community that lists it."""

    def __init__(
        self,
        engine: Engine,
        application: Application,
        settings: TelegramConfig,
        *,
        poll_timeout_s: float = 10.0,
    ) -> None:
        self.engine = engine
        self.application = application
        self.bot = application.bot
        self.settings = settings
        self.poll_timeout_s = poll_timeout_s
        self.chats = ChatMap(engine)
        self.members = MemberDirectory(application.bot, settings.admin_cache_s)
        self._saved_permissions: dict[int, ChatPermissions] = {}
        self.router = UpdateRouter(
            engine,
            self.chats,
            self.members,
            delete_service_messages=settings.delete_service_messages,
        )
        application.add_handler(TypeHandler(Update, self.router.handle))
        application.add_error_handler(self._on_error)

    async def _on_error(self, update: object, context: object) -> None:
        error = getattr(context, "error", None)
        log.error("python-telegram-bot reported an error: %r", error, exc_info=error)

    async def start(self) -> None:
        app = self.application
        await app.initialize()
        self.router.bot_username = self.bot.username or ""
        await publish_commands(app, self.engine)
        await app.start()
        settings = self.settings
        updater = app.updater
        assert updater is not None
        if settings.mode == "webhook":
            if not settings.webhook_url:
                raise ValueError("telegram.webhook_url is required in webhook mode")
            secret = os.environ.get(WEBHOOK_SECRET_ENV) or secrets.token_urlsafe(32)
            if WEBHOOK_SECRET_ENV not in os.environ:
                redact.register(secret)
                log.debug("generated a webhook secret token for this run")
            path = urlparse(settings.webhook_url).path.strip("/") or DEFAULT_WEBHOOK_PATH
            await updater.start_webhook(
                listen=settings.listen,
                port=settings.port,
                url_path=path,
                webhook_url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
                drop_pending_updates=settings.drop_pending_updates,
            )
            log.info(
                "Telegram webhook listening on %s:%s/%s", settings.listen, settings.port, path
            )
        else:
            await updater.start_polling(
                timeout=self.poll_timeout_s,
                allowed_updates=Update.ALL_TYPES,
                drop_pending_updates=settings.drop_pending_updates,
            )
            log.info("Telegram long polling started as @%s", self.bot.username)

    async def stop(self) -> None:
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    async def fetch_member(self, community_id: str, user_id: str) -> Member | None:
        group = self.chats.group(community_id)
        community = self.engine.communities.get(community_id)
        if group is None or community is None or not user_id.lstrip("-").isdigit():
            return None
        status = await self.members.lookup(group.chat_id, int(user_id))
        return build_member(status.user, status.status, community.rules) if status else None

    async def bot_member(self, community_id: str) -> Member | None:
        return await self.fetch_member(community_id, str(self.bot.id))


def _on_signals(stop: asyncio.Event) -> Callable[[], None]:
    """Set `stop` on SIGINT/SIGTERM; returns the undo. A no-op where signals can't be hooked."""
    loop = asyncio.get_running_loop()
    hooked = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
            hooked.append(sig)

    def undo() -> None:
        for sig in hooked:
            loop.remove_signal_handler(sig)

    return undo


async def run(
    engine: Engine,
    settings: HearthConfig,
    token: str,
    *,
    base_url: str | None = None,
    tick_s: float | None = None,
    handle_signals: bool = True,
    poll_timeout_s: float = 10.0,
) -> None:
    """Run the bot on Telegram until cancelled or signalled; always shuts down cleanly."""
    application = build_application(token, base_url)
    adapter = TelegramAdapter(
        engine, application, settings.telegram, poll_timeout_s=poll_timeout_s
    )
    engine.adapter = adapter
    stop = asyncio.Event()
    undo_signals = _on_signals(stop) if handle_signals else (lambda: None)
    ticker: asyncio.Task[None] | None = None
    try:
        await adapter.start()
        if tick_s:
            ticker = asyncio.create_task(tick_forever(engine, tick_s), name="telegram-ticks")
        await stop.wait()
        log.info("stopping on signal")
    finally:
        undo_signals()
        if ticker is not None:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        await adapter.stop()
