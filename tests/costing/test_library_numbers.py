"""Rates that are not plain numbers are refused at import, and a library holding one fails at load in one line."""

from __future__ import annotations

import sqlite3

import pytest

from costing.db.repository import CostLibrary
from costing.db.tables import validate
from costing.errors import CostingError, ImportRowError
from tests.costing.library_data import tiny_data


@pytest.mark.parametrize("rate", ["1,2,3", "1e999999999", "12,34"])
def test_import_refuses_rates_that_are_not_plausible_numbers(rate):
    """Was: imported, then every costing raised decimal.InvalidOperation."""
    data = tiny_data()
    data.tables["resource"][0].values["rate"] = rate
    with pytest.raises(ImportRowError, match="rate"):
        validate(data)


def test_thousands_separators_are_stored_as_plain_decimals(tmp_path):
    data = tiny_data()
    data.tables["resource"][0].values["rate"] = "1,234.50"
    lib = CostLibrary(tmp_path / "lib.sqlite")
    lib.replace_all(data)
    assert lib.has("WS-TAP")  # the library loads and prices
    lib.close()
    conn = sqlite3.connect(tmp_path / "lib.sqlite")
    assert conn.execute("SELECT rate FROM resource WHERE code = 'L-PLUMB'").fetchone()[0] == "1234.50"
    conn.close()


@pytest.mark.parametrize("stored", ["1,234.50", "1e999999999", "NaN"])
def test_a_library_with_a_bad_stored_rate_fails_at_load_in_one_line(tmp_path, stored):
    lib = CostLibrary(tmp_path / "lib.sqlite")
    lib.replace_all(tiny_data())
    lib.close()
    conn = sqlite3.connect(tmp_path / "lib.sqlite")
    conn.execute("UPDATE resource SET rate = ? WHERE code = 'M-TAP'", (stored,))
    conn.commit()
    conn.close()
    lib = CostLibrary(tmp_path / "lib.sqlite")
    with pytest.raises(CostingError, match=r"resource M-TAP rate .* re-import the library"):
        lib.has("WS-TAP")
    lib.close()


def test_a_windows_1252_schedule_imports(tmp_path):
    """Was: UnicodeDecodeError traceback on the everyday Excel export."""
    from costing.db.io_tables import load_mapping
    from costing.db.schedule import read_flat_schedule

    src = tmp_path / "schedule.csv"
    src.write_bytes("code,description,unit,rate,source\nA1,B\xe9ton 1:2:4,cum,8500,DSR\n".encode("cp1252"))
    data = read_flat_schedule(
        src,
        load_mapping(None),
        {"name": "x", "currency": "KES", "region": "base", "price_base": "2026-01-01"},
    )
    assert any("B\xe9ton" in r.get("description") for r in data.tables["assembly"])


def test_a_fifo_schedule_is_refused_without_blocking(tmp_path):
    import os

    from costing.db.importer import read_any

    fifo = tmp_path / "schedule.csv"
    os.mkfifo(fifo)
    with pytest.raises(CostingError, match="not a regular file"):
        read_any(fifo)


def test_a_full_disk_during_a_write_says_so_and_changes_nothing(tmp_path):
    """Was: SQLite's "cannot rollback" hid "database or disk is full" (a traceback)."""
    lib = CostLibrary(tmp_path / "lib.sqlite")
    lib.replace_all(tiny_data())
    with (
        pytest.raises(CostingError, match="database or disk is full; nothing was changed"),
        lib.transaction() as conn,
    ):
        conn.execute("UPDATE resource SET name = 'changed'")
        conn.execute("ROLLBACK")  # what SQLite itself does when the disk fills
        raise sqlite3.OperationalError("database or disk is full")
    assert "changed" not in {r[0] for r in lib._conn.execute("SELECT name FROM resource")}
    lib.close()
