"""The priced bill of quantities as a PDF (A4 portrait, reportlab platypus), for funders and the city.

Layout (CONVENTIONS.md "Bill of quantities", reference/conventions.md §2.5): cover, preambles, one bill per
section with the header row repeated on every page and "Carried to Collection" at the foot of each page, a
collection page per bill, the main summary, "Page X of Y" on every page, then appendices: rate build-ups,
community contribution, funding and repayment per household, and the plan sheet (A3 landscape).

Why the page totals are right: each Amount cell is a :class:`MoneyCell` carrying its Decimal; the bill table
adds the cells it actually draws to the page total kept on the doc template (split parts of a table are new
instances, so no state lives on the table). After the build the page totals of every bill are checked against
the bill total, and a mismatch is an error, not a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from costing.boq.model import BillOfQuantities, BillSection, BoQLine, LineKind
from costing.boq.money import round_money, share_equally
from costing.report.data import FundingSummary, OptionComparison, PlanDrawing
from costing.report.errors import ReportError
from costing.report.fonts import FONTS, register_fonts
from costing.report.locale import CANONICAL_UNITS, ReportLocale, report_locale
from costing.report.pdf_common import GREY, RULE, MoneyCell, numbered_canvas_class, para

__all__ = ["BoqPdfResult", "check_bill", "render_boq_pdf"]

CENT = Decimal("0.01")
CONTINGENCY_BILL = 13
"""Bill 13 is the contingency: it is shown after the subtotal of Bills 1–12 on the main summary."""
MM = 72.0 / 25.4
A4 = (210 * MM, 297 * MM)
A3_LANDSCAPE = (420 * MM, 297 * MM)
MARGIN = 18 * MM
MAX_DESCRIPTION_CHARS = 1200
"""Longest description printed in a bill row (about 27 lines in the Description column, well within a page)."""
KIND_NOTE = {
    LineKind.PROVISIONAL_SUM: "Provisional sum",
    LineKind.PC_SUM: "Prime cost sum",
    LineKind.DAYWORK: "Daywork (provisional)",
}


@dataclass
class BoqPdfResult:
    """What was written: the page count and, per bill number, the (page, amount) carried to collection."""

    path: Path
    pages: int
    page_totals: dict[int, list[tuple[int, Decimal]]] = field(default_factory=dict)


def check_bill(boq: BillOfQuantities) -> None:
    """Check that the bill adds up before anything is printed.

    Every line amount must be round-half-up(qty × rate), every rate build-up must sum to its rate, the main
    summary's bill totals must equal the sums of the lines, the subtotal the sum of the bill totals and the
    total the subtotal plus contingency plus tax.

    Raises:
        ReportError: naming the first figure that does not add up.
    """
    for bill in boq.bills:
        for ln in bill.lines:
            if round_money(ln.quantity * ln.rate) != ln.amount:
                raise ReportError(
                    f"bill {bill.number} item {ln.ref}: amount {ln.amount} is not {ln.quantity} × {ln.rate} "
                    f"rounded to the cent ({round_money(ln.quantity * ln.rate)})"
                )
            if ln.build_up is not None and ln.build_up.rate != ln.rate:
                raise ReportError(
                    f"bill {bill.number} item {ln.ref}: the rate build-up sums to {ln.build_up.rate}, "
                    f"not the rate {ln.rate}"
                )
            if not Decimal("0") <= ln.in_kind <= ln.amount:
                raise ReportError(
                    f"bill {bill.number} item {ln.ref}: in-kind {ln.in_kind} outside 0..{ln.amount}"
                )
    s = boq.summary
    by_number = {b.number: b for b in boq.bills}
    for number, title, total in s.bill_totals:
        found = by_number.get(number)
        lines_total = found.total if found is not None else Decimal("0")
        if lines_total != total:
            raise ReportError(
                f"main summary: bill {number} ({title}) shows {total} but its lines sum to {lines_total}"
            )
    missing = set(by_number) - {n for n, _, _ in s.bill_totals}
    if missing:
        raise ReportError(f"main summary: bills {sorted(missing)} are not on the main summary")
    measured = sum((t for n, _, t in s.bill_totals if n != CONTINGENCY_BILL), Decimal("0"))
    if measured != s.subtotal:
        raise ReportError(f"main summary: subtotal {s.subtotal} is not the sum of Bills 1–12 ({measured})")
    bill13 = next((t for n, _, t in s.bill_totals if n == CONTINGENCY_BILL), None)
    if bill13 is not None and bill13 != s.contingency:
        raise ReportError(f"main summary: contingency {s.contingency} is not the total of Bill 13 ({bill13})")
    if s.subtotal + s.contingency + s.tax != s.total:
        raise ReportError(f"main summary: total {s.total} is not subtotal + contingency + tax")
    if s.total - s.in_kind != s.cash:
        raise ReportError(f"main summary: cash {s.cash} is not total {s.total} less in kind {s.in_kind}")


# ---------------------------------------------------------------------------------------------- reportlab classes
@cache
def _classes() -> dict[str, type]:
    """Build the reportlab subclasses once (reportlab is imported lazily)."""
    from reportlab.platypus import BaseDocTemplate, Flowable, LongTable

    class BillTable(LongTable):  # type: ignore[misc]
        """A bill table that adds the amounts it draws to the page total on the doc template."""

        def draw(self) -> None:
            super().draw()
            doc = getattr(self.canv, "_doctemplate", None)
            if doc is None:
                return
            drawn = Decimal("0")
            for row in self._cellvalues:
                cell = row[-1]
                if isinstance(cell, MoneyCell):
                    drawn += cell.amount
            doc.page_amount += drawn

    class Mark(Flowable):  # type: ignore[misc]
        """A zero-size flowable that tells the page decorations what part of the document is being drawn."""

        def __init__(self, kind: str, bill: BillSection | None = None, title: str = "") -> None:
            super().__init__()
            self.kind, self.bill, self.title = kind, bill, title
            self.width = self.height = 0

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:  # noqa: ARG002 - reportlab API
            return 0, 0

        def draw(self) -> None:
            doc = self.canv._doctemplate
            doc.kind, doc.section_title = self.kind, self.title
            if self.bill is not None and self.kind == "bill":
                doc.bill, doc.bill_page_index = self.bill, 0
                doc.page_totals.setdefault(self.bill.number, [])

    class LazyTable(Flowable):  # type: ignore[misc]
        """A table built when it is laid out, from what earlier pages recorded (collection pages)."""

        def __init__(self, build: Any) -> None:
            super().__init__()
            self._build, self._table = build, None

        def _t(self) -> Any:
            if self._table is None:
                self._table = self._build()
            return self._table

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            w, h = self._t().wrap(aw, ah)
            self.width, self.height = w, h
            return w, h

        def split(self, aw: float, ah: float) -> list[Any]:
            return list(self._t().split(aw, ah))

        def draw(self) -> None:
            self._t().drawOn(self.canv, 0, 0)

    class BoqDoc(BaseDocTemplate):  # type: ignore[misc]
        """Doc template that keeps the running page total and each bill's page totals."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.kind = "cover"
            self.section_title = ""
            self.bill: BillSection | None = None
            self.bill_page_index = 0
            self.page_amount = Decimal("0")
            self.page_totals: dict[int, list[tuple[int, Decimal]]] = {}

    return {"BillTable": BillTable, "Mark": Mark, "LazyTable": LazyTable, "BoqDoc": BoqDoc}


# ---------------------------------------------------------------------------------------------- the renderer
class _BoqRenderer:
    def __init__(
        self,
        boq: BillOfQuantities,
        loc: ReportLocale,
        funding: FundingSummary | None,
        plan: PlanDrawing | None,
        issued: dt.date,
    ) -> None:
        self.boq, self.loc, self.funding, self.plan, self.issued = boq, loc, funding, plan, issued
        self.comparison: list[OptionComparison] = []
        self.cls = _classes()
        self.cur = boq.currency
        self.width = A4[0] - 2 * MARGIN
        self.col_widths = [14 * MM, None, 13 * MM, 19 * MM, 22 * MM, 27 * MM]
        fixed = sum(w for w in self.col_widths if w is not None)
        self.col_widths[1] = self.width - fixed

    # -------------------------------------------------------------- page decorations
    def on_page(self, canv: Any, doc: Any) -> None:  # noqa: ARG002 - reportlab callback
        doc.page_amount = Decimal("0")

    def on_page_end(self, canv: Any, doc: Any) -> None:
        t = self.loc.text
        page_w, _page_h = canv._pagesize
        canv.saveState()
        canv.setFont(FONTS.regular, 7.5)
        canv.setFillColorRGB(0.25, 0.25, 0.25)
        top = canv._pagesize[1] - 12 * MM
        if doc.kind != "cover":
            canv.drawString(MARGIN, top, f"{self.boq.title}: {self.boq.option_name}"[:90])
            section = doc.section_title
            if doc.kind == "bill" and doc.bill is not None:
                section = f"{t('bill_no', n=doc.bill.number)}: {doc.bill.title}"
                if doc.bill_page_index > 0:
                    section += " " + t("contd")
            canv.drawRightString(page_w - MARGIN, top, section[:80])
            canv.setStrokeColorRGB(0.6, 0.6, 0.6)
            canv.setLineWidth(0.4)
            canv.line(MARGIN, top - 3, page_w - MARGIN, top - 3)
        if doc.kind == "bill" and doc.bill is not None:
            page_no = canv.getPageNumber()
            doc.page_totals[doc.bill.number].append((page_no, doc.page_amount))
            doc.bill_page_index += 1
            canv.setFont(FONTS.bold, 9)
            canv.setFillColorRGB(0, 0, 0)
            y = 16 * MM
            canv.line(MARGIN, y + 11, page_w - MARGIN, y + 11)
            canv.drawString(MARGIN, y, t("carried_to_collection"))
            canv.drawRightString(page_w - MARGIN, y, f"{self.cur} {self.loc.money(doc.page_amount)}")
        canv.setFont(FONTS.regular, 7)
        canv.setFillColorRGB(0.35, 0.35, 0.35)
        base = f"{t('price_base')}: {self.boq.price_base} · {self.boq.region} · {self.boq.library_name}"
        if self.boq.illustrative:
            base += " · ILLUSTRATIVE RATES"
        elif self.boq.illustrative_count:
            base += f" · {self.boq.illustrative_count} ILLUSTRATIVE RATES (marked)"
        if not self.boq.complete:
            base = f"{self._incomplete().upper()} · {base}"
        canv.drawString(MARGIN, 22, base[:110])
        canv.restoreState()

    # -------------------------------------------------------------- parts
    def cover(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        t, b = self.loc.text, self.boq
        story: list[Any] = [self.cls["Mark"]("cover"), Spacer(1, 40 * MM)]
        story.append(para(t("bill_of_quantities"), "h1"))
        story.append(para(b.title, "h2"))
        story.append(para(f"{t('option')}: {b.option_name} ({b.option_id})", "h3"))
        story.append(Spacer(1, 10 * MM))
        rows = [
            (t("project"), b.title),
            (t("option"), f"{b.option_name} ({b.option_id})"),
            (t("date"), self.issued.isoformat()),
            (t("price_base"), b.price_base),
            (t("region"), b.region),
            (t("currency"), b.currency),
            (t("cost_library"), b.library_name),
            (t("method"), b.method_of_measurement),
            (t("households"), str(b.households)),
            (t("total"), self._total_text()),
            (
                t("cost_per_household"),
                t("unknown")
                if b.per_household is None or not b.complete  # an incomplete bill's share is not known
                else f"{b.currency} {self.loc.money(b.per_household)}",
            ),
        ]
        table = Table(
            [[para(k, "body", bold=True), para(v)] for k, v in rows],
            colWidths=[50 * MM, self.width - 50 * MM],
        )
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [table, Spacer(1, 12 * MM)]
        if not b.complete:
            story += [para(t("incomplete_warning", n=b.unpriced_count), "warn"), Spacer(1, 8 * MM)]
        if b.illustrative:
            story += [para(t("illustrative_warning"), "warn"), Spacer(1, 8 * MM)]
        elif b.illustrative_count:
            story += [
                para(t("illustrative_partly", n=b.illustrative_count, m=b.rated_count), "warn"),
                Spacer(1, 8 * MM),
            ]
        story.append(para(t("prepared_with"), "small"))
        return story

    def _incomplete(self) -> str:
        n = self.boq.unpriced_count
        return self.loc.text("incomplete_one") if n == 1 else self.loc.text("incomplete", n=n)

    def _total_text(self) -> str:
        """The cover's total: the amount, or for an incomplete bill what it leaves out first."""
        b = self.boq
        amount = f"{b.currency} {self.loc.money(b.summary.total)}"
        if b.complete:
            return amount
        return f"{self._incomplete()} ({self.loc.text('total_priced')}: {amount})"

    def preambles(self) -> list[Any]:
        from reportlab.platypus import PageBreak, Spacer

        t, b = self.loc.text, self.boq
        used = sorted({ln.unit for ln in b.lines()}, key=lambda u: (*CANONICAL_UNITS, u).index(u))
        units = ", ".join(f"{self.loc.unit(u)} = {u}" for u in used) or "-"
        story: list[Any] = [
            PageBreak(),
            self.cls["Mark"]("text", title=t("preambles")),
            para(t("preambles"), "h2"),
        ]
        for i, text in enumerate(
            (
                t("preamble_method", method=b.method_of_measurement),
                t("preamble_units", labels=self.loc.unit_set_name(), units=units),
                t("preamble_rounding"),
                t("preamble_provenance"),
                t("preamble_in_kind"),
            ),
            1,
        ):
            story += [para(f"{i}. {text}"), Spacer(1, 3 * MM)]
        story.append(para(t("exclusions"), "h3"))
        if b.exclusions:
            story += [para(f"• {x}") for x in b.exclusions]
        else:
            story.append(para(t("no_exclusions")))
        return story

    def _table_style(self, header_rows: int = 1) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONTS.regular, 8.5),
                ("FONT", (0, 0), (-1, header_rows - 1), FONTS.bold, 8.5),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("ALIGN", (2, 0), (2, -1), "CENTRE"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )

    def bill(self, bill: BillSection) -> list[Any]:
        from reportlab.platypus import PageBreak, Spacer

        t, loc = self.loc.text, self.loc
        header = [
            t("col_item"),
            t("col_description"),
            t("col_unit"),
            t("col_qty"),
            t("col_rate"),
            t("col_amount", currency=self.cur),
        ]
        data: list[list[Any]] = [header]
        for ln in bill.lines:
            data.append(self._row(ln, loc))
        table = self.cls["BillTable"](data, colWidths=self.col_widths, repeatRows=1)
        table.setStyle(self._table_style())
        heading = f"{t('bill_no', n=bill.number)}: {bill.title}"
        return [
            PageBreak(),
            self.cls["Mark"]("bill", bill, heading),
            para(heading, "h2"),
            Spacer(1, 2 * MM),
            table,
            *self.collection(bill),
        ]

    @staticmethod
    def _row(ln: BoQLine, loc: ReportLocale) -> list[Any]:
        description = ln.description
        if len(description) > MAX_DESCRIPTION_CHARS:
            # A table row must fit on one page; the full text stays in the XLSX and CSV bills.
            description = description[:MAX_DESCRIPTION_CHARS].rstrip() + " … (full text in the XLSX/CSV bill)"
        note = KIND_NOTE.get(ln.kind)
        if note:
            description = f"{description} [{note}]"
        if ln.priced and ln.illustrative:  # flagged on the line itself, not only on the cover
            description = f"{description} [{loc.text('illustrative_line')}]"
        elif ln.priced and ln.build_up is not None and ln.build_up.basis == "benchmark":
            description = f"{description} [{loc.text('benchmark_line')}]"
        if ln.unpriced:  # unknown, not zero: the cells say so and the line adds nothing to the page
            rate_text = amount_text = loc.text("unpriced")
        else:
            rate_text, amount_text = loc.money(ln.rate), loc.money(ln.amount)
        return [
            ln.ref,
            para(description, "cell"),
            loc.unit(ln.unit),
            loc.quantity(ln.quantity),
            rate_text,
            MoneyCell(amount_text, ln.amount),
        ]

    def collection(self, bill: BillSection) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, PageBreak, Spacer, TableStyle

        t = self.loc.text
        title = f"{t('bill_no', n=bill.number)}: {bill.title}: {t('collection')}"
        doc_ref: dict[str, Any] = {}

        def build() -> Any:
            totals = doc_ref["doc"].page_totals.get(bill.number, [])
            rows: list[list[Any]] = [["", t("collection"), t("col_amount", currency=self.cur)]]
            rows += [["", t("page_n", n=page), self.loc.money(amount)] for page, amount in totals]
            page_sum = sum((a for _, a in totals), Decimal("0"))
            rows.append(["", t("carried_to_summary"), self.loc.money(page_sum)])
            table = LongTable(rows, colWidths=[14 * MM, self.width - 41 * MM, 27 * MM], repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), FONTS.regular, 9),
                        ("FONT", (0, 0), (-1, 0), FONTS.bold, 9),
                        ("FONT", (0, -1), (-1, -1), FONTS.bold, 9.5),
                        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ]
                )
            )
            return table

        lazy = self.cls["LazyTable"](build)
        self._lazies.append((doc_ref, lazy))
        return [
            PageBreak(),
            self.cls["Mark"]("collection", title=title),
            para(title, "h2"),
            Spacer(1, 2 * MM),
            lazy,
        ]

    def main_summary(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import PageBreak, Table, TableStyle

        t, s, loc = self.loc.text, self.boq.summary, self.loc
        rows: list[list[Any]] = [[t("bill"), t("col_description"), t("col_amount", currency=self.cur)]]
        for number, title, total in s.bill_totals:
            if number != CONTINGENCY_BILL:
                rows.append([str(number), para(title, "cell"), loc.money(total)])
        n_bills = len(rows)
        rows.append(["", t("subtotal"), loc.money(s.subtotal)])
        has_bill13 = any(n == CONTINGENCY_BILL for n, _, _ in s.bill_totals)
        rows.append(
            [
                str(CONTINGENCY_BILL) if has_bill13 else "",
                t("contingency", pct=loc.quantity(s.contingency_pct)),
                loc.money(s.contingency),
            ]
        )
        rows.append(["", t("tax", name=s.tax_name, pct=loc.quantity(s.tax_pct)), loc.money(s.tax)])
        rows.append(["", t("total") if self.boq.complete else t("total_priced"), loc.money(s.total)])
        total_row = len(rows) - 1
        rows.append(["", t("of_which_in_kind"), loc.money(s.in_kind)])
        rows.append(["", t("of_which_cash"), loc.money(s.cash)])
        if s.saving:
            rows.append(["", t("saving"), loc.money(s.saving)])
        table = Table(rows, colWidths=[14 * MM, self.width - 46 * MM, 32 * MM], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONTS.regular, 9),
                    ("FONT", (0, 0), (-1, 0), FONTS.bold, 9),
                    ("FONT", (0, total_row), (-1, total_row), FONTS.bold, 11),
                    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEABOVE", (0, n_bills), (-1, n_bills), 0.8, colors.black),
                    ("LINEABOVE", (0, total_row), (-1, total_row), 1.2, colors.black),
                    ("LINEBELOW", (0, total_row), (-1, total_row), 1.2, colors.black),
                    ("TEXTCOLOR", (0, total_row + 1), (-1, -1), colors.HexColor(GREY)),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ]
            )
        )
        story = [
            PageBreak(),
            self.cls["Mark"]("text", title=t("main_summary")),
            para(t("main_summary"), "h2"),
        ]
        if not self.boq.complete:
            story.append(
                para(
                    f"{self._incomplete().upper()}. {t('incomplete_warning', n=self.boq.unpriced_count)}",
                    "warn",
                )
            )
        story.append(table)
        taxable_cash = s.subtotal + s.contingency - s.in_kind
        if s.in_kind and s.tax and round_money(taxable_cash * s.tax_pct / 100) == s.tax:
            story.append(para(t("tax_note"), "small"))
        return story

    def appendix_build_ups(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, PageBreak, TableStyle

        t, loc = self.loc.text, self.loc
        head = [
            t("col_item"),
            t("col_description"),
            t("col_unit"),
            t("materials"),
            t("labour"),
            t("plant"),
            t("overheads"),
            t("col_rate"),
        ]
        rows: list[list[Any]] = [head]
        seen: set[tuple[str, Decimal]] = set()
        sources: list[str] = []
        for bill in self.boq.bills:
            for ln in bill.lines:
                bu = ln.build_up
                if bu is None or (ln.code, ln.rate) in seen:
                    continue
                seen.add((ln.code, ln.rate))
                src = ", ".join(x for x in (bu.source, bu.price_date) if x)
                if src and src not in sources:
                    sources.append(src)
                note = f" [{sources.index(src) + 1}]" if src else ""
                desc = f"{ln.code}: {ln.description}" if ln.code else ln.description
                rows.append(
                    [
                        f"{bill.number}/{ln.ref}",
                        para(desc + note, "cell"),
                        loc.unit(ln.unit),
                        loc.money(bu.materials),
                        loc.money(bu.labour),
                        loc.money(bu.plant),
                        loc.money(bu.overheads_and_profit),
                        loc.money(bu.rate),
                    ]
                )
        story: list[Any] = [
            PageBreak(),
            self.cls["Mark"]("text", title=t("appendix_a")),
            para(t("appendix_a"), "h2"),
        ]
        if len(rows) == 1:
            return [*story, para(t("no_build_ups"))]
        w = self.width
        table = LongTable(
            rows,
            colWidths=[16 * MM, w - 16 * MM - 12 * MM - 5 * 19 * MM, 12 * MM, *[19 * MM] * 5],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONTS.regular, 7.5),
                    ("FONT", (0, 0), (-1, 0), FONTS.bold, 7.5),
                    ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ]
            )
        )
        notes = [para(f"[{i}] {t('source')}: {src}", "small") for i, src in enumerate(sources, 1)]
        return [*story, table, *notes]

    def appendix_community(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import PageBreak, Table, TableStyle

        t, loc = self.loc.text, self.loc
        rows: list[list[Any]] = [
            [
                t("bill"),
                t("col_description"),
                t("amount", currency=self.cur),
                t("cash"),
                t("in_kind"),
                t("share_in_kind"),
            ]
        ]
        tot_a = tot_k = Decimal("0")
        for bill in self.boq.bills:
            a, k = bill.total, bill.in_kind
            tot_a, tot_k = tot_a + a, tot_k + k
            pct = (k * 100 / a).quantize(Decimal("0.1")) if a else Decimal("0")
            rows.append(
                [
                    str(bill.number),
                    para(bill.title, "cell"),
                    loc.money(a),
                    loc.money(a - k),
                    loc.money(k),
                    f"{pct}",
                ]
            )
        pct = (tot_k * 100 / tot_a).quantize(Decimal("0.1")) if tot_a else Decimal("0")
        rows.append(["", t("total"), loc.money(tot_a), loc.money(tot_a - tot_k), loc.money(tot_k), f"{pct}"])
        w = self.width
        table = Table(
            rows, colWidths=[12 * MM, w - 12 * MM - 3 * 27 * MM - 18 * MM, 27 * MM, 27 * MM, 27 * MM, 18 * MM]
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONTS.regular, 8.5),
                    ("FONT", (0, 0), (-1, 0), FONTS.bold, 8.5),
                    ("FONT", (0, -1), (-1, -1), FONTS.bold, 8.5),
                    ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ]
            )
        )
        return [
            PageBreak(),
            self.cls["Mark"]("text", title=t("appendix_b")),
            para(t("appendix_b"), "h2"),
            table,
        ]

    def appendix_funding(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

        t, loc = self.loc.text, self.loc
        story: list[Any] = [
            PageBreak(),
            self.cls["Mark"]("text", title=t("appendix_c")),
            para(t("appendix_c"), "h2"),
        ]
        f = self.funding
        if f is None:
            return [*story, para(t("no_funding"))]
        rows: list[list[Any]] = [
            ["", t("amount", currency=f.currency), t("per_household", currency=f.currency)]
        ]
        for line in f.lines:
            rows.append(
                [
                    para(line.label, "cell"),
                    loc.money(line.amount),
                    loc.money(line.per_household) if line.per_household is not None else "",
                ]
            )
        per_hh_total = share_equally(f.total, f.households)
        rows.append(
            [t("total"), loc.money(f.total), loc.money(per_hh_total) if per_hh_total is not None else ""]
        )
        table = Table(rows, colWidths=[self.width - 70 * MM, 35 * MM, 35 * MM])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONTS.regular, 9),
                    ("FONT", (0, 0), (-1, 0), FONTS.bold, 9),
                    ("FONT", (0, -1), (-1, -1), FONTS.bold, 9),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ]
            )
        )
        story += [table, Spacer(1, 6 * MM)]
        loan_rows = [
            ("Households sharing the cost", str(f.households)),
            ("Loan per household", f"{f.currency} {loc.money(f.loan_per_household)}"),
            ("Interest rate", f"{loc.quantity(f.loan_rate_pct_per_year)} % per year"),
            ("Term", f"{f.loan_term_months} months (grace {f.loan_grace_months} months)"),
            (t("monthly_repayment"), f"{f.currency} {loc.money(f.monthly_repayment)}"),
            *f.notes,
        ]
        lt = Table(
            [[para(k, "body", bold=True), para(v)] for k, v in loan_rows],
            colWidths=[70 * MM, self.width - 70 * MM],
        )
        lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE))]))
        return [*story, lt]

    def appendix_comparison(self) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, PageBreak, TableStyle

        from costing.report.comparison import comparison_rows

        t = self.loc.text
        story: list[Any] = [
            PageBreak(),
            self.cls["Mark"]("text", title=t("appendix_d")),
            para(t("appendix_d"), "h2"),
        ]
        options = self.comparison
        if len(options) < 2:
            return [*story, para(t("no_comparison"))]
        head = [""] + [
            f"{o.name} ({o.option_id})"
            + (f" — {t('this_option')}" if o.option_id == self.boq.option_id else "")
            for o in options
        ]
        data: list[list[Any]] = [[para(h, "cell", bold=True) for h in head]]
        data += [[para(label, "cell"), *values] for label, values in comparison_rows(options, self.loc)]
        label_w = 58 * MM
        col_w = (self.width - label_w) / len(options)
        table = LongTable(data, colWidths=[label_w] + [col_w] * len(options), repeatRows=1)
        ids = [o.option_id for o in options]
        mine = ids.index(self.boq.option_id) + 1 if self.boq.option_id in ids else None
        style = [
            ("FONT", (0, 0), (-1, -1), FONTS.regular, 7.5),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ]
        if mine is not None:
            style.append(("BACKGROUND", (mine, 0), (mine, -1), colors.HexColor("#eef4fa")))
        table.setStyle(TableStyle(style))
        return [*story, table]

    def assumptions_page(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        from costing.report.assumptions_page import assumptions_flowables

        t = self.loc.text
        return [
            PageBreak(),
            self.cls["Mark"]("text", title=t("assumptions_title")),
            *assumptions_flowables(self.boq.assumptions, self.boq.price_notes, self.loc, self.width),
        ]

    def appendix_plan(self) -> list[Any]:
        from reportlab.platypus import NextPageTemplate, PageBreak

        t = self.loc.text
        if self.plan is None:
            return [
                PageBreak(),
                self.cls["Mark"]("text", title=t("appendix_e")),
                para(t("appendix_e"), "h2"),
                para(t("no_plan")),
            ]
        return [
            NextPageTemplate("plan"),
            PageBreak(),
            self.cls["Mark"]("plan", title=t("appendix_e")),
            para(t("appendix_e"), "small"),
        ]

    def on_plan_page_end(self, canv: Any, doc: Any) -> None:  # noqa: ARG002 - reportlab callback
        from costing.report.plan_sheet import draw_sheet

        if self.plan is not None:
            draw_sheet(canv, self.plan, "A3", self.loc)

    # -------------------------------------------------------------- build
    def build(self, out: Path) -> BoqPdfResult:
        from reportlab.platypus import Frame, PageTemplate

        self._lazies: list[tuple[dict[str, Any], Any]] = []
        b = self.boq
        doc = self.cls["BoqDoc"](
            str(out),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * MM,
            bottomMargin=MARGIN + 10 * MM,
            title=f"{self.loc.text('bill_of_quantities')}: {b.title}: {b.option_name}",
            author="Jamii",
            subject=f"Priced bill of quantities, option {b.option_id}, price base {b.price_base}, {b.currency}",
            keywords=["bill of quantities", b.method_of_measurement, b.region, b.currency],
            creator="Jamii (reportlab)",
            lang=self.loc.language,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        plan_frame = Frame(
            10 * MM + 4,
            A3_LANDSCAPE[1] - 10 * MM - 26,
            200 * MM,
            24,
            id="plan",
            leftPadding=2,
            topPadding=2,
            bottomPadding=0,
            rightPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate("body", [frame], onPage=self.on_page, onPageEnd=self.on_page_end, pagesize=A4),
                PageTemplate(
                    "plan",
                    [plan_frame],
                    onPage=self.on_page,
                    onPageEnd=self.on_plan_page_end,
                    pagesize=A3_LANDSCAPE,
                ),
            ]
        )
        story: list[Any] = [*self.cover(), *self.preambles()]
        for bill in b.bills:
            if bill.lines:
                story += self.bill(bill)
        story += self.main_summary()
        story += self.assumptions_page()
        story += self.appendix_build_ups()
        story += self.appendix_community()
        story += self.appendix_funding()
        story += self.appendix_comparison()
        story += self.appendix_plan()
        for ref, _ in self._lazies:
            ref["doc"] = doc
        canvasmaker = numbered_canvas_class(self.loc.text("page_x_of_y"))
        doc.build(story, canvasmaker=canvasmaker)
        result = BoqPdfResult(path=out, pages=doc.page, page_totals=dict(doc.page_totals))
        for bill in b.bills:
            if not bill.lines:
                continue
            carried = sum((a for _, a in result.page_totals.get(bill.number, [])), Decimal("0"))
            if carried != bill.total:
                raise ReportError(
                    f"bill {bill.number}: the pages carry {carried} to collection but the bill totals {bill.total}"
                )
        return result


def render_boq_pdf(
    boq: BillOfQuantities,
    out: str | Path,
    *,
    locale: ReportLocale | None = None,
    funding: FundingSummary | None = None,
    plan: PlanDrawing | None = None,
    issued: dt.date | None = None,
    comparison: list[OptionComparison] | None = None,
) -> BoqPdfResult:
    """Write the priced bill of quantities of one option as a PDF and return its page totals.

    Args:
        boq: the priced bill (from the costing engine); checked with :func:`check_bill` first.
        out: the PDF path.
        locale: words, number format and unit labels (default: English, the bill's unit-label set).
        funding: the funding mix and repayment per household (Appendix C); None prints "not given".
        comparison: every option's figures (this one included) for Appendix D; None or one option prints
            "no other options".
        plan: the option's plan (Appendix E, an A3 landscape sheet); None prints "no plan".
        issued: the date printed on the cover (default: today).

    Raises:
        ReportError: the bill does not add up, or a page-total check fails after layout.
    """
    register_fonts()
    check_bill(boq)
    loc = locale or report_locale("en", boq.unit_labels)
    out_path = Path(out)
    renderer = _BoqRenderer(boq, loc, funding, plan, issued or dt.date.today())
    renderer.comparison = comparison or []
    return renderer.build(out_path)
