"""Open an XLSX workbook once at the file boundary, for every reader of the same import.

Loading a workbook parses its shared-strings table, which for a flat 100,000-row schedule costs more
than reading the rows: deciding "library tables or schedule?" and then reading must share one load.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from costing.errors import CostingError

__all__ = ["LIBRARY_SHEETS", "is_library_workbook", "open_workbook"]

LIBRARY_SHEETS = frozenset({"resource", "assembly"})
"""Sheet names that make a workbook a library's tables rather than a schedule of rates."""


@contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """Yield the workbook at ``path`` (read-only, cached values), closed after the ``with`` block.

    Raises:
        CostingError: a file openpyxl cannot read (one line naming the file).
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise CostingError(f"{path}: not a readable XLSX workbook ({exc})") from None
    try:
        yield wb
    finally:
        wb.close()


def is_library_workbook(workbook: Any) -> bool:
    """Say whether an open workbook holds library tables (sheets ``resource`` / ``assembly``)."""
    return bool(LIBRARY_SHEETS & set(workbook.sheetnames))
