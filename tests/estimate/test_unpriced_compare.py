"""Options priced from a library that lacks items are "incomplete", never ranked by a partial total."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from costing.db.repository import CostLibrary, open_library
from designer.cli import main
from designer.estimate.pricing import compare_options, cost_option
from designer.io.project_file import load_project, save_project
from designer.resources import sample_project_path


def make_doc():
    """The bundled sample settlement (three options)."""
    return load_project(sample_project_path())


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))


def _without(codes: set[str], path) -> CostLibrary:
    """The default library less some items (and the aliases and build-up lines that point at them)."""
    with open_library("jamii-default") as lib:
        data = lib.read_all()
    data.tables["assembly"] = [r for r in data.tables["assembly"] if r.get("code") not in codes]
    data.tables["assembly_line"] = [
        r for r in data.tables["assembly_line"] if r.get("assembly_code") not in codes
    ]
    data.tables["code_alias"] = [
        r
        for r in data.tables["code_alias"]
        if r.get("code") not in codes and r.get("target_code") not in codes
    ]
    lean = CostLibrary(path)
    lean.replace_all(data)
    return lean


def test_an_option_the_library_cannot_fully_price_is_incomplete_not_cheapest(tmp_path):
    doc = make_doc()
    with open_library("jamii-default") as lib:
        full = cost_option(doc, "opt-a", library=lib)
    missing = {ln.code for ln in full.lines() if ln.code.startswith("WS-KIOSK")} or {
        full.bills[1].lines[0].code
    }
    with _without(missing, tmp_path / "lean.sqlite") as lean:
        rows = {r["id"]: r for r in compare_options(doc, library=lean)}
        boq = cost_option(doc, "opt-a", library=lean)
    a = rows["opt-a"]["cost"]
    assert boq.unpriced_count >= 1 and not boq.complete
    assert a["complete"] is False and a["incomplete"] == boq.incomplete_note
    # Under the names that mean "the cost" there is no number: the partial sums are set apart.
    assert a["total"] is None and a["per_household"] is None
    assert rows["opt-a"]["finance"]["monthly_repayment"] is None
    assert rows["opt-a"]["finance"]["share_affordable"] is None
    assert Decimal(a["priced_part"]["total"]) < full.summary.total


def test_compare_text_says_incomplete_instead_of_a_total(tmp_path, capsys):
    doc = make_doc()
    path = tmp_path / "t.jamii"
    save_project(doc, path)
    with open_library("jamii-default") as lib:
        code = cost_option(doc, "opt-a", library=lib).bills[1].lines[0].code
    _without({code}, tmp_path / "lean.sqlite").close()
    assert main(["compare", str(path), "--library", str(tmp_path / "lean.sqlite"), "--no-pressure"]) == 0
    out = capsys.readouterr().out
    total = next(row for row in out.splitlines() if row.startswith("Total ("))
    assert total.split()[2] == "incomplete"
    assert "WARNING: option opt-a is incomplete" in out
    assert (
        main(
            [
                "cost",
                str(path),
                "--option",
                "opt-a",
                "--library",
                str(tmp_path / "lean.sqlite"),
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    unpriced = [ln for b in data["bills"] for ln in b["lines"] if ln["unpriced"]]
    assert unpriced and all(ln["amount"] is None and ln["rate"] is None for ln in unpriced)
    assert data["complete"] is False and data["unpriced_count"] == len(unpriced)


@pytest.mark.shared_data
def test_the_cpwd_priced_comparison_says_incomplete_for_the_reblocking_option(shared_data, tmp_path):
    from costing.db.importer import import_library

    lib = import_library(tmp_path / "cpwd.sqlite", shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil.eproj")
    doc = load_project(sample_project_path())
    with lib:
        rows = {r["id"]: r for r in compare_options(doc, library=lib)}
    reblock = rows["opt-c"]["cost"]
    # 13 houses, a paved lane and drains have no CPWD item: before, the option came out cheapest.
    assert reblock["complete"] is False and reblock["total"] is None
    assert reblock["unpriced_count"] >= 14
