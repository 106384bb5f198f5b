"""The XLSX bill stays live: LibreOffice recalculates it to the engine's figures, also after a change."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from costing.report.xlsx import bill_sheet_name
from designer.estimate.pricing import cost_option
from designer.export.reports import collect_option, export_boq_xlsx
from designer.io.project_file import load_project
from designer.resources import sample_project_path

D = Decimal


@pytest.fixture(scope="module", autouse=True)
def _data_dir(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JAMII_DATA_DIR", str(tmp_path_factory.mktemp("appdata")))
        yield


def recalculate(path: Path, out_dir: Path) -> Path:
    """Open and save the workbook with LibreOffice headless (it recalculates the formulas)."""
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    out_dir.mkdir(exist_ok=True)
    env_home = out_dir / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{env_home}",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / path.name


def summary_values(path: Path) -> dict[str, Decimal]:
    ws = load_workbook(path, data_only=True)["Summary"]
    return {
        str(ws.cell(r, 2).value): D(str(round(ws.cell(r, 4).value, 2)))
        for r in range(1, ws.max_row + 1)
        if ws.cell(r, 2).value and isinstance(ws.cell(r, 4).value, int | float)
    }


def test_recalculated_workbook_gives_the_engine_totals_after_changing_the_contingency_cell(tmp_path):
    doc = load_project(sample_project_path())
    # Option C has allowances to households (no contingency or tax on them) and every kind of bill.
    src = tmp_path / "c.xlsx"
    export_boq_xlsx(doc, "opt-c", src)
    boq = cost_option(doc, "opt-c")
    same = summary_values(recalculate(src, tmp_path / "same"))
    s = boq.summary
    assert same["Subtotal (Bills 1–12)"] == s.subtotal and same["Total"] == s.total and same["VAT"] == s.tax
    # Change the contingency cell, recalculate, compare with the engine priced at 5 %.
    wb = load_workbook(src)
    ws = wb["Settings"]
    row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value).startswith("Contingency"))
    ws.cell(row, 2, 5)
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    got = summary_values(recalculate(changed, tmp_path / "changed"))
    want = cost_option(doc, "opt-c", assumptions={"contingency_pct": "5"}).summary
    assert (got["Contingency"], got["VAT"], got["Total"], got["of which cash"]) == (
        want.contingency,
        want.tax,
        want.total,
        want.cash,
    )
    assert want.total != s.total


def test_quantities_come_from_the_measurement_sheet_and_the_finance_sheet_repays_like_the_engine(tmp_path):
    doc = load_project(sample_project_path())
    src = tmp_path / "a.xlsx"
    export_boq_xlsx(doc, "opt-a", src)
    rep = collect_option(doc, "opt-a", with_check=False)
    wb = load_workbook(src)
    measure = wb["Measurement"]
    assert [c.value for c in measure[1]] == [
        "Item",
        "Code",
        "Entity",
        "Formula",
        "Inputs",
        "Quantity",
        "Unit",
    ]
    water = wb[bill_sheet_name(next(b for b in rep.boq.bills if b.number == 7))]
    assert "SUM(Measurement!$F$" in water["D2"].value  # the bill quantity: the measured parts, rounded
    # Double the first measured entity's quantity of the first water line: the bill quantity follows.
    first = next(r for r in range(2, measure.max_row + 1) if measure.cell(r, 1).value == "7.1")
    measure.cell(first, 6, measure.cell(first, 6).value * 2)
    fin = wb["Finance"]
    monthly = next(
        r for r in range(1, fin.max_row + 1) if fin.cell(r, 1).value == "Monthly repayment per household"
    )
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    again = load_workbook(recalculate(changed, tmp_path / "out"), data_only=True)
    assert D(str(round(again["Finance"].cell(monthly, 2).value, 2))) == rep.finance.funding.monthly_repayment
    line = next(ln for ln in rep.boq.lines() if ln.ref == "7.1")
    assert D(str(again[water.title]["D2"].value)) > line.quantity
