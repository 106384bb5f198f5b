"""The priced bill as an Excel workbook a quantity surveyor can re-price (openpyxl).

One sheet per bill plus a Summary sheet. Quantities and rates are numbers; Amount is the formula
``=ROUND(Dn*En,2)`` (Excel's ROUND is half away from zero, the same as the engine's half up for the positive
amounts of a bill); bill totals are ``SUM`` formulas; the Summary refers to each bill's total cell (Bill 13,
the contingency, after the subtotal of Bills 1–12), and tax is a formula on the base that reproduces the
engine's figure (the cash part, without the community's in-kind work), a value otherwise. openpyxl writes
no cached values: a reader with ``data_only=True`` sees None until Excel or LibreOffice recalculates, so the
values-only CSV (:mod:`costing.report.csv`) is written beside it for machines.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from costing.boq.model import BillOfQuantities, BillSection
from costing.boq.money import round_money
from costing.report.locale import ReportLocale, report_locale

__all__ = ["bill_sheet_name", "render_boq_xlsx"]

MONEY = "#,##0.00"
QTY = "#,##0.00#"
PCT = "0.00"
HEADERS = ("Item", "Description", "Unit", "Qty", "Rate", "Amount", "In kind", "Code")
BUILD_UP_HEADERS = ("Materials /unit", "Labour /unit", "Plant /unit", "OH&P /unit")
"""The rate build-up beside each line (CONVENTIONS: keep the labour / materials / plant split visible)."""
FIRST_LINE_ROW = 2
CONTINGENCY_BILL = 13


def bill_sheet_name(bill: BillSection) -> str:
    """Return the sheet name of a bill, e.g. ``"7 Water supply"`` (≤ 31 characters, no ``[]:*?/\\``)."""
    name = re.sub(r"[\[\]:*?/\\']", " ", f"{bill.number} {bill.title}")
    return re.sub(r"\s+", " ", name).strip()[:31]


def _bill_sheet(wb: Any, bill: BillSection, boq: BillOfQuantities, loc: ReportLocale) -> tuple[str, str]:
    """Write one bill's sheet; return the absolute references of its total and in-kind total cells."""
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(bill_sheet_name(bill))
    bold = Font(bold=True)
    ws.append(
        [*HEADERS[:5], f"Amount ({boq.currency})", f"In kind ({boq.currency})", HEADERS[7], *BUILD_UP_HEADERS]
    )
    for cell in ws[1]:
        cell.font = bold
    for i, ln in enumerate(bill.lines):
        r = FIRST_LINE_ROW + i
        bu = ln.build_up
        split = [bu.materials, bu.labour, bu.plant, bu.overheads_and_profit] if bu is not None else []
        ws.append(
            [
                ln.ref,
                ln.description,
                loc.unit(ln.unit),
                ln.quantity,
                ln.rate,
                f"=ROUND(D{r}*E{r},2)",
                ln.in_kind,
                ln.code,
                *split,
            ]
        )
        for col in range(9, 9 + len(split)):
            ws.cell(r, col).number_format = MONEY
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 4).number_format = QTY
        ws.cell(r, 5).number_format = MONEY
        ws.cell(r, 6).number_format = MONEY
        ws.cell(r, 7).number_format = MONEY
    last = FIRST_LINE_ROW + len(bill.lines) - 1
    total_row = last + 2
    ws.cell(total_row, 2, "Carried to Main Summary").font = bold
    total = ws.cell(total_row, 6, f"=SUM(F{FIRST_LINE_ROW}:F{last})" if bill.lines else 0)
    total.number_format = MONEY
    total.font = bold
    kind = ws.cell(total_row, 7, f"=SUM(G{FIRST_LINE_ROW}:G{last})" if bill.lines else 0)
    kind.number_format = MONEY
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJKL", (8, 60, 7, 11, 13, 15, 13, 14, 12, 12, 12, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.print_title_rows = "1:1"
    return f"'{ws.title}'!$F${total_row}", f"'{ws.title}'!$G${total_row}"


def render_boq_xlsx(boq: BillOfQuantities, out: str | Path, *, locale: ReportLocale | None = None) -> Path:
    """Write the bill as XLSX: one sheet per bill (in bill order) and a Summary sheet first.

    Returns:
        The path written.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from costing.report.pdf_boq import check_bill

    check_bill(boq)
    loc = locale or report_locale("en", boq.unit_labels)
    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    refs = {bill.number: _bill_sheet(wb, bill, boq, loc) for bill in boq.bills}
    s = boq.summary
    bold = Font(bold=True)
    rows: list[list[Any]] = [
        [boq.title],
        [f"Option {boq.option_id}: {boq.option_name}"],
        [
            f"Price base {boq.price_base}, region {boq.region}, {boq.library_name}, {boq.method_of_measurement}"
        ],
    ]
    if boq.illustrative:
        rows.append(
            [
                "ILLUSTRATIVE RATES: not from a published price source; check before any tender or funding decision."
            ]
        )
    for row in rows:
        summary.append(row)
    summary["A1"].font = Font(bold=True, size=14)
    if boq.illustrative:
        summary["A4"].font = Font(bold=True, color="B00020")
    header_row = summary.max_row + 2
    summary.cell(header_row, 1, "Bill").font = bold
    summary.cell(header_row, 2, "Description").font = bold
    summary.cell(header_row, 3, "%").font = bold
    summary.cell(header_row, 4, f"Amount ({boq.currency})").font = bold
    r = header_row + 1
    first_bill_row = r
    for number, title, total in s.bill_totals:
        if number == CONTINGENCY_BILL:
            continue
        summary.cell(r, 1, number)
        summary.cell(r, 2, title)
        summary.cell(r, 4, f"={refs[number][0]}" if number in refs else total).number_format = MONEY
        r += 1
    last_bill_row = r - 1
    sub_row = r
    summary.cell(sub_row, 2, "Subtotal").font = bold
    summary.cell(sub_row, 4, f"=SUM(D{first_bill_row}:D{last_bill_row})").number_format = MONEY
    cont_row = sub_row + 1
    summary.cell(cont_row, 2, "Contingency")
    summary.cell(cont_row, 3, s.contingency_pct).number_format = PCT
    # Formulas only where they reproduce the engine's figures: the engine's rule is the authority.
    if CONTINGENCY_BILL in refs:
        summary.cell(cont_row, 1, CONTINGENCY_BILL)
        summary.cell(cont_row, 4, f"={refs[CONTINGENCY_BILL][0]}")
    elif round_money(s.subtotal * s.contingency_pct / 100) == s.contingency:
        summary.cell(cont_row, 4, f"=ROUND(D{sub_row}*C{cont_row}/100,2)")
    else:
        summary.cell(cont_row, 4, s.contingency)
    summary.cell(cont_row, 4).number_format = MONEY
    kind_row = cont_row + 1
    summary.cell(kind_row, 2, "Community contribution in kind (not taxed)")
    kind_sum = sum((b.in_kind for b in boq.bills), Decimal("0"))
    if kind_sum == s.in_kind and refs:
        summary.cell(kind_row, 4, "=" + "+".join(in_kind_ref for _, in_kind_ref in refs.values()))
    else:
        summary.cell(kind_row, 4, s.in_kind)
    summary.cell(kind_row, 4).number_format = MONEY
    tax_row = kind_row + 1
    summary.cell(tax_row, 2, s.tax_name)
    summary.cell(tax_row, 3, s.tax_pct).number_format = PCT
    tax_bases = (
        (s.subtotal + s.contingency - s.in_kind, f"D{sub_row}+D{cont_row}-D{kind_row}"),
        (s.subtotal + s.contingency, f"D{sub_row}+D{cont_row}"),
        (s.subtotal, f"D{sub_row}"),
    )
    formula = next((f for base, f in tax_bases if round_money(base * s.tax_pct / 100) == s.tax), None)
    summary.cell(tax_row, 4, f"=ROUND(({formula})*C{tax_row}/100,2)" if formula else s.tax)
    summary.cell(tax_row, 4).number_format = MONEY
    total_row = tax_row + 1
    summary.cell(total_row, 2, "Total").font = bold
    total = summary.cell(total_row, 4, f"=D{sub_row}+D{cont_row}+D{tax_row}")
    total.number_format = MONEY
    total.font = bold
    summary.cell(total_row + 1, 2, "of which cash")
    summary.cell(total_row + 1, 4, f"=D{total_row}-D{kind_row}").number_format = MONEY
    # Per household as a value, not a formula: it is the engine's one figure (BillOfQuantities.per_household),
    # the same cent the screen, PDF, CSV and poster show; blank when no household shares the cost.
    summary.cell(total_row + 2, 2, "Households sharing the cost")
    summary.cell(total_row + 2, 4, boq.households)
    summary.cell(total_row + 3, 2, "Cost per household")
    if boq.per_household is not None:
        summary.cell(total_row + 3, 4, boq.per_household).number_format = MONEY
    summary.column_dimensions["A"].width = 8
    summary.column_dimensions["B"].width = 48
    summary.column_dimensions["C"].width = 8
    summary.column_dimensions["D"].width = 18
    wb.properties.title = f"Bill of Quantities: {boq.title}: {boq.option_name}"
    wb.properties.creator = "Jamii"
    wb.properties.subject = f"Option {boq.option_id}, price base {boq.price_base}, {boq.currency}"
    out_path = Path(out)
    wb.save(out_path)
    return out_path
