"""Caps checked at the door of every importer, before any parser sees a byte.

A FIFO or ``/dev/zero`` must not block or fill memory, a 600 MB "project" must be refused before it
is read, and a DXF circle of radius 1e300 must never reach ezdxf (which spins on it). Sizes are shown
in MiB, the unit the caps are set in.
"""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path

from designer.model.errors import JamiiError, Message

__all__ = [
    "MAX_DXF_ABS_COORD_M",
    "MAX_DXF_BYTES",
    "MAX_DXF_ENTITIES",
    "MAX_GIS_BYTES",
    "MAX_IMAGE_BYTES",
    "MAX_TABLE_BYTES",
    "MIB",
    "InputFileError",
    "check_dxf_input",
    "check_import_source",
    "check_input_file",
    "check_xlsx_input",
    "read_capped",
]

MIB = 1024 * 1024
MAX_TABLE_BYTES = 64 * MIB
"""Survey exports and cost schedules: 64 MiB is ~300,000 rows of a wide Kobo export."""
MAX_DXF_BYTES = 256 * MIB
MAX_DXF_ENTITIES = 300_000
"""A whole settlement survey is tens of thousands of entities; a million took 6.5 GB in ezdxf."""
MAX_DXF_ABS_COORD_M = 1e9
"""Projected coordinates are below 4e7 m (and 1.4e8 in US survey feet); beyond 1e9 is corruption."""
MAX_XLSX_UNZIPPED_BYTES = 1024 * MIB
"""What a workbook may expand to: a zip bomb of a few kilobytes can claim terabytes."""
MAX_GIS_BYTES = 512 * MIB
MAX_IMAGE_BYTES = 256 * MIB


class InputFileError(JamiiError):
    """An input file refused before parsing (not a regular file, too large, absurd coordinates)."""

    def __init__(self, path: str | os.PathLike[str], reason: str | Message) -> None:
        self.path = str(path)
        self.reason = str(reason)
        self.message = reason if isinstance(reason, Message) else None  # the measured values, for a screen
        super().__init__(f"{path}: {self.reason}")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _mib(n_bytes: float) -> str:
    return f"{n_bytes / MIB:.1f}".removesuffix(".0")


def _mib_value(n_bytes: float) -> float | int:
    """Mebibytes with one decimal, whole when it is whole (as ``_mib`` writes them)."""
    mib = round(n_bytes / MIB, 1)
    return int(mib) if mib == int(mib) else mib


_WHAT = frozenset({"what", "kind"})  # "a DXF drawing", "a folder": words a screen translates


def _check_stat(path: str | os.PathLike[str], st: os.stat_result, max_bytes: int, what: str) -> None:
    if not stat.S_ISREG(st.st_mode):
        not_file = Message(
            "is {kind}, not a file that can be read as {what}",
            {"kind": _kind(st.st_mode), "what": what},
            terms=_WHAT,
        )
        raise InputFileError(path, not_file)
    if st.st_size > max_bytes:
        too_big = Message(
            "is {size_mib} MiB, more than the {limit_mib} MiB {what} may have",
            {"size_mib": _mib_value(st.st_size), "limit_mib": _mib_value(max_bytes), "what": what},
            terms=_WHAT,
        )
        raise InputFileError(path, too_big)


def check_input_file(path: str | os.PathLike[str], max_bytes: int, what: str) -> os.stat_result:
    """Refuse ``path`` unless it is a regular file of at most ``max_bytes``; return its stat.

    Args:
        path: the input file.
        max_bytes: the size cap.
        what: what the file should be, for the message (``"a project"``, ``"a DXF drawing"``).

    Raises:
        InputFileError: one line naming the file and the reason (sizes in MiB).
        OSError: the file cannot be read at all (missing, no permission).
    """
    st = os.stat(path)
    _check_stat(path, st, max_bytes, what)
    return st


def read_capped(path: str | os.PathLike[str], max_bytes: int, what: str) -> tuple[bytes, os.stat_result]:
    """Read a whole regular file of at most ``max_bytes``; never blocks on a FIFO, never reads past the cap.

    Returns:
        The bytes and the stat of the file that was read.

    Raises:
        InputFileError: not a regular file, or too large (also if it grew while being read).
        OSError: the file cannot be opened.
    """
    check_input_file(path, max_bytes, what)
    # O_NONBLOCK: if the file was swapped for a FIFO after the check, open must not wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        _check_stat(path, st, max_bytes, what)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        grew = Message(
            "grew past the {limit_mib} MiB {what} may have while being read",
            {"limit_mib": _mib_value(max_bytes), "what": what},
            terms=_WHAT,
        )
        raise InputFileError(path, grew)
    return data, st


# DXF group codes whose value is a coordinate or a length (DXF reference, "Group code value types").
_DXF_FLOAT_CODES = frozenset([*range(10, 60), *range(110, 150), *range(210, 240), *range(1010, 1060)])


def check_dxf_input(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_DXF_BYTES,
    max_entities: int = MAX_DXF_ENTITIES,
    max_abs_coord_m: float = MAX_DXF_ABS_COORD_M,
) -> None:
    """Check an ASCII DXF before ezdxf reads it: size, entity count, finite and sane geometry numbers.

    Scans the tag pairs once (cheap next to ezdxf's parse). Binary DXF is only size-checked.

    Raises:
        InputFileError: naming the file, the line and the value (e.g. ``line 1234: radius 1e300``).
    """
    check_input_file(path, max_bytes, "a DXF drawing")
    with open(path, "rb") as fh:
        head = fh.read(22)
        if head.startswith(b"AutoCAD Binary DXF"):
            return
        fh.seek(0)
        # latin-1 maps every byte: the numbers we check are ASCII whatever the drawing's code page.
        lines = fh.read().decode("latin-1").splitlines()
    _scan_dxf_tags(path, lines, max_entities, max_abs_coord_m)


def _scan_dxf_tags(
    path: str | os.PathLike[str], lines: list[str], max_entities: int, max_abs_coord_m: float
) -> None:
    entities = 0
    in_entities = False
    for i in range(0, len(lines) - 1, 2):
        code_text = lines[i].strip()
        try:
            code = int(code_text)
        except ValueError:
            raise InputFileError(path, f"line {i + 1}: {code_text[:40]!r} is not a DXF group code") from None
        value = lines[i + 1].strip()
        if code == 0:
            if in_entities:
                entities += 1
                if entities > max_entities:
                    many = Message(
                        "has more than {max_entities} entities; split the drawing or purge it first",
                        {"max_entities": max_entities},
                        {"max_entities": ","},
                    )
                    raise InputFileError(path, many)
            if value == "ENDSEC":
                in_entities = False
        elif code == 2 and value in ("ENTITIES", "BLOCKS"):
            in_entities = True
        elif in_entities and code in _DXF_FLOAT_CODES:
            # Only geometry: the header legitimately says $EXTMIN = 1e20 for an empty drawing.
            _check_dxf_number(path, i + 2, code, value, max_abs_coord_m)


def _check_dxf_number(path: str | os.PathLike[str], line: int, code: int, value: str, max_abs: float) -> None:
    try:
        number = float(value)
    except ValueError:
        raise InputFileError(path, f"line {line}: {value[:40]!r} is not a number (group {code})") from None
    if not math.isfinite(number) or abs(number) > max_abs:
        far = Message(
            "line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)",
            {"line": str(line), "value": value[:40], "code": str(code), "limit": max_abs},
            {"limit": "g"},
        )
        raise InputFileError(path, far)


def check_xlsx_input(
    path: str | os.PathLike[str],
    max_bytes: int = MAX_TABLE_BYTES,
    max_unzipped_bytes: int = MAX_XLSX_UNZIPPED_BYTES,
) -> None:
    """Check a workbook before openpyxl opens it: a regular zip file, not too large packed or unpacked.

    Raises:
        InputFileError: one line naming the file and the reason.
    """
    import zipfile

    check_input_file(path, max_bytes, "a workbook")
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputFileError(path, f"is not an XLSX workbook ({exc})") from None
    if unpacked > max_unzipped_bytes:
        raise InputFileError(
            path,
            f"unpacks to {_mib(unpacked)} MiB, more than the {_mib(max_unzipped_bytes)} MiB a workbook may have",
        )


_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})


def check_import_source(path: str | os.PathLike[str]) -> None:
    """Apply the caps of its kind (by suffix) to a base-survey source: DXF, image or GIS file.

    Raises:
        InputFileError: refused before any parser opens it.
        OSError: the file cannot be read at all.
    """
    suffix = Path(path).suffix.lower()
    if os.path.isdir(path):
        return  # a folder of GIS files (shapefiles, a FileGDB): each file is GDAL's to open
    if suffix == ".dxf":
        check_dxf_input(path)
    elif suffix in _IMAGE_SUFFIXES:
        check_input_file(path, MAX_IMAGE_BYTES, "an image")
    else:
        check_input_file(path, MAX_GIS_BYTES, "a GIS file")


def is_regular_file(path: str | os.PathLike[str]) -> bool:
    """Return True if ``path`` is an existing regular file (following links)."""
    try:
        return stat.S_ISREG(os.stat(Path(path)).st_mode)
    except OSError:
        return False
