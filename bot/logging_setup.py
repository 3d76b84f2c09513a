"""Process logging: readable or JSON lines, and secrets masked wherever a record is made.

`configure(level, json_format)` sets up the root handler once for `hearth run`,
`console` and `replay`. Secrets (tokens, database passwords; see `bot.redact`) are
masked by a log-record factory, so no handler, formatter or test capture (caplog) ever
sees them, whether they arrive in the message, its arguments or an exception's text; the
handler's filter masks them once more. Message text from members is only ever logged at
DEBUG by Hearth's own code (see tests/reliability/test_logging.py).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from bot import redact
from bot.terminal import json_safe, visible

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SecretFilter(logging.Filter):
    """Rewrites a record so no secret appears in its message or exception text."""

    def __init__(self, secrets: Iterable[str] | None = None) -> None:
        super().__init__()
        self._fixed = None if secrets is None else tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        redact.scrub(record, self._fixed)
        return True


def install_secret_masking() -> None:
    """Mask secrets in every log record and uncaught traceback from now on (idempotent)."""
    redact.install()


class TextFormatter(logging.Formatter):
    """Readable lines; control characters a member wrote are shown as escapes, not obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return visible(super().format(record))


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
        return json_safe(json.dumps(data, ensure_ascii=False))


def configure(
    level: str = "INFO", json_format: bool = False, stream: TextIO | None = None
) -> None:
    """Set up the root logger: one stream handler, masking secrets, text or JSON lines."""
    install_secret_masking()
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if json_format else TextFormatter(TEXT_FORMAT))
    handler.addFilter(SecretFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_hearth", False):
            root.removeHandler(old)
    handler._hearth = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
