"""The SQLite schema of a unit-cost library and its migrations.

A library is one SQLite file. ``PRAGMA user_version`` holds the schema version; ``migrate``
brings any older file up to ``SCHEMA_VERSION`` in one transaction. Money and quantities are
stored as TEXT holding a decimal number, so nothing passes through binary floating point.

Tables (see ``../shared/reference/conventions.md`` §2.4):
    meta(key, value): library metadata (name, region, currency, price_base, illustrative, …).
    resource(code, kind∈{material,labour,plant}, name, unit, rate, currency, region, source, price_date).
    assembly(code, bill, description, unit, method_ref, community_ok, fixed_rate, oh_pct, profit_pct,
        source, price_date, analysis_rate, basis): a rate build-up (or a published rate when ``fixed_rate``
        is set); ``basis`` says what the rate is (``RATE_BASES``), so a bill can flag it line by line.
    assembly_line(assembly_code, seq, resource_code, qty_per_unit, waste_pct, output_per_day).
    markup(name, oh_pct, profit_pct): the library's default overheads and profit ("default").
    region_factor(region, material_idx, labour_idx, plant_idx): indices, base region = 100.
    price_index(date, idx): for escalation from the price base to a later date.
    code_alias(code, target_code, factor, note): Jamii item code → this library's item code
        (``factor`` converts one Jamii unit into library units).
    unit_label(label_set, unit, label): unit labels per locale (NRM, East Africa, India).
"""

from __future__ import annotations

import sqlite3

__all__ = ["MIGRATIONS", "RATE_BASES", "SCHEMA_VERSION", "TABLE_COLUMNS", "migrate", "schema_version"]

RATE_BASES: dict[str, str] = {
    "": "not stated by the library",
    "published": "a published schedule rate or a quote",
    "benchmark": "derived from a published benchmark (converted and escalated; not a quote)",
    "illustrative": "illustrative: no published source",
}
"""What an assembly's rate is (column ``assembly.basis``)."""

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE resource (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('material', 'labour', 'plant')),
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    rate TEXT NOT NULL,
    currency TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    price_date TEXT NOT NULL
);
CREATE TABLE assembly (
    code TEXT PRIMARY KEY,
    bill INTEGER NOT NULL CHECK (bill BETWEEN 1 AND 13),
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    method_ref TEXT NOT NULL DEFAULT '',
    community_ok INTEGER NOT NULL DEFAULT 0,
    fixed_rate TEXT,
    oh_pct TEXT,
    profit_pct TEXT,
    source TEXT NOT NULL,
    price_date TEXT NOT NULL
);
CREATE TABLE assembly_line (
    assembly_code TEXT NOT NULL REFERENCES assembly(code) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    resource_code TEXT NOT NULL REFERENCES resource(code),
    qty_per_unit TEXT NOT NULL,
    waste_pct TEXT NOT NULL DEFAULT '0',
    output_per_day TEXT,
    PRIMARY KEY (assembly_code, seq)
);
CREATE INDEX assembly_line_resource ON assembly_line(resource_code);
CREATE TABLE markup (name TEXT PRIMARY KEY, oh_pct TEXT NOT NULL, profit_pct TEXT NOT NULL);
CREATE TABLE region_factor (
    region TEXT PRIMARY KEY,
    material_idx TEXT NOT NULL,
    labour_idx TEXT NOT NULL,
    plant_idx TEXT NOT NULL
);
CREATE TABLE price_index (date TEXT PRIMARY KEY, idx TEXT NOT NULL);
CREATE TABLE code_alias (
    code TEXT PRIMARY KEY,
    target_code TEXT NOT NULL,
    factor TEXT NOT NULL DEFAULT '1',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE unit_label (
    label_set TEXT NOT NULL,
    unit TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (label_set, unit)
);
"""

# v2: keep the rate an analysis of rates gives next to a published rate, so a reader can see both.
_V2 = "ALTER TABLE assembly ADD COLUMN analysis_rate TEXT;"

# v3: what each rate is ("published", "benchmark", "illustrative"; "" = not stated), flagged per bill line.
_V3 = "ALTER TABLE assembly ADD COLUMN basis TEXT NOT NULL DEFAULT '';"

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "resource": ("code", "kind", "name", "unit", "rate", "currency", "region", "source", "price_date"),
    "assembly": (
        "code",
        "bill",
        "description",
        "unit",
        "method_ref",
        "community_ok",
        "fixed_rate",
        "oh_pct",
        "profit_pct",
        "source",
        "price_date",
        "analysis_rate",
        "basis",
    ),
    "assembly_line": ("assembly_code", "seq", "resource_code", "qty_per_unit", "waste_pct", "output_per_day"),
    "markup": ("name", "oh_pct", "profit_pct"),
    "region_factor": ("region", "material_idx", "labour_idx", "plant_idx"),
    "price_index": ("date", "idx"),
    "code_alias": ("code", "target_code", "factor", "note"),
    "unit_label": ("label_set", "unit", "label"),
}
"""Every table and its columns, in export order (also the sheet and CSV file names)."""


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the schema version stored in the file (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target`` in one transaction; return the new version.

    Raises:
        ValueError: when the file is newer than this program understands.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise ValueError(
            f"the cost library has schema version {current}; this version of Jamii reads up to {SCHEMA_VERSION}"
        )
    if current >= target:
        return current
    conn.execute("BEGIN")
    try:
        for version in range(current, target):
            for statement in MIGRATIONS[version].split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(target)}")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return target
