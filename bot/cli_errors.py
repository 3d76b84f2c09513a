"""The `hearth` command line never answers with a traceback.

`guarded(app)` runs the Typer app with secrets masked (`bot.redact.install`) and turns
anything that escapes a command into one line on stderr and exit status 1; the full
traceback, secrets masked, only when HEARTH_DEBUG is set. Commands catch the failures
they can explain themselves first; this is the net under them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from bot import redact
from bot.errors import ExplainedError

DEBUG_VARIABLE = "HEARTH_DEBUG"
EXIT_INTERRUPTED = 130


def one_line(error: BaseException) -> str:
    """The first line of the error's text, secrets masked, with its kind."""
    text = redact.redact(str(error)).strip().splitlines()
    detail = text[0] if text else ""
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def describe_os_error(error: OSError) -> str:
    """A file problem in one line: which file, what is wrong, what to do."""
    name = error.filename or "a file"
    what = {
        IsADirectoryError: "is a folder, not a file",
        FileExistsError: "is in the way (it already exists)",
        NotADirectoryError: "is not inside a folder",
        PermissionError: "is not writable or readable for this user",
        FileNotFoundError: "does not exist (nor does its folder)",
    }
    reason = next((text for kind, text in what.items() if isinstance(error, kind)), None)
    if reason is None:
        return f"{name}: {error.strerror or one_line(error)}"
    return f"{name} {reason}: choose another path"


def guarded(app: Callable[[], object]) -> None:
    """Run `app`; an unexpected error becomes one line (and exit status 1)."""
    redact.install()
    try:
        app()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except ExplainedError as error:
        print(f"hearth: {redact.redact(str(error))}", file=sys.stderr)
        sys.exit(1)
    except OSError as error:  # a file the command was asked to read or write
        print(f"hearth: {describe_os_error(error)}", file=sys.stderr)
        sys.exit(1)
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            sys.stderr.write(redact.format_exception(error))
        print(
            f"hearth: unexpected error: {one_line(error)} "
            f"(set {DEBUG_VARIABLE}=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        sys.exit(1)
