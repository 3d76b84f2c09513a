"""Secrets never printed: tokens and database passwords masked in everything Hearth writes.

Two nets, because a secret can reach output from code Hearth does not own (a library's
exception message, a URL in a connection error):

- known values: the tokens in DISCORD_TOKEN, TELEGRAM_TOKEN and TELEGRAM_WEBHOOK_SECRET,
  the password of HEARTH_DATABASE_URL, and whatever the process `register`s (the
  database URL from the config file);
- shapes: a Telegram bot token (`123456:ABC…`), a Discord bot token (three base64url
  parts joined by dots), the password in `scheme://user:password@host` and in libpq's
  `password=…`.

`install()` applies both to every log record (at creation, so handlers, formatters and
test captures only ever see masked text), to uncaught exceptions in the main thread and
in other threads, and `redact()` is there for the few lines the command line prints
itself. The module imports nothing heavy: the CLI calls `install()` first thing.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

SECRET_VARIABLES = ("DISCORD_TOKEN", "TELEGRAM_TOKEN", "TELEGRAM_WEBHOOK_SECRET")
URL_VARIABLES = ("HEARTH_DATABASE_URL",)
MASK = "***"
MIN_SECRET_LENGTH = 6
"""Shorter values are not masked by value: they would mangle ordinary words in every line."""

SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    # scheme://user:password@host — keep the user, mask the password.
    (re.compile(r"(?<=://)([^:/?#@\s]*):[^@\s]+@"), rf"\1:{MASK}@"),
    # libpq keyword/value connection strings and query strings: password=...
    (re.compile(r"(?i)\b(password|passwd|pwd)=([^\s&;'\"]+)"), rf"\1={MASK}"),
    # Telegram bot token: the bot's numeric id, a colon, 35 url-safe characters.
    (re.compile(r"(?<!\d)\d{5,20}:[A-Za-z0-9_-]{30,}(?![\w-])"), MASK),
    # Discord bot token: base64url(user id) . timestamp . hmac.
    (re.compile(r"(?<![\w.-])[\w-]{18,40}\.[\w-]{5,10}\.[\w-]{25,}", re.ASCII), MASK),
)

_registered: set[str] = set()


_WRITTEN_PASSWORD = re.compile(r"://[^:/?#@\s]*:([^@\s]+)@")


def url_password(url: str | None) -> str | None:
    """The password in a database URL, if it has one (percent-decoded)."""
    if not url or "://" not in url:
        return None
    try:
        password = urlsplit(url).password
    except ValueError:  # e.g. a port that is not a number: find the password by shape
        written = _WRITTEN_PASSWORD.search(url)
        password = written.group(1) if written else None
    return unquote(password) if password else None


def register(secret: str | None) -> None:
    """Mask this value from now on (a token or password read from somewhere else)."""
    if secret and len(secret.strip()) >= MIN_SECRET_LENGTH:
        _registered.add(secret.strip())


def register_url(url: str | None) -> None:
    """Mask the password of this database URL from now on (decoded and as written)."""
    register(url_password(url))
    written = _WRITTEN_PASSWORD.search(url or "")
    if written:
        register(written.group(1))


def secrets(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Every known secret value, longest first (so a token's tail is not left behind)."""
    env = os.environ if environ is None else environ
    values = {env.get(name, "").strip() for name in SECRET_VARIABLES}
    for name in URL_VARIABLES:
        password = url_password(env.get(name))
        if password:
            values.add(password)
    values |= _registered
    found = (value for value in values if len(value) >= MIN_SECRET_LENGTH)
    return tuple(sorted(found, key=len, reverse=True))


def mask(text: str, values: Iterable[str]) -> str:
    """`text` with each of `values` replaced by the mask."""
    for secret in values:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def redact(text: str, values: Iterable[str] | None = None) -> str:
    """`text` with every known secret and every secret-shaped string masked."""
    text = mask(text, secrets() if values is None else values)
    for pattern, replacement in SHAPES:
        text = pattern.sub(replacement, text)
    return text


def scrub(record: logging.LogRecord, values: tuple[str, ...] | None = None) -> None:
    """Mask secrets in a log record in place: message, arguments, exception and stack."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: leave it for logging to report
        return
    cleaned = redact(message, values)
    if cleaned != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text, values)
    if record.stack_info:
        record.stack_info = redact(record.stack_info, values)


def format_exception(error: BaseException) -> str:
    """A traceback as text, secrets masked."""
    return redact("".join(traceback.format_exception(error)))


def _excepthook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, error, tb))))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "a thread"
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    sys.stderr.write(redact(f"Exception in {name}:\n{text}"))


_installed = False


def install() -> None:
    """Mask secrets in every log record and uncaught traceback from now on (idempotent)."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        scrub(record)
        return record

    logging.setLogRecordFactory(factory)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _installed = True
