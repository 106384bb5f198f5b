"""Read a delimited text table (CSV) as the everyday tools write it, or refuse it in one line.

- Encodings: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), and otherwise
  Windows-1252 (Excel's "CSV" on a Western Windows), whose name is returned so it can be reported.
- The delimiter is chosen for the whole file (``,`` ``;`` tab ``|``): the one that splits the header
  into columns and gives every row the header's number of cells. A file whose header and rows are
  split differently is refused instead of becoming junk rows.
- Quotes are parsed strictly: an unterminated quote is an error naming the line, not one field that
  swallows the rest of the file.
- Caps before parsing: regular files only, at most ``MAX_TABLE_BYTES``.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass

from designer.io.file_limits import MAX_TABLE_BYTES, InputFileError, read_capped
from designer.model.errors import JamiiError

__all__ = ["TextTable", "TextTableError", "decode_text", "read_text_table"]

_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_RECORDS = 500


class TextTableError(JamiiError):
    """A text table that cannot be read; ``reason`` and ``line`` name what and where."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        at = f" line {line}" if line else ""
        super().__init__(f"{path}{at}: {reason}")


@dataclass(frozen=True)
class TextTable:
    """The records of a text table (header first) and how the file was written."""

    records: list[list[str]]
    line_numbers: list[int]
    encoding: str
    delimiter: str


def decode_text(raw: bytes) -> tuple[str, str]:
    """Return the text of a file and the name of its encoding (see the module docstring)."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[len(codecs.BOM_UTF8) :].decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            pass
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "Latin-1"


def _parse(text: str, delimiter: str, limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    lines: list[int] = []
    start = 1
    for record in reader:
        records.append(record)
        lines.append(start)
        start = reader.line_num + 1
        if limit is not None and len(records) >= limit:
            break
    return records, lines


def _consistent(records: list[list[str]]) -> bool:
    width = len(records[0])
    return width >= 2 and all(len(r) == width for r in records[1:] if any(c.strip() for c in r))


def read_text_table(path: str | os.PathLike[str], max_bytes: int = MAX_TABLE_BYTES) -> TextTable:
    """Read a whole delimited text file.

    Raises:
        TextTableError: not a regular file, too large, NUL bytes, an unterminated quote, or rows that
            do not match the header under any one delimiter (line named).
        OSError: the file cannot be opened.
    """
    where = str(path)
    try:
        raw, _ = read_capped(path, max_bytes, "a table")
    except InputFileError as exc:
        raise TextTableError(where, exc.reason) from None
    text, encoding = decode_text(raw)
    if "\x00" in text:
        raise TextTableError(where, "holds NUL bytes: it is not a text table (save it as CSV)")
    if not text.strip():
        raise TextTableError(where, "is empty (no header row)")
    chosen = _choose_delimiter(text)
    try:
        records, lines = _parse(text, chosen)
    except csv.Error as exc:
        raise TextTableError(where, f"is not a valid CSV file ({exc}; an unterminated quote?)") from None
    _check_widths(where, records, lines, chosen)
    return TextTable(records, lines, encoding, chosen)


def _choose_delimiter(text: str) -> str:
    """Return the delimiter that splits the header and every sampled row alike (else the header's)."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    by_header = sorted(_DELIMITERS, key=first_line.count, reverse=True)
    for delimiter in by_header:
        try:
            sample, _ = _parse(text, delimiter, _SNIFF_RECORDS)
        except csv.Error:
            continue
        if sample and _consistent(sample):
            return delimiter
    return by_header[0]  # the header's delimiter: parsing with it reports the first bad line


def _check_widths(where: str, records: list[list[str]], lines: list[int], delimiter: str) -> None:
    if not records:
        return
    width = len(records[0])
    for record, line in zip(records[1:], lines[1:], strict=True):
        if any(c.strip() for c in record) and len(record) != width:
            named = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars"}[delimiter]
            raise TextTableError(
                where,
                f"has {len(record)} cells but the header has {width} columns (split by {named}); "
                "every row must be split like the header",
                line,
            )
