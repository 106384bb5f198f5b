"""One entry point for importing a cost library from any supported file (used by ``jamii costdb import``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from costing.db.cpwd import is_eproj, read_eproj
from costing.db.io_tables import load_mapping, read_library_tables
from costing.db.repository import CostLibrary
from costing.db.schedule import read_flat_schedule
from costing.db.tables import LibraryData
from costing.db.text_files import check_schedule_file
from costing.db.workbook import is_library_workbook, open_workbook
from costing.errors import CostingError

__all__ = ["import_library", "read_any", "scan"]


def read_any(
    path: Path, *, mapping: str | Path | dict[str, Any] | None = None, meta: dict[str, str] | None = None
) -> LibraryData:
    """Read a library from a folder of CSV tables, an .xlsx workbook (tables, or one flat sheet),
    a flat schedule CSV (with a column mapping), or a GEstimator/CPWD ``.eproj``."""
    meta = dict(meta or {})
    if not path.exists():
        raise CostingError(f"{path}: no such file or folder")
    check_schedule_file(path)
    if path.is_dir():
        return read_library_tables(path)
    if is_eproj(path):
        spec: dict[str, Any] = load_mapping(mapping or "cpwd-dsr2016")
        return read_eproj(path, meta, spec)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        # One load serves both the "tables or schedule?" question and the reading (issue 20).
        with open_workbook(path) as workbook:
            if is_library_workbook(workbook):
                return read_library_tables(path, workbook=workbook)
            return read_flat_schedule(path, load_mapping(mapping), meta, workbook=workbook)
    if suffix == ".csv":
        return read_flat_schedule(path, load_mapping(mapping), meta)
    raise CostingError(f"{path}: unsupported file (a folder of CSV tables, .csv, .xlsx or .eproj)")


def scan(path: Path, *, mapping: str | Path | dict[str, Any] | None = None) -> Any:
    """Return what importing a schedule (CSV or XLSX) would read, per sheet, without writing anything."""
    from costing.db.schedule import scan_schedule

    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise CostingError(f"{path}: inspect reads a schedule of rates (.csv or .xlsx)")
    return scan_schedule(path, load_mapping(mapping))


def import_library(
    target: Path,
    source: Path,
    *,
    mapping: str | Path | dict[str, Any] | None = None,
    meta: dict[str, str] | None = None,
) -> CostLibrary:
    """Import ``source`` into the library file ``target`` (created or replaced) in one transaction.

    Raises:
        ImportRowError: for the first bad row; ``target`` is then unchanged (or not created).
    """
    data = read_any(source, mapping=mapping, meta=meta)
    for key, value in (meta or {}).items():
        if value:
            data.set_meta(key, value)
    created = not target.exists()
    lib = CostLibrary(target)
    try:
        lib.replace_all(data)
    except BaseException:
        lib.close()
        if created:
            target.unlink(missing_ok=True)
        raise
    return lib
