"""The `jamii` command: one sub-command per module ``designer/cli/cmd_*.py``.

Each command module defines ``register(subparsers)`` which adds its parser and sets
``func(args) -> int``, and is listed in ``_COMMANDS`` under each command it registers (a test checks that
none is left out). Domain errors (JamiiError and friends) become one plain line on stderr and
exit code 2; nothing the user typed ends in a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

__all__ = ["build_parser", "command_module", "command_modules", "main"]

EXIT_USER_ERROR = 2


def command_modules() -> list[ModuleType]:
    """Return the sub-command modules, in the order of ``jamii --help`` (each once, from ``_COMMANDS``).

    Plain imports (not a walk over module names) keep every edge visible to import-linter and mypy.
    """
    return list(dict.fromkeys(load() for load in _COMMANDS.values()))


def command_module(command: str) -> ModuleType | None:
    """Return the module that registers the sub-command ``command``, importing only that one (None: no such command).

    ``jamii check`` need not import the exporters, the GUI launcher and fourteen other commands to
    build parsers it will not use. A test checks that every command of the full parser is in ``_COMMANDS``.
    """
    load = _COMMANDS.get(command)
    return None if load is None else load()


# One plain import per command module (no import by name: import-linter and mypy see every edge).
def _cmd_access() -> ModuleType:
    from designer.cli import cmd_access

    return cmd_access


def _cmd_check() -> ModuleType:
    from designer.cli import cmd_check

    return cmd_check


def _cmd_compare() -> ModuleType:
    from designer.cli import cmd_compare

    return cmd_compare


def _cmd_cost() -> ModuleType:
    from designer.cli import cmd_cost

    return cmd_cost


def _cmd_costdb() -> ModuleType:
    from designer.cli import cmd_costdb

    return cmd_costdb


def _cmd_currency() -> ModuleType:
    from designer.cli import cmd_currency

    return cmd_currency


def _cmd_export() -> ModuleType:
    from designer.cli import cmd_export

    return cmd_export


def _cmd_gui() -> ModuleType:
    from designer.cli import cmd_gui

    return cmd_gui


def _cmd_hall() -> ModuleType:
    from designer.cli import cmd_hall

    return cmd_hall


def _cmd_house() -> ModuleType:
    from designer.cli import cmd_house

    return cmd_house


def _cmd_households() -> ModuleType:
    from designer.cli import cmd_households

    return cmd_households


def _cmd_imagery() -> ModuleType:
    from designer.cli import cmd_imagery

    return cmd_imagery


def _cmd_import_base() -> ModuleType:
    from designer.cli import cmd_import_base

    return cmd_import_base


def _cmd_info() -> ModuleType:
    from designer.cli import cmd_info

    return cmd_info


def _cmd_item() -> ModuleType:
    from designer.cli import cmd_item

    return cmd_item


def _cmd_share() -> ModuleType:
    from designer.cli import cmd_share

    return cmd_share


_COMMANDS: dict[str, Callable[[], ModuleType]] = {
    "access": _cmd_access,
    "check": _cmd_check,
    "compare": _cmd_compare,
    "cost": _cmd_cost,
    "costdb": _cmd_costdb,
    "currency": _cmd_currency,
    "export": _cmd_export,
    "gui": _cmd_gui,
    "hall": _cmd_hall,
    "house": _cmd_house,
    "households": _cmd_households,
    "workshop": _cmd_households,
    "votes": _cmd_households,
    "imagery": _cmd_imagery,
    "import-base": _cmd_import_base,
    "info": _cmd_info,
    "item": _cmd_item,
    "share": _cmd_share,
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Return the parser of the `jamii` command.

    With ``argv`` that starts with a command, only that command's module is imported and registered;
    otherwise (no command, ``--help``, a word that is no command) every one is, so ``jamii --help``
    lists them all and a mistyped command is told the choices.
    """
    parser = argparse.ArgumentParser(
        prog="jamii",
        description="Co-design upgrades of informal settlements. Without a command: open the designer on the sample.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    module = command_module(argv[0]) if argv else None
    for each in command_modules() if module is None else [module]:
        each.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `jamii` command; return the process exit code."""
    from designer.cli.errors import user_errors

    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui", *argv])
    with user_errors() as outcome:
        outcome.code = int(args.func(args) or 0)
    return outcome.code


if __name__ == "__main__":
    sys.exit(main())
