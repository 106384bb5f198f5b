"""The one exporter registry: a format name means the same file in ``jamii export`` and the GUI's Export menu.

An exporter is ``func(doc, out_path, request) -> str``: it writes ``out_path`` atomically and returns a
one-line description of what it wrote; ``request`` is an :class:`~designer.export.request.ExportRequest`
(its ``progress`` callback is told how far the export is and may stop it before the file is published).

The CLI and the GUI both call :func:`run_export`, which applies the privacy rule once for every format.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from designer.export import drawings, reports
from designer.export.request import Exporter
from designer.io.errors import ExportError

if TYPE_CHECKING:
    import os

    from designer.export.request import ExportRequest
    from designer.model.document import Document

__all__ = ["EXPORTERS", "HELP", "SUFFIXES", "run_export"]

EXPORTERS: dict[str, Exporter] = {**drawings.EXPORTERS, **reports.EXPORTERS}
HELP: dict[str, str] = {**drawings.HELP, **reports.HELP}
SUFFIXES: dict[str, str] = {**drawings.SUFFIXES, **reports.SUFFIXES}
"""The file name ending of each format (the GUI proposes it; the CLI writes whatever name it is given)."""


def run_export(fmt: str, doc: Document, out: str | os.PathLike[str], request: ExportRequest) -> str:
    """Write ``doc`` as format ``fmt`` to ``out`` and return the exporter's one-line description.

    The exporter gets the document without personal data (names, phone numbers): the privacy rule, here
    once for every format of the CLI and the GUI. ``request.progress`` is told 0 first.

    Raises:
        ExportError: an unknown format.
        JamiiError: whatever the exporter cannot make (one readable line); the target is then untouched.
    """
    from designer.model.privacy import exportable

    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise ExportError(f"unknown export format {fmt!r}; the formats are: {', '.join(EXPORTERS)}")
    request.report(0.0)
    return exporter(exportable(doc), Path(out), request)
