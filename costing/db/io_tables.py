"""Import and export of cost libraries: CSV tables, XLSX workbooks and foreign flat schedules.

Three layouts:

* **Library tables** (round trip): a folder with one CSV per table of ``schema.TABLE_COLUMNS``
  (``meta.csv``, ``resource.csv``, …), or an XLSX workbook with one sheet per table. The shipped
  default library is such a folder.
* **Flat schedule of rates** (foreign layout): one CSV or XLSX sheet with a row per priced item
  (code, description, unit, rate, …). A *column mapping* names which column holds which field,
  e.g. ``{"code": "Item No", "rate": "Rate (INR)"}``; items become assemblies with a fixed
  (published) rate.
* The CPWD ``.eproj`` SQLite file, see ``costing.db.cpwd``.

Every import validates all rows first (``tables.validate``) and writes in one transaction: a bad row
raises ``ImportRowError`` (file, row, column, reason) and leaves the library unchanged.
"""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from costing.db.schema import TABLE_COLUMNS
from costing.db.tables import CANONICAL_UNITS, LibraryData
from costing.errors import CostingError, ImportRowError

__all__ = [
    "FLAT_FIELDS",
    "export_library",
    "load_mapping",
    "normalise_unit",
    "read_flat_schedule",
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


def _units_config() -> dict[str, Any]:
    from costing.db.appdata import shipped_resource

    return _toml(shipped_resource("units.toml"))


def normalise_unit(text: str) -> str:
    """Return the canonical unit for a unit as written (``cum`` → ``m3``); unknown units stay as written."""
    clean = text.strip().rstrip(".").strip()
    if clean in CANONICAL_UNITS:
        return clean
    synonyms: dict[str, str] = _units_config().get("synonyms", {})
    return synonyms.get(clean.lower(), clean.lower())


def shipped_unit_labels() -> list[dict[str, str]]:
    """Return the shipped unit-label sets as ``unit_label`` rows."""
    rows = []
    for label_set, labels in _units_config().get("labels", {}).items():
        for unit, label in labels.items():
            rows.append({"label_set": label_set, "unit": unit, "label": label})
    return rows


def load_mapping(spec: str | Path | None) -> dict[str, Any]:
    """Return a column mapping from a TOML file, a shipped mapping name, or ``field=Column,…`` text.

    A mapping file has ``[columns]`` (field → column header), optional ``[chapter_bills]``
    (chapter → bill number), ``[aliases]`` (Jamii code → {code, factor}) and ``[meta]`` defaults.
    """
    if spec is None or spec == "":
        return {"columns": {}}
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


def read_library_tables(path: Path) -> LibraryData:
    """Read a library from a folder of CSV tables or an XLSX workbook (one sheet per table)."""
    data = LibraryData()
    if path.is_dir():
        for table in TABLE_COLUMNS:
            file = path / f"{table}.csv"
            if not file.exists():
                continue
            for number, values in _read_csv(file):
                data.add(table, values, file.name, number)
    elif path.suffix.lower() == ".xlsx":
        sheets = _read_xlsx(path)
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
            writer = csv.writer(fh)
            writer.writerow(cols)
            for row in data.tables[table]:
                writer.writerow([row.get(c) for c in cols])


def export_library(library: Any, out: Path) -> None:
    """Export an open ``CostLibrary`` to ``out`` (.xlsx workbook, else a folder of CSV tables)."""
    write_library_tables(library.read_all(), out)


# ---------------------------------------------------------------------- flat schedules


def read_flat_schedule(
    path: Path,
    mapping: Mapping[str, Any],
    meta: Mapping[str, str],
) -> LibraryData:
    """Read a flat schedule of rates (CSV or first XLSX sheet) into library tables.

    Args:
        path: the file.
        mapping: ``{"columns": {field: header}, "chapter_bills": {...}, "aliases": {...}}``; a field
            not mapped is looked up under its own name.
        meta: library metadata (name, currency, region, price_base, source, …).

    Raises:
        ImportRowError: for a missing column or the first bad row.
    """
    if path.suffix.lower() == ".xlsx":
        sheets = _read_xlsx(path)
        rows = next(iter(sheets.values()), [])
        headers = list(rows[0][1].keys()) if rows else []
    else:
        rows = list(_read_csv(path))
        with path.open(newline="", encoding="utf-8-sig") as fh:
            headers = next(csv.reader(fh), [])
    columns: dict[str, str] = {f: f for f in FLAT_FIELDS if f in headers}
    columns.update(mapping.get("columns", {}))
    for required in ("code", "description", "unit", "rate"):
        if columns.get(required) not in headers:
            raise ImportRowError(
                path.name,
                1,
                columns.get(required, required),
                f"no column for {required!r} (map it with --mapping)",
            )
    chapter_bills: dict[str, int] = {
        k.strip().upper(): int(v) for k, v in mapping.get("chapter_bills", {}).items()
    }
    default_bill = str(mapping.get("default_bill", 10))
    data = LibraryData()
    all_meta = {**mapping.get("meta", {}), **{k: v for k, v in meta.items() if v}}
    for key, value in all_meta.items():
        data.add("meta", {"key": key, "value": str(value)}, path.name, 0)
    data.set_meta(
        "illustrative", "false" if all_meta.get("illustrative", "false") in ("false", False) else "true"
    )

    def col(values: dict[str, str], field: str) -> str:
        header = columns.get(field)
        return (values.get(header) or "").strip() if header else ""

    for number, values in rows:
        chapter = col(values, "chapter").upper()
        bill = col(values, "bill") or str(chapter_bills.get(chapter, default_bill))
        currency = col(values, "currency") or all_meta.get("currency", "")
        if currency and all_meta.get("currency") and currency != all_meta["currency"]:
            raise ImportRowError(
                path.name,
                number,
                columns.get("currency", "currency"),
                f"currency {currency} differs from the library's {all_meta['currency']}",
            )
        unit = col(values, "unit")
        row = {
            "code": col(values, "code"),
            "bill": bill,
            "description": col(values, "description"),
            "unit": normalise_unit(unit) if unit else "",
            "method_ref": all_meta.get("method_of_measurement", ""),
            "community_ok": col(values, "community_ok") or "0",
            "fixed_rate": col(values, "rate"),
            "source": col(values, "source") or all_meta.get("source", ""),
            "price_date": col(values, "price_date") or all_meta.get("price_base", ""),
        }
        if not row["fixed_rate"]:
            raise ImportRowError(path.name, number, columns["rate"], "a rate is required")
        file_columns = {
            "code": columns["code"],
            "description": columns["description"],
            "unit": columns["unit"],
            "fixed_rate": columns["rate"],
            "bill": columns.get("bill", "bill"),
            "source": columns.get("source", "source"),
            "price_date": columns.get("price_date", "price_date"),
        }
        data.add("assembly", row, path.name, number, file_columns)
    _add_aliases(data, mapping, path.name)
    for r in shipped_unit_labels():
        data.add("unit_label", r, "units.toml", 0)
    return data


def _add_aliases(data: LibraryData, mapping: Mapping[str, Any], source: str) -> None:
    present = {r.get("code") for r in data.tables["assembly"]}
    for code, target in mapping.get("aliases", {}).items():
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


# ---------------------------------------------------------------------- file readers


def _read_csv(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        for i, row in enumerate(reader, start=2):
            if None in row:
                raise ImportRowError(path.name, i, "", "more cells than header columns")
            yield i, {k: v or "" for k, v in row.items()}


def _read_xlsx(path: Path) -> dict[str, list[tuple[int, dict[str, str]]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise CostingError(f"{path}: not a readable XLSX workbook ({exc})") from None
    out: dict[str, list[tuple[int, dict[str, str]]]] = {}
    try:
        for ws in wb.worksheets:
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
    finally:
        wb.close()
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
                        cells.append(text)
                else:
                    cells.append(text)
            ws.append(cells)
        ws.freeze_panes = "A2"
    wb.save(out)
