"""Turn the errors a user can cause into one readable line and a non-zero exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["EXIT_INTERNAL_ERROR", "MAX_MESSAGE_CHARS", "CliError", "one_line", "user_errors"]

EXIT_INTERNAL_ERROR = 3

MAX_MESSAGE_CHARS = 500
"""An error message quoting a value from a file never echoes more (one echoed a 50 MB value)."""


def one_line(message: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """Return ``message`` on one line (line breaks become spaces), shortened in the middle past ``limit``."""
    flat = " ".join(message.split())
    if len(flat) <= limit:
        return flat
    keep = (limit - 1) // 2
    return f"{flat[:keep]}…{flat[-keep:]}"


class CliError(Exception):
    """A problem with what was typed on the command line (missing option, unknown option id, …)."""


@dataclass
class Outcome:
    code: int = 0


@contextmanager
def user_errors() -> Iterator[Outcome]:
    """Catch domain and file errors, print ``jamii: error: …`` once and set exit code 2 (3 for a bug)."""
    from designer.model.errors import JamiiError

    outcome = Outcome()
    try:
        yield outcome
    except (JamiiError, CliError, OSError) as exc:
        message = str(exc)
        if isinstance(exc, OSError) and exc.filename:
            message = f"{exc.filename}: {exc.strerror or exc}"
        print(f"jamii: error: {one_line(message)}", file=sys.stderr)
        outcome.code = 2
    except KeyboardInterrupt:
        print("jamii: interrupted", file=sys.stderr)
        outcome.code = 130
    except Exception as exc:
        # A bug, not a user error: still one line for the user (exit 3, unlike a refused input's 2);
        # JAMII_DEBUG=1 shows the traceback. The fuzz tests fail on exit 3 as on a traceback.
        if os.environ.get("JAMII_DEBUG"):
            raise
        print(
            f"jamii: internal error: {one_line(f'{type(exc).__name__}: {exc}')} "
            "(a bug: please report it; JAMII_DEBUG=1 shows the details)",
            file=sys.stderr,
        )
        outcome.code = EXIT_INTERNAL_ERROR
