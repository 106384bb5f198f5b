"""`jamii share FILE OUT`: write a shareable copy of a project without personal data (names, phones)."""

from __future__ import annotations

import argparse
from typing import Any

import designer.model.household_mapping  # noqa: F401  (registers the saved-mapping record kind)
from designer.cli.common import load

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("share", help="write a copy of the project without names and phone numbers")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("out", help="the shareable copy to write (atomically)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from designer.io.output_paths import check_output_paths
    from designer.io.project_file import write_shareable_copy
    from designer.model.privacy import personal_values

    check_output_paths({"FILE": args.file}, {"OUT": args.out})
    doc = load(args.file)
    removed = len(personal_values(doc))
    write_shareable_copy(doc, args.out)
    print(f"wrote {args.out} without personal data ({removed} names/phone numbers left out)")
    return 0
