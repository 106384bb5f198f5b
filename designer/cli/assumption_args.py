"""`--set NAME=VALUE` and `--settings FILE.toml`: one-off overrides of costing assumptions on the command line.

Names are those of ``designer.estimate.assumptions`` (``contingency_pct``, ``tax_pct``, ``country``,
``exchange_rate`` with ``exchange_rate_date`` and ``exchange_rate_source``, ``discount_rate_pct``,
``lifetime_years.<bill>``, ``om_pct.<bill>``, ``water_pct`` …, ``rule.<kind>.<parameter>``). A ``--set`` wins
over the settings file, which wins over the project's own assumptions.
"""

from __future__ import annotations

import argparse
from typing import Any

from designer.cli.errors import CliError

__all__ = ["add_assumption_arguments", "assumption_overrides"]


def add_assumption_arguments(parser: Any) -> None:
    parser.add_argument(
        "--set",
        dest="assumption",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a costing assumption, e.g. --set contingency_pct=7.5 (repeatable)",
    )
    parser.add_argument(
        "--settings", metavar="FILE.toml", help="costing assumptions from a TOML file (name = value)"
    )


def assumption_overrides(args: argparse.Namespace) -> dict[str, str]:
    """Return the overrides given on the command line (settings file first, then each --set)."""
    from designer.estimate.assumptions import read_settings_file
    from designer.estimate.library import CostingError

    out: dict[str, str] = {}
    if getattr(args, "settings", None):
        try:
            out.update(read_settings_file(args.settings))
        except CostingError as exc:
            raise CliError(str(exc)) from None
    for item in getattr(args, "assumption", None) or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(f"--set {item!r}: expected NAME=VALUE")
        out[name.strip()] = value.strip()
    return out
