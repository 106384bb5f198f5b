"""The one exporter registry: a format name means the same file in ``jamii export`` and the GUI's Export menu.

An exporter is ``func(doc, out_path, request) -> str``: it writes ``out_path`` atomically and returns a
one-line description of what it wrote; ``request`` is an :class:`~designer.export.request.ExportRequest`.
"""

from __future__ import annotations

from designer.export import drawings, reports
from designer.export.request import Exporter

__all__ = ["EXPORTERS", "HELP"]

EXPORTERS: dict[str, Exporter] = {**drawings.EXPORTERS, **reports.EXPORTERS}
HELP: dict[str, str] = {**drawings.HELP, **reports.HELP}
