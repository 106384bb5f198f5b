"""A bill priced from the default library says, line by line, which rates are benchmarks and which illustrative."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from costing.report.csv import boq_csv_text
from costing.report.pdf_boq import render_boq_pdf
from designer.estimate.pricing import cost_option
from designer.model import Document, Option, ProjectInfo, Toilet, ToiletKind


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))


@pytest.fixture
def boq():
    doc = Document(
        ProjectInfo(name="Sourced", country="KE", price_date="2026-01-01"),
        [
            Option(id="o", name="O"),
            Toilet(id="uddt", scope="o", position=(0, 0), toilet_kind=ToiletKind.ECOSAN, seats_unisex=2),
            Toilet(id="pit", scope="o", position=(50, 0), toilet_kind=ToiletKind.PIT_LATRINE),
        ],
    )
    return cost_option(doc, "o")


def test_benchmark_and_illustrative_rates_are_flagged_on_their_own_lines(boq):
    lines = {ln.code: ln for ln in boq.lines() if ln.priced and ln.build_up is not None}
    assert lines["SN-ECOSAN"].build_up.basis == "benchmark" and not lines["SN-ECOSAN"].illustrative
    assert lines["EW-PIT"].illustrative
    assert not boq.illustrative  # not the whole bill: the lines say which
    assert boq.illustrative_count == sum(1 for ln in lines.values() if ln.illustrative) == len(lines) - 1
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(boq_csv_text(boq)))}
    assert rows["SN-ECOSAN"]["rate_basis"] == "benchmark" and rows["EW-PIT"]["rate_basis"] == "illustrative"


def test_the_assumptions_page_prints_the_conversion_of_each_benchmark_rate(boq, tmp_path):
    rows = {a: (v, s) for a, v, s in boq.assumptions}
    value, source = rows["Rate of SN-ECOSAN: published benchmark (not a quote)"]
    assert value.startswith(
        "KES 79,885.12 per nr (2024 prices, not escalated to the bill's price base 2026-01-01"
    )
    assert "USD 553" in source and "101.30 KES per USD" in source and "257.4 / 180.5" in source
    count, _ = rows["Illustrative rates (no published source)"]
    assert count.startswith(f"{boq.illustrative_count} of {boq.rated_count} rated lines")

    render_boq_pdf(boq, tmp_path / "bill.pdf")
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "bill.pdf").pages]
    text = " ".join(pages)
    assert "Rate of SN-ECOSAN: published benchmark" in text and "101.30 KES per USD" in text
    bill8 = next(p for p in pages if "Urine-diverting" in p and "Honeycomb" in p)
    assert "benchmark rate: see the assumptions page" in bill8
    assert "[illustrative rate]" in bill8
    assert f"{boq.illustrative_count} of {boq.rated_count} rates are ILLUSTRATIVE" in pages[0]


def test_the_discount_rate_is_the_published_one_and_says_so(boq):
    """Reference #35: the Bwaise life-cycle study discounts at 5 % (was an unsourced 6 %)."""
    rows = {a: (v, s) for a, v, s in boq.assumptions}
    value, source = rows["Discount rate, % per year (lifetime cost)"]
    assert value == "5.0 %" and "Trimmer et al. 2020" in source


def test_the_xlsx_bill_has_the_rate_basis_of_each_line(boq, tmp_path):
    from openpyxl import load_workbook

    from costing.report.xlsx import render_boq_xlsx

    render_boq_xlsx(boq, tmp_path / "bill.xlsx")
    wb = load_workbook(tmp_path / "bill.xlsx")
    ws = next(wb[name] for name in wb.sheetnames if name.startswith("8"))
    header = [c.value for c in ws[1]]
    basis_col, code_col = header.index("Rate basis"), header.index("Code")
    by_code = {
        row[code_col]: row[basis_col] for row in ws.iter_rows(min_row=2, values_only=True) if row[code_col]
    }
    assert by_code["SN-ECOSAN"] == "benchmark" and by_code["EW-PIT"] == "illustrative"
    summary = " ".join(str(c.value) for row in wb["Summary"].iter_rows() for c in row if c.value)
    assert f"{boq.illustrative_count} of {boq.rated_count} rates are ILLUSTRATIVE" in summary
