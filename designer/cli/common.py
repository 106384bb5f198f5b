"""Helpers shared by the command modules."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from designer.cli.errors import CliError

if TYPE_CHECKING:
    import argparse

    from designer.io.project_edit import ProjectEdit
    from designer.model.document import Document
    from designer.model.project import Option

__all__ = ["add_format_argument", "editing", "emit_json", "load", "program_name", "resolve_option"]


def load(path: str) -> Document:
    """Load a project file (errors become one line at the CLI boundary)."""
    from designer.io.project_file import load_project

    return load_project(path)


def program_name(args: argparse.Namespace) -> str:
    """Return the command as the user typed it, e.g. ``jamii workshop add`` (shown to a refused writer)."""
    words = ["jamii", str(getattr(args, "command", "") or "")]
    action = getattr(args, f"{words[1]}_command", None)
    if action:
        words.append(str(action))
    return " ".join(w for w in words if w)


@contextmanager
def editing(path: str, args: argparse.Namespace) -> Iterator[ProjectEdit]:
    """Lock, load and yield a project to change (``edit.doc``; ``edit.save()`` when done)."""
    from designer.io.project_edit import edit_project

    with edit_project(path, program_name(args)) as edit:
        yield edit


def resolve_option(doc: Document, ref: str | None) -> Option:
    """Return the option named by id or (case-insensitive) name; the first option when ``ref`` is None."""
    options = doc.options
    if not options:
        raise CliError("the project has no design options")
    if ref is None:
        return sorted(options, key=lambda o: o.id)[0]
    for opt in options:
        if opt.id == ref:
            return opt
    matches = [o for o in options if o.name.casefold() == ref.casefold()]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(f"{o.id} ({o.name})" for o in sorted(options, key=lambda o: o.id))
    raise CliError(f"no option {ref!r}; the options are: {known}")


def add_format_argument(parser: Any, choices: tuple[str, ...] = ("text", "json")) -> None:
    parser.add_argument("--format", choices=choices, default="text", help="output format (default: text)")


def emit_json(value: Any) -> None:
    """Print stable JSON: sorted keys, two-space indent, UTF-8.

    orjson, not the standard library: ``json.dump`` with an indent falls back to its pure-Python encoder,
    which took three quarters of ``jamii check --format json`` on ten thousand plots. Values orjson does
    not know (Decimal, Path) print as strings, as before.
    """
    import orjson

    data = orjson.dumps(
        value,
        default=str,
        option=orjson.OPT_INDENT_2
        | orjson.OPT_SORT_KEYS
        | orjson.OPT_NON_STR_KEYS
        | orjson.OPT_APPEND_NEWLINE,
    )
    # The bytes go straight to the binary stream (no decode and re-encode of tens of megabytes); a text
    # stream without one (a StringIO in a caller's redirect) gets the text.
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    sys.stdout.flush()
    binary.write(data)
    binary.flush()
