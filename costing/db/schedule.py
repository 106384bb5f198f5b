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
from dataclasses import dataclass, field, replace
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
    "read_flat_schedule",
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
    if isinstance(value, int | float | Decimal):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    text = _strip_currency(" ".join(str(value).split()))
    if not text or _says_no_rate(text) or not _NUMBERISH.search(text):
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


def _strip_currency(text: str) -> str:
    """Drop currency marks written on either side of an amount, in any order ("Rs. 1,250/-" → "1,250")."""
    marks = sorted(_config()["numbers"]["currency_marks"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        lower = text.lower()
        for mark in marks:
            if lower.startswith(mark):
                text, lower, changed = text[len(mark) :].strip(), lower[len(mark) :].strip(), True
            if lower.endswith(mark):
                text, lower, changed = text[: -len(mark)].strip(), lower[: -len(mark)].strip(), True
    return text


def _says_no_rate(value: object) -> bool:
    """Say whether a rate cell holds a word meaning "no rate here" ("N.A.", "-", "Rate only")."""
    return " ".join(str(value).split()).lower() in _config()["numbers"]["no_rate_words"]


# ---------------------------------------------------------------------------------------------- reading


def _sheets(path: Path, workbook: Any = None) -> Iterator[tuple[str, Iterator[tuple[Any, ...]]]]:
    """Yield (sheet name, rows of cell values) for an .xlsx workbook (every sheet) or a .csv file (one).

    ``workbook``: the file already opened by the caller (``costing.db.workbook.open_workbook``).
    """
    if path.suffix.lower() == ".csv":
        import io

        from costing.db.text_files import read_schedule_text

        # The everyday Excel export is not UTF-8: the encoding is detected (and the size capped) as for
        # every schedule file.
        text = read_schedule_text(path)
        yield path.stem, (tuple(r) for r in csv.reader(io.StringIO(text, newline="")))
        return
    if workbook is not None:
        for ws in workbook.worksheets:
            yield ws.title, ws.iter_rows(values_only=True)
        return
    from costing.db.workbook import open_workbook

    with open_workbook(path) as wb:
        for ws in wb.worksheets:
            yield ws.title, ws.iter_rows(values_only=True)


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


def scan_schedule(
    path: str | Path, mapping: Mapping[str, Any] | None = None, *, workbook: Any = None
) -> ScheduleScan:
    """Scan every sheet of a schedule file (see the module docstring); nothing is written.

    ``workbook``: the .xlsx already opened by the caller, so that one import loads it once.

    Raises:
        ImportRowError: a rate that is not a number (naming file, sheet, row, column and value).
        CostingError: an unreadable file, or no sheet with a header row.
    """
    path = Path(path)
    if not path.exists():
        raise CostingError(f"{path}: no such file")
    plan = _Plan(mapping or {})
    seen_codes: set[str] = set()
    sheets: list[SheetScan] = []
    for name, rows in _sheets(path, workbook):
        scan = SheetScan(name)
        sheets.append(scan)
        if not plan.reads(name):
            scan.note = "not read (the mapping leaves this sheet out)"
            continue
        found = plan.header(name, rows)
        if isinstance(found, str):
            scan.note = found
            continue
        scan.header_row, columns, header_cells = found
        scan.columns = {f: _text(header_cells[i]) for f, i in columns.items()}
        _SheetReader(path, scan, columns, header_cells, plan.locale, seen_codes).read(rows)
        scan.items = [it if it.bill else replace(it, bill=plan.bill_for(name, it)) for it in scan.items]
    if not any(s.header_row for s in sheets):
        notes = "; ".join(f"sheet {s.name!r}: {s.note}" for s in sheets[:5])
        raise CostingError(
            f"{path}: nothing to import ({notes}); name the header row or columns with --mapping"
        )
    return ScheduleScan(path, sheets, plan.locale)


class _Plan:
    """What a mapping says about reading a workbook: sheets, header rows, columns, bills, locale."""

    def __init__(self, mapping: Mapping[str, Any]) -> None:
        self.mapping = mapping
        self.locale = str(mapping.get("locale", "en"))
        self.wanted = dict(mapping.get("columns", {}))
        self.only = set(mapping.get("sheets", []))
        self.skip = set(mapping.get("skip_sheets", []))
        self.header_rows: dict[str, int] = dict(mapping.get("header_rows", {}))
        self.search_rows = int(_config()["scan"]["header_search_rows"])
        self.chapter_bills = {
            str(k).strip().upper(): int(v) for k, v in mapping.get("chapter_bills", {}).items()
        }
        self.sheet_bills = {str(k): int(v) for k, v in mapping.get("sheet_bills", {}).items()}
        self.default_bill = int(mapping.get("default_bill", 10))

    def reads(self, name: str) -> bool:
        return not ((self.only and name not in self.only) or name in self.skip)

    def header(
        self, name: str, rows: Iterator[tuple[Any, ...]]
    ) -> tuple[int, dict[str, int], tuple[Any, ...]] | str:
        """Return (header row number, field → column, header cells), or why no header row was found."""
        fixed = self.header_rows.get(name, self.mapping.get("header_row"))
        for number, cells in enumerate(rows, start=1):
            if fixed is not None and number != int(fixed):
                continue
            found = _match_columns(cells, self.wanted)
            complete = all(f in found for f in NEEDED) and set(self.wanted) <= set(found)
            if fixed is not None:
                missing = [f for f in NEEDED if f not in found]
                return (
                    (number, found, cells)
                    if not missing
                    else f"header row {fixed} has no column for {', '.join(missing)}"
                )
            if complete:
                return number, found, cells
            if number >= self.search_rows:
                break
        where = f"row {fixed}" if fixed is not None else f"the first {self.search_rows} rows"
        return f"no header row with {', '.join(NEEDED)} columns in {where}"

    def bill_for(self, sheet: str, item: ScheduleItem) -> int:
        chapter = (item.extra.get("chapter") or sheet).strip().upper()
        return self.sheet_bills.get(sheet) or self.chapter_bills.get(chapter) or self.default_bill


class _SheetReader:
    """Classifies the rows below a sheet's header: items, headings (groups), skipped rows with a reason."""

    def __init__(
        self,
        path: Path,
        scan: SheetScan,
        columns: dict[str, int],
        header_cells: tuple[Any, ...],
        locale: str,
        seen_codes: set[str],
    ) -> None:
        self.scan = scan
        self.locale = locale
        self.seen_codes = seen_codes
        self.header_key = tuple(_norm_header(c) for c in header_cells)
        self.source = path.name if path.suffix.lower() == ".csv" else f"{path.name}, sheet {scan.name!r}"
        self.idx = {f: columns.get(f) for f in FIELDS}
        self.rate_header = scan.columns["rate"]
        self.parent_code = self.parent_text = self.group_text = ""

    def read(self, rows: Iterator[tuple[Any, ...]]) -> None:
        start = (self.scan.header_row or 0) + 1
        for number, cells in enumerate(rows, start=start):
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if tuple(_norm_header(c) for c in cells) == self.header_key:
                self.scan.skipped.append((number, "the header row repeated"))
                continue
            self.row(number, cells)

    def _rate(self, number: int, raw: Any, unit: str) -> Decimal | None:
        try:
            rate = parse_amount(raw, self.locale)
        except ValueError as exc:
            raise ImportRowError(self.source, number, self.rate_header, str(exc)) from None
        if rate is None and unit and _text(raw) and not _says_no_rate(raw):
            raise ImportRowError(
                self.source, number, self.rate_header, f"{_text(raw)!r} is not a rate (the row has a unit)"
            )
        if rate is not None and rate < 0:
            raise ImportRowError(self.source, number, self.rate_header, f"{_text(raw)!r} is a negative rate")
        return rate

    def row(self, number: int, cells: tuple[Any, ...]) -> None:
        scan, idx = self.scan, self.idx
        code = _text(_cell(cells, idx["code"]))
        description = _text(_cell(cells, idx["description"]))
        unit_written = _text(_cell(cells, idx["unit"]))
        raw_rate = _cell(cells, idx["rate"])
        rate = self._rate(number, raw_rate, unit_written)
        if rate is None:
            self.no_rate(number, code, description, unit_written, raw_rate)
            return
        if not unit_written:
            scan.skipped.append((number, "a rate but no unit"))
            return
        written_code = code
        code, description = self.qualified(code, description)
        description = description or self.group_text
        if not description:
            scan.skipped.append((number, "a rate but no description"))
            return
        unique = self.unique(number, code, written_code)
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
                scan.name, number, unique, description, unit, unit_written, rate, bill, self.group_text, extra
            )
        )

    def no_rate(self, number: int, code: str, description: str, unit: str, raw_rate: Any) -> None:
        """A row without a rate: a heading (kept as a group, parent of the sub-items below) or skipped."""
        if unit:
            written = f" (rate written {_text(raw_rate)!r})" if _text(raw_rate) else ""
            self.scan.skipped.append((number, f"a unit ({unit}) but no rate{written}"))
        elif code or description:
            self.scan.groups.append((number, code, description))
            if code and not _SUB_CODE.match(code):
                self.parent_code, self.parent_text = code, description
            self.group_text = description or self.group_text
        else:
            self.scan.skipped.append((number, "no code, description or rate"))

    def qualified(self, code: str, description: str) -> tuple[str, str]:
        """Return (code, description) with a sub-code ("(i)") put under its parent ("4.1.3(i)")."""
        if code and _SUB_CODE.match(code) and self.parent_code:
            code = f"{self.parent_code}({code.strip('().').strip().lower()})"
            if self.parent_text and description and not description.startswith(self.parent_text):
                description = f"{self.parent_text} | {description}"
        elif code:
            self.parent_code, self.parent_text = code, description
        return code, description

    def unique(self, number: int, code: str, written: str) -> str:
        """Return a code unique in the workbook (sheet-qualified when repeated); record any renaming."""
        code = code or f"{self.scan.name}:{number}"
        unique = code
        if unique in self.seen_codes:
            unique = f"{self.scan.name}/{code}"
            if unique in self.seen_codes:
                unique = f"{self.scan.name}/{code}@{number}"
        if unique != written:  # a sub-code under its parent, a repeated code, or none written
            self.scan.renamed.append((number, written, unique))
        self.seen_codes.add(unique)
        return unique


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
                # A schedule of rates is published (or a quote); --illustrative marks the whole library instead.
                "basis": "published",
            },
            source,
            it.row,
        )
    _add_aliases(data, mapping, scan.path.name)
    for r in shipped_unit_labels():
        data.add("unit_label", r, "units.toml", 0)
    return data


def read_flat_schedule(
    path: Path, mapping: Mapping[str, Any], meta: Mapping[str, str], *, workbook: Any = None
) -> LibraryData:
    """Read a schedule of rates (CSV, or every sheet of an XLSX workbook) into library tables.

    ``workbook``: the .xlsx already opened by the caller (read once per import).

    Raises:
        ImportRowError: the first bad row (file, sheet, row, column, value).
        CostingError: no sheet with a header row.
    """
    return schedule_data(scan_schedule(path, mapping, workbook=workbook), mapping, meta)
