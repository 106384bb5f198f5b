from __future__ import annotations

import csv
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from costing.db.importer import import_library, read_any
from costing.db.io_tables import export_library, load_mapping
from costing.db.repository import CostLibrary
from costing.db.schema import TABLE_COLUMNS
from costing.errors import CostingError, ImportRowError
from tests.costing.library_data import tiny_data


def _as_decimals(lib: CostLibrary) -> dict[str, list[dict[str, object]]]:
    """Every table with numbers compared as numbers (an XLSX cell may write 10 for '10.0')."""
    out: dict[str, list[dict[str, object]]] = {}
    for table in TABLE_COLUMNS:
        rows = []
        for row in lib.rows(table):
            conv: dict[str, object] = {}
            for k, v in row.items():
                try:
                    conv[k] = Decimal(v) if v and k not in ("code", "key", "value", "name", "unit") else v
                except ArithmeticError:
                    conv[k] = v
            rows.append(conv)
        out[table] = rows
    return out


def test_csv_tables_round_trip(tiny_library, tmp_path):
    export_library(tiny_library, tmp_path / "out")
    with (tmp_path / "out" / "resource.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))  # an independent reader
    assert [r["code"] for r in rows] == ["L-PLUMB", "M-PIPE", "M-TAP", "P-PUMP"]
    back = import_library(tmp_path / "back.sqlite", tmp_path / "out")
    with back:
        assert _as_decimals(back) == _as_decimals(tiny_library)
        assert back.price("WS-TAP").build_up.rate == Decimal("120.75")


def test_xlsx_round_trip_has_numbers_as_numbers(tiny_library, tmp_path):
    out = tmp_path / "lib.xlsx"
    export_library(tiny_library, out)
    wb = load_workbook(out)
    assert set(TABLE_COLUMNS) <= set(wb.sheetnames)
    ws = wb["resource"]
    header = [c.value for c in ws[1]]
    rate_col = header.index("rate")
    assert isinstance(ws.cell(row=2, column=rate_col + 1).value, int | float)
    back = import_library(tmp_path / "back.sqlite", out)
    with back:
        assert _as_decimals(back) == _as_decimals(tiny_library)


def test_a_bad_row_rejects_the_whole_import_and_names_row_and_column(tiny_library, tmp_path):
    export_library(tiny_library, tmp_path / "out")
    path = tmp_path / "out" / "resource.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    text[2] = text[2].replace(",200,", ",two hundred,")  # file row 3 (header is row 1) = M-PIPE
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    before = _as_decimals(tiny_library)
    with pytest.raises(ImportRowError) as info:
        tiny_library.replace_all(read_any(tmp_path / "out"))
    assert (info.value.row, info.value.column) == (3, "rate")
    assert "resource.csv" in str(info.value) and "nothing was imported" in str(info.value)
    assert _as_decimals(tiny_library) == before


def test_a_failed_import_does_not_leave_a_new_library_behind(tmp_path):
    data_dir = tmp_path / "tables"
    data_dir.mkdir()
    (data_dir / "meta.csv").write_text("key,value\nname,x\ncurrency,KES\nregion,r\nprice_base,2026\n")
    (data_dir / "resource.csv").write_text(
        "code,kind,name,unit,rate,currency,region,source,price_date\nA,gold,Gold,kg,1,KES,,src,2026\n"
    )
    target = tmp_path / "new.sqlite"
    with pytest.raises(ImportRowError, match="kind"):
        import_library(target, data_dir)
    assert not target.exists()


def test_assembly_lines_must_refer_to_known_resources(tmp_path):
    d = tiny_data()
    d.tables["assembly_line"][0].values["resource_code"] = "M-GHOST"
    lib = CostLibrary(tmp_path / "x.sqlite")
    with pytest.raises(ImportRowError, match="M-GHOST"):
        lib.replace_all(d)
    assert lib.count("assembly") == 0
    lib.close()


def test_flat_schedule_with_a_column_mapping(tmp_path):
    path = tmp_path / "foreign.csv"
    path.write_text(
        "Item No,What,Per,Price (KES),Where from\n"
        "A1,Excavate trench,cum,250.50,County schedule 2025\n"
        "A2,Bib tap,No.,900,County schedule 2025\n",
        encoding="utf-8",
    )
    meta = {"name": "county", "currency": "KES", "region": "x", "price_base": "2025-07-01"}
    lib = import_library(
        tmp_path / "f.sqlite",
        path,
        mapping="code=Item No,description=What,unit=Per,rate=Price (KES),source=Where from",
        meta=meta,
    )
    with lib:
        a2 = lib.price("A2")
        assert a2.unit == "nr"  # "No." normalised to the canonical unit
        assert a2.build_up.rate == Decimal("900.00")
        assert lib.price("A1").unit == "m3"


def test_flat_schedule_without_the_needed_columns_is_refused(tmp_path):
    path = tmp_path / "foreign.csv"
    path.write_text("x,y\n1,2\n", encoding="utf-8")
    from costing.db.schedule import read_flat_schedule

    with pytest.raises(CostingError, match="sheet 'foreign': no header row with description, unit, rate"):
        read_flat_schedule(
            path, {"columns": {}}, {"name": "n", "currency": "KES", "region": "r", "price_base": "2026"}
        )


def test_unknown_mapping_is_a_clear_error():
    with pytest.raises(CostingError, match="no column mapping"):
        load_mapping("no-such-mapping")


@pytest.mark.shared_data
def test_cpwd_eproj_imports_with_its_rate_analysis_as_assemblies(shared_data, tmp_path):
    src = shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil.eproj"
    lib = import_library(tmp_path / "cpwd.sqlite", src)
    with lib:
        assert (
            lib.count("assembly") == 2782 + 1
        )  # every priced schedule item, and the composite toilet cubicle
        assert lib.count("resource") == 2180
        assert lib.count("assembly_line") > 10000
        assert lib.meta.currency == "INR" and not lib.meta.illustrative
        # 2.8.1 earthwork in trenches: published 166.40 per cum, split by its analysis.
        item = lib.price("2.8.1")
        assert item.unit == "m3"
        assert item.build_up.rate == Decimal("166.40")
        assert item.build_up.labour > 0 and item.build_up.plant > 0
        conn = sqlite3.connect(tmp_path / "cpwd.sqlite")
        analysed = conn.execute("SELECT COUNT(*) FROM assembly WHERE analysis_rate IS NOT NULL").fetchone()[0]
        agree = conn.execute(
            "SELECT COUNT(*) FROM assembly WHERE ABS(CAST(analysis_rate AS REAL) - CAST(fixed_rate AS REAL)) < 0.011"
        ).fetchone()[0]
        conn.close()
        # The analysis reproduces the published rate for most items (the rest use changed sub-analyses).
        assert analysed > 2700 and agree > 1500


@pytest.mark.shared_data
def test_cpwd_flat_csv_imports_with_the_shipped_mapping(shared_data, tmp_path):
    src = shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil_items_DERIVED.csv"
    lib = import_library(
        tmp_path / "flat.sqlite",
        src,
        mapping="cpwd-dsr2016",
        meta={"name": "cpwd-flat", "price_base": "2016"},
    )
    with lib:
        assert lib.count("assembly") == 2782 + 1  # and the composite toilet cubicle of the mapping
        tap = lib.price("18.15.1")
        assert tap.unit == "nr" and tap.build_up.rate == Decimal("260.10")
        assert lib.price("WS-TAP").library_code == "18.15.1"  # the Jamii code reaches the DSR item
        assert {r["bill"] for r in lib.rows("assembly") if r["code"].startswith("18.")} == {"7"}


def test_shipped_mapping_files_parse():
    spec = load_mapping("cpwd-dsr2016")
    assert spec["aliases"]["WS-TAP"]["code"] == "18.15.1"
    assert Path(str(spec["meta"]["currency"])) and spec["chapter_bills"]["WATER SUPPLY"] == 7


@pytest.mark.shared_data
def test_cpwd_eproj_keeps_labour_of_nested_sub_analyses_and_community_flags(shared_data, tmp_path):
    src = shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil.eproj"
    with import_library(tmp_path / "cpwd.sqlite", src) as lib:
        # 2.11 (extra depth of trench) is priced entirely through a sub-analysis: its labour was read as material.
        extra = lib.price("2.11").build_up
        assert extra.materials == 0 and extra.labour > 80 and extra.rate == Decimal("127.00")
        codes = {r["code"] for r in lib.rows("assembly")}
        nested = [r for r in lib.rows("assembly_line") if r["resource_code"] in codes]
        assert nested == []  # every sub-analysis with its own analysis is expanded into its resources
        flags = {r["code"]: r["community_ok"] for r in lib.rows("assembly")}
        # Hand excavation and masonry are community-buildable; a GI main and a brass tap are not.
        assert flags["2.8.1"] == flags["6.23"] == "1"
        assert flags["18.12.6"] == flags["18.15.1"] == "0"
