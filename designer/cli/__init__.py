"""The `jamii` command: one sub-command per module ``designer/cli/cmd_*.py``.

Each command module defines ``register(subparsers)`` which adds its parser and sets
``func(args) -> int``. Domain errors (JamiiError and friends) become one plain line on stderr and
exit code 2; nothing the user typed ends in a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

__all__ = ["build_parser", "main"]

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every sub-command module registered."""
    parser = argparse.ArgumentParser(
        prog="jamii",
        description="Co-design upgrades of informal settlements. Without a command: open the designer on the sample.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    import designer.cli as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"designer.cli.{info.name}")
            module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `jamii` command; return the process exit code."""
    from designer.cli.errors import user_errors

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui", *(argv or [])])
    with user_errors() as outcome:
        outcome.code = int(args.func(args) or 0)
    return outcome.code


if __name__ == "__main__":
    sys.exit(main())
