"""Schedules of rates laid out for people import: every sheet, header anywhere, headings, sub-codes, odd units."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from costing.db.importer import import_library
from costing.db.schedule import parse_amount, scan_schedule
from costing.errors import CostingError, ImportRowError
from designer.cli import main

D = Decimal
META = {"name": "state-bsr", "currency": "INR", "region": "state", "price_base": "2024-04-01"}


def bsr_workbook(path: Path, *, bad_rate: object = None) -> Path:
    """A three-sheet schedule as state PWDs publish them (rows counted from 1 as a spreadsheet shows them).

    Cover: a title only. "Earth Work": title block in rows 1-3, header in row 4, headings 2.1 and 2.2
    whose sub-items are both numbered "(i)", a note, a repeated header (a printed page break), an
    item per quintal. "Water Supply": header in row 2, units "rmt", "mtr", "each", "nos", a rate
    "N.A.", and code 2.3 again (it exists on Earth Work).
    """
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover.append(["Basic Schedule of Rates 2024-25"])
    cover.append(["Public Works Department"])
    ew = wb.create_sheet("Earth Work")
    for row in (
        ["Basic Schedule of Rates 2024-25"],
        ["Chapter 2: Earth work"],
        [],
        ["Sl. No.", "Description of Item", "Unit", "Rate in Rs."],
        ["2.1", "Earth work in excavation in foundation trenches, lift up to 1.5 m:", None, None],
        ["(i)", "Ordinary soil", "cum", "1,250.50"],
        ["(ii)", "Hard soil", "Cu.M.", "Rs. 1,480/-"],
        ["2.2", "Filling in plinth and trenches:", None, None],
        ["(i)", "with excavated earth", "cum", 210.0],
        [None, "Note: rates include a lead of 50 m.", None, None],
        ["Sl. No.", "Description of Item", "Unit", "Rate in Rs."],
        ["2.3", "Carriage of earth", "quintal", "45"],
    ):
        ew.append(row)
    ws = wb.create_sheet("Water Supply")
    for row in (
        ["Chapter 18: Water supply"],
        ["Item No", "Particulars", "Unit", "Rate (Rs)"],
        ["18.1", "GI pipe 15 mm, external", "rmt", "260.10"],
        ["18.2", "GI pipe 25 mm, external", "mtr", bad_rate if bad_rate is not None else "342.70"],
        ["18.3", "Brass bib cock 15 mm", "each", "120"],
        ["18.4", "Ferrule 15 mm", "nos", "243.60"],
        ["18.5", "Water meter (supplied by the utility)", "No", "N.A."],
        ["2.3", "Valve chamber", "r.m", "1,020"],
    ):
        ws.append(row)
    wb.save(path)
    return path


def test_every_sheet_is_scanned_with_its_own_header_row(tmp_path):
    scan = scan_schedule(bsr_workbook(tmp_path / "bsr.xlsx"))
    sheets = {s.name: s for s in scan.sheets}
    assert sheets["Cover"].header_row is None and "no header row" in sheets["Cover"].note
    assert sheets["Earth Work"].header_row == 4 and sheets["Water Supply"].header_row == 2
    assert sheets["Earth Work"].columns == {
        "code": "Sl. No.",
        "description": "Description of Item",
        "unit": "Unit",
        "rate": "Rate in Rs.",
    }
    assert len(scan.items) == 4 + 5  # Earth Work: 3 sub-items and 2.3; Water Supply: 5 with a rate
    # Headings and the note are kept as groups, not errors; the repeated header is skipped with its reason.
    assert [g[1] for g in sheets["Earth Work"].groups] == ["2.1", "2.2", ""]
    assert (11, "the header row repeated") in sheets["Earth Work"].skipped
    assert any(r == 7 and "N.A." in why for r, why in sheets["Water Supply"].skipped)


def test_sub_codes_are_made_unique_by_their_parent_and_repeated_codes_by_their_sheet(tmp_path):
    scan = scan_schedule(bsr_workbook(tmp_path / "bsr.xlsx"))
    items = {it.code: it for it in scan.items}
    assert {"2.1(i)", "2.1(ii)", "2.2(i)", "Water Supply/2.3"} <= set(items)
    assert items["2.1(i)"].description.startswith("Earth work in excavation in foundation trenches")
    assert items["2.1(i)"].description.endswith("| Ordinary soil")
    assert items["Water Supply/2.3"].description == "Valve chamber"


def test_units_are_normalised_and_unknown_units_reported(tmp_path):
    scan = scan_schedule(bsr_workbook(tmp_path / "bsr.xlsx"))
    units = {it.code: it.unit for it in scan.items}
    assert units["2.1(i)"] == units["2.1(ii)"] == "m3"  # cum, Cu.M.
    assert units["18.1"] == units["18.2"] == units["Water Supply/2.3"] == "m"  # rmt, mtr, r.m
    assert units["18.3"] == units["18.4"] == "nr"  # each, nos
    assert units["2.3"] == "quintal"
    assert dict(scan.sheets[1].unknown_units) == {"quintal": 1}


def test_rates_with_thousands_separators_and_currency_marks_are_read_exactly(tmp_path):
    scan = scan_schedule(bsr_workbook(tmp_path / "bsr.xlsx"))
    rates = {it.code: it.rate for it in scan.items}
    assert rates["2.1(i)"] == D("1250.50")
    assert rates["2.1(ii)"] == D("1480")
    assert rates["2.2(i)"] == D("210.0")
    assert rates["Water Supply/2.3"] == D("1020")


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        ("1,250.50", "en", D("1250.50")),
        ("1,23,456.50", "en_IN", D("123456.50")),
        ("1 250,50", "fr_FR", D("1250.50")),
        ("1.250,50", "pt_BR", D("1250.50")),
        ("KSh 1,250", "en", D("1250")),
        ("₹ 99.5", "en_IN", D("99.5")),
        ("N.A.", "en", None),
        ("Rate only", "en", None),
    ],
)
def test_amounts_are_read_in_the_schedule_s_locale(text, locale, amount):
    assert parse_amount(text, locale) == amount


def test_the_import_is_one_library_that_prices_1250_50_without_crashing(tmp_path):
    mapping = {"sheet_bills": {"Water Supply": 7}, "chapter_bills": {"EARTH WORK": 2}}
    with import_library(
        tmp_path / "bsr.sqlite", bsr_workbook(tmp_path / "bsr.xlsx"), mapping=mapping, meta=META
    ) as lib:
        assert lib.count("assembly") == 9
        item = lib.price("2.1(i)")
        assert (item.unit, item.build_up.rate, item.bill) == ("m3", D("1250.50"), 2)
        assert item.build_up.basis == "published" and not item.build_up.illustrative
        assert lib.price("18.1").bill == 7


def test_a_flat_csv_rate_with_a_thousands_separator_prices_later(tmp_path):
    path = tmp_path / "county.csv"
    path.write_text('code,description,unit,rate\nA1,Excavate trench,cum,"1,250.50"\n', encoding="utf-8")
    with import_library(tmp_path / "c.sqlite", path, meta={**META, "currency": "KES"}) as lib:
        assert lib.price("A1").build_up.rate == D("1250.50")  # was stored as "1,250.50" and crashed costing


def test_a_bad_rate_names_file_sheet_row_column_and_value_and_nothing_is_written(tmp_path):
    src = bsr_workbook(tmp_path / "bad.xlsx", bad_rate="3,4a2.70")
    target = tmp_path / "bad.sqlite"
    with pytest.raises(ImportRowError) as err:
        import_library(target, src, meta=META)
    text = str(err.value)
    assert "bad.xlsx, sheet 'Water Supply', row 4, column 'Rate (Rs)'" in text and "'3,4a2.70'" in text
    assert not target.exists()


def test_a_mapping_names_the_sheets_header_row_and_columns(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Abstract"
    for row in (
        ["House estimate, plot 14"],
        ["Nr", "Work", "Per", "Cost"],
        ["1", "Brick walls in cement mortar", "sqm", "880"],
        ["2", "Roof sheets", "sqm", "1,100"],
    ):
        ws.append(row)
    other = wb.create_sheet("Measurements")
    other.append(["Nr", "Work", "Per", "Cost"])
    other.append(["1", "not a rate sheet", "sqm", "5"])
    path = tmp_path / "estimate.xlsx"
    wb.save(path)
    with pytest.raises(CostingError, match="no header row"):
        scan_schedule(path, {"sheets": ["Abstract"]})  # these headers are not in the shipped table
    mapping = {
        "sheets": ["Abstract"],
        "header_row": 2,
        "columns": {"code": "Nr", "description": "Work", "unit": "Per", "rate": "Cost"},
    }
    scan = scan_schedule(path, mapping)
    assert [it.code for it in scan.items] == ["1", "2"] and scan.items[1].rate == D("1100")
    assert "leaves this sheet out" in scan.sheets[1].note


def test_costdb_inspect_shows_per_sheet_what_import_would_read(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))
    src = bsr_workbook(tmp_path / "bsr.xlsx")
    assert main(["costdb", "inspect", str(src), "--rows"]) == 0
    out = capsys.readouterr().out
    assert "9 items, 3 groups (headings)" in out
    assert "sheet 'Earth Work': header row 4" in out and "sheet 'Cover': nothing read" in out
    assert "'quintal' ×1" in out and "row 11: skipped — the header row repeated" in out
    assert "row 6: code '(i)' → '2.1(i)'" in out
    assert main(["costdb", "inspect", str(src), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["items"] for s in data["sheets"]] == [0, 4, 5]
    bad = bsr_workbook(tmp_path / "bad.xlsx", bad_rate="3,4a2.70")
    assert main(["costdb", "inspect", str(bad)]) == 2
    assert "sheet 'Water Supply', row 4, column 'Rate (Rs)'" in capsys.readouterr().err


def _count_workbook_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count openpyxl loads (every reader imports ``load_workbook`` at call time, so this sees them all)."""
    import openpyxl

    loads: list[str] = []
    real = openpyxl.load_workbook

    def counting(filename, *args, **kwargs):
        loads.append(str(filename))
        return real(filename, *args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    return loads


def test_a_flat_xlsx_schedule_is_parsed_once_per_import(tmp_path, monkeypatch):
    """Issue 20: was loaded twice (once to tell tables from a schedule, once to read), 25 s for 100k rows."""
    src = bsr_workbook(tmp_path / "bsr.xlsx")
    loads = _count_workbook_loads(monkeypatch)
    with import_library(tmp_path / "bsr.sqlite", src, meta=META) as lib:
        assert lib.count("assembly") == 9
    assert loads == [str(src)]


def test_a_library_tables_workbook_is_parsed_once_per_import(tmp_path, monkeypatch, tiny_library):
    from costing.db.io_tables import export_library

    out = tmp_path / "tables.xlsx"
    export_library(tiny_library, out)
    loads = _count_workbook_loads(monkeypatch)
    with import_library(tmp_path / "copy.sqlite", out) as lib:
        assert lib.count("assembly") == tiny_library.count("assembly")
    assert loads == [str(out)]
