"""What a python-telegram-bot failure at start-up means for the operator (see bot.startup).

A rejected token and a refused request are final; a network that is not there (yet), a
timeout, a 5xx or a flood wait is retried with backoff. The messages never repeat the
library's text for a rejected token, which contains the token itself.
"""

from __future__ import annotations

import errno

from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.redact import redact
from bot.startup import EXIT_CONFIG, EXIT_UNAVAILABLE, StartupFailure

LISTEN_ERRORS = {errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL}


def classify(error: BaseException) -> StartupFailure | None:
    """The start-up failure `error` stands for, or None when it is not one we know."""
    if isinstance(error, InvalidToken):
        return StartupFailure(
            "Telegram rejected the token in TELEGRAM_TOKEN: copy it again from @BotFather "
            "(/mybots → API Token), or revoke it there and use the new one",
            EXIT_CONFIG,
        )
    if isinstance(error, RetryAfter):
        return StartupFailure(
            f"Telegram asks to wait {error.retry_after} s (flood control)",
            EXIT_UNAVAILABLE,
            retry=True,
        )
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        return StartupFailure(
            f"cannot reach the Telegram Bot API ({redact(error.message)}): check the "
            "network, DNS and any proxy",
            EXIT_UNAVAILABLE,
            retry=True,
        )
    if isinstance(error, TelegramError):
        return StartupFailure(f"Telegram refused to start the bot: {redact(error.message)}")
    if isinstance(error, OSError) and error.errno in LISTEN_ERRORS:
        return StartupFailure(
            f"cannot listen for the webhook: {error.strerror}; change [telegram] listen or "
            "port in the config",
            EXIT_CONFIG,
        )
    if isinstance(error, OSError | TimeoutError):
        return StartupFailure(
            f"cannot reach the Telegram Bot API ({redact(str(error)) or type(error).__name__})",
            EXIT_UNAVAILABLE,
            retry=True,
        )
    return None
