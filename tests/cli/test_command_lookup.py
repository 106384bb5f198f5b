"""A command imports only its own module, and parses exactly as the parser of every command does.

``jamii check FILE`` builds the parser of ``check`` alone; ``jamii --help``, no command and a mistyped
command still see every command.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from designer.cli import build_parser, command_module, command_modules


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


FULL = _subparsers(build_parser())


def test_every_command_of_the_full_parser_is_found_by_name_in_the_module_that_registers_it():
    modules = {m.__name__ for m in command_modules()}
    found = {name: command_module(name) for name in FULL}
    assert all(found.values()), [n for n, m in found.items() if m is None]
    assert {m.__name__ for m in found.values() if m} == modules
    for name, module in found.items():
        parser = argparse.ArgumentParser(prog="jamii")
        module.register(parser.add_subparsers(dest="command"))  # type: ignore[union-attr]
        assert name in _subparsers(parser)
    assert command_module("chek") is None


@pytest.mark.parametrize("name", sorted(FULL))
def test_a_command_alone_has_the_help_of_the_full_parser(name):
    alone = _subparsers(build_parser([name, "--whatever"]))
    assert name in alone
    assert alone[name].format_help() == FULL[name].format_help()


def test_no_command_help_or_a_typo_gets_every_command():
    for argv in ([], ["--help"], ["chek", "x.jamii"], None):
        assert _subparsers(build_parser(argv)).keys() == FULL.keys()


def test_jamii_check_imports_neither_the_exporters_nor_the_other_commands():
    code = (
        "import sys; from designer.cli import build_parser; build_parser(['check', 'x.jamii']);"
        "print(sorted(m for m in sys.modules if m.startswith(('designer.cli.cmd_', 'designer.export'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['designer.cli.cmd_check']"
