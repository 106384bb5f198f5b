"""`jamii gui [FILE] [--workshop] [--option ID] [--screenshot OUT.png]`: open the designer (the sample without FILE)."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("gui", help="open the designer on a project (the bundled sample by default)")
    p.add_argument("file", nargs="?", help="a .jamii project file (default: the sample settlement)")
    p.add_argument("--workshop", action="store_true", help="start in workshop mode (projector, touch)")
    p.add_argument(
        "--option", metavar="ID_OR_NAME", help="show this design option (default: the existing conditions)"
    )
    p.add_argument("--screenshot", metavar="OUT.png", help="draw the window once into a PNG and exit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from designer.gui.app import run_gui

    return run_gui(args.file, workshop=args.workshop, screenshot=args.screenshot, option=args.option)
