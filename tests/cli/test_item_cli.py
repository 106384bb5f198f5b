"""`jamii item`: items added by hand to an option are priced, marked manual on the bill, and saved."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from designer.cli import main
from designer.estimate.live import LiveCosting
from designer.io.project_file import load_project
from designer.model import AddRecord, ManualItem, RemoveRecord
from designer.resources import sample_project_path


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "t.jamii"
    shutil.copy(sample_project_path(), path)
    return path


def _lines(capsys, project):
    assert main(["cost", str(project), "--option", "opt-a", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return data, [ln for b in data["bills"] for ln in b["lines"]]


def test_a_manual_item_with_a_rate_is_billed_and_marked_manual(project, capsys):
    before, _ = _lines(capsys, project)
    args = ["item", "add", str(project), "--option", "opt-a", "--description", "Notice board", "--unit", "nr"]
    assert main([*args, "--quantity", "2", "--rate", "4500.50", "--note", "welder's quote"]) == 0
    assert "added mi-" in capsys.readouterr().out
    data, lines = _lines(capsys, project)
    board = next(ln for ln in lines if ln["description"].startswith("Notice board"))
    assert board["description"].endswith("[manual item]") and board["provenance"]["method"] == "manual"
    assert (board["quantity"], board["rate"], board["amount"]) == ("2", "4500.50", "9001.00")
    assert board["ref"].startswith("10.")
    # Preliminaries, contingency and tax follow: the subtotal grows by the item and its preliminaries.
    assert Decimal(data["summary"]["subtotal"]) > Decimal(before["summary"]["subtotal"]) + Decimal("9001.00")


def test_a_manual_item_by_library_code_takes_the_library_rate_and_the_unit_check(project, capsys):
    base = ["item", "add", str(project), "--option", "opt-a", "--description", "Extra taps", "--bill", "7"]
    assert main([*base, "--unit", "nr", "--quantity", "3", "--code", "WS-TAP"]) == 0
    assert main([*base, "--unit", "m", "--quantity", "3", "--code", "WS-TAP"]) == 0  # WS-TAP is per nr
    capsys.readouterr()
    data, lines = _lines(capsys, project)
    taps = [ln for ln in lines if ln["description"].startswith("Extra taps")]
    priced = next(ln for ln in taps if ln["unit"] == "nr")
    assert priced["code"] == "WS-TAP" and Decimal(priced["amount"]) == 3 * Decimal(priced["rate"])
    wrong = next(ln for ln in taps if ln["unit"] == "m")
    assert wrong["amount"] is None and "priced per nr" in wrong["unpriced"]
    assert data["complete"] is False


def test_bad_manual_items_are_one_line_errors_and_leave_the_file_alone(project, capsys):
    before = project.read_bytes()
    base = ["item", "add", str(project), "--option", "opt-a", "--description", "x", "--rate", "1"]
    assert main([*base, "--unit", "cum", "--quantity", "1"]) == 2
    assert "unit 'cum' is not one of" in capsys.readouterr().err
    assert main([*base, "--unit", "m", "--quantity", "1,5"]) == 2
    assert "--quantity '1,5' is not a number" in capsys.readouterr().err
    assert project.read_bytes() == before


def test_list_and_remove(project, capsys):
    args = ["item", "add", str(project), "--description", "Board", "--unit", "nr", "--quantity", "1"]
    assert main([*args, "--rate", "10"]) == 0
    capsys.readouterr()
    assert main(["item", "list", str(project), "--format", "json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)["items"]
    assert main(["item", "remove", str(project), item["id"]]) == 0
    assert not list(load_project(project).of_type(ManualItem))
    assert main(["item", "remove", str(project), item["id"]]) == 2


def test_live_costing_follows_manual_items():
    doc = load_project(sample_project_path())
    live = LiveCosting(doc, "opt-a")
    try:
        item = ManualItem(
            id="mi-1",
            option_id="opt-a",
            description="Board",
            unit="nr",
            quantity=Decimal(1),
            rate=Decimal(100),
        )
        AddRecord(item).do(doc)
        assert any(ln.description == "Board [manual item]" for ln in live.boq.lines())
        RemoveRecord(item).do(doc)
        assert not any("Board" in ln.description for ln in live.boq.lines())
    finally:
        live.close()
