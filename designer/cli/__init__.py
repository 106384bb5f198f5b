"""The `jamii` command: one sub-command per module ``designer/cli/cmd_*.py``.

Each command module defines ``register(subparsers)`` which adds its parser and sets
``func(args) -> int``, and is listed in :func:`command_modules` (a test checks that none is left out). Domain errors (JamiiError and friends) become one plain line on stderr and
exit code 2; nothing the user typed ends in a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

__all__ = ["build_parser", "command_modules", "main"]

EXIT_USER_ERROR = 2


def command_modules() -> list[ModuleType]:
    """Return the sub-command modules, in the order of ``jamii --help``.

    Plain imports (not a walk over module names) keep every edge visible to import-linter and mypy.
    """
    from designer.cli import (
        cmd_access,
        cmd_check,
        cmd_compare,
        cmd_cost,
        cmd_costdb,
        cmd_currency,
        cmd_export,
        cmd_gui,
        cmd_hall,
        cmd_house,
        cmd_households,
        cmd_imagery,
        cmd_import_base,
        cmd_info,
        cmd_item,
        cmd_share,
    )

    return [
        cmd_access,
        cmd_check,
        cmd_compare,
        cmd_cost,
        cmd_costdb,
        cmd_currency,
        cmd_export,
        cmd_gui,
        cmd_hall,
        cmd_house,
        cmd_households,
        cmd_imagery,
        cmd_import_base,
        cmd_info,
        cmd_item,
        cmd_share,
    ]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every sub-command module registered."""
    parser = argparse.ArgumentParser(
        prog="jamii",
        description="Co-design upgrades of informal settlements. Without a command: open the designer on the sample.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
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
