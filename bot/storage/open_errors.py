"""Why a database could not be opened, in one line that says what to do.

`Store.open` turns any failure to connect or migrate into `DatabaseOpenError` with a
message from `describe`: a folder given as the SQLite file, a read-only or damaged
file, a file locked by another process, a PostgreSQL server that is down or refuses the
login, a URL Hearth cannot use. Passwords never appear (`bot.redact`).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from bot.errors import ExplainedError
from bot.redact import redact

URL_HINT = "use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"


class DatabaseOpenError(ExplainedError):
    """The record could not be opened; the message says why and what to do."""


def _sqlite_path(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database.removeprefix("file:"))  # `?uri=true` names file:PATH


def missing_record(url: str) -> str | None:
    """For commands that read the record: why a SQLite file that is not there won't do.

    Opening it would create an empty database and answer "nothing about this member".
    """
    path = _sqlite_path(url)
    if path is None or path.exists():
        return None
    return (
        f"there is no record at {path}: give --db the file that hearth run, console or "
        "replay wrote (nothing was created)"
    )


def _first_line(error: BaseException) -> str:
    text = redact(str(getattr(error, "orig", None) or error)).strip()
    return text.splitlines()[0] if text else type(error).__name__


def describe(url: str, error: BaseException) -> str:
    """One line: what is wrong with the database at `url`, and what to do about it."""
    if isinstance(error, ArgumentError | NoSuchModuleError | ValueError) and not isinstance(
        error, UnicodeError
    ):
        return f"the database URL {redact(url)!r} is not one Hearth can use: {URL_HINT}"
    detail = _first_line(error).lower()
    path = _sqlite_path(url)
    if path is not None:
        return _describe_sqlite(path, detail) or f"cannot open {path}: {_first_line(error)}"
    return _describe_postgres(url, detail) or f"cannot open the database: {_first_line(error)}"


def _describe_sqlite(path: Path, detail: str) -> str | None:
    if path.is_dir():
        return f"{path} is a folder, not a database file: give --db a file name"
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist: create it or choose another --db"
    if (
        "readonly" in detail
        or "read-only" in detail
        or (path.exists() and not os.access(path, os.W_OK))
    ):
        return f"{path} is read-only: make it writable or copy it somewhere you can write"
    if "unable to open" in detail and not os.access(path.parent, os.W_OK):
        return f"cannot create {path}: the folder is not writable; choose another --db"
    if "not a database" in detail or "malformed" in detail or "corrupt" in detail:
        return (
            f"{path} is not a Hearth database or is damaged: check the path, or restore "
            "it from a backup"
        )
    if "locked" in detail or "busy" in detail:
        return (
            f"{path} is locked by another process (a running hearth?): stop it or try "
            "again in a moment"
        )
    return None


def _describe_postgres(url: str, detail: str) -> str | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    if "password authentication failed" in detail or "no password supplied" in detail:
        return f"PostgreSQL at {where} refused the login: check the user and password"
    if "does not exist" in detail and "database" in detail:
        return f"PostgreSQL at {where} has no database {parsed.database!r}: create it first"
    if any(word in detail for word in ("refused", "timeout", "timed out", "could not", "failed")):
        return (
            f"cannot connect to PostgreSQL at {where}: is the server running, and is the "
            "URL right?"
        )
    return None
