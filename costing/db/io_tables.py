"""Import and export of cost libraries: CSV tables, XLSX workbooks and foreign flat schedules.

Three layouts:

* **Library tables** (round trip): a folder with one CSV per table of ``schema.TABLE_COLUMNS``
  (``meta.csv``, ``resource.csv``, …), or an XLSX workbook with one sheet per table. The shipped
  default library is such a folder.
* **Schedules of rates** laid out for people (every sheet of a workbook, or a CSV): read by
  ``costing.db.schedule``, which uses the unit normalisation, mappings and aliases defined here.
* The CPWD ``.eproj`` SQLite file, see ``costing.db.cpwd``.

Every import validates all rows first (``tables.validate``) and writes in one transaction: a bad row
raises ``ImportRowError`` (file, row, column, reason) and leaves the library unchanged.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from costing.db.schema import TABLE_COLUMNS
from costing.db.tables import CANONICAL_UNITS, LibraryData
from costing.db.text_files import read_schedule_text
from costing.errors import CostingError, ImportRowError
from costing.report.cell_safety import SafeCsvWriter, csv_value, xlsx_cell

__all__ = [
    "FLAT_FIELDS",
    "export_library",
    "is_canonical_unit",
    "load_mapping",
    "normalise_unit",
    "read_library_tables",
    "shipped_unit_labels",
    "write_library_tables",
]

FLAT_FIELDS = (
    "code",
    "description",
    "unit",
    "rate",
    "bill",
    "chapter",
    "currency",
    "source",
    "price_date",
    "community_ok",
)
"""Fields a flat schedule can map; ``code, description, unit, rate`` are required."""


# ---------------------------------------------------------------------- shipped data


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise CostingError(f"{path}: {exc}") from None


@cache
def _units_config() -> dict[str, Any]:
    """The shipped units.toml, read once (an import normalises a unit per item)."""
    from costing.db.appdata import shipped_resource

    return _toml(shipped_resource("units.toml"))


def normalise_unit(text: str) -> str:
    """Return the canonical unit for a unit as written (``cum`` → ``m3``, ``Sq. M.`` → ``m2``).

    Unknown units come back lower-cased as written (see ``is_canonical_unit`` to report them).
    """
    clean = " ".join(text.strip().rstrip(".").split())
    if clean in CANONICAL_UNITS:
        return clean
    lower = clean.lower()
    lower = lower.removeprefix("per ").strip()
    synonyms: dict[str, str] = _units_config().get("synonyms", {})
    if lower in CANONICAL_UNITS:
        return lower
    if lower in synonyms:
        return synonyms[lower]
    squeezed = re.sub(r"[\s.]+", "", lower)
    if squeezed in CANONICAL_UNITS:
        return squeezed
    return synonyms.get(squeezed, lower)


def is_canonical_unit(unit: str) -> bool:
    """Say whether ``unit`` is one of Jamii's canonical units (m m2 m3 kg t nr item sum h)."""
    return unit in CANONICAL_UNITS


def shipped_unit_labels() -> list[dict[str, str]]:
    """Return the shipped unit-label sets as ``unit_label`` rows."""
    rows = []
    for label_set, labels in _units_config().get("labels", {}).items():
        for unit, label in labels.items():
            rows.append({"label_set": label_set, "unit": unit, "label": label})
    return rows


def load_mapping(spec: str | Path | Mapping[str, Any] | None) -> dict[str, Any]:
    """Return a column mapping from a TOML file, a shipped mapping name, or ``field=Column,…`` text.

    A mapping file has ``[columns]`` (field → column header), optional ``[chapter_bills]``
    (chapter → bill number), ``[aliases]`` (Jamii code → {code, factor}) and ``[meta]`` defaults.
    """
    if spec is None or spec == "":
        return {"columns": {}}
    if isinstance(spec, Mapping):
        return dict(spec)
    text = str(spec)
    path = Path(text)
    if path.suffix == ".toml" and path.exists():
        return _toml(path)
    from costing.db.appdata import shipped_resource

    shipped = shipped_resource("mappings", f"{text}.toml")
    if shipped.exists():
        return _toml(shipped)
    if "=" in text:
        columns = {}
        for pair in text.split(","):
            field, _, column = pair.partition("=")
            if field.strip() not in FLAT_FIELDS:
                raise CostingError(
                    f"unknown field {field.strip()!r} in the column mapping; fields: {', '.join(FLAT_FIELDS)}"
                )
            columns[field.strip()] = column.strip()
        return {"columns": columns}
    raise CostingError(
        f"no column mapping {text!r} (a .toml file, a shipped mapping name, or field=Column,…)"
    )


# ---------------------------------------------------------------------- library tables


def read_library_tables(path: Path, *, workbook: Any = None) -> LibraryData:
    """Read a library from a folder of CSV tables or an XLSX workbook (one sheet per table).

    ``workbook``: the .xlsx already opened by the caller (read once per import).
    """
    data = LibraryData()
    if path.is_dir():
        for table in TABLE_COLUMNS:
            file = path / f"{table}.csv"
            if not file.exists():
                continue
            for number, values in _read_csv(file):
                data.add(table, values, file.name, number)
        from costing.db.published_rates import apply_published_rates

        apply_published_rates(data, path)  # the folder's published benchmarks set the rates they source
    elif path.suffix.lower() == ".xlsx":
        sheets = _read_xlsx(path, workbook)
        for table in TABLE_COLUMNS:
            for number, values in sheets.get(table, []):
                data.add(table, values, f"{path.name}:{table}", number)
        if not any(data.tables.values()):
            raise CostingError(f"{path}: no sheet named like a library table ({', '.join(TABLE_COLUMNS)})")
    else:
        raise CostingError(f"{path}: expected a folder of CSV tables or an .xlsx workbook")
    if not data.tables["unit_label"]:
        for row in shipped_unit_labels():
            data.add("unit_label", row, "units.toml", 0)
    return data


def write_library_tables(data: LibraryData, out: Path) -> None:
    """Write a library as a folder of CSV tables (UTF-8, comma) or an XLSX workbook."""
    if out.suffix.lower() == ".xlsx":
        _write_xlsx(data, out)
        return
    out.mkdir(parents=True, exist_ok=True)
    for table, cols in TABLE_COLUMNS.items():
        with (out / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = SafeCsvWriter(fh)
            writer.writerow(cols)
            for row in data.tables[table]:
                writer.writerow([row.get(c) for c in cols])


def export_library(library: Any, out: Path) -> None:
    """Export an open ``CostLibrary`` to ``out`` (.xlsx workbook, else a folder of CSV tables)."""
    write_library_tables(library.read_all(), out)


# ---------------------------------------------------------------------- flat schedules


def _add_aliases(data: LibraryData, mapping: Mapping[str, Any], source: str) -> None:
    """Add the mapping's aliases (Jamii code → one library item × factor) and composites (→ several)."""
    present = {r.get("code") for r in data.tables["assembly"]}
    for code, target in mapping.get("aliases", {}).items():
        if isinstance(target, dict) and "parts" in target:
            _add_composite(data, code, target, source)
            continue
        target_code = target["code"] if isinstance(target, dict) else str(target)
        factor = str(target.get("factor", 1)) if isinstance(target, dict) else "1"
        if target_code in present:
            data.add(
                "code_alias",
                {
                    "code": code,
                    "target_code": target_code,
                    "factor": factor,
                    "note": target.get("note", "") if isinstance(target, dict) else "",
                },
                source,
                0,
            )


def _add_composite(data: LibraryData, code: str, target: Mapping[str, Any], source: str) -> None:
    """Add an assembly made of several library items (a toilet cubicle: walls + roof + door).

    Its published rate is Σ factor × each item's published rate; its build-up lines are the items'
    lines scaled the same way, so labour stays labour. Left out (the Jamii item stays unpriced) when an
    item is missing or has no published rate.
    """
    from decimal import Decimal

    assemblies = {r.get("code"): r for r in data.tables["assembly"]}
    parts = [(str(p["code"]), Decimal(str(p.get("factor", 1)))) for p in target["parts"]]
    rows = [assemblies.get(c) for c, _ in parts]
    if any(r is None or not r.get("fixed_rate") for r in rows):
        return
    rate = sum(
        (Decimal(r.get("fixed_rate")) * f for r, (_, f) in zip(rows, parts, strict=True) if r), Decimal(0)
    )
    first = rows[0]
    assert first is not None
    described = " + ".join(
        f"{f.normalize():f} {r.get('unit')} of item {c}" for (c, f), r in zip(parts, rows, strict=True) if r
    )
    data.add(
        "assembly",
        {
            "code": code,
            "bill": first.get("bill"),
            "description": f"{target.get('note', code)} ({described})",
            "unit": str(target.get("unit", "nr")),
            "method_ref": first.get("method_ref"),
            "community_ok": "1" if all(r.get("community_ok") == "1" for r in rows if r) else "0",
            "fixed_rate": str(rate),
            "source": f"composite of {described}: " + "; ".join(r.get("source") for r in rows if r),
            "price_date": first.get("price_date"),
        },
        source,
        0,
    )
    seq = 0
    by_assembly: dict[str, list[Any]] = {}
    for line in data.tables["assembly_line"]:
        by_assembly.setdefault(line.get("assembly_code"), []).append(line)
    for part_code, factor in parts:
        for line in by_assembly.get(part_code, []):
            qty = Decimal(line.get("qty_per_unit")) * factor
            data.add(
                "assembly_line",
                {
                    "assembly_code": code,
                    "seq": str(seq),
                    "resource_code": line.get("resource_code"),
                    "qty_per_unit": format(qty.normalize(), "f"),
                    "waste_pct": line.get("waste_pct") or "0",
                    "output_per_day": "",
                },
                source,
                0,
            )
            seq += 1


# ---------------------------------------------------------------------- file readers


def _read_csv(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(read_schedule_text(path), newline=""))
    try:
        for i, row in enumerate(reader, start=2):
            if None in row:
                raise ImportRowError(path.name, i, "", "more cells than header columns")
            yield i, {k: csv_value(v or "") for k, v in row.items()}  # our own export round-trips
    except csv.Error as exc:
        raise CostingError(f"{path}: is not a valid CSV file (line {reader.line_num}: {exc})") from None


def _read_xlsx(path: Path, workbook: Any = None) -> dict[str, list[tuple[int, dict[str, str]]]]:
    if workbook is None:
        from costing.db.workbook import open_workbook

        with open_workbook(path) as wb:
            return _read_xlsx(path, wb)
    out: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for ws in workbook.worksheets:
        it = ws.iter_rows(values_only=True)
        header = next(it, None)
        if not header:
            continue
        names = [str(h).strip() if h is not None else "" for h in header]
        rows = []
        for i, values in enumerate(it, start=2):
            if values is None or all(v is None or v == "" for v in values):
                continue
            rows.append((i, {n: _xlsx_text(v) for n, v in zip(names, values, strict=False) if n}))
        out[ws.title] = rows
    return out


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _write_xlsx(data: LibraryData, out: Path) -> None:
    from decimal import Decimal, InvalidOperation

    from openpyxl import Workbook

    numeric = {
        "rate",
        "fixed_rate",
        "analysis_rate",
        "oh_pct",
        "profit_pct",
        "qty_per_unit",
        "waste_pct",
        "output_per_day",
        "material_idx",
        "labour_idx",
        "plant_idx",
        "idx",
        "factor",
        "bill",
        "seq",
        "community_ok",
    }
    wb = Workbook()
    wb.remove(wb.active)
    for table, cols in TABLE_COLUMNS.items():
        ws = wb.create_sheet(table)
        ws.append(list(cols))
        for row in data.tables[table]:
            cells: list[object] = []
            for c in cols:
                text = row.get(c)
                if c in numeric and text:
                    try:
                        # Numbers as numbers for the quantity surveyor; the text form keeps exactness.
                        dec = Decimal(text)
                        cells.append(
                            int(dec) if dec == dec.to_integral_value() and "." not in text else float(text)
                        )
                    except InvalidOperation:
                        cells.append(xlsx_cell(text))
                else:
                    cells.append(xlsx_cell(text))
            ws.append(cells)
        ws.freeze_panes = "A2"
    wb.save(out)
