"""Text written to CSV and XLSX can never become a live formula (OWASP "CSV injection" rule).

A project name, a survey answer or a cost description starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is read by Excel and LibreOffice as a formula (``=HYPERLINK(…)``, a DDE payload).
Every CSV and XLSX writer of Jamii passes the text it did not compose itself through these functions:

- CSV: such text gets a leading apostrophe (OWASP's rule); plain numbers such as ``-12.50`` stay.
- XLSX: such text is stored as a rich-text string, which no spreadsheet evaluates, so the cell shows
  the text exactly; characters XML cannot hold are replaced by U+FFFD instead of failing the export.

Jamii's own formulas (``=ROUND(D2*E2,2)``) are written as plain strings and stay formulas.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "FORMULA_TRIGGERS",
    "SafeCsvWriter",
    "csv_cell",
    "csv_row",
    "csv_value",
    "xlsx_cell",
    "xlsx_row",
    "xml_text",
]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _risky(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(text)


def csv_cell(value: Any) -> Any:
    """Return ``value`` safe for a CSV cell: risky text gets a leading ``'``; other values unchanged."""
    if isinstance(value, str) and _risky(value):
        return "'" + value
    return value


def csv_value(text: str) -> str:
    """Undo ``csv_cell`` when reading back a CSV Jamii wrote: ``'=x`` is ``=x`` again."""
    if text.startswith("'") and _risky(text[1:]):
        return text[1:]
    return text


def csv_row(values: Any) -> list[Any]:
    """Return a row with every cell passed through ``csv_cell``."""
    return [csv_cell(v) for v in values]


def xml_text(text: str) -> str:
    """Return ``text`` with the control characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def xlsx_cell(value: Any) -> Any:
    """Return ``value`` safe for an openpyxl cell: risky text as a rich-text string (never a formula).

    Only for text Jamii did not compose: Jamii's own formulas are passed as plain strings.
    """
    if not isinstance(value, str):
        return value
    text = xml_text(value)
    if _risky(text):
        from openpyxl.cell.rich_text import CellRichText

        return CellRichText([text])
    return text


def xlsx_row(values: Any) -> list[Any]:
    """Return a row with every cell passed through ``xlsx_cell``."""
    return [xlsx_cell(v) for v in values]


class SafeCsvWriter:
    """A ``csv.writer`` whose every row goes through ``csv_row`` (same arguments as ``csv.writer``)."""

    def __init__(self, fh: Any, **kwargs: Any) -> None:
        import csv

        self._writer = csv.writer(fh, **kwargs)

    def writerow(self, row: Any) -> Any:
        return self._writer.writerow(csv_row(row))

    def writerows(self, rows: Any) -> None:
        for row in rows:
            self.writerow(row)
