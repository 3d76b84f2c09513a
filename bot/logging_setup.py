"""Process logging: readable or JSON lines, and secrets masked wherever a record is made.

`configure(level, json_format)` sets up the root handler once for `hearth run`,
`console` and `replay`. Token values from the environment (DISCORD_TOKEN,
TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET) are masked by a log-record factory, so no
handler, formatter or test capture (caplog) ever sees them, whether they arrive in the
message, its arguments or an exception's text. Message text from members is only ever
logged at DEBUG by Hearth's own code (see tests/reliability/test_logging.py).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

SECRET_VARIABLES = ("DISCORD_TOKEN", "TELEGRAM_TOKEN", "TELEGRAM_WEBHOOK_SECRET")
MASK = "***"
MIN_SECRET_LENGTH = 6
"""Shorter values are not masked: they would mangle ordinary words in every line."""
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def secrets_from(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The secret values set in the environment, longest first."""
    env = os.environ if environ is None else environ
    values = {env.get(name, "").strip() for name in SECRET_VARIABLES}
    return tuple(sorted((v for v in values if len(v) >= MIN_SECRET_LENGTH), key=len, reverse=True))


def mask(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class SecretFilter(logging.Filter):
    """Rewrites a record so none of `secrets` appears in its message or exception text."""

    def __init__(self, secrets: Iterable[str] | None = None) -> None:
        super().__init__()
        self._fixed = None if secrets is None else tuple(secrets)

    @property
    def secrets(self) -> tuple[str, ...]:
        return self._fixed if self._fixed is not None else secrets_from()

    def filter(self, record: logging.LogRecord) -> bool:
        scrub(record, self.secrets)
        return True


def scrub(record: logging.LogRecord, secrets: tuple[str, ...]) -> None:
    """Mask secrets in a record in place (message, arguments, exception and stack text)."""
    if not secrets:
        return
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: leave it for logging to report
        return
    cleaned = mask(message, secrets)
    if cleaned != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = mask(record.exc_text, secrets)
    if record.stack_info:
        record.stack_info = mask(record.stack_info, secrets)


_installed = False


def install_secret_masking() -> None:
    """Mask secrets in every log record from now on, at creation (idempotent)."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        scrub(record, secrets_from())
        return record

    logging.setLogRecordFactory(factory)
    _installed = True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and exception)."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            data["exception"] = record.exc_text
        if record.stack_info:
            data["stack"] = record.stack_info
        return json.dumps(data, ensure_ascii=False)


def configure(
    level: str = "INFO", json_format: bool = False, stream: TextIO | None = None
) -> None:
    """Set up the root logger: one stream handler, masking secrets, text or JSON lines."""
    install_secret_masking()
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if json_format else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(SecretFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_hearth", False):
            root.removeHandler(old)
    handler._hearth = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
