"""PDF bill of quantities: Jamii's renderer against raw reportlab building the same table.

Raw = a ``SimpleDocTemplate`` with one ``LongTable`` of the same rows (Paragraph descriptions in the same TTF
font and style, repeated header row, same column widths and table style) and a deferred "Page X of Y" canvas
(the ActiveState recipe) — what any program printing this bill must at least do. Jamii adds the per-page
"Carried to Collection" totals, headers and footers, the cover, preambles, collection page, main summary
and appendices, and its after-build check of the page totals. Target: ≤ 1.3× raw for a 2,000-line bill.
Also timed: the XLSX (openpyxl) of the same bill against a raw openpyxl sheet of the same cells.
"""

from __future__ import annotations

import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, row

LINES = 2000


def make_bill(n_lines: int = LINES) -> Any:
    """Return a one-bill BoQ of ``n_lines`` lines with descriptions that wrap to two or three lines."""
    from costing.boq.model import BILL_TITLES, BillOfQuantities, BillSection, BoQLine, Summary

    lines = []
    for i in range(1, n_lines + 1):
        qty = Decimal(f"{(i * 37) % 500 + 1}.{i % 100:02d}")
        rate = Decimal(f"{(i * 53) % 9000 + 10}.{(i * 7) % 100:02d}")
        desc = (
            f"Item {i}: supply and lay HDPE pipe DN {63 + (i % 3) * 27} in trench, including excavation in "
            f"soft material, bedding, backfilling in layers and reinstatement of the footpath surface."
        )
        amount = (qty * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        lines.append(BoQLine(f"7.{i}", f"W-{i}", desc, ("m", "m2", "m3", "nr")[i % 4], qty, rate, amount))
    bill = BillSection(7, BILL_TITLES[7], tuple(lines))
    total = bill.total
    summary = Summary(
        ((7, bill.title, total),),
        total,
        Decimal(0),
        Decimal(0),
        "VAT",
        Decimal(0),
        Decimal(0),
        total,
        Decimal(0),
        total,
    )
    return BillOfQuantities(
        "Benchmark settlement",
        "opt-a",
        "Option A",
        "KES",
        "2026-01-01",
        "nairobi",
        "jamii-default",
        "NRM2",
        "nrm",
        False,
        (bill,),
        summary,
        households=100,
    )


def raw_reportlab(boq: Any, out: Path) -> int:
    """Build the same bill table with plain reportlab; return the number of pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from costing.report.fonts import register_fonts

    fonts = register_fonts()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(fonts.regular, 8)
                self.drawRightString(A4[0] - 42, 22, f"Page {self._pageNumber} of {n}")
                Canvas.showPage(self)
            Canvas.save(self)

    style = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8.5, leading=10.5)
    data: list[list[Any]] = [["Item", "Description", "Unit", "Qty", "Rate", "Amount (KES)"]]
    for ln in boq.bills[0].lines:
        data.append(
            [
                ln.ref,
                Paragraph(ln.description, style),
                ln.unit,
                f"{ln.quantity:,}",
                f"{ln.rate:,.2f}",
                f"{ln.amount:,.2f}",
            ]
        )
    width = A4[0] - 36 * mm
    widths = [14 * mm, width - 95 * mm, 13 * mm, 19 * mm, 22 * mm, 27 * mm]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 8.5),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=22 * mm,
        bottomMargin=28 * mm,
    )
    doc.build([table], canvasmaker=NumberedCanvas)
    return int(doc.page)


def raw_openpyxl(boq: Any, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Item", "Description", "Unit", "Qty", "Rate", "Amount"])
    for r, ln in enumerate(boq.bills[0].lines, start=2):
        ws.append([ln.ref, ln.description, ln.unit, ln.quantity, ln.rate, f"=ROUND(D{r}*E{r},2)"])
    wb.save(out)


def run(size: int) -> list[dict[str, Any]]:  # noqa: ARG001 - the bill size is fixed by the issue (2,000 lines)
    from costing.report.pdf_boq import render_boq_pdf
    from costing.report.xlsx import render_boq_xlsx

    boq = make_bill(LINES)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raw_reportlab(boq, folder / "warm.pdf")  # font loading and imports outside the timings
        render_boq_pdf(boq, folder / "warm2.pdf")
        raw_s = measure(lambda: raw_reportlab(boq, folder / "raw.pdf"), repeat=3)
        jamii_s = measure(lambda: render_boq_pdf(boq, folder / "jamii.pdf"), repeat=3)
        raw_x = measure(lambda: raw_openpyxl(boq, folder / "raw.xlsx"), repeat=3)
        jamii_x = measure(lambda: render_boq_xlsx(boq, folder / "jamii.xlsx"), repeat=3)
    return [
        row(f"BoQ PDF {LINES} lines (vs raw LongTable)", LINES, jamii_s, raw_s, 1.3),
        row(f"BoQ XLSX {LINES} lines (vs raw openpyxl)", LINES, jamii_x, raw_x, None),
    ]


if __name__ == "__main__":
    for r in run(LINES):
        print(r)
