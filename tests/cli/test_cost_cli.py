"""`jamii cost`, `jamii compare` and `jamii costdb`: formats, stable JSON, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from designer.cli import main
from designer.io.project_file import save_project
from tests.estimate.documents import make_doc


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "appdata"
    monkeypatch.setenv("JAMII_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "t.jamii"
    save_project(make_doc(), path)
    return path


def test_cost_json_is_stable_and_re_adds(project, capsys):
    assert main(["cost", str(project), "--option", "opt-a", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["option"] == {"id": "opt-a", "name": "Option A"}
    assert data["illustrative"] is True and data["illustrative_rates"] > 0 and data["currency"] == "KES"
    lines = [ln for b in data["bills"] for ln in b["lines"]]
    total_lines = sum(Decimal(ln["amount"]) for ln in lines)
    s = data["summary"]
    assert total_lines == Decimal(s["subtotal"]) + Decimal(s["contingency"])
    assert Decimal(s["total"]) == Decimal(s["subtotal"]) + Decimal(s["contingency"]) + Decimal(s["tax"])
    pipe = next(ln for ln in lines if ln["code"] == "WS-PIPE-HDPE-63")
    assert pipe["provenance"]["source_ids"] == ["wm-1"] and pipe["provenance"]["method"] == "drawn"
    assert Decimal(pipe["materials"]) + Decimal(pipe["labour"]) + Decimal(pipe["plant"]) + Decimal(
        pipe["overheads_and_profit"]
    ) == Decimal(pipe["rate"])


def test_cost_csv_reads_back_with_a_csv_reader(project, capsys):
    assert main(["cost", str(project), "--option", "Option B", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    lines = [r for r in rows if r["bill"] != "summary"]
    summary = {r["description"]: Decimal(r["amount"]) for r in rows if r["bill"] == "summary"}
    assert any(r["code"] == "SN-ABLUTION" for r in lines)
    assert sum(Decimal(r["amount"]) for r in lines) == summary["subtotal"] + summary["contingency"]


def test_cost_text_warns_about_illustrative_rates(project, capsys):
    assert main(["cost", str(project)]) == 0
    out = capsys.readouterr().out
    assert (
        "rates are illustrative (marked *)" in out
        and "Main summary (KES)" in out
        and "Bill 7: Water supply" in out
    )
    excavation = next(ln for ln in out.splitlines() if "Excavate" in ln)
    assert " *" in excavation  # flagged on its own line


def test_compare_json_has_options_with_cost_and_finance(project, capsys):
    assert main(["compare", str(project), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = [o["id"] for o in data["options"]]
    assert ids == ["opt-a", "opt-b"]
    for o in data["options"]:
        assert {"id", "name", "cost", "finance"} <= set(o)
        assert {"total", "by_bill", "cash", "in_kind", "per_household", "per_person"} <= set(o["cost"])
        assert {
            "subsidy_needed",
            "monthly_repayment",
            "share_affordable",
            "lifetime_cost_per_household_per_year",
        } <= set(o["finance"])


def test_compare_text_lists_every_option(project, capsys):
    assert main(["compare", str(project)]) == 0
    out = capsys.readouterr().out
    assert "opt-a" in out and "opt-b" in out and "Monthly repayment / household" in out


def test_unknown_option_and_library_are_one_line_errors(project, capsys):
    assert main(["cost", str(project), "--option", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jamii: error: no option 'nope'") and err.count("\n") == 1
    assert main(["cost", str(project), "--library", "missing-lib"]) == 2
    assert "no cost library named 'missing-lib'" in capsys.readouterr().err


def test_costdb_list_show_export_import_round_trip(tmp_path, capsys):
    assert main(["costdb", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [lib["name"] for lib in listed["libraries"]] == ["jamii-default"]
    assert main(["costdb", "show", "jamii-default", "--code", "WS-STAND", "--format", "json"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert Decimal(item["rate"]) == sum(
        Decimal(item[k]) for k in ("materials", "labour", "plant", "overheads_and_profit")
    )
    assert item["build_up"] and item["source"]
    out = tmp_path / "lib.xlsx"
    assert main(["costdb", "export", "jamii-default", str(out)]) == 0
    assert "assembly" in load_workbook(out).sheetnames
    assert main(["costdb", "import", str(out), "--name", "copy"]) == 0
    capsys.readouterr()
    assert main(["costdb", "show", "copy", "--code", "WS-STAND", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["rate"] == item["rate"]
    assert main(["costdb", "import", str(out), "--name", "copy"]) == 2
    assert "--replace" in capsys.readouterr().err


def test_costdb_import_of_a_bad_sheet_names_row_and_column_and_changes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,description,unit,rate,source\nA1,Trench,cum,12.5,s\nA2,Tap,No,lots,s\n", encoding="utf-8"
    )
    args = [
        "costdb",
        "import",
        str(bad),
        "--name",
        "county",
        "--currency",
        "KES",
        "--region",
        "x",
        "--price-base",
        "2026",
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "row 3" in err and "'rate'" in err and "nothing was imported" in err
    assert main(["costdb", "list", "--format", "json"]) == 0
    assert "county" not in {lib["name"] for lib in json.loads(capsys.readouterr().out)["libraries"]}


@pytest.mark.shared_data
def test_costdb_imports_cpwd_and_costs_with_it(shared_data, project, capsys):
    src = shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil.eproj"
    assert main(["costdb", "import", str(src), "--name", "cpwd"]) == 0
    assert "2783 items" in capsys.readouterr().out
    assert main(["cost", str(project), "--library", "cpwd", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["currency"] == "INR" and data["illustrative"] is False
    codes = {ln["code"] for b in data["bills"] for ln in b["lines"]}
    assert {"18.15.1", "2.8.1"} <= codes
    assert any(
        "INR" in e and "not compared with incomes" in e for e in data["price_notes"]
    )  # currency differs


def test_costdb_show_says_what_each_rate_is(capsys):
    assert main(["costdb", "show", "jamii-default"]) == 0
    assert "rates: 1 benchmark, " in capsys.readouterr().out
    assert main(["costdb", "show", "jamii-default", "--code", "SN-ECOSAN", "--format", "json"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert (
        item["basis"] == "benchmark"
        and item["rate"] == "79885.12"
        and "Trimmer et al. 2020" in item["source"]
    )
