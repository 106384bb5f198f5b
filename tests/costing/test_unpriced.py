"""Unpriced is loud: a line the library cannot price is unknown, never 0.00, on every report of the bill."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from costing.boq.builder import BoQHeader, build_bill
from costing.boq.settings import EstimateSettings
from costing.db.repository import CostLibrary
from costing.report.comparison import comparison_rows
from costing.report.csv import boq_csv_text, summary_csv_text
from costing.report.data import OptionComparison, PosterFacts
from costing.report.locale import report_locale
from costing.report.pdf_boq import render_boq_pdf
from costing.report.poster import poster_numbers
from costing.report.xlsx import render_boq_xlsx
from costing.takeoff.elements import Element
from costing.takeoff.engine import Takeoff
from costing.takeoff.rules import load_rules
from tests.costing.pdf_readback import pages_text

D = Decimal


def _settings() -> EstimateSettings:
    return EstimateSettings(
        preliminaries_pct=D("10"), contingency_pct=D("5"), tax_name="VAT", tax_pct=D("16")
    )


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A water point bills taps (priced), a kiosk (no such item), a trench in m3 and an apron per nr."""
    folder = tmp_path / "rules"
    folder.mkdir()
    items = [
        ("WS-TAP", "Taps", "nr", "taps"),
        ("WS-KIOSK", "Water kiosk", "nr", "1"),
        ("EW-TRENCH", "Excavate trench", "m3", "2"),
        ("WS-APRON", "Standpipe apron", "nr", "1"),
    ]
    text = 'kind = "water_point"\n'
    for code, desc, unit, qty in items:
        text += f'[[items]]\ncode = "{code}"\nbill = 7\ndescription = "{desc}"\nunit = "{unit}"\nquantity = "{qty}"\n'
    (folder / "water_point.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def library(tmp_path: Path, tiny_library: CostLibrary) -> CostLibrary:
    """The tiny library plus two mappings onto its per-metre pipe: one without a factor, one with 2.5 m per nr."""
    data = tiny_library.read_all()
    data.add(
        "code_alias",
        {"code": "EW-TRENCH", "target_code": "WS-PIPE-HDPE-63", "factor": "1", "note": ""},
        "a",
        2,
    )
    data.add(
        "code_alias",
        {"code": "WS-APRON", "target_code": "WS-PIPE-HDPE-63", "factor": "2.5", "note": ""},
        "a",
        3,
    )
    lib = CostLibrary(tmp_path / "tiny-mapped.sqlite")
    lib.replace_all(data)
    return lib


@pytest.fixture
def boq(library, rules):
    takeoff = Takeoff([Element("water_point", "wp-1", {"taps": 3})], load_rules(rules))
    return build_bill(takeoff, library, _settings(), header=BoQHeader("P", "o", "Option O", 2, 8))


def test_a_missing_item_and_a_unit_mismatch_leave_lines_unpriced_not_zero(boq):
    by_code = {ln.code: ln for ln in boq.lines()}
    assert by_code["WS-KIOSK"].unpriced == "no item WS-KIOSK in cost library tiny"
    # A m3 trench never takes the per-metre pipe rate without a conversion factor in the mapping.
    assert "priced per m in tiny, measured per m3" in by_code["EW-TRENCH"].unpriced
    assert not by_code["WS-TAP"].unpriced
    assert boq.unpriced_count == 2 and not boq.complete
    assert boq.incomplete_note == "incomplete: 2 items unpriced"
    assert boq.partial_bills == frozenset({1, 7, 13})  # prelims and contingency are % of the priced part


def test_an_explicit_conversion_factor_prices_the_line_and_is_printed_on_it(boq):
    apron = next(ln for ln in boq.lines() if ln.code == "WS-PIPE-HDPE-63")
    # 2.5 m of pipe per apron: materials 500.00 + plant 7.50 + markup 76.13 (76.125 half up)
    assert apron.rate == D("583.63") and apron.unpriced == ""
    assert "[priced as 2.5 m of tiny item WS-PIPE-HDPE-63 per nr]" in apron.description


def test_the_pdf_says_incomplete_on_cover_line_and_summary(boq, tmp_path):
    out = tmp_path / "bill.pdf"
    render_boq_pdf(boq, out)
    pages = pages_text(out)
    cover, text = pages[0], "\n".join(pages)
    assert "INCOMPLETE BILL: 2 items" in " ".join(cover.split())
    assert "incomplete: 2 items unpriced" in cover
    kiosk = next(row for row in text.splitlines() if "Water kiosk — NOT PRICED" in row)
    assert kiosk.count("UNPRICED") == 2 and "0.00" not in kiosk
    assert all("INCOMPLETE: 2 ITEMS UNPRICED" in p for p in pages)  # in every page's footer
    summary = next(p for p in pages if "Subtotal" in p)
    assert "INCOMPLETE: 2 ITEMS UNPRICED. INCOMPLETE BILL" in " ".join(summary.split())
    assert "Total of priced items only" in summary


def test_csv_leaves_unpriced_amounts_empty_and_counts_them(boq):
    rows = list(csv.DictReader(io.StringIO(boq_csv_text(boq, with_summary=True))))
    kiosk = next(r for r in rows if r["code"] == "WS-KIOSK")
    assert (kiosk["rate"], kiosk["amount"], kiosk["cash"]) == ("", "", "")
    assert kiosk["unpriced"].startswith("no item WS-KIOSK")
    assert rows[-1]["description"] == "unpriced_items" and rows[-1]["quantity"] == "2"
    summary = list(csv.reader(io.StringIO(summary_csv_text(boq))))
    assert summary[-1][:3] == ["unpriced_items", "", "incomplete: 2 items unpriced"]


def test_xlsx_leaves_the_rate_empty_and_warns_on_the_summary(boq, tmp_path):
    wb = load_workbook(render_boq_xlsx(boq, tmp_path / "bill.xlsx"))
    ws = wb["7 Water supply"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[7].value == "WS-KIOSK")
    assert row[4].value is None
    assert "UNPRICED" in row[5].value
    texts = [c.value for c in wb["Summary"]["A"] if isinstance(c.value, str)]
    assert any(t.startswith("INCOMPLETE: 2 item(s) UNPRICED") for t in texts)
    assert "Total of priced items only" in [c.value for c in wb["Summary"]["B"]]


def _option(oid: str, total: str, partial: tuple[tuple[int, int], ...] = ()) -> OptionComparison:
    return OptionComparison(
        option_id=oid,
        name=oid.upper(),
        bill_totals=((7, "Water supply", D(total)), (13, "Contingency", D("10"))),
        total=D(total),
        cash=D(total),
        in_kind=D(0),
        households=10,
        monthly_repayment=D("5"),
        affordable_share=1.0,
        unpriced_by_bill=partial,
    )


def test_the_comparison_does_not_rank_an_incomplete_option():
    rows = dict(
        comparison_rows([_option("a", "1000"), _option("b", "10", ((7, 3), (13, 0)))], report_locale("en"))
    )
    assert rows["Total (incl. contingency and tax)"] == ["1,000.00", "incomplete: 3 items unpriced"]
    assert rows["Cost per household"][1] == "incomplete: 3 items unpriced"
    assert rows["7. Water supply"][1] == "incomplete: 3 items unpriced"
    assert rows["13. Contingency"] == ["10.00", "incomplete: 3 items unpriced"]  # a % of a partial sum
    assert rows["Households for whom it is affordable"][1] == "incomplete: 3 items unpriced"


def test_the_poster_refuses_a_cost_it_cannot_stand_behind():
    facts = PosterFacts("B", "KES", D("100"), D("5"), 60, 10.0, 20.0, 5, 10, D("1000"), unpriced_count=3)
    tiles = {t[0]: t for t in poster_numbers(facts, report_locale("en"))}
    assert tiles["cost"][2] == "Cost not known" and "100" not in tiles["cost"][2] + tiles["cost"][3]
    assert tiles["calendar"][2] == "Cost not known"
    assert "3 items have no price" in tiles["cost"][3]
