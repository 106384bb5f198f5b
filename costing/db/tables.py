"""A cost library as plain tables in memory, and the validation every import goes through.

``LibraryData`` holds one list of rows (``dict[str, str]``) per table of ``schema.TABLE_COLUMNS``,
each row remembering where it came from (file and row number) so that a bad value is reported as
"file, row N, column C: reason". ``validate`` checks everything before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from costing.db.schema import RATE_BASES, TABLE_COLUMNS
from costing.errors import ImportRowError

__all__ = ["CANONICAL_UNITS", "LibraryData", "Row", "parse_decimal", "validate"]

CANONICAL_UNITS = ("m", "m2", "m3", "kg", "t", "nr", "item", "sum", "h")
RESOURCE_KINDS = ("material", "labour", "plant")
REQUIRED_META = ("name", "currency", "region", "price_base")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
"""Commas only as thousands separators ("1,234.50"); "1,2,3" is not a number."""
_MAX_NUMBER = Decimal("1e12")


@dataclass
class Row:
    """One row of a table with its origin (for error messages)."""

    values: dict[str, str]
    source: str = ""
    number: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # table column → the file's column header

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


@dataclass
class LibraryData:
    """Every table of a library as rows of strings (decimal numbers stay exact text)."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLE_COLUMNS})

    def add(
        self,
        table: str,
        values: dict[str, str],
        source: str = "",
        number: int = 0,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Append a row; ``headers`` maps table columns to the file's own column names (for errors)."""
        clean = {k: "" if v is None else str(v) for k, v in values.items()}
        self.tables[table].append(Row(clean, source, number, dict(headers or {})))

    def meta(self) -> dict[str, str]:
        return {r.get("key"): r.get("value") for r in self.tables["meta"]}

    def set_meta(self, key: str, value: str) -> None:
        for r in self.tables["meta"]:
            if r.get("key") == key:
                r.values["value"] = value
                return
        self.add("meta", {"key": key, "value": value})


def parse_decimal(
    row: Row, column: str, *, required: bool = True, minimum: Decimal | None = None
) -> Decimal | None:
    """Return the decimal in ``column`` of ``row`` or raise ImportRowError naming row and column."""
    raw = row.get(column)
    if "," in raw and not _THOUSANDS.match(raw):
        raise ImportRowError(row.source, row.number, column, f"{raw!r} is not a number")
    text = raw.replace(",", "")
    if not text:
        if required:
            raise ImportRowError(row.source, row.number, column, "a number is required")
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ImportRowError(row.source, row.number, column, f"{row.get(column)!r} is not a number") from None
    if not value.is_finite():
        raise ImportRowError(row.source, row.number, column, f"{text!r} is not a finite number")
    if value.copy_abs() > _MAX_NUMBER:  # copy_abs: abs() would overflow the context first
        raise ImportRowError(row.source, row.number, column, f"{text[:40]} is not a plausible number")
    if text != raw:
        row.values[column] = text  # stored as the plain decimal the library reads back
    if minimum is not None and value < minimum:
        raise ImportRowError(row.source, row.number, column, f"{text} is below the minimum {minimum}")
    return value


def _need(row: Row, column: str) -> str:
    value = row.get(column)
    if not value:
        raise ImportRowError(row.source, row.number, column, "a value is required")
    return value


def _date(row: Row, column: str) -> None:
    if not _DATE.match(_need(row, column)):
        raise ImportRowError(
            row.source, row.number, column, f"{row.get(column)!r} is not a date (YYYY-MM-DD)"
        )


def _int(row: Row, column: str, lo: int, hi: int) -> int:
    text = _need(row, column)
    try:
        value = int(Decimal(text))
        if Decimal(text) != value:
            raise ValueError
    except (InvalidOperation, ValueError):
        raise ImportRowError(row.source, row.number, column, f"{text!r} is not a whole number") from None
    if not lo <= value <= hi:
        raise ImportRowError(row.source, row.number, column, f"{value} is not between {lo} and {hi}")
    return value


def _unique(rows: list[Row], column: str) -> set[str]:
    seen: set[str] = set()
    for r in rows:
        key = _need(r, column)
        if key in seen:
            raise ImportRowError(r.source, r.number, column, f"{key!r} appears twice")
        seen.add(key)
    return seen


def validate(data: LibraryData) -> None:
    """Check every row of every table; raise ImportRowError for the first bad one.

    Raises:
        ImportRowError: naming the file, row number, column (as headed in the file) and reason.
    """
    try:
        _validate(data)
    except ImportRowError as exc:
        for rows in data.tables.values():
            for r in rows:
                if r.source == exc.source and r.number == exc.row and exc.column in r.headers:
                    raise ImportRowError(exc.source, exc.row, r.headers[exc.column], exc.reason) from None
        raise


def _validate(data: LibraryData) -> None:
    t = data.tables
    keys = _unique(t["meta"], "key")
    for required in REQUIRED_META:
        if required not in keys:
            src = t["meta"][0].source if t["meta"] else "library metadata"
            raise ImportRowError(src, 0, "key", f"the library metadata needs {required!r}")
    for r in t["meta"]:
        if r.get("key") == "currency" and not _CURRENCY.match(r.get("value")):
            raise ImportRowError(
                r.source, r.number, "value", f"{r.get('value')!r} is not an ISO 4217 currency code"
            )
        if r.get("key") == "illustrative" and r.get("value").lower() not in (
            "0",
            "1",
            "true",
            "false",
            "yes",
            "no",
        ):
            raise ImportRowError(r.source, r.number, "value", "illustrative must be true or false")
    resources = _unique(t["resource"], "code")
    for r in t["resource"]:
        if r.get("kind") not in RESOURCE_KINDS:
            raise ImportRowError(
                r.source, r.number, "kind", f"{r.get('kind')!r} is not one of {', '.join(RESOURCE_KINDS)}"
            )
        _need(r, "name")
        _need(r, "unit")
        parse_decimal(r, "rate", minimum=Decimal(0))
        if not _CURRENCY.match(r.get("currency")):
            raise ImportRowError(
                r.source, r.number, "currency", f"{r.get('currency')!r} is not a currency code"
            )
        _need(r, "source")
        _date(r, "price_date")
    assemblies = _unique(t["assembly"], "code")
    for r in t["assembly"]:
        _int(r, "bill", 1, 13)
        _need(r, "description")
        _need(r, "unit")
        if r.get("community_ok"):
            _int(r, "community_ok", 0, 1)
        for col in ("fixed_rate", "analysis_rate"):
            parse_decimal(r, col, required=False, minimum=Decimal(0))
        for col in ("oh_pct", "profit_pct"):
            # Analyses of rates may deduct (e.g. "deduct 0.6 %"), but never more than everything.
            parse_decimal(r, col, required=False, minimum=Decimal(-100))
        _need(r, "source")
        _date(r, "price_date")
        if r.get("basis") not in RATE_BASES:
            known = ", ".join(b for b in RATE_BASES if b)
            raise ImportRowError(r.source, r.number, "basis", f"{r.get('basis')!r} is not one of {known}")
    with_lines: set[str] = set()
    seqs: set[tuple[str, str]] = set()
    for r in t["assembly_line"]:
        code = _need(r, "assembly_code")
        if code not in assemblies:
            raise ImportRowError(r.source, r.number, "assembly_code", f"no assembly {code!r} in the library")
        if r.get("resource_code") not in resources:
            raise ImportRowError(
                r.source, r.number, "resource_code", f"no resource {r.get('resource_code')!r} in the library"
            )
        _int(r, "seq", 0, 10**9)
        if (code, r.get("seq")) in seqs:
            raise ImportRowError(r.source, r.number, "seq", f"line {r.get('seq')} of {code!r} appears twice")
        seqs.add((code, r.get("seq")))
        parse_decimal(r, "qty_per_unit", minimum=Decimal(0))
        parse_decimal(r, "waste_pct", required=False, minimum=Decimal(0))
        parse_decimal(r, "output_per_day", required=False, minimum=Decimal(0))
        with_lines.add(code)
    for r in t["assembly"]:
        if not r.get("fixed_rate") and r.get("code") not in with_lines:
            raise ImportRowError(
                r.source, r.number, "fixed_rate", "no rate: neither a fixed rate nor build-up lines"
            )
    _unique(t["markup"], "name")
    for r in t["markup"]:
        parse_decimal(r, "oh_pct", minimum=Decimal(0))
        parse_decimal(r, "profit_pct", minimum=Decimal(0))
    _unique(t["region_factor"], "region")
    for r in t["region_factor"]:
        for col in ("material_idx", "labour_idx", "plant_idx"):
            parse_decimal(r, col, minimum=Decimal("0.000001"))
    _unique(t["price_index"], "date")
    for r in t["price_index"]:
        _date(r, "date")
        parse_decimal(r, "idx", minimum=Decimal("0.000001"))
    _unique(t["code_alias"], "code")
    for r in t["code_alias"]:
        if r.get("target_code") not in assemblies:
            raise ImportRowError(
                r.source, r.number, "target_code", f"no assembly {r.get('target_code')!r} in the library"
            )
        parse_decimal(r, "factor", required=False, minimum=Decimal("0.000001"))
    pairs: set[tuple[str, str]] = set()
    for r in t["unit_label"]:
        key = (_need(r, "label_set"), _need(r, "unit"))
        _need(r, "label")
        if key in pairs:
            raise ImportRowError(
                r.source, r.number, "unit", f"label for {key[1]!r} in {key[0]!r} appears twice"
            )
        pairs.add(key)
