"""The repository of one cost library (SQLite): read, write in one transaction, and price items.

Pricing (``CostLibrary.price``) turns an assembly into a ``RateBuildUp``: for every build-up line
``qty_per_unit × (1 + waste %) × resource rate × regional index`` goes to its resource's component
(materials, labour, plant); overheads and profit are a percentage of their sum. A published rate
(``fixed_rate``, e.g. a schedule of rates) is kept exactly and split by the shares its analysis
gives. Escalation multiplies by ``I(date) / I(price base)`` from the price-index table. Every
component is rounded to the cent once, in ``costing.boq.money``.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from costing.boq.model import RateBuildUp
from costing.boq.money import ZERO, allocate, round_money
from costing.db.schema import TABLE_COLUMNS, migrate
from costing.db.tables import LibraryData, validate
from costing.errors import CostingError, LibraryNotFoundError

__all__ = ["CostLibrary", "LibraryMeta", "PricedItem", "install_shipped_library", "open_library"]

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LibraryMeta:
    """What a library is: name, region, currency, price base, method of measurement, illustrative flag."""

    name: str
    region: str
    currency: str
    price_base: str
    illustrative: bool
    method_of_measurement: str = "NRM2"
    unit_labels: str = "nrm"
    description: str = ""
    source: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, meta: dict[str, str]) -> LibraryMeta:
        known = {
            "name",
            "region",
            "currency",
            "price_base",
            "illustrative",
            "method_of_measurement",
            "unit_labels",
            "description",
            "source",
        }
        return cls(
            name=meta.get("name", ""),
            region=meta.get("region", ""),
            currency=meta.get("currency", ""),
            price_base=meta.get("price_base", ""),
            illustrative=meta.get("illustrative", "false").lower() in ("1", "true", "yes"),
            method_of_measurement=meta.get("method_of_measurement", "NRM2"),
            unit_labels=meta.get("unit_labels", "nrm"),
            description=meta.get("description", ""),
            source=meta.get("source", ""),
            extra={k: v for k, v in meta.items() if k not in known},
        )


@dataclass(frozen=True)
class PricedItem:
    """An item priced from the library, ready for a bill line.

    Attributes:
        code: the code asked for (a Jamii code or the library's own).
        library_code: the assembly actually used (after an alias).
        build_up: the unit rate split into components (cent-rounded).
        community_ok: residents can do this work (its labour may become in-kind).
        materials_by_resource: material cost per unit by resource code (unrounded), for local materials.
        resource_codes: every resource the build-up uses.
        factor: library units per unit of ``code`` (an alias's conversion; 1 for the library's own items).
    """

    code: str
    library_code: str
    description: str
    unit: str
    bill: int
    build_up: RateBuildUp
    community_ok: bool
    materials_by_resource: dict[str, Decimal]
    resource_codes: frozenset[str]
    factor: Decimal = Decimal(1)


MAX_LIBRARY_NUMBER = Decimal("1e12")
"""No rate, quantity or factor of a cost library is this large; beyond it the arithmetic is meaningless."""


class _BadNumber(ValueError):
    pass


def _number(text: Any, what: str) -> Decimal:
    """Return a library number read from the database, or raise _BadNumber naming it."""
    try:
        value = Decimal(str(text))
    except ArithmeticError:
        raise _BadNumber(f"{what} {str(text)[:40]!r} is not a plain number") from None
    if not value.is_finite() or value.copy_abs() > MAX_LIBRARY_NUMBER:  # copy_abs: no context overflow
        raise _BadNumber(f"{what} {str(text)[:40]} is not a plausible number")
    return value


def _dec(text: str | None) -> Decimal | None:
    return None if text in (None, "") else Decimal(str(text))


class CostLibrary:
    """One SQLite cost library. Use as a context manager or call ``close``."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise LibraryNotFoundError(f"no cost library at {self.path}")
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
        else:
            self._conn = sqlite3.connect(self.path, isolation_level=None)
            self._conn.execute("PRAGMA foreign_keys = ON")
            try:
                migrate(self._conn)
            except (sqlite3.DatabaseError, ValueError) as exc:
                self._conn.close()
                raise CostingError(f"{self.path}: not a Jamii cost library ({exc})") from None
        self.readonly = readonly
        self._cache: dict[tuple[str, str, str], PricedItem | None] = {}
        self._state: dict[str, Any] | None = None
        self._meta: LibraryMeta | None = None

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> CostLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run writes as one transaction: all of them or none."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite rolls back by itself on a full disk; a second ROLLBACK would then fail with "cannot
            # rollback" and hide "database or disk is full", the reason the user must read.
            if self._conn.in_transaction:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise CostingError(f"{self.path}: {exc}; nothing was changed") from None
            raise
        self._invalidate()

    def _invalidate(self) -> None:
        self._cache.clear()
        self._state = None
        self._meta = None

    # ------------------------------------------------------------------ reading

    @property
    def meta(self) -> LibraryMeta:
        if self._meta is None:
            self._meta = LibraryMeta.from_dict(
                dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
            )
        return self._meta

    def rows(self, table: str) -> list[dict[str, str]]:
        """Return every row of ``table`` as strings, in a stable order."""
        cols = TABLE_COLUMNS[table]
        order = {"assembly_line": "assembly_code, seq"}.get(
            table, cols[0] if table != "unit_label" else "label_set, unit"
        )
        cur = self._conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
        return [{c: "" if v is None else str(v) for c, v in zip(cols, rec, strict=True)} for rec in cur]

    def read_all(self) -> LibraryData:
        """Return the whole library as tables (for export)."""
        data = LibraryData()
        for table in TABLE_COLUMNS:
            for i, row in enumerate(self.rows(table), start=2):
                data.add(table, row, f"{self.path.name}:{table}", i)
        return data

    def unit_labels(self, label_set: str) -> dict[str, str]:
        """Return {canonical unit: label} for a label set ("nrm", "east_africa", "india")."""
        cur = self._conn.execute("SELECT unit, label FROM unit_label WHERE label_set = ?", (label_set,))
        return dict(cur.fetchall())

    def assemblies_using(self, resource_code: str) -> set[str]:
        """Return the codes of assemblies whose build-up uses a resource."""
        cur = self._conn.execute(
            "SELECT DISTINCT assembly_code FROM assembly_line WHERE resource_code = ?", (resource_code,)
        )
        return {r[0] for r in cur}

    def count(self, table: str) -> int:
        return int(self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    # ------------------------------------------------------------------ writing

    def replace_all(self, data: LibraryData) -> None:
        """Replace the library's content with ``data`` after validating it, in one transaction.

        Raises:
            ImportRowError: for the first bad row; the library is then unchanged.
        """
        if self.readonly:
            raise CostingError(f"{self.path} is read-only")
        validate(data)
        with self.transaction() as conn:
            for table in reversed(TABLE_COLUMNS):
                conn.execute(f"DELETE FROM {table}")
            for table, cols in TABLE_COLUMNS.items():
                sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                conn.executemany(sql, ([_cell(c, r.get(c)) for c in cols] for r in data.tables[table]))

    def replace_aliases(self, aliases: list[dict[str, str]]) -> None:
        """Replace the item mapping (``code_alias``: code, target_code, factor, note) in one transaction.

        Raises:
            ImportRowError: a row naming an item the library lacks or a factor that is not a number > 0;
                the library is then unchanged.
        """
        if self.readonly:
            raise CostingError(f"{self.path} is read-only")
        data = self.read_all()
        data.tables["code_alias"] = []
        for i, row in enumerate(aliases, start=1):
            data.add("code_alias", row, "item mapping", i)
        validate(data)
        with self.transaction() as conn:
            conn.execute("DELETE FROM code_alias")
            conn.executemany(
                "INSERT INTO code_alias (code, target_code, factor, note) VALUES (?, ?, ?, ?)",
                [  # the validated rows: numbers as the plain decimals the library reads back
                    (r.get("code"), r.get("target_code"), r.get("factor") or "1", r.get("note"))
                    for r in data.tables["code_alias"]
                ],
            )

    def set_resource_rate(self, code: str, rate: Decimal) -> None:
        """Change the rate of one resource (one transaction)."""
        with self.transaction() as conn:
            cur = conn.execute("UPDATE resource SET rate = ? WHERE code = ?", (str(rate), code))
            if cur.rowcount != 1:
                raise CostingError(f"no resource {code!r} in the library")

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ pricing

    def _load_state(self) -> dict[str, Any]:
        if self._state is None:
            try:
                self._state = self._read_state()
            except _BadNumber as exc:
                # A library written by an older import ("1,234.50", "1e999999999"): one clear line, not a
                # decimal.InvalidOperation in the middle of a costing.
                raise CostingError(f"{self.path}: {exc}; re-import the library") from None
        return self._state

    def _read_state(self) -> dict[str, Any]:
        conn = self._conn
        markup = conn.execute("SELECT oh_pct, profit_pct FROM markup WHERE name = 'default'").fetchone()
        state: dict[str, Any] = {
            "resources": {
                r[0]: (r[1], _number(r[2], f"resource {r[0]} rate"), r[3])
                for r in conn.execute("SELECT code, kind, rate, name FROM resource")
            },
            "assemblies": {
                r[0]: r for r in conn.execute(f"SELECT {', '.join(TABLE_COLUMNS['assembly'])} FROM assembly")
            },
            "lines": {},
            "aliases": {
                r[0]: (r[1], _number(r[2] or "1", f"alias {r[0]} factor"))
                for r in conn.execute("SELECT code, target_code, factor FROM code_alias")
            },
            "regions": {
                r[0]: tuple(_number(v, f"region {r[0]} factor") for v in r[1:4])
                for r in conn.execute("SELECT region, material_idx, labour_idx, plant_idx FROM region_factor")
            },
            "indices": sorted(
                (r[0], _number(r[1], f"price index {r[0]}"))
                for r in conn.execute("SELECT date, idx FROM price_index")
            ),
            "markup": (_number(markup[0], "overheads %"), _number(markup[1], "profit %"))
            if markup
            else (ZERO, ZERO),
            "meta": self.meta,
        }
        for a in state["assemblies"].values():
            for col, value in zip(TABLE_COLUMNS["assembly"], a, strict=False):
                if col in ("fixed_rate", "oh_pct", "profit_pct", "analysis_rate") and value not in (None, ""):
                    _number(value, f"assembly {a[0]} {col}")
        for r in conn.execute(
            "SELECT assembly_code, resource_code, qty_per_unit, waste_pct FROM assembly_line ORDER BY assembly_code, seq"
        ):
            state["lines"].setdefault(r[0], []).append(
                (
                    r[1],
                    _number(r[2], f"assembly {r[0]} quantity"),
                    _number(r[3] or "0", f"assembly {r[0]} waste %"),
                )
            )
        return state

    def has(self, code: str) -> bool:
        """Say whether ``code`` (or an alias of it) can be priced from this library."""
        st = self._load_state()
        return code in st["assemblies"] or code in st["aliases"]

    def has_region(self, region: str) -> bool:
        """Say whether the library has component factors for ``region``."""
        return region in self._load_state()["regions"]

    def has_price_index(self) -> bool:
        """Say whether the library carries its own price-index table (then it escalates its own rates)."""
        return bool(self._load_state()["indices"])

    def escalation_factor(self, to_date: str) -> Decimal:
        """Return I(to_date) / I(price base) from the price-index table (1 when either is unknown)."""
        st = self._load_state()
        indices: list[tuple[str, Decimal]] = st["indices"]
        if not indices or not to_date:
            return Decimal(1)

        def at(date: str) -> Decimal | None:
            found = [idx for d, idx in indices if d <= date]
            return found[-1] if found else None

        base, now = at(st["meta"].price_base), at(to_date)
        if base is None or now is None:
            return Decimal(1)
        return now / base

    def price(self, code: str, region: str = "", price_date: str = "") -> PricedItem | None:
        """Return the priced item for a code (or its alias), or None when the library lacks it.

        Args:
            code: a Jamii item code or the library's own assembly code.
            region: apply this region's component indices (base region when empty or unknown).
            price_date: escalate from the library's price base to this date (ISO) by the price index.
        """
        key = (code, region, price_date)
        if key in self._cache:
            return self._cache[key]
        st = self._load_state()
        target, factor = code, Decimal(1)
        if code not in st["assemblies"] and code in st["aliases"]:
            target, factor = st["aliases"][code]
        row = st["assemblies"].get(target)
        if row is None:
            self._cache[key] = None
            return None
        cols = dict(zip(TABLE_COLUMNS["assembly"], row, strict=True))
        idx_m, idx_l, idx_p = st["regions"].get(region, (_HUNDRED, _HUNDRED, _HUNDRED))
        esc = self.escalation_factor(price_date) * factor
        comp = {"material": ZERO, "labour": ZERO, "plant": ZERO}
        mats: dict[str, Decimal] = {}
        used: set[str] = set()
        for res_code, qty, waste in st["lines"].get(target, []):
            kind, rate, _name = st["resources"][res_code]
            amount = qty * (1 + waste / _HUNDRED) * rate
            comp[kind] += amount
            used.add(res_code)
            if kind == "material":
                mats[res_code] = mats.get(res_code, ZERO) + amount
        oh_pct = _dec(cols["oh_pct"])
        profit_pct = _dec(cols["profit_pct"])
        d_oh, d_profit = st["markup"]
        pct = (oh_pct if oh_pct is not None else d_oh) + (profit_pct if profit_pct is not None else d_profit)
        base = comp["material"] + comp["labour"] + comp["plant"]
        parts = [comp["material"], comp["labour"], comp["plant"], base * pct / _HUNDRED]
        fixed = _dec(cols["fixed_rate"])
        source = cols["source"]
        mat_scale = Decimal(1)
        if fixed is not None:
            # A published rate is authoritative; its analysis only tells how it splits.
            weights = parts if sum(parts, ZERO) > 0 else [Decimal(1), ZERO, ZERO, ZERO]
            total = sum(weights, ZERO)
            parts = [fixed * w / total for w in weights]
            mat_scale = fixed / total
            if sum(parts[:3], ZERO) == ZERO or not st["lines"].get(target):
                source += " (published rate; no analysis, not split)"
        scaled = [parts[0] * idx_m / _HUNDRED, parts[1] * idx_l / _HUNDRED, parts[2] * idx_p / _HUNDRED]
        oh = parts[3] * (sum(scaled, ZERO) / sum(parts[:3], ZERO)) if sum(parts[:3], ZERO) else parts[3]
        raw = [x * esc for x in (*scaled, oh)]
        if fixed is not None:
            rounded = allocate(round_money(sum(raw, ZERO)), raw)
        else:
            rounded = [round_money(x) for x in raw]
        build_up = RateBuildUp(
            materials=rounded[0],
            labour=rounded[1],
            plant=rounded[2],
            overheads_and_profit=rounded[3],
            source=source,
            price_date=cols["price_date"],
            # A library marked illustrative as a whole makes every rate illustrative, whatever its row says.
            basis="illustrative" if st["meta"].illustrative else str(cols["basis"] or ""),
        )
        item = PricedItem(
            code=code,
            library_code=target,
            description=cols["description"],
            unit=cols["unit"],
            bill=int(cols["bill"]),
            build_up=build_up,
            community_ok=str(cols["community_ok"]) == "1",
            materials_by_resource={k: v * mat_scale * idx_m / _HUNDRED * esc for k, v in mats.items()},
            resource_codes=frozenset(used),
            factor=factor,
        )
        self._cache[key] = item
        return item


_NULLABLE = frozenset({"fixed_rate", "oh_pct", "profit_pct", "analysis_rate", "output_per_day"})


def _cell(column: str, value: str) -> str | None:
    """Store an empty optional number as NULL; other empty texts stay empty strings."""
    return None if value == "" and column in _NULLABLE else value


def _stale_default(path: Path) -> bool:
    """Say whether the installed default library is older than the shipped one (its ``data_version``)."""
    import csv

    from costing.db.appdata import shipped_library_dir

    with (shipped_library_dir() / "meta.csv").open(encoding="utf-8", newline="") as fh:
        shipped = {r["key"]: r["value"] for r in csv.DictReader(fh)}.get("data_version", "")
    try:
        with CostLibrary(path, readonly=True) as lib:
            return lib.meta.extra.get("data_version", "") != shipped
    except CostingError:
        return True


def open_library(name_or_path: str | Path) -> CostLibrary:
    """Open a library by name (user's app-data folder; the default is built on first use) or by path."""
    from costing.db.appdata import DEFAULT_LIBRARY, library_path

    text = str(name_or_path)
    if text.endswith(".sqlite") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.exists():
            raise LibraryNotFoundError(f"no cost library at {path}")
        return CostLibrary(path)
    path = library_path(text)
    if path.exists() and text == DEFAULT_LIBRARY and _stale_default(path):
        # The shipped default changed (new items, sourced rates): the user's copy is rebuilt from it, or
        # new measurement rules would find their items missing. Own libraries are imported under other names.
        install_shipped_library(text, path)
    if not path.exists():
        if text != DEFAULT_LIBRARY:
            from costing.db.appdata import list_libraries

            raise LibraryNotFoundError(
                f"no cost library named {text!r}; the libraries are: {', '.join(list_libraries())}"
            )
        install_shipped_library(text, path)
    return CostLibrary(path)


def install_shipped_library(name: str, target: Path) -> None:
    """Build the user's copy of a shipped (read-only) library from its CSV tables."""
    from costing.db.appdata import shipped_library_dir
    from costing.db.io_tables import read_library_tables

    folder = shipped_library_dir(name)
    if not folder.is_dir():
        raise CostingError(f"no shipped cost library {name!r}")
    data = read_library_tables(folder)
    # A unique temporary name: a background costing thread and the window may install at the same time.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        lib = CostLibrary(tmp)
        try:
            lib.replace_all(data)
        finally:
            lib.close()
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
