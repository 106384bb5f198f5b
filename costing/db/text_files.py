"""Read a cost schedule's text at the file boundary: regular files only, capped, in the encoding it was written.

The decoding is the twin of ``designer.io.text_tables.decode_text`` (costing is standalone and cannot
import the designer): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, the everyday
encoding of Excel's "CSV" on Windows.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from costing.errors import CostingError

__all__ = ["MAX_SCHEDULE_BYTES", "check_schedule_file", "read_schedule_text"]

MAX_SCHEDULE_BYTES = 256 * 1024 * 1024
"""A national schedule of rates is a few MB; 256 MiB is not a schedule."""


def check_schedule_file(path: Path, max_bytes: int = MAX_SCHEDULE_BYTES) -> None:
    """Refuse a FIFO, device or oversized file before any parser opens it (CostingError, one line)."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        return
    if not stat.S_ISREG(st.st_mode):
        raise CostingError(f"{path}: is not a regular file")
    if st.st_size > max_bytes:
        raise CostingError(
            f"{path}: is {st.st_size / 2**20:.1f} MiB, more than the {max_bytes / 2**20:.0f} MiB a schedule may have"
        )


def read_schedule_text(path: Path, max_bytes: int = MAX_SCHEDULE_BYTES) -> str:
    """Return the text of a CSV schedule (see the module docstring)."""
    check_schedule_file(path, max_bytes)
    raw = path.read_bytes()
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    if "\x00" in text:
        raise CostingError(f"{path}: holds NUL bytes; it is not a CSV text file")
    return text
