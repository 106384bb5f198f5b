"""`jamii currency FILE [CODE]`: the project's currency and where it came from; with CODE, change it.

A currency given here is the user's choice: no later import changes it. When the project's cost library prices
in another currency, the command says so (its bills stay in that currency until an exchange rate is given).
"""

from __future__ import annotations

import argparse
from typing import Any

from designer.cli.errors import CliError

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "currency",
        help="show or set the project's currency",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    p.add_argument("file", help="the .jamii project")
    p.add_argument("code", nargs="?", help="the new currency (ISO 4217, e.g. DJF, KES, USD)")
    p.set_defaults(func=run)


def _source_words(source: str) -> str:
    from designer.io.country import CURRENCY_FROM_DATA, CURRENCY_FROM_USER

    if source == CURRENCY_FROM_USER:
        return "set by the user"
    if source.startswith(CURRENCY_FROM_DATA):
        return f"from the country the imported data lies in ({source.rsplit(maxsplit=1)[-1]})"
    return "not chosen yet: the first import into a project without a drawing sets it from the data's country"


def run(args: argparse.Namespace) -> int:
    from designer.cli.common import program_name
    from designer.estimate.library import library_currency_note
    from designer.io.country import set_currency_by_user
    from designer.io.project_edit import edit_project
    from designer.model.document import Document

    if args.code is None:
        from designer.io.project_file import load_project

        project = load_project(args.file).project
    else:
        with edit_project(args.file, program_name(args)) as edit:
            try:
                project = set_currency_by_user(edit.doc.project, args.code)
            except ValueError as exc:
                raise CliError(str(exc)) from None
            kept = [r for r in edit.doc.records() if r is not edit.doc.project]
            edit.save(Document(project, kept))
    print(f"{args.file}: currency {project.currency} ({_source_words(project.currency_source)})")
    note = library_currency_note(project)
    if note:
        print(f"  {note}")
    return 0
