"""Errors the estimating library raises; the application shows them once at its boundary."""

from __future__ import annotations

__all__ = ["CostingError", "ImportRowError", "LibraryNotFoundError", "RuleError"]


class CostingError(Exception):
    """A problem a user can fix (bad cost sheet, unknown library, bad measurement rule)."""


class LibraryNotFoundError(CostingError):
    """No cost library of that name or path."""


class RuleError(CostingError):
    """A measurement rule file that cannot be read or evaluated."""


class ImportRowError(CostingError):
    """A row of an imported cost sheet is bad; the whole import is rejected.

    Attributes:
        source: the file (and sheet/table) read.
        row: 1-based row number in the file, counting the header as row 1.
        column: the column at fault ("" when the whole row is at fault).
        reason: what is wrong, in plain words.
    """

    def __init__(self, source: str, row: int, column: str, reason: str) -> None:
        self.source = source
        self.row = row
        self.column = column
        self.reason = reason
        where = f"{source}, row {row}" + (f", column {column!r}" if column else "")
        super().__init__(f"{where}: {reason}; nothing was imported")
