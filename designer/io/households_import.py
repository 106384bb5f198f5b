"""Household register import from KoboToolbox, ODK and plain CSV/XLSX survey exports.

The source is told apart by its header signature (``_uuid`` + ``_submission_time`` → Kobo;
``KEY`` + ``SubmissionDate`` → ODK; anything else → a plain table). Columns are mapped to the
household schema by a :class:`HouseholdMapping` (guessed from ``resources/households/survey_columns.toml``,
or given by the user, and saved with the project). GPS points are latitude first in both Kobo and ODK;
they are reprojected with pyproj from WGS 84 to the project CRS and then to local metres
(local = CRS − project origin). Households are attached to plots by plot number or point-in-polygon.

The import is all or nothing: every row is read and checked before the document is touched, and the
change is one :class:`Macro` (one undo step). A re-import updates households by their survey id (the
record id is its HMAC under the project's secret, see ``designer.model.privacy``) instead of adding
duplicates. CSV reading (encodings, delimiter, quotes, caps) is ``designer.io.text_tables``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.gc_pause import gc_paused
from designer.io.file_limits import MAX_TABLE_BYTES, InputFileError, check_input_file, check_xlsx_input
from designer.io.survey_answers import plan_answer_columns
from designer.io.survey_shapes import RepeatLink, find_link, index_column_values_ok
from designer.io.text_tables import TextTableError, read_text_table
from designer.io.xlsform import XLSForm, read_xlsform
from designer.model.commands import AddRecord, Command, Macro, RemoveRecord, ReplaceRecord
from designer.model.entities import Plot
from designer.model.errors import InvalidRecordError, JamiiError, Message
from designer.model.household_mapping import HOUSEHOLD_FIELDS, SOURCES, HouseholdMapping, mapping_id
from designer.model.people import Household, SavingsGroup, Sex, Tenure
from designer.model.privacy import keyed_pseudonym, new_pseudonym_secret
from designer.model.ranges import check_value
from designer.model.records import EXISTING, new_id
from designer.model.survey import SurveyAnswer

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.undo import UndoStack

__all__ = [
    "HouseholdImportError",
    "ImportPlan",
    "ImportReport",
    "RowNote",
    "SurveyFile",
    "Table",
    "adapt_saved_mapping",
    "apply_form_labels",
    "detect_source",
    "guess_mapping",
    "household_record_id",
    "import_households",
    "load_mapping_file",
    "mapping_for",
    "mapping_to_toml",
    "plan_import",
    "preview",
    "read_survey",
]

CHILD_AGE_LIMIT_YEARS = 18
"""Members younger than this count as children when sizes are derived from a repeat."""

FAR_FROM_SITE_M = 50_000.0
"""A surveyed point farther than this from the plots (or the origin) is a wrong coordinate, not a household."""

MAX_ROWS = 200_000
"""A settlement register is at most tens of thousands of households; more is not a household list."""


class HouseholdImportError(JamiiError):
    """A survey file that cannot be imported: names the file, the row and the column where it can."""

    def __init__(
        self, path: str, reason: str | Message, row: int | None = None, column: str | None = None
    ) -> None:
        self.path = path
        self.row = row
        self.column = column
        self.reason = str(reason)
        self.message = reason if isinstance(reason, Message) else None  # the measured values, for a screen
        where = path
        if row is not None:
            where += f" row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {self.reason}")


# --------------------------------------------------------------------------- reading tables


@dataclass
class Table:
    """One sheet of a survey export: headers and rows of text, with spreadsheet row numbers (header = 1)."""

    path: str
    headers: list[str]
    rows: list[dict[str, str]]
    row_numbers: list[int]
    sheet: str = ""
    encoding: str = "UTF-8"
    """How a CSV was written (UTF-8, UTF-16, Windows-1252): reported when it is not UTF-8."""
    index_column: bool = False
    """The file had an unnamed row-index column (dropped)."""

    @property
    def label(self) -> str:
        """Return the file name, with the sheet for workbooks (used in messages)."""
        name = os.path.basename(self.path)
        return f"{name} [{self.sheet}]" if self.sheet else name


@dataclass
class SurveyFile:
    """A survey export: its main table, repeat tables (one row per member) and detected source kind."""

    path: str
    source: str
    main: Table
    repeats: list[Table] = field(default_factory=list)
    links: dict[str, RepeatLink] = field(default_factory=dict)
    """How each repeat table (by label) points at its household."""

    def link_of(self, repeat: Table) -> RepeatLink:
        return self.links.get(repeat.label) or _link(self.main, repeat) or RepeatLink("PARENT_KEY", "KEY")


def detect_source(headers: Iterable[str]) -> str:
    """Return ``kobo``, ``odk`` or ``plain`` from a header row (CONVENTIONS.md, Interop)."""
    names = set(headers)
    if {"_uuid", "_submission_time"} <= names:
        return "kobo"
    if {"KEY", "SubmissionDate"} <= names:
        return "odk"
    return "plain"


def _cell_text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).strip()


def _table_from_rows(path: str, raw: Iterable[list[Any]], sheet: str = "", all_text: bool = False) -> Table:
    it = iter(raw)
    try:
        header_cells = next(it)
    except StopIteration:
        raise HouseholdImportError(path, "the file is empty (no header row)") from None
    headers = [_cell_text(h) for h in header_cells]
    # Spreadsheets often carry empty trailing header cells; they hold no question.
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise HouseholdImportError(path, "the header row is empty")
    # An unnamed first column is a row index (pandas' to_csv): read it under a name, drop it after.
    has_index = len(headers) > 1 and not headers[0] and all(headers[1:])
    if has_index:
        headers[0] = _INDEX_COLUMN
    seen: set[str] = set()
    for i, h in enumerate(headers):
        if not h:
            raise HouseholdImportError(path, f"header cell {i + 1} is empty", row=1)
        if h in seen:
            raise HouseholdImportError(path, f"the column {h!r} appears twice in the header", row=1)
        seen.add(h)
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    for n, cells in enumerate(it, start=2):
        # CSV cells are already text (the common, large case); workbook cells need converting.
        texts = [c.strip() for c in cells] if all_text else [_cell_text(c) for c in cells]
        if not any(texts):
            continue  # blank line at the end of an export
        if len(texts) > len(headers) and any(texts[len(headers) :]):
            label = f"{os.path.basename(path)} [{sheet}]" if sheet else path
            raise HouseholdImportError(
                label, f"has {len(texts)} cells but the header has {len(headers)} columns", row=n
            )
        texts += [""] * (len(headers) - len(texts))
        rows.append(dict(zip(headers, texts, strict=False)))
        numbers.append(n)
        if len(rows) > MAX_ROWS:
            raise HouseholdImportError(
                path, f"has more than {MAX_ROWS} rows; this is not a household register"
            )
    if has_index:
        if not index_column_values_ok(r[_INDEX_COLUMN] for r in rows):
            raise HouseholdImportError(
                path, "header cell 1 is empty and its column is not a row index", row=1
            )
        headers = headers[1:]
        for r in rows:
            del r[_INDEX_COLUMN]
    return Table(path, headers, rows, numbers, sheet, index_column=has_index)


_INDEX_COLUMN = "\x00index"
"""Placeholder name of an unnamed index column while it is read (no header can hold a NUL)."""


def _read_csv(path: str) -> Table:
    # Encoding, delimiter (per file: Kobo uses ";", ODK ","), strict quotes: see designer.io.text_tables.
    try:
        table = read_text_table(path)
    except TextTableError as exc:
        raise HouseholdImportError(path, exc.reason, row=exc.line) from None
    result = _table_from_rows(path, table.records, all_text=True)
    result.encoding = table.encoding
    return result


def _read_xlsx(path: str) -> list[Table]:
    import openpyxl

    try:
        check_xlsx_input(path)
    except InputFileError as exc:
        raise HouseholdImportError(path, exc.reason) from None
    try:
        # openpyxl parses through defusedxml when it is installed (a dependency): no XXE, no entity bombs.
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise HouseholdImportError(path, f"is not a readable XLSX workbook ({_short(exc)})") from None
    try:
        tables = []
        for ws in wb.worksheets:
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()  # read every row, whatever a stale <dimension> claims
            rows = ws.iter_rows(values_only=True)
            try:
                tables.append(_table_from_rows(path, ([*r] for r in rows), ws.title))
            except HouseholdImportError:
                if not tables:
                    raise
                # A later sheet without a header (notes, a chart) is not a repeat: skip it.
            except JamiiError:
                raise
            except Exception as exc:  # XML errors inside a sheet, found while streaming it
                raise HouseholdImportError(path, f"is not a readable XLSX workbook ({_short(exc)})") from None
        if not tables:
            raise HouseholdImportError(path, "has no worksheet")
        return tables
    finally:
        wb.close()


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def _is_repeat(table: Table) -> bool:
    return "PARENT_KEY" in table.headers or "_parent_index" in table.headers


def _link(main: Table, repeat: Table) -> RepeatLink | None:
    main_col = "KEY" if "KEY" in main.headers else ""
    return find_link(
        repeat.headers,
        main.headers,
        (r.get("KEY", "") for r in repeat.rows) if "KEY" in repeat.headers else (),
        (r.get(main_col, "") for r in main.rows) if main_col else (),
    )


def read_survey(
    path: str | os.PathLike[str], repeat_paths: Iterable[str | os.PathLike[str]] = ()
) -> SurveyFile:
    """Read a survey export (CSV, XLSX or an ODK Central CSV zip) and its repeat tables.

    Repeats: the other sheets of a Kobo XLSX export (linked by ``_parent_index`` → ``_index``), the
    repeat CSVs inside an ODK Central zip (``PARENT_KEY`` → ``KEY``); for an
    ODK CSV, the files given in ``repeat_paths`` plus any ``<name>-<group>.csv`` beside it with a
    ``PARENT_KEY`` column (Briefcase writes them there), linked by ``PARENT_KEY`` → ``KEY``.

    Raises:
        HouseholdImportError: unreadable file, empty or duplicated header, row longer than the header.
    """
    p = str(path)
    if not os.path.exists(p):
        raise HouseholdImportError(p, "no such file")
    try:
        check_input_file(p, MAX_TABLE_BYTES, "a survey export")
    except InputFileError as exc:
        raise HouseholdImportError(p, exc.reason) from None
    suffix = Path(p).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        tables = _read_xlsx(p)
        main, repeats = tables[0], [t for t in tables[1:] if _is_repeat(t)]
    elif suffix in (".csv", ".txt", ".tsv"):
        main = _read_csv(p)
        repeats = []
    elif suffix == ".zip":
        main, repeats = _read_zip(p)
    elif suffix == ".xls":
        raise HouseholdImportError(p, "old .xls workbooks are not supported; export as XLSX or CSV")
    else:
        raise HouseholdImportError(p, "is neither CSV, XLSX nor an ODK Central CSV zip")
    if _is_repeat(main) and "SubmissionDate" not in main.headers:
        raise HouseholdImportError(
            p, "is a repeat table (it has PARENT_KEY); import the main file of the export"
        )
    extra = [str(r) for r in repeat_paths]
    if suffix == ".csv" and not extra:
        stem = Path(p).stem
        for sibling in sorted(Path(p).parent.glob(f"{glob_escape(stem)}-*.csv")):
            extra.append(str(sibling))
    for rp in extra:
        t = _read_csv(rp) if Path(rp).suffix.lower() != ".xlsx" else _read_xlsx(rp)[0]
        if _is_repeat(t) or _link(main, t) is not None:
            repeats.append(t)
        elif rp in [str(r) for r in repeat_paths]:
            raise HouseholdImportError(
                rp,
                "is not a repeat table of this export (no PARENT_KEY, _parent_index or _submission__uuid "
                "column, and its KEY column does not hold the households' KEYs)",
            )
    links: dict[str, RepeatLink] = {}
    for t in repeats:
        link = _link(main, t)
        if link is None:
            raise HouseholdImportError(
                t.label, f"links to its households by a column the main file {main.label} lacks"
            )
        links[t.label] = link
    return SurveyFile(p, detect_source(main.headers), main, repeats, links)


def apply_form_labels(survey: SurveyFile, form: XLSForm) -> None:
    """Give the columns of a Kobo "labels" export their question names (the form tells which)."""
    for t in (survey.main, *survey.repeats):
        names = form.names_for_label_headers(t.headers)
        taken = set(t.headers) - set(names)
        names = {h: n for h, n in names.items() if n not in taken}
        if not names:
            continue
        t.headers = [names.get(h, h) for h in t.headers]
        t.rows = [{names.get(k, k): v for k, v in row.items()} for row in t.rows]
    if survey.repeats:
        survey.links = {t.label: link for t in survey.repeats if (link := _link(survey.main, t)) is not None}


def _read_zip(path: str) -> tuple[Table, list[Table]]:
    """Read an ODK Central CSV zip: the form's CSV and one ``<form>-<repeat>.csv`` per repeat group."""
    import shutil
    import tempfile
    import zipfile

    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise HouseholdImportError(path, f"is not a readable zip file ({exc})") from None
    with zf, tempfile.TemporaryDirectory(prefix="jamii-survey-") as tmp:
        members = [i for i in zf.infolist() if i.filename.lower().endswith(".csv") and not i.is_dir()]
        if not members:
            raise HouseholdImportError(path, "holds no CSV file (expected an ODK Central CSV export)")
        if sum(i.file_size for i in members) > MAX_ZIP_BYTES:
            raise HouseholdImportError(path, f"unpacks to more than {MAX_ZIP_BYTES // 10**6} MB of CSV")
        tables: list[Table] = []
        for n, info in enumerate(members):
            target = os.path.join(tmp, f"{n}.csv")  # never the member's own path (zip-slip)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            try:
                t = _read_csv(target)
            except HouseholdImportError as exc:
                raise HouseholdImportError(
                    f"{path} [{info.filename}]", exc.reason, exc.row, exc.column
                ) from None
            t.path, t.sheet = path, os.path.basename(info.filename)
            tables.append(t)
    mains = sorted((t for t in tables if not _is_repeat(t)), key=lambda t: len(t.sheet))
    if not mains:
        raise HouseholdImportError(
            path, "every CSV in it is a repeat table (PARENT_KEY); the main one is missing"
        )
    return mains[0], [t for t in tables if t is not mains[0] and _is_repeat(t)]


MAX_ZIP_BYTES = 500 * 10**6
"""A zipped survey export larger than this unpacked is not a household register (or a zip bomb)."""


def glob_escape(text: str) -> str:
    """Escape glob metacharacters in a file name stem."""
    return re.sub(r"([*?\[])", r"[\1]", text)


# --------------------------------------------------------------------------- mapping


@cache
def _defaults() -> dict[str, Any]:
    from designer.resources import resource_path

    with open(resource_path("households", "survey_columns.toml"), "rb") as fh:
        return tomllib.load(fh)


def _default_values() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for target, table in _defaults().get("values", {}).items():
        for model_value, file_values in table.items():
            out.extend((target, v, model_value) for v in file_values)
    return out


def _header_matches(header: str, name: str) -> bool:
    h = header.casefold()
    n = name.casefold()
    if h == n:
        return True
    return any(h.endswith(sep + n) for sep in ("/", "-", ".", ":"))


def _find_geopoint_columns(headers: list[str], source: str) -> dict[str, str]:
    """Return the latitude/longitude/precision (and geopoint) columns of the first geopoint question."""
    found: dict[str, str] = {}
    if source == "kobo":
        # formpack writes "[group/]_<name>_latitude" etc. beside the "[group/]<name>" column.
        for h in headers:
            m = re.fullmatch(r"(?:(.*)/)?_(.+)_latitude", h)
            if m is None:
                continue
            prefix = f"{m.group(1)}/" if m.group(1) else ""
            name = m.group(2)
            lon, acc = f"{prefix}_{name}_longitude", f"{prefix}_{name}_precision"
            if lon in headers:
                found = {"latitude": h, "longitude": lon}
                if acc in headers:
                    found["precision_m"] = acc
                return found
    if source == "odk":
        # Briefcase writes "<path>-Latitude", "-Longitude", "-Altitude", "-Accuracy".
        for h in headers:
            if h.endswith("-Latitude"):
                base = h[: -len("-Latitude")]
                if f"{base}-Longitude" in headers:
                    found = {"latitude": h, "longitude": f"{base}-Longitude"}
                    if f"{base}-Accuracy" in headers:
                        found["precision_m"] = f"{base}-Accuracy"
                    return found
    return found


def guess_mapping(survey: SurveyFile) -> HouseholdMapping:
    """Return a mapping guessed from the headers (question names in survey_columns.toml)."""
    headers = survey.main.headers
    source = survey.source
    columns: dict[str, str] = {}
    geo = _find_geopoint_columns(headers, source)
    columns.update(geo)
    taken = set(columns.values())
    candidates: dict[str, list[str]] = _defaults()["columns"]
    repeat_headers = [h for t in survey.repeats for h in t.headers]
    for target in HOUSEHOLD_FIELDS:
        if target in columns:
            continue
        if geo and target in ("geopoint", "latitude", "longitude", "precision_m"):
            continue
        pool = repeat_headers if target == "member_age" else headers
        match = _first_match(pool, candidates.get(target, []), taken)
        if match is not None:
            columns[target] = match
            taken.add(match)
    if "household_id" not in columns:
        fallback = {"kobo": "_uuid", "odk": "KEY"}.get(source)
        # A plain export with a submission key (SurveyCTO, an analyst's CSV) is keyed by it.
        fallback = fallback or next((k for k in ("KEY", "_uuid", "instanceID") if k in headers), None)
        if fallback:
            columns["household_id"] = fallback
    ordered = tuple((t, columns[t]) for t in HOUSEHOLD_FIELDS if t in columns)
    return HouseholdMapping(
        id=mapping_id(source),
        source=source,
        columns=ordered,
        max_precision_m=float(_defaults().get("max_precision_m", 10.0)),
    )


def _first_match(headers: list[str], names: list[str], taken: set[str]) -> str | None:
    for name in names:
        for h in headers:
            if h not in taken and not h.startswith("_") and _header_matches(h, name):
                return h
    return None


def load_mapping_file(path: str | os.PathLike[str], source: str) -> HouseholdMapping:
    """Read a mapping from a TOML file (``[columns]`` field = "column"; ``[values.<field>]`` "in" = "out").

    Raises:
        HouseholdImportError: not TOML, unknown field, wrong value types.
    """
    p = str(path)
    from designer.model.toml_data import TomlDataError, read_toml

    try:
        data = read_toml(p)
    except TomlDataError as exc:
        raise HouseholdImportError(p, f"is not a valid TOML mapping: {exc.reason}") from None
    unknown = set(data) - {"source", "columns", "values", "max_precision_m", "survey"}
    if unknown:
        raise HouseholdImportError(
            p, f"unknown key {sorted(unknown)[0]!r} (expected columns, values, max_precision_m, survey)"
        )
    marks = data.get("survey", {})
    if (
        not isinstance(marks, dict)
        or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in marks.values())
        or set(marks) - {"personal", "public"}
    ):
        raise HouseholdImportError(p, "[survey] takes personal = [questions] and public = [questions]")
    src = data.get("source", source)
    if src not in SOURCES:
        raise HouseholdImportError(p, f"source must be one of {', '.join(SOURCES)}")
    cols = data.get("columns", {})
    if not isinstance(cols, dict) or not all(isinstance(v, str) for v in cols.values()):
        raise HouseholdImportError(p, "[columns] must map household fields to column names (text)")
    values: list[tuple[str, str, str]] = []
    for target, table in data.get("values", {}).items():
        if not isinstance(table, dict):
            raise HouseholdImportError(p, f"[values.{target}] must map answers to model values")
        values.extend((target, str(k), str(v)) for k, v in table.items())
    ordered = tuple((t, cols[t]) for t in HOUSEHOLD_FIELDS if t in cols)
    if len(ordered) != len(cols):
        bad = sorted(set(cols) - set(HOUSEHOLD_FIELDS))[0]
        raise HouseholdImportError(
            p, f"{bad!r} is not a household field; fields are: {', '.join(HOUSEHOLD_FIELDS)}"
        )
    precision = data.get("max_precision_m", 10.0)
    if isinstance(precision, bool) or not isinstance(precision, int | float):
        raise HouseholdImportError(p, f"max_precision_m must be a number of metres, got {precision!r}")
    if reason := check_value("max_precision_m", precision):
        raise HouseholdImportError(
            p, Message("{field}: {problem}", {"field": "max_precision_m", "problem": reason})
        )
    try:
        return HouseholdMapping(
            id=mapping_id(src),
            source=src,
            columns=ordered,
            values=tuple(values),
            max_precision_m=float(precision),
            personal_questions=tuple(marks.get("personal", ())),
            public_questions=tuple(marks.get("public", ())),
        )
    except InvalidRecordError as exc:
        raise HouseholdImportError(p, exc.reason) from None


def mapping_to_toml(mapping: HouseholdMapping) -> str:
    """Return a mapping as TOML text that :func:`load_mapping_file` reads back."""

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [
        f"source = {q(mapping.source)}",
        f"max_precision_m = {mapping.max_precision_m!r}",
        "",
        "[columns]",
    ]
    lines += [f"{t} = {q(c)}" for t, c in mapping.columns]
    if mapping.personal_questions or mapping.public_questions:
        lines += ["", "[survey]"]
        lines += [f"personal = [{', '.join(q(x) for x in mapping.personal_questions)}]"]
        lines += [f"public = [{', '.join(q(x) for x in mapping.public_questions)}]"]
    targets = sorted({t for t, _, _ in mapping.values})
    for t in targets:
        lines += ["", f"[values.{t}]"]
        lines += [f"{q(src)} = {q(dst)}" for tt, src, dst in mapping.values if tt == t]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- parsing rows


@dataclass(frozen=True)
class ParsedRow:
    """One survey row turned into household values (before plots and coordinates are resolved)."""

    row: int
    key: str
    values: dict[str, Any]
    lat_lon: tuple[float, float] | None = None
    easting_northing: tuple[float, float] | None = None
    precision_m: float | None = None
    plot_number: str = ""
    savings_group: str = ""


_INT_FIELDS = ("size_persons", "children")
_MONEY_FIELDS = ("income_per_month", "savings_balance", "monthly_savings", "willingness_to_pay_per_month")
_TEXT_FIELDS = ("income_band", "name", "phone")


class _RowError(Exception):
    def __init__(self, column: str | None, reason: str) -> None:
        self.column = column
        self.reason = reason
        super().__init__(reason)


def _parse_int(text: str, column: str) -> int:
    try:
        f = float(text)
    except ValueError:
        raise _RowError(column, f"{text!r} is not a whole number") from None
    if not math.isfinite(f) or f != int(f):
        raise _RowError(column, f"{text!r} is not a whole number")
    if f < 0:
        raise _RowError(column, f"{text!r} is negative")
    return int(f)


def _parse_float(text: str, column: str) -> float:
    try:
        f = float(text)
    except ValueError:
        raise _RowError(column, f"{text!r} is not a number (use '.' for decimals)") from None
    if not math.isfinite(f):
        raise _RowError(column, f"{text!r} is not a finite number")
    return f


def _parse_money(text: str, column: str) -> Decimal:
    try:
        d = Decimal(text)
    except InvalidOperation:
        raise _RowError(
            column, f"{text!r} is not an amount (digits and '.', no thousands separator)"
        ) from None
    if not d.is_finite():
        raise _RowError(column, f"{text!r} is not an amount")
    if d < 0:
        raise _RowError(column, f"{text!r} is negative")
    return d


_ALLOWED: dict[str, tuple[str, ...]] = {
    "head_sex": tuple(x.value for x in Sex),
    "tenure": tuple(t.value for t in Tenure),
    "disability": ("true", "false"),
}


class _RowReader:
    """A mapping prepared for reading many rows: column per target and merged recodings."""

    def __init__(self, mapping: HouseholdMapping) -> None:
        self.mapping = mapping
        self.cols = dict(mapping.columns)
        self.int_cols = [(t, self.cols[t]) for t in _INT_FIELDS if t in self.cols]
        self.money_cols = [(t, self.cols[t]) for t in _MONEY_FIELDS if t in self.cols]
        self.text_cols = [(t, self.cols[t]) for t in _TEXT_FIELDS if t in self.cols]
        defaults = _default_values()
        self.recode: dict[str, dict[str, str]] = {}
        for target in _ALLOWED:
            merged = {src.strip().casefold(): dst for t, src, dst in defaults if t == target}
            merged.update(mapping.value_map(target))  # the project's own recodings win
            self.recode[target] = merged

    def recode_value(self, text: str, target: str, column: str) -> str:
        key = text.strip().casefold()
        value = self.recode[target].get(key, key)
        allowed = _ALLOWED[target]
        if value not in allowed:
            raise _RowError(
                column, f"{text!r} is not one of: {', '.join(allowed)} (add a recoding to the mapping)"
            )
        return value


def _parse_lat_lon(lat_text: str, lon_text: str, lat_col: str, lon_col: str) -> tuple[float, float]:
    lat = _parse_float(lat_text, lat_col)
    lon = _parse_float(lon_text, lon_col)
    if not -90.0 <= lat <= 90.0:
        hint = (
            " — are latitude and longitude swapped? Kobo and ODK put latitude first" if abs(lon) <= 90 else ""
        )
        raise _RowError(lat_col, f"latitude {lat} is outside -90..90{hint}")
    if not -180.0 <= lon <= 180.0:
        raise _RowError(lon_col, f"longitude {lon} is outside -180..180")
    return lat, lon


def _parse_row(row: dict[str, str], number: int, reader: _RowReader) -> ParsedRow:
    cols = reader.cols
    mapping = reader.mapping

    def get(target: str) -> tuple[str, str] | None:
        col = cols.get(target)
        if col is None:
            return None
        text = row.get(col, "").strip()
        return (text, col) if text else None

    key_cell = get("household_id")
    if key_cell is None:
        raise _RowError(mapping.column_for("household_id"), "the household id is empty")
    key = key_cell[0]
    values: dict[str, Any] = {}
    for target, col in reader.int_cols:
        if text := row.get(col, "").strip():
            values[target] = _parse_int(text, col)
    for target, col in reader.money_cols:
        if text := row.get(col, "").strip():
            values[target] = _parse_money(text, col)
    for target, col in reader.text_cols:
        if text := row.get(col, "").strip():
            values[target] = text
    if (cell := get("head_sex")) is not None:
        values["head_sex"] = Sex(reader.recode_value(cell[0], "head_sex", cell[1]))
    if (cell := get("tenure")) is not None:
        values["tenure"] = Tenure(reader.recode_value(cell[0], "tenure", cell[1]))
    if (cell := get("disability")) is not None:
        values["disability"] = reader.recode_value(cell[0], "disability", cell[1]) == "true"

    lat_lon = None
    precision = None
    lat_cell, lon_cell = get("latitude"), get("longitude")
    if lat_cell is not None and lon_cell is not None:
        lat_lon = _parse_lat_lon(lat_cell[0], lon_cell[0], lat_cell[1], lon_cell[1])
    elif (lat_cell is None) != (lon_cell is None):
        missing = "longitude" if lon_cell is None else "latitude"
        col = mapping.column_for(missing) or missing
        raise _RowError(col, f"the {missing} is empty but the other coordinate is given")
    elif (cell := get("geopoint")) is not None:
        # "lat lon [alt [accuracy]]": latitude first, as Kobo and ODK write it.
        parts = cell[0].split()
        if len(parts) < 2:
            raise _RowError(cell[1], f"{cell[0]!r} is not a GPS point 'latitude longitude altitude accuracy'")
        lat_lon = _parse_lat_lon(parts[0], parts[1], cell[1], cell[1])
        if len(parts) >= 4:
            precision = _parse_float(parts[3], cell[1])
    if (cell := get("precision_m")) is not None:
        precision = _parse_float(*cell)
    if precision is not None and precision < 0:
        raise _RowError(mapping.column_for("precision_m"), f"the precision {precision} m is negative")
    east_north = None
    e_cell, n_cell = get("easting_m"), get("northing_m")
    if e_cell is not None and n_cell is not None and lat_lon is None:
        east_north = (_parse_float(*e_cell), _parse_float(*n_cell))
    plot_cell = get("plot_number")
    sg_cell = get("savings_group")
    return ParsedRow(
        row=number,
        key=key,
        values=values,
        lat_lon=lat_lon,
        easting_northing=east_north,
        precision_m=precision,
        plot_number=plot_cell[0] if plot_cell else "",
        savings_group=sg_cell[0] if sg_cell else "",
    )


def _check_mapping_columns(survey: SurveyFile, mapping: HouseholdMapping) -> None:
    headers = set(survey.main.headers)
    repeat_headers = {h for t in survey.repeats for h in t.headers}
    if mapping.column_for("household_id") is None:
        raise HouseholdImportError(
            survey.path, "the mapping has no household_id column; map the survey's household number"
        )
    for target, col in mapping.columns:
        pool = repeat_headers if target == "member_age" else headers
        if col not in pool:
            shown = ", ".join(sorted(pool)[:12]) + (", …" if len(pool) > 12 else "")
            where = "repeat tables" if target == "member_age" else "file"
            raise HouseholdImportError(
                survey.path,
                f"the mapping puts {target} in column {col!r}, which is not in the {where} ({shown})",
            )


# --------------------------------------------------------------------------- plan and report


def household_record_id(survey_key: str, secret: str = "") -> str:
    """Return the stable, pseudonymous record id of a household from its survey id (``hh-`` + 12 hex).

    With the project's ``secret``: HMAC-SHA256, which nobody without the project can link back to a
    survey id or phone number. Without it: the plain SHA-256 of older Jamii (used only to find and
    re-key households imported before salted pseudonyms).
    """
    key = survey_key.strip().casefold()
    if secret:
        return keyed_pseudonym(secret, key)
    return f"hh-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"


@dataclass(frozen=True)
class RowNote:
    """Something to tell about one row: the spreadsheet row, the household's record id, what."""

    row: int
    household_id: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "household_id": self.household_id, "detail": self.detail}


@dataclass
class ImportReport:
    """What an import did (or would do); ids are pseudonymous record ids, never names."""

    file: str
    source: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    matched_by_point: int = 0
    matched_by_number: int = 0
    unplaced: int = 0
    """Households with neither a plot number nor a GPS point: imported unplaced, to be placed later."""
    unmatched: list[RowNote] = field(default_factory=list)
    low_precision: list[RowNote] = field(default_factory=list)
    conflicts: list[RowNote] = field(default_factory=list)
    savings_groups_created: list[str] = field(default_factory=list)
    repeat_files: list[str] = field(default_factory=list)
    repeat_links: dict[str, str] = field(default_factory=dict)
    household_ids: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mapping: HouseholdMapping | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the stable JSON form (used by ``jamii households import --format json``)."""
        return {
            "file": self.file,
            "source": self.source,
            "rows": self.rows,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "matched_by_point": self.matched_by_point,
            "matched_by_number": self.matched_by_number,
            "unplaced": self.unplaced,
            "unmatched": [n.to_json() for n in self.unmatched],
            "low_precision": [n.to_json() for n in self.low_precision],
            "conflicts": [n.to_json() for n in self.conflicts],
            "savings_groups_created": list(self.savings_groups_created),
            "repeat_files": list(self.repeat_files),
            "repeat_links": dict(self.repeat_links),
            "notes": list(self.notes),
            "mapping": dict(self.mapping.columns) if self.mapping else {},
        }


@dataclass
class ImportPlan:
    """The one undoable change an import makes, and its report."""

    macro: Macro
    report: ImportReport


def _to_local_m(
    doc: Document, parsed: list[ParsedRow], path: str, mapping: HouseholdMapping, plots: list[Plot]
) -> dict[int, tuple[float, float]]:
    """Return local (x_m, y_m) per parsed row index, from WGS 84 lat/lon or CRS easting/northing.

    Raises:
        HouseholdImportError: no project CRS, a point that cannot be projected, or a point more than
            FAR_FROM_SITE_M from the site (with a hint when swapping latitude and longitude would fit).
    """
    proj = doc.project
    out: dict[int, tuple[float, float]] = {}
    centre = _site_centre(plots)
    geo = [(i, p.lat_lon) for i, p in enumerate(parsed) if p.lat_lon is not None]
    lat_col = mapping.column_for("latitude") or mapping.column_for("geopoint")
    if geo:
        from designer.io.crs import crs_label, project_crs

        crs = project_crs(proj)
        if crs is None:
            raise HouseholdImportError(
                path,
                "the project has no CRS (coordinate reference system); set it before importing GPS points",
            )
        transformer = _transformer(crs)
        lats = [ll[0] for _, ll in geo]
        lons = [ll[1] for _, ll in geo]
        # always_xy: pyproj takes (lon, lat) although the survey wrote lat first.
        xs, ys = transformer.transform(lons, lats)
        for (i, (lat, lon)), x, y in zip(geo, xs, ys, strict=True):
            local = (float(x) - proj.origin_x_m, float(y) - proj.origin_y_m)
            if not (math.isfinite(local[0]) and math.isfinite(local[1])):
                local = (math.inf, math.inf)
            far_m = math.dist(local, centre) if math.isfinite(local[0]) else math.inf
            if far_m > FAR_FROM_SITE_M:
                sx, sy = transformer.transform(lat, lon) if -90 <= lon <= 90 else (math.inf, math.inf)
                swapped = (sx - proj.origin_x_m, sy - proj.origin_y_m)
                if math.isfinite(swapped[0]) and math.dist(swapped, centre) <= FAR_FROM_SITE_M:
                    reason: str | Message = (
                        f"the point ({lat}, {lon}) lies far from the site; latitude and longitude look swapped "
                        "(Kobo and ODK write latitude first)"
                    )
                elif math.isfinite(far_m):
                    reason = Message(
                        "the point ({lat}, {lon}) lies {far_km} km from the site",
                        {"lat": lat, "lon": lon, "far_km": round(far_m / 1000)},
                        {"far_km": ","},
                    )
                else:
                    reason = f"the point ({lat}, {lon}) cannot be projected to {crs_label(crs)}"
                raise HouseholdImportError(path, reason, parsed[i].row, lat_col)
            out[i] = local
    for i, p in enumerate(parsed):
        if p.easting_northing is not None:
            local = (p.easting_northing[0] - proj.origin_x_m, p.easting_northing[1] - proj.origin_y_m)
            far_m = math.dist(local, centre)
            if far_m > FAR_FROM_SITE_M:
                col = mapping.column_for("easting_m")
                far_reason = Message(
                    "the point lies {far_km} km from the site (coordinates in {crs}?)",
                    {"far_km": round(far_m / 1000), "crs": proj.crs_label or "the project CRS"},
                    {"far_km": ","},
                    frozenset() if proj.crs_label else frozenset({"crs"}),
                )
                raise HouseholdImportError(path, far_reason, p.row, col)
            out[i] = local
    return out


def _site_centre(plots: list[Plot]) -> tuple[float, float]:
    """Return the centre of the plots' bounding box in local metres (the origin without plots)."""
    if not plots:
        return (0.0, 0.0)
    xs = [x for p in plots for x, _ in p.outline]
    ys = [y for p in plots for _, y in p.outline]
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)


@cache
def _transformer(crs: Any) -> Any:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def _plots_at(plots: list[Plot], points: dict[int, tuple[float, float]]) -> dict[int, str]:
    """Return the id of the plot containing each point (point-in-polygon with an STRtree)."""
    if not plots or not points:
        return {}
    import numpy as np
    import shapely

    # Vectorised construction: one shapely call for all outlines instead of one object per plot.
    counts = np.fromiter((len(p.outline) + 1 for p in plots), dtype=np.int64, count=len(plots))
    coords = np.array([pt for p in plots for pt in (*p.outline, p.outline[0])], dtype=float)
    rings = shapely.linearrings(coords, indices=np.repeat(np.arange(len(plots)), counts))
    tree = shapely.STRtree(shapely.polygons(rings))
    keys = list(points)
    geoms = shapely.points(np.array([points[k] for k in keys], dtype=float))
    pairs = tree.query(geoms, predicate="intersects")
    found: dict[int, str] = {}
    for gi, pi in zip(pairs[0].tolist(), pairs[1].tolist(), strict=True):
        found.setdefault(keys[gi], plots[pi].id)
    return found


def _survey_answers(
    doc: Document, survey: SurveyFile, mapping: HouseholdMapping, form: XLSForm | None
) -> tuple[
    list[tuple[tuple[SurveyAnswer, ...], tuple[SurveyAnswer, ...]]] | None, dict[tuple[str, str], list[Any]]
]:
    """Return each main row's (public, personal) answers, and each household's members' answers.

    The first is None when the table has no other answers (a file of ids and plot numbers). Members
    are keyed like :func:`_member_stats` (main table's link column, its value), in file order.
    """
    language = doc.project.language
    marks = {"personal": mapping.personal_questions, "public": mapping.public_questions}
    links = {survey.link_of(t).main_column for t in survey.repeats}
    used = {c for _, c in mapping.columns} | links
    plan = plan_answer_columns(survey.main.headers, survey.main.rows, used, form, language, **marks)
    main = plan.table_answers(survey.main.rows) if plan.singles or plan.multis else None
    members: dict[tuple[str, str], list[Any]] = {}
    age_col = mapping.column_for("member_age")
    for t in survey.repeats:
        link = survey.link_of(t)
        if age_col is not None and age_col not in t.headers:
            continue  # not the people repeat (same rule as the member count)
        # The repeat's copies of household columns (City, Site in an analyst's file) are not about the person.
        copies = {h for h in t.headers if h in survey.main.headers}
        rplan = plan_answer_columns(t.headers, t.rows, copies | {link.repeat_column}, form, language, **marks)
        for row, person in zip(t.rows, rplan.table_answers(t.rows), strict=True):
            members.setdefault((link.main_column, row.get(link.repeat_column, "")), []).append(person)
    return main, members


def _member_stats(
    survey: SurveyFile, mapping: HouseholdMapping
) -> dict[tuple[str, str], tuple[int, int | None]]:
    """Return (members, children or None) per (main table's link column, its value), from the repeats."""
    age_col = mapping.column_for("member_age")
    counts: dict[tuple[str, str], list[int]] = {}
    stats: dict[tuple[str, str], tuple[int, int | None]] = {}
    for t in survey.repeats:
        link = survey.link_of(t).repeat_column
        main_col = survey.link_of(t).main_column
        has_age = age_col is not None and age_col in t.headers
        if age_col is not None and not has_age:
            continue  # another repeat (e.g. livelihoods): it does not list people
        for row, number in zip(t.rows, t.row_numbers, strict=True):
            parent = (main_col, row.get(link, ""))
            c = counts.setdefault(parent, [0, 0, 1 if has_age else 0])
            c[0] += 1
            if has_age:
                text = row.get(age_col or "", "").strip()
                if text:
                    try:
                        age = _parse_float(text, age_col or "")
                    except _RowError as exc:
                        raise HouseholdImportError(t.label, exc.reason, number, exc.column) from None
                    if age < CHILD_AGE_LIMIT_YEARS:
                        c[1] += 1
    for parent, (n, kids, aged) in counts.items():
        stats[parent] = (n, kids if aged else None)
    return stats


def plan_import(
    doc: Document, survey: SurveyFile, mapping: HouseholdMapping, form: XLSForm | None = None
) -> ImportPlan:
    """Check every row and return the one Macro that imports them (the document is not touched).

    Raises:
        HouseholdImportError: naming the file, row and column of the first malformed value.
    """
    _check_mapping_columns(survey, mapping)
    commands: list[Command] = []
    secret = doc.project.pseudonym_secret
    created_secret = not secret
    if created_secret:
        secret = new_pseudonym_secret()
        project = dataclasses.replace(doc.project, pseudonym_secret=secret)
        commands.append(ReplaceRecord(doc.project, project, "Create the secret of household pseudonyms"))
    table = survey.main
    parsed: list[ParsedRow] = []
    rids: list[str] = []
    first_row_of: dict[str, int] = {}
    reader = _RowReader(mapping)
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        try:
            p = _parse_row(row, number, reader)
        except _RowError as exc:
            raise HouseholdImportError(table.label, exc.reason, number, exc.column) from None
        rid = household_record_id(p.key, secret)
        rids.append(rid)
        if rid in first_row_of:
            raise HouseholdImportError(
                table.label,
                f"household id {p.key!r} was already used in row {first_row_of[rid]}",
                number,
                mapping.column_for("household_id"),
            )
        first_row_of[rid] = number
        parsed.append(p)

    members = _member_stats(survey, mapping) if survey.repeats else {}
    answers, member_answers = _survey_answers(doc, survey, mapping, form)
    link_cols = sorted({survey.link_of(t).main_column for t in survey.repeats})
    plots = doc.of_type(Plot, EXISTING)
    local = _to_local_m(doc, parsed, table.label, mapping, plots)
    in_plot = _plots_at(plots, local)
    by_number: dict[str, list[str]] = {}
    for pl in plots:
        if pl.number:
            by_number.setdefault(pl.number.strip().casefold(), []).append(pl.id)

    report = ImportReport(file=survey.path, source=survey.source, rows=len(parsed), mapping=mapping)
    report.repeat_files = sorted({t.label for t in survey.repeats})
    report.repeat_links = {t.label: survey.link_of(t).describe() for t in survey.repeats}
    if table.index_column:
        report.notes.append("the first column had no name and holds a row index; it was left out")
    old_mapping = doc.get(mapping.id)
    if old_mapping is None:
        commands.append(AddRecord(mapping, "Save household column mapping"))
    elif old_mapping != mapping:
        commands.append(ReplaceRecord(old_mapping, mapping, "Save household column mapping"))

    groups_by_name = {g.name.strip().casefold(): g.id for g in doc.of_type(SavingsGroup)}
    groups_by_id = {g.id for g in doc.of_type(SavingsGroup)}
    household_commands: list[Command] = []
    rekeyed: set[str] = set()
    for i, p in enumerate(parsed):
        rid = rids[i]
        report.household_ids.append(rid)
        values = dict(p.values)
        # Sizes from the member repeat when the main table does not give them.
        row_links = [(c, table.rows[i].get(c, "")) for c in link_cols]
        stats = next((members[k] for k in row_links if k in members), None)
        if stats is not None:
            n, kids = stats
            values.setdefault("size_persons", n)
            if kids is not None:
                values.setdefault("children", kids)
        people = [m for k in row_links for m in member_answers.get(k, ())]
        personal = answers[i][1] if answers is not None else ()
        for n_person, (_, member_personal) in enumerate(people, start=1):
            personal += tuple(
                dataclasses.replace(a, question=f"member {n_person}/{a.question}") for a in member_personal
            )
        # A later file of ids and plot numbers only (placing households) keeps the answers already held.
        if answers is not None:
            values["survey"] = answers[i][0]
        if answers is not None or personal:
            values["survey_personal"] = personal
        if member_answers:
            values["members"] = tuple(m for m, _ in people)

        plot_id = _resolve_plot(
            p, i=i, rid=rid, local=local, in_plot=in_plot, by_number=by_number, mapping=mapping, report=report
        )
        if plot_id:
            values["plot_id"] = plot_id

        if p.savings_group:
            gkey = p.savings_group.strip().casefold()
            if p.savings_group in groups_by_id:
                values["savings_group_id"] = p.savings_group
            elif gkey in groups_by_name:
                values["savings_group_id"] = groups_by_name[gkey]
            else:
                group = SavingsGroup(id=new_id(SavingsGroup.ID_PREFIX), name=p.savings_group.strip())
                commands.append(AddRecord(group, "Add savings group"))
                groups_by_name[gkey] = group.id
                report.savings_groups_created.append(group.name)
                values["savings_group_id"] = group.id

        for field_name, value in values.items():  # physical ranges, named by row and column
            if reason := check_value(field_name, value):
                raise HouseholdImportError(table.label, reason, p.row, mapping.column_for(field_name) or None)
        existing = doc.get(rid)
        legacy = _legacy_household(doc, p.key, secret) if existing is None else None
        try:
            if isinstance(legacy, Household):
                # Imported before salted pseudonyms: the same household gets its keyed id.
                household_commands.append(RemoveRecord(legacy, "Re-key household"))
                new = dataclasses.replace(legacy, id=rid, **values)
                household_commands.append(AddRecord(new, "Re-key household"))
                report.updated += 1
                rekeyed.add(legacy.id)
            elif existing is None:
                new = Household(id=rid, **values)
                household_commands.append(AddRecord(new, "Import household"))
                report.added += 1
            elif not isinstance(existing, Household):
                raise _RowError(
                    mapping.column_for("household_id"), f"the id {rid} belongs to a {existing.KIND}"
                )
            elif all(getattr(existing, k) == v for k, v in values.items()):
                report.unchanged += 1  # checked before building a copy: re-imports are mostly unchanged
            else:
                new = dataclasses.replace(existing, **values)
                if new == existing:
                    report.unchanged += 1
                else:
                    household_commands.append(ReplaceRecord(existing, new, "Update household"))
                    report.updated += 1
        except InvalidRecordError as exc:
            cols = [c for t, c in mapping.columns if t in ("size_persons", "children")]
            raise HouseholdImportError(table.label, exc.reason, p.row, " / ".join(cols) or None) from None
        except _RowError as exc:
            raise HouseholdImportError(table.label, exc.reason, p.row, exc.column) from None

    if created_secret:
        household_commands += _rekey_the_rest(doc, secret, {*rids, *rekeyed})
    label = f"Import households from {os.path.basename(survey.path)}"
    return ImportPlan(Macro(label, tuple(commands + household_commands)), report)


def _legacy_household(doc: Document, survey_key: str, secret: str) -> Household | None:
    """Return the household an older Jamii imported for ``survey_key`` (plain-hash id, or its keyed remap)."""
    plain = household_record_id(survey_key)
    for candidate in (plain, keyed_pseudonym(secret, plain)):
        rec = doc.get(candidate)
        if isinstance(rec, Household):
            return rec
    return None


def _rekey_the_rest(doc: Document, secret: str, done: set[str]) -> list[Command]:
    """Give every other household a keyed id when a project gets its secret.

    Their ids may be plain hashes of survey ids (older Jamii) that anyone could reverse; the keyed
    remap of the old id cannot be, and a later import still finds them (``_legacy_household``).
    """
    out: list[Command] = []
    for h in sorted(doc.of_type(Household), key=lambda h: h.id):
        if h.id not in done:
            out.append(RemoveRecord(h, "Re-key household"))
            out.append(
                AddRecord(dataclasses.replace(h, id=keyed_pseudonym(secret, h.id)), "Re-key household")
            )
    return out


def _resolve_plot(
    p: ParsedRow,
    *,
    i: int,
    rid: str,
    local: dict[int, tuple[float, float]],
    in_plot: dict[int, str],
    by_number: dict[str, list[str]],
    mapping: HouseholdMapping,
    report: ImportReport,
) -> str:
    """Return the plot of a row: its plot number if that names one plot, else the plot under its point.

    The painted plot number is the enumerator's record and wins over a GPS fix that may sit in the
    neighbour's plot; a disagreement is reported.
    """
    low = p.precision_m is not None and p.precision_m > mapping.max_precision_m
    if low:
        report.low_precision.append(
            RowNote(p.row, rid, f"precision {p.precision_m:g} m is worse than {mapping.max_precision_m:g} m")
        )
    by_num = ""
    if p.plot_number:
        ids = by_number.get(p.plot_number.strip().casefold(), [])
        if len(ids) == 1:
            by_num = ids[0]
        elif len(ids) > 1:
            report.conflicts.append(
                RowNote(p.row, rid, f"plot number {p.plot_number!r} is used by {len(ids)} plots")
            )
    by_point = in_plot.get(i, "")
    if by_num:
        report.matched_by_number += 1
        if by_point and by_point != by_num and not low:
            report.conflicts.append(
                RowNote(
                    p.row,
                    rid,
                    f"plot number {p.plot_number!r} is {by_num} but the GPS point lies in {by_point}",
                )
            )
        return by_num
    if by_point:
        report.matched_by_point += 1
        return by_point
    reasons = []
    if p.plot_number:
        reasons.append(f"no plot numbered {p.plot_number!r}")
    if i in local:
        x, y = local[i]
        reasons.append(f"the point ({x:.1f}, {y:.1f}) m lies in no plot")
    if not reasons:
        # Surveyed before the plots were drawn or numbered: placed later in the Households dock.
        report.unplaced += 1
        return ""
    report.unmatched.append(RowNote(p.row, rid, "; ".join(reasons)))
    return ""


# --------------------------------------------------------------------------- entry points


def mapping_for(
    doc: Document, survey: SurveyFile, mapping_path: str | os.PathLike[str] | None = None
) -> HouseholdMapping:
    """Return the mapping to use: the given file, else the one saved in the project, else a guess."""
    if mapping_path is not None:
        return load_mapping_file(mapping_path, survey.source)
    saved = doc.get(mapping_id(survey.source))
    if isinstance(saved, HouseholdMapping):
        return saved
    return guess_mapping(survey)


def adapt_saved_mapping(mapping: HouseholdMapping, survey: SurveyFile) -> tuple[HouseholdMapping, list[str]]:
    """Drop the columns of a saved mapping that this export lacks (a newer form version); say which.

    The household id column is kept even when missing, so the import then fails with a clear message.
    """
    headers = set(survey.main.headers)
    repeat_headers = {h for t in survey.repeats for h in t.headers}
    kept, notes = [], []
    for target, col in mapping.columns:
        pool = repeat_headers if target == "member_age" else headers
        if col in pool or target == "household_id":
            kept.append((target, col))
        else:
            notes.append(
                f"the saved mapping's column {col!r} ({target}) is not in this file; {target} not imported"
            )
    if not notes:
        return mapping, []
    return dataclasses.replace(mapping, columns=tuple(kept)), notes


def import_households(
    doc: Document,
    path: str | os.PathLike[str],
    mapping: HouseholdMapping | str | os.PathLike[str] | None = None,
    stack: UndoStack | None = None,
    repeat_paths: Iterable[str | os.PathLike[str]] = (),
    form: XLSForm | str | os.PathLike[str] | None = None,
) -> ImportReport:
    """Import a survey export into ``doc`` as one undoable step and return the report.

    Args:
        doc: the document to change.
        path: the CSV/XLSX export.
        mapping: a mapping, a TOML mapping file, or None for the saved mapping (or a guess).
        stack: push the macro here (undoable); without a stack the macro is done directly.
        repeat_paths: repeat files of an ODK export, if not beside the main file.
        form: the XLSForm (or its path): answers typed and choice codes shown as labels.

    Raises:
        HouseholdImportError: nothing is changed.
        XLSFormError: the form cannot be read.
    """
    if form is not None and not isinstance(form, XLSForm):
        form = read_xlsform(form)
    # Hundreds of thousands of small, long-lived objects (rows, answers): the cyclic GC would walk them
    # again and again while they are built, for nothing (none of them forms a cycle).
    with gc_paused():
        return _import(doc, path, mapping, stack, repeat_paths, form)


def _import(
    doc: Document,
    path: str | os.PathLike[str],
    mapping: HouseholdMapping | str | os.PathLike[str] | None,
    stack: UndoStack | None,
    repeat_paths: Iterable[str | os.PathLike[str]],
    form: XLSForm | None,
) -> ImportReport:
    survey = read_survey(path, repeat_paths)
    if form is not None:
        apply_form_labels(survey, form)
    notes: list[str] = []
    if mapping is None and isinstance(doc.get(mapping_id(survey.source)), HouseholdMapping):
        mapping, notes = adapt_saved_mapping(mapping_for(doc, survey), survey)
    elif not isinstance(mapping, HouseholdMapping):
        mapping = mapping_for(doc, survey, mapping)
    if not survey.main.rows:
        raise HouseholdImportError(survey.main.label, "has a header but no household rows: nothing to import")
    plan = plan_import(doc, survey, mapping, form)
    if survey.main.encoding != "UTF-8":
        notes.append(f"{survey.main.label} was read as {survey.main.encoding} text (not UTF-8)")
    plan.report.notes.extend(notes)
    if plan.macro.commands:
        if stack is not None:
            stack.push(plan.macro)
        else:
            plan.macro.do(doc)
    return plan.report


def preview(survey: SurveyFile, mapping: HouseholdMapping, limit: int = 20) -> list[dict[str, str]]:
    """Return the first rows as text per household field, with an ``error`` entry for a bad row."""
    out: list[dict[str, str]] = []
    table = survey.main
    reader = _RowReader(mapping)
    for row, number in list(zip(table.rows, table.row_numbers, strict=True))[:limit]:
        entry: dict[str, str] = {"row": str(number)}
        for target, col in mapping.columns:
            if target != "member_age":
                entry[target] = row.get(col, "")
        try:
            _parse_row(row, number, reader)
            entry["error"] = ""
        except _RowError as exc:
            entry["error"] = f"column {exc.column!r}: {exc.reason}" if exc.column else exc.reason
        out.append(entry)
    return out
