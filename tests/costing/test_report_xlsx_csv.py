"""The XLSX and CSV bills, read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

from costing.report.csv import CSV_COLUMNS, render_boq_csv
from costing.report.errors import ReportError
from costing.report.xlsx import bill_sheet_name, render_boq_xlsx
from tests.costing.report_fixtures import line, make_boq, small_boq

D = Decimal


class FormulaEvaluator:
    """Evaluates the small formula language the XLSX writer uses (ROUND, SUM, + - * /, sheet refs), in Decimal.

    An independent check that the formulas a quantity surveyor sees reproduce the engine's figures.
    """

    def __init__(self, wb):
        self.wb = wb

    def value(self, sheet: str, ref: str) -> Decimal:
        v = self.wb[sheet][ref.replace("$", "")].value
        if isinstance(v, str) and v.startswith("="):
            return self.evaluate(sheet, v[1:])
        return D(str(v if v is not None else 0))

    TOKEN = re.compile(
        r"SUM\((?P<c1>[A-Z]+)(?P<r1>\d+):(?P<c2>[A-Z]+)(?P<r2>\d+)\)"
        r"|'(?P<sheet>[^']+)'!\$?(?P<sc>[A-Z]+)\$?(?P<sr>\d+)"
        r"|(?P<fn>ROUND)\("
        r"|(?P<col>[A-Z]{1,2})(?P<row>\d+)"
        r"|(?P<num>\d+(?:\.\d+)?)"
        r"|(?P<op>[-+*/(),])"
    )

    def evaluate(self, sheet: str, expr: str) -> Decimal:
        out: list[str] = []
        refs: list[Decimal] = []
        pos = 0
        for m in self.TOKEN.finditer(expr):
            assert expr[pos : m.start()].strip() == "", f"unexpected text in formula {expr!r}"
            pos = m.end()
            if m.group("c1"):
                assert m.group("c1") == m.group("c2")
                refs.append(
                    sum(
                        (
                            self.value(sheet, f"{m.group('c1')}{r}")
                            for r in range(int(m.group("r1")), int(m.group("r2")) + 1)
                        ),
                        D(0),
                    )
                )
                out.append(f"_r[{len(refs) - 1}]")
            elif m.group("sheet"):
                refs.append(self.value(m.group("sheet"), f"{m.group('sc')}{m.group('sr')}"))
                out.append(f"_r[{len(refs) - 1}]")
            elif m.group("fn"):
                out.append("_round(")
            elif m.group("col"):
                refs.append(self.value(sheet, f"{m.group('col')}{m.group('row')}"))
                out.append(f"_r[{len(refs) - 1}]")
            elif m.group("num"):
                out.append(f"_D('{m.group('num')}')")
            else:
                out.append(m.group("op"))
        assert expr[pos:].strip() == "", f"unexpected text in formula {expr!r}"
        env = {
            "_r": refs,
            "_D": D,
            "_round": lambda x, n: x.quantize(D(1).scaleb(-int(n)), rounding=ROUND_HALF_UP),
        }
        return eval("".join(out), env)  # built above from the workbook's own formula tokens only


@pytest.fixture
def workbook(tmp_path):
    from openpyxl import load_workbook

    boq = small_boq()
    out = render_boq_xlsx(boq, tmp_path / "bill.xlsx")
    return boq, load_workbook(out)


def test_one_sheet_per_bill_plus_summary_in_bill_order(workbook):
    boq, wb = workbook
    assert wb.sheetnames == ["Summary", "Settings", *[bill_sheet_name(b) for b in boq.bills], "Measurement"]
    assert wb.sheetnames[2:-1] == [
        "5 Roads and footpaths",
        "7 Water supply",
        "8 Sanitation",
        "13 Contingency",
    ]


def test_sheets_have_the_same_lines_as_numbers_with_amount_formulas(workbook):
    boq, wb = workbook
    for bill in boq.bills:
        ws = wb[bill_sheet_name(bill)]
        assert [c.value for c in ws[1]][:6] == ["Item", "Description", "Unit", "Qty", "Rate", "Amount (KES)"]
        assert ws.freeze_panes == "A2"
        for r, ln in enumerate(bill.lines, start=2):
            item, desc, unit, qty, rate, amount = (ws.cell(r, c).value for c in range(1, 7))
            assert (item, desc, unit) == (ln.ref, ln.description, ln.unit)
            assert isinstance(qty, int | float) and isinstance(rate, int | float)
            assert D(str(qty)) == ln.quantity and D(str(rate)) == ln.rate
            assert amount == f"=ROUND(D{r}*E{r},2)"
            assert ws.cell(r, 6).number_format == "#,##0.00"
            if ln.build_up is not None:  # the build-up beside the line, summing to the rate
                split = [D(str(ws.cell(r, c).value)) for c in range(9, 13)]
                assert split == [
                    ln.build_up.materials,
                    ln.build_up.labour,
                    ln.build_up.plant,
                    ln.build_up.overheads_and_profit,
                ]
                assert sum(split) == ln.rate
        total_row = len(bill.lines) + 3
        assert ws.cell(total_row, 6).value == f"=SUM(F2:F{len(bill.lines) + 1})"


def test_formulas_reproduce_every_engine_total_to_the_cent(workbook, tmp_path):
    from openpyxl import load_workbook

    boq, wb = workbook
    ev = FormulaEvaluator(wb)
    for bill in boq.bills:
        ws = wb[bill_sheet_name(bill)]
        for r, ln in enumerate(bill.lines, start=2):
            if not isinstance(ws.cell(r, 5).value, str):  # rate is a number (percentage lines: a formula)
                assert ev.value(ws.title, f"F{r}") == ln.amount
    # Every formula cell carries the engine's value, for viewers that do not recalculate.
    cached = load_workbook(tmp_path / "bill.xlsx", data_only=True)
    summary = cached["Summary"]
    labels = {summary.cell(r, 2).value: r for r in range(1, summary.max_row + 1)}
    s = boq.summary
    assert D(str(summary.cell(labels["Subtotal (Bills 1–12)"], 4).value)) == s.subtotal
    assert D(str(summary.cell(labels["Contingency"], 4).value)) == s.contingency == D("18067.50")
    assert D(str(summary.cell(labels["VAT"], 4).value)) == s.tax
    assert D(str(summary.cell(labels["Total"], 4).value)) == s.total == D("229661.30")
    assert (
        wb["Summary"].cell(labels["VAT"], 4).value.startswith("=ROUND((D")
    )  # tax: a formula on the cash part
    for bill in boq.bills:
        ws = cached[bill_sheet_name(bill)]
        assert D(str(ws.cell(len(bill.lines) + 3, 6).value)) == bill.total
    # Re-pricing works: a new rate flows through to the line amount and the bill total.
    ws = wb["7 Water supply"]
    ws["E2"] = 100
    assert ev.value("7 Water supply", "F2") == D("310") * D("100")


def test_summary_keeps_engine_value_when_its_tax_rule_is_not_recognised(tmp_path):
    from openpyxl import load_workbook

    boq = small_boq()
    odd = type(boq.summary)(
        **{
            **boq.summary.__dict__,
            "tax": D("30000.00"),
            "total": boq.summary.total - D("918.80"),
            "cash": boq.summary.cash - D("918.80"),
        }
    )
    boq = type(boq)(**{**boq.__dict__, "summary": odd})
    wb = load_workbook(render_boq_xlsx(boq, tmp_path / "odd.xlsx"))
    rows = {wb["Summary"].cell(r, 2).value: r for r in range(1, wb["Summary"].max_row + 1)}
    assert wb["Summary"].cell(rows["VAT"], 4).value == 30000
    cached = load_workbook(tmp_path / "odd.xlsx", data_only=True)["Summary"]
    assert D(str(cached.cell(rows["Total"], 4).value)) == odd.total


def test_csv_is_values_only_and_re_adds_to_the_bill_totals(tmp_path):
    boq = small_boq()
    lines_path, summary_path = render_boq_csv(boq, tmp_path / "bill.csv")
    with lines_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(boq.lines())
    assert not any(v.startswith("=") for r in rows for v in r.values())
    for bill in boq.bills:
        assert sum(D(r["amount"]) for r in rows if r["bill"] == str(bill.number)) == bill.total
    hindi = next(r for r in rows if r["item"] == "8.3")
    assert hindi["description"].endswith("(Hindi).") and "शौचालय" in hindi["description"]
    with summary_path.open(encoding="utf-8", newline="") as fh:
        summary = {r["line"]: r for r in csv.DictReader(fh)}
    assert D(summary["total"]["amount"]) == boq.summary.total
    assert summary["tax"]["label"] == "VAT" and summary["tax"]["percent"] == "16"


def test_xlsx_and_csv_refuse_a_bill_that_does_not_add_up(tmp_path):
    bad = line("5.1", "x", "m", "2", "10.00")
    bad = type(bad)(**{**bad.__dict__, "amount": D("25.00")})
    boq = make_boq({5: [bad]})
    with pytest.raises(ReportError):
        render_boq_xlsx(boq, tmp_path / "b.xlsx")
    with pytest.raises(ReportError):
        render_boq_csv(boq, tmp_path / "b.csv")
