"""Read a schedule of rates laid out for people: every sheet, the header row wherever it is, headings kept.

Real schedules (a state PWD Basic Schedule of Rates, a county schedule, a house estimate's abstract) are
workbooks of many sheets, each with a title block above its header row, heading rows without a rate
("Earth work in excavation …") whose sub-items are numbered "(i)", "(ii)" under each parent, units written
"cum", "rmt" or "Sq. M.", and rates written "1,250.50" or "Rs. 1,250/-". ``scan_schedule`` reads such a
file into a :class:`ScheduleScan` (per sheet: header row, columns, items, groups, skipped rows with their
reasons, unknown units) without touching any library — ``jamii costdb inspect`` prints it; then
``schedule_data`` turns the scan into library tables that ``CostLibrary.replace_all`` writes in one
transaction.

What is recognised as a header, a currency mark or a "no rate" word is data:
``resources/costing/schedule_import.toml``; units are normalised through ``resources/costing/units.toml``.
A mapping (``--mapping``) can name ``sheets`` (to read), ``skip_sheets``, ``header_row`` (1-based, for every
sheet, or ``[header_rows]`` per sheet), ``[columns]`` (field → header text), ``[sheet_bills]`` (sheet → bill),
``[chapter_bills]``, ``default_bill``, ``locale`` (how numbers are written, e.g. ``en_IN``, ``fr_FR``) and
``[aliases]``.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from costing.db.io_tables import (
    _add_aliases,
    _toml,
    is_canonical_unit,
    normalise_unit,
    shipped_unit_labels,
)
from costing.db.tables import LibraryData
from costing.errors import CostingError, ImportRowError

__all__ = [
    "ScheduleItem",
    "ScheduleScan",
    "SheetScan",
    "parse_amount",
    "scan_schedule",
    "schedule_data",
]

FIELDS = (
    "code",
    "description",
    "unit",
    "rate",
    "chapter",
    "bill",
    "currency",
    "source",
    "price_date",
    "community_ok",
)
NEEDED = ("description", "unit", "rate")
_SUB_CODE = re.compile(
    r"^\(?\s*([ivxlc]{1,6}|[a-z]|\d{1,2})\s*\)$|^\(\s*([a-z0-9]{1,6})\s*\)?$|^([ivxlc]{1,6}|[a-z])[.)]?$",
    re.I,
)
_NUMBERISH = re.compile(r"\d")


@cache
def _config() -> dict[str, Any]:
    from costing.db.appdata import shipped_resource

    return _toml(shipped_resource("schedule_import.toml"))


def _norm_header(text: object) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", str(text).lower()).split()) if text is not None else ""


@dataclass(frozen=True)
class ScheduleItem:
    """One priced item read from a sheet: where it was, its unique code and its rate as written."""

    sheet: str
    row: int
    code: str
    description: str
    unit: str
    unit_as_written: str
    rate: Decimal
    bill: int
    group: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class SheetScan:
    """What one sheet holds: its header row and columns, items, groups (headings) and skipped rows."""

    name: str
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field → header text as written
    items: list[ScheduleItem] = field(default_factory=list)
    groups: list[tuple[int, str, str]] = field(default_factory=list)  # (row, code, heading text)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    unknown_units: Counter[str] = field(default_factory=Counter)
    renamed: list[tuple[int, str, str]] = field(default_factory=list)  # (row, code as written, code used)
    note: str = ""  # why nothing was read from the sheet

    def to_json(self) -> dict[str, Any]:
        return {
            "sheet": self.name,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "items": len(self.items),
            "groups": len(self.groups),
            "skipped": [{"row": r, "reason": why} for r, why in self.skipped],
            "unknown_units": dict(sorted(self.unknown_units.items())),
            "renamed_codes": [{"row": r, "written": a, "code": b} for r, a, b in self.renamed],
            "note": self.note,
        }


@dataclass
class ScheduleScan:
    """Every sheet of a schedule file, scanned."""

    path: Path
    sheets: list[SheetScan]
    locale: str

    @property
    def items(self) -> list[ScheduleItem]:
        return [it for s in self.sheets for it in s.items]

    def to_json(self) -> dict[str, Any]:
        units: Counter[str] = Counter()
        for s in self.sheets:
            units.update(s.unknown_units)
        return {
            "file": str(self.path),
            "locale": self.locale,
            "items": sum(len(s.items) for s in self.sheets),
            "groups": sum(len(s.groups) for s in self.sheets),
            "skipped": sum(len(s.skipped) for s in self.sheets),
            "unknown_units": dict(sorted(units.items())),
            "sheets": [s.to_json() for s in self.sheets],
        }


# ---------------------------------------------------------------------------------------------- numbers


def parse_amount(value: object, locale: str = "en") -> Decimal | None:
    """Return the amount a cell holds, or None when it holds no amount (empty, "-", "N.A.", a word).

    Text is read in ``locale`` (``en``: "1,250.50"; ``en_IN``: "1,23,456.50"; ``fr_FR``: "1 250,50"), after
    dropping currency marks ("Rs.", "₹", "KSh", "/-"). Numeric cells are taken as they are.

    Raises:
        ValueError: text that looks like a number but is not one in that locale (e.g. "1,2a5").
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    text = " ".join(str(value).split())
    numbers = _config()["numbers"]
    if not text or text.lower() in numbers["no_rate_words"]:
        return None
    lower = text.lower()
    changed = True
    while changed:  # marks on either side, in any order ("Rs. 1,250/-")
        changed = False
        for mark in sorted(numbers["currency_marks"], key=len, reverse=True):
            if lower.startswith(mark):
                text, lower, changed = text[len(mark) :].strip(), lower[len(mark) :].strip(), True
            if lower.endswith(mark):
                text, lower, changed = text[: -len(mark)].strip(), lower[: -len(mark)].strip(), True
    if not _NUMBERISH.search(text):
        return None  # a word ("Rate only", "as per actual") is not a bad number: the row is a note
    from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal

    # Any space between digits is the locale's group separator ("1 250,50" typed with a plain space).
    text = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d)", get_group_symbol(locale), text)
    try:
        amount = parse_decimal(text, locale=locale, strict=True)  # "1,2" in en is an error, not 12
    except (NumberFormatError, InvalidOperation, ValueError):
        raise ValueError(f"{value!r} is not a number as written in locale {locale}") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return amount


def _says_no_rate(value: object) -> bool:
    """Say whether a rate cell holds a word meaning "no rate here" ("N.A.", "-", "Rate only")."""
    return " ".join(str(value).split()).lower() in _config()["numbers"]["no_rate_words"]


# ---------------------------------------------------------------------------------------------- reading


def _sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
    """Yield (sheet name, rows of cell values) for an .xlsx workbook (every sheet) or a .csv file (one)."""
    if path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as fh:
            yield path.stem, (tuple(r) for r in csv.reader(fh))
        return
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise CostingError(f"{path}: not a readable XLSX workbook ({exc})") from None
    try:
        for ws in wb.worksheets:
            yield ws.title, ws.iter_rows(values_only=True)
    finally:
        wb.close()


def _match_columns(cells: tuple[Any, ...], wanted: Mapping[str, str]) -> dict[str, int]:
    """Return field → column index for a candidate header row.

    ``wanted`` (from a mapping) names exact header texts; otherwise header names of the shipped table
    match, exact names first, then prefixes ("Rate in Rs. P" begins with "rate in rs").
    """
    texts = [_norm_header(c) for c in cells]
    found: dict[str, int] = {}
    for fld, header in wanted.items():
        key = _norm_header(header)
        if key in texts:
            found[fld] = texts.index(key)
    names: dict[str, list[str]] = {f: [f, *_config()["headers"].get(f, [])] for f in FIELDS}
    taken: set[int] = set(found.values())
    for exact in (True, False):
        for fld, options in names.items():
            if fld in found:
                continue
            for i, t in enumerate(texts):
                if i in taken or not t:
                    continue
                if any(t == o if exact else t.startswith(o + " ") for o in options):
                    found[fld] = i
                    taken.add(i)
                    break
    return found


def _cell(cells: tuple[Any, ...], index: int | None) -> Any:
    if index is None or index >= len(cells):
        return None
    return cells[index]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def scan_schedule(path: str | Path, mapping: Mapping[str, Any] | None = None) -> ScheduleScan:
    """Scan every sheet of a schedule file (see the module docstring); nothing is written.

    Raises:
        ImportRowError: a rate that is not a number (naming file, sheet, row, column and value).
        CostingError: an unreadable file, or no sheet with a header row.
    """
    path = Path(path)
    mapping = mapping or {}
    if not path.exists():
        raise CostingError(f"{path}: no such file")
    locale = str(mapping.get("locale", "en"))
    wanted = dict(mapping.get("columns", {}))
    only = set(mapping.get("sheets", []))
    skip = set(mapping.get("skip_sheets", []))
    header_rows: dict[str, int] = dict(mapping.get("header_rows", {}))
    search_rows = int(_config()["scan"]["header_search_rows"])
    chapter_bills = {str(k).strip().upper(): int(v) for k, v in mapping.get("chapter_bills", {}).items()}
    sheet_bills = {str(k): int(v) for k, v in mapping.get("sheet_bills", {}).items()}
    default_bill = int(mapping.get("default_bill", 10))
    seen_codes: set[str] = set()
    sheets: list[SheetScan] = []
    for name, rows in _sheets(path):
        scan = SheetScan(name)
        sheets.append(scan)
        if (only and name not in only) or name in skip:
            scan.note = "not read (the mapping leaves this sheet out)"
            continue
        fixed = header_rows.get(name, mapping.get("header_row"))
        columns: dict[str, int] = {}
        header_cells: tuple[Any, ...] = ()
        number = 0
        for number, cells in enumerate(rows, start=1):
            if fixed is not None:
                if number == int(fixed):
                    columns, header_cells = _match_columns(cells, wanted), cells
                    break
                continue
            found = _match_columns(cells, wanted)
            if all(f in found for f in NEEDED) and (not wanted or set(wanted) <= set(found)):
                columns, header_cells = found, cells
                break
            if number >= search_rows:
                break
        missing = [f for f in NEEDED if f not in columns]
        if missing or not header_cells:
            where = f"row {fixed}" if fixed is not None else f"the first {search_rows} rows"
            scan.note = f"no header row with {', '.join(NEEDED)} columns in {where}"
            if missing and header_cells:
                scan.note = f"header row {fixed} has no column for {', '.join(missing)}"
            continue
        scan.header_row = number
        scan.columns = {f: _text(header_cells[i]) for f, i in columns.items()}
        _read_rows(path, scan, rows, columns, header_cells, locale, seen_codes)
        for it_index, it in enumerate(scan.items):
            bill = sheet_bills.get(name) or chapter_bills.get(
                (it.extra.get("chapter") or name).strip().upper()
            )
            if it.extra.get("bill"):
                continue
            scan.items[it_index] = _with_bill(it, bill or default_bill)
    if not any(s.header_row for s in sheets):
        notes = "; ".join(f"sheet {s.name!r}: {s.note}" for s in sheets[:5])
        raise CostingError(
            f"{path}: nothing to import ({notes}); name the header row or columns with --mapping"
        )
    return ScheduleScan(path, sheets, locale)


def _with_bill(item: ScheduleItem, bill: int) -> ScheduleItem:
    from dataclasses import replace

    return replace(item, bill=bill)


def _read_rows(
    path: Path,
    scan: SheetScan,
    rows: Iterator[tuple[Any, ...]],
    columns: dict[str, int],
    header_cells: tuple[Any, ...],
    locale: str,
    seen_codes: set[str],
) -> None:
    """Classify the rows below the header: items, headings (groups), skipped rows with a reason."""
    header_key = tuple(_norm_header(c) for c in header_cells)
    source = path.name if path.suffix.lower() == ".csv" else f"{path.name}, sheet {scan.name!r}"
    parent_code, parent_text = "", ""
    group_text = ""
    idx = {f: columns.get(f) for f in FIELDS}
    rate_header = scan.columns["rate"]
    for number, cells in enumerate(rows, start=scan.header_row + 1 if scan.header_row else 1):
        if not any(c is not None and str(c).strip() for c in cells):
            continue
        if tuple(_norm_header(c) for c in cells) == header_key:
            scan.skipped.append((number, "the header row repeated"))
            continue
        code = _text(_cell(cells, idx["code"]))
        description = _text(_cell(cells, idx["description"]))
        unit_written = _text(_cell(cells, idx["unit"]))
        raw_rate = _cell(cells, idx["rate"])
        try:
            rate = parse_amount(raw_rate, locale)
        except ValueError as exc:
            raise ImportRowError(source, number, rate_header, str(exc)) from None
        if rate is None:
            if unit_written and _text(raw_rate) and not _says_no_rate(raw_rate):
                raise ImportRowError(
                    source, number, rate_header, f"{_text(raw_rate)!r} is not a rate (the row has a unit)"
                )
            if unit_written:
                written = f" (rate written {_text(raw_rate)!r})" if _text(raw_rate) else ""
                scan.skipped.append((number, f"a unit ({unit_written}) but no rate{written}"))
                continue
            if code or description:
                # A heading (or a note): it groups the items below it and gives sub-items their parent.
                scan.groups.append((number, code, description))
                if code and not _SUB_CODE.match(code):
                    parent_code, parent_text = code, description
                group_text = description or group_text
                continue
            scan.skipped.append((number, "no code, description or rate"))
            continue
        if not unit_written:
            scan.skipped.append((number, "a rate but no unit"))
            continue
        if rate < 0:
            raise ImportRowError(source, number, rate_header, f"{_text(raw_rate)!r} is a negative rate")
        written_code = code
        if code and _SUB_CODE.match(code) and parent_code:
            inner = code.strip("().").strip()
            code = f"{parent_code}({inner.lower()})"
            if parent_text and description and not description.startswith(parent_text):
                description = f"{parent_text} | {description}"
        elif code:
            parent_code, parent_text = code, description
        if not description:
            description = group_text
        if not description:
            scan.skipped.append((number, "a rate but no description"))
            continue
        if not code:
            code = f"{scan.name}:{number}"
        unique = code
        if unique in seen_codes:
            unique = f"{scan.name}/{code}"
            if unique in seen_codes:
                unique = f"{scan.name}/{code}@{number}"
        if unique != written_code:  # a sub-code under its parent, a repeated code, or none written
            scan.renamed.append((number, written_code, unique))
        seen_codes.add(unique)
        unit = normalise_unit(unit_written)
        if not is_canonical_unit(unit):
            scan.unknown_units[unit_written] += 1
        extra = {
            f: _text(_cell(cells, idx[f]))
            for f in ("chapter", "bill", "currency", "source", "price_date", "community_ok")
            if idx[f] is not None and _text(_cell(cells, idx[f]))
        }
        bill = int(extra["bill"]) if extra.get("bill", "").isdigit() else 0
        scan.items.append(
            ScheduleItem(
                scan.name, number, unique, description, unit, unit_written, rate, bill, group_text, extra
            )
        )


# ---------------------------------------------------------------------------------------------- to tables


def schedule_data(scan: ScheduleScan, mapping: Mapping[str, Any], meta: Mapping[str, str]) -> LibraryData:
    """Return library tables for the scanned items (one assembly with a published rate per item)."""
    data = LibraryData()
    all_meta = {**mapping.get("meta", {}), **{k: v for k, v in meta.items() if v}}
    for key, value in all_meta.items():
        data.add("meta", {"key": key, "value": str(value)}, scan.path.name, 0)
    data.set_meta(
        "illustrative", "true" if str(all_meta.get("illustrative", "false")).lower() == "true" else "false"
    )
    currency = all_meta.get("currency", "")
    for it in scan.items:
        source = (
            f"{scan.path.name}"
            if scan.path.suffix.lower() == ".csv"
            else f"{scan.path.name}, sheet {it.sheet!r}"
        )
        item_currency = it.extra.get("currency", "")
        if item_currency and currency and item_currency != currency:
            raise ImportRowError(
                source, it.row, "currency", f"currency {item_currency} differs from the library's {currency}"
            )
        data.add(
            "assembly",
            {
                "code": it.code,
                "bill": str(it.bill),
                "description": it.description,
                "unit": it.unit,
                "method_ref": all_meta.get("method_of_measurement", ""),
                "community_ok": it.extra.get("community_ok", "0"),
                "fixed_rate": str(it.rate),
                "source": it.extra.get("source")
                or all_meta.get("source", "")
                or f"{scan.path.name}, {it.sheet}, row {it.row}",
                "price_date": it.extra.get("price_date") or all_meta.get("price_base", ""),
            },
            source,
            it.row,
        )
    _add_aliases(data, mapping, scan.path.name)
    for r in shipped_unit_labels():
        data.add("unit_label", r, "units.toml", 0)
    return data
