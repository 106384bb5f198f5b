"""Import of a schedule of rates laid out for people, against the raw openpyxl read of the same cells.

The workbook: the CPWD DSR 2016 items (``../shared/data/cost-cpwd-dsr2016``, 2,782 priced items; a
synthetic schedule of the same size when the data folder is absent) split into one sheet per chapter
(about 30), each with a title block above its header row and a heading row before every group of
sub-items. Import = ``import_library`` (scan every sheet, find the header, classify rows, normalise units
and numbers, validate, write the SQLite library in one transaction). Raw = ``openpyxl.load_workbook``
(read-only) and iterating every cell value of every sheet. Target ≤ 3× (issue 15).
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, row

CPWD_CSV = (
    Path(os.environ.get("JAMII_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    / "cost-cpwd-dsr2016"
    / "DSR2016_civil_items_DERIVED.csv"
)


def _items() -> list[dict[str, str]]:
    if CPWD_CSV.exists():
        with CPWD_CSV.open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    units = ("cum", "sqm", "rmt", "each", "kg")
    return [
        {
            "code": f"{c}.{g}.{i}",
            "chapter": f"CHAPTER {c}",
            "description": f"Synthetic item {c}.{g}.{i} with a description of a realistic length for a schedule",
            "unit": units[i % len(units)],
            "rate": f"{(c * 977 + g * 31 + i * 7) % 20000 + 0.5:,.2f}",
        }
        for c in range(1, 31)
        for g in range(1, 24)
        for i in range(1, 5)
    ]


def make_workbook(path: Path) -> int:
    """Write the chapter-per-sheet workbook; return the number of priced items in it."""
    from openpyxl import Workbook

    by_chapter: dict[str, list[dict[str, str]]] = {}
    for it in _items():
        by_chapter.setdefault(it["chapter"], []).append(it)
    wb = Workbook(write_only=True)
    n = 0
    for chapter, items in by_chapter.items():
        ws = wb.create_sheet(chapter[:31].replace("/", " "))
        ws.append(["Schedule of Rates (benchmark copy)"])
        ws.append([f"Chapter: {chapter}"])
        ws.append([])
        ws.append(["Item No", "Description of Item", "Unit", "Rate (Rs)"])
        parent = ""
        for it in items:
            head = it["code"].rsplit(".", 1)[0]
            if head != parent:
                ws.append([head, it["description"].split(" | ")[0][:120], None, None])
                parent = head
            ws.append([it["code"], it["description"], it["unit"], it["rate"]])
            n += 1
    wb.save(path)
    return n


def _raw(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for ws in wb.worksheets:
        for values in ws.iter_rows(values_only=True):
            cells += len(values)
    wb.close()
    return cells


def run(size: int) -> list[dict[str, Any]]:
    del size  # the schedule has its own size
    from costing.db.importer import import_library

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "schedule.xlsx"
        n = make_workbook(book)
        meta = {"name": "bench", "currency": "INR", "region": "delhi", "price_base": "2016-01-01"}
        target = Path(tmp) / "bench.sqlite"

        def clean() -> None:
            target.unlink(missing_ok=True)

        def imported() -> None:
            import_library(target, book, meta=meta).close()

        full = measure(imported, repeat=3, setup=clean)
        raw = measure(lambda: _raw(book), repeat=3)
    return [row(f"schedule import, {n} items in sheets", n, full, raw, 3.0)]
