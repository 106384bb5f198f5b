"""The priced bill as a live Excel workbook a quantity surveyor can change and re-price (openpyxl).

Sheets: **Summary** first, **Settings** (the cells a user changes: preliminaries, contingency and tax
percentages, the percentage sums, attendance), one sheet per bill, **Measurement** (per item and drawn
entity: the rule's formula, its inputs and the quantity — the bill's quantities are formulas over these
rows, rounded as the method of measurement says) and **Finance** (funding mix, loan, repayment, notes on
affordability) when funding is given.

Every derived figure is a formula over changeable cells: line amounts ``=ROUND(Qty*Rate,2)``; in-kind
``=MIN(ROUND(Qty*InKindPerUnit,2),Amount)``; preliminaries and percentage sums over the measured works;
contingency over Bills 1–12 less allowances to households; tax over the cash works; totals as sums. Excel's
ROUND is half away from zero, the engine's half up: the same for the positive amounts of a bill.

Cached values: openpyxl writes formulas without results, so every formula cell's value (the engine's
figure) is written into the file after saving; a viewer that does not recalculate shows the engine's
numbers, and Excel or LibreOffice recalculate from the changeable cells.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from costing.boq.model import BillOfQuantities, BillSection, BoQLine
from costing.boq.money import round_money
from costing.report.cell_safety import xlsx_cell
from costing.report.data import FundingSummary
from costing.report.locale import ReportLocale, report_locale

__all__ = ["bill_sheet_name", "render_boq_xlsx"]

MONEY = "#,##0.00"
QTY = "#,##0.00#"
PCT = "0.00"
HEADERS = ("Item", "Description", "Unit", "Qty", "Rate", "Amount", "In kind", "Code")
BUILD_UP_HEADERS = ("Materials /unit", "Labour /unit", "Plant /unit", "OH&P /unit")
"""The rate build-up beside each line (CONVENTIONS: keep the labour / materials / plant split visible)."""
EXTRA_HEADERS = ("Basis", "In kind /unit", "Rate basis")
"""Basis: works (measured or manual), derived (a percentage line), transfer (an allowance to households).
Rate basis: what the library says the rate is (published, benchmark, illustrative; empty when not stated)."""
FIRST_LINE_ROW = 2
CONTINGENCY_BILL = 13
INPUT_FILL = "FFF2CC"
FORMULA_PRELIMS = "preliminaries_pct / 100 * measured_works"
FORMULA_PCT_SUM = "pct_of_measured / 100 * measured_works"
FORMULA_ATTENDANCE = "attendance_pct / 100 * pc_sum"
FORMULA_CONTINGENCY = "contingency_pct / 100 * subtotal"
DERIVED = (FORMULA_PRELIMS, FORMULA_PCT_SUM, FORMULA_ATTENDANCE, FORMULA_CONTINGENCY)


def bill_sheet_name(bill: BillSection) -> str:
    """Return the sheet name of a bill, e.g. ``"7 Water supply"`` (≤ 31 characters, no ``[]:*?/\\``)."""
    name = re.sub(r"[\[\]:*?/\\']", " ", f"{bill.number} {bill.title}")
    return re.sub(r"\s+", " ", name).strip()[:31]


class _Book:
    """The workbook being written, with the engine's value of every formula cell (for the cached values)."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.wb = Workbook()
        self.cached: dict[str, dict[str, Any]] = {}

    def put(self, ws: Any, row: int, col: int, value: Any, cached: Any = None, fmt: str | None = None) -> Any:
        cell = ws.cell(row, col, value)
        if isinstance(value, str) and value.startswith("="):
            self.cached.setdefault(ws.title, {})[cell.coordinate] = cached
        if fmt:
            cell.number_format = fmt
        return cell

    def input(self, ws: Any, row: int, col: int, value: Any, fmt: str | None = None) -> Any:
        from openpyxl.styles import PatternFill

        cell = self.put(ws, row, col, value, fmt=fmt)
        cell.fill = PatternFill("solid", fgColor=INPUT_FILL)
        return cell


def _ref(ws_title: str, coordinate: str) -> str:
    col, row = re.match(r"([A-Z]+)(\d+)", coordinate).groups()  # type: ignore[union-attr]
    return f"'{ws_title}'!${col}${row}"


def _quantity_formula(sum_expr: str, unit: str, method: str) -> str:
    """Return the billed-quantity formula for a sum of measured parts, rounded as the method says."""
    from costing.boq.settings import rounding_for_method

    r = rounding_for_method(method)
    places = r.decimals_by_unit.get(unit, r.default_decimals)
    rounded = f"ROUND({sum_expr},{places})"
    if r.minimum_one and unit not in r.exempt_units:
        return f"=IF(AND({sum_expr}>0,{sum_expr}<1),1,{rounded})"
    return f"={rounded}"


class _Writer:
    def __init__(self, boq: BillOfQuantities, loc: ReportLocale, funding: FundingSummary | None) -> None:
        self.boq = boq
        self.loc = loc
        self.funding = funding
        self.book = _Book()
        wb = self.book.wb
        self.summary = wb.active
        self.summary.title = "Summary"
        self.settings = wb.create_sheet("Settings")
        self.settings_rows: dict[str, int] = {}
        self.bill_refs: dict[int, tuple[str, str, str]] = {}  # bill → (total, in kind, sheet title)
        self.measure = None

    # ------------------------------------------------------------------ settings
    def _setting(self, key: str, label: str, value: Any, fmt: str = PCT) -> str:
        ws = self.settings
        row = ws.max_row + 1
        ws.cell(row, 1, label)
        self.book.input(ws, row, 2, value, fmt)
        self.settings_rows[key] = row
        return f"Settings!$B${row}"

    def _computed(self, key: str, label: str, formula: str, cached: Any) -> str:
        ws = self.settings
        row = ws.max_row + 1
        ws.cell(row, 1, label)
        self.book.put(ws, row, 2, formula, cached, MONEY)
        self.settings_rows[key] = row
        return f"Settings!$B${row}"

    def write_settings(self) -> None:
        from openpyxl.styles import Font

        ws, s = self.settings, self.boq.summary
        ws.append(["Change the yellow cells; every total of the workbook follows.", ""])
        ws["A1"].font = Font(bold=True)
        self.prelims_ref = ""
        self.pct_refs: dict[int, str] = {}  # id(line) → setting cell
        for bill in self.boq.bills:
            for ln in bill.lines:
                inputs = dict(ln.provenance.inputs)
                if ln.provenance.formula == FORMULA_PRELIMS and not self.prelims_ref:
                    self.prelims_ref = self._setting(
                        "prelims", "Preliminaries, % of measured works", inputs["preliminaries_pct"]
                    )
                elif ln.provenance.formula == FORMULA_PCT_SUM:
                    self.pct_refs[id(ln)] = self._setting(
                        f"sum{len(self.pct_refs)}",
                        f"{ln.description[:60]}: % of measured works",
                        inputs["pct_of_measured"],
                    )
                elif ln.provenance.formula == FORMULA_ATTENDANCE:
                    self.pct_refs[id(ln)] = self._setting(
                        f"att{len(self.pct_refs)}",
                        "Profit and attendance on PC sum, %",
                        inputs["attendance_pct"],
                    )
        self.contingency_ref = self._setting(
            "contingency", "Contingency, % of Bills 1–12 (allowances excluded)", s.contingency_pct
        )
        self.tax_ref = self._setting("tax", f"{s.tax_name}, % of the cash works", s.tax_pct)
        ws.cell(ws.max_row + 2, 1, "Computed (do not change)").font = Font(bold=True)
        ws.column_dimensions["A"].width = 62
        ws.column_dimensions["B"].width = 18

    # ------------------------------------------------------------------ measurement
    def write_measurement(self) -> None:
        from openpyxl.styles import Font

        ws = self.book.wb.create_sheet("Measurement")
        self.measure = ws
        ws.append(["Item", "Code", "Entity", "Formula", "Inputs", "Quantity", "Unit"])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        self.part_ranges: dict[int, tuple[int, int]] = {}
        for bill in self.boq.bills:
            for ln in bill.lines:
                if not ln.provenance.parts:
                    continue
                first = ws.max_row + 1
                for entity, quantity, inputs in ln.provenance.parts:
                    text = ", ".join(f"{n} = {v:g}" for n, v in inputs)
                    ws.append(
                        [ln.ref, ln.code, entity, xlsx_cell(ln.provenance.formula), text, quantity, ln.unit]
                    )
                    ws.cell(ws.max_row, 6).number_format = "0.000"
                self.part_ranges[id(ln)] = (first, ws.max_row)
        for letter, width in zip("ABCDEFG", (8, 16, 22, 48, 48, 12, 6), strict=True):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"

    # ------------------------------------------------------------------ bills
    def _basis(self, ln: BoQLine) -> str:
        if ln.provenance.formula in DERIVED:
            return "derived"
        return "transfer" if ln.code in self.boq.uncharged_codes else "works"

    def _rate_formula(self, ln: BoQLine, previous_amount: str) -> str | None:
        """Return the rate formula of a percentage line (None for a line with a library or manual rate)."""
        formula = ln.provenance.formula
        if formula == FORMULA_PRELIMS:
            return f"=ROUND({self.measured_ref}*{self.prelims_ref}/100,2)"
        if formula == FORMULA_PCT_SUM:
            return f"=ROUND({self.measured_ref}*{self.pct_refs[id(ln)]}/100,2)"
        if formula == FORMULA_ATTENDANCE and previous_amount:
            return f"=ROUND({previous_amount}*{self.pct_refs[id(ln)]}/100,2)"
        if formula == FORMULA_CONTINGENCY:
            return f"=ROUND(({self.subtotal_ref}-{self.transfers_ref})*{self.contingency_ref}/100,2)"
        return None

    def _rate_cell(self, ws: Any, r: int, ln: BoQLine, previous_amount: str) -> None:
        if ln.unpriced:
            ws.cell(r, 5, None)  # unknown: a user can type a rate in
            return
        formula = self._rate_formula(ln, previous_amount)
        self.book.put(ws, r, 5, formula if formula is not None else ln.rate, ln.rate, MONEY)

    def write_bill(self, bill: BillSection) -> None:
        from openpyxl.styles import Alignment, Font

        book, boq = self.book, self.boq
        ws = book.wb.create_sheet(bill_sheet_name(bill))
        bold = Font(bold=True)
        ws.append(
            [
                *HEADERS[:5],
                f"Amount ({boq.currency})",
                f"In kind ({boq.currency})",
                HEADERS[7],
                *BUILD_UP_HEADERS,
                *EXTRA_HEADERS,
            ]
        )
        for cell in ws[1]:
            cell.font = bold
        previous_amount = ""
        for i, ln in enumerate(bill.lines):
            r = FIRST_LINE_ROW + i
            ws.cell(r, 1, ln.ref)
            ws.cell(r, 2, xlsx_cell(ln.description)).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 3, self.loc.unit(ln.unit))
            ws.cell(r, 8, ln.code)
            ws.cell(r, 13, self._basis(ln))
            if ln.priced and ln.build_up is not None and ln.build_up.basis:
                ws.cell(r, 15, ln.build_up.basis)
            # Quantity: from the measurement sheet (rounded per the method), else as billed
            rng = self.part_ranges.get(id(ln))
            if rng is not None:
                total = f"SUM(Measurement!$F${rng[0]}:$F${rng[1]})"
                book.put(
                    ws, r, 4, _quantity_formula(total, ln.unit, boq.method_of_measurement), ln.quantity, QTY
                )
            else:
                book.put(ws, r, 4, ln.quantity, fmt=QTY)
            # Rate: a formula for percentage lines, empty for an unpriced line, else the library rate
            self._rate_cell(ws, r, ln, previous_amount)
            if ln.unpriced:
                book.put(ws, r, 6, f'=IF(ISNUMBER(E{r}),ROUND(D{r}*E{r},2),"UNPRICED")', "UNPRICED", MONEY)
            else:
                book.put(ws, r, 6, f"=ROUND(D{r}*E{r},2)", ln.amount, MONEY)
            previous_amount = f"F{r}"
            if ln.in_kind_per_unit:
                book.put(ws, r, 14, ln.in_kind_per_unit, fmt="#,##0.0000")
                book.put(ws, r, 7, f"=MIN(ROUND(D{r}*N{r},2),F{r})", ln.in_kind, MONEY)
            else:
                book.put(ws, r, 7, ln.in_kind, fmt=MONEY)
            bu = ln.build_up
            if bu is not None:
                for col, v in zip(
                    range(9, 13), (bu.materials, bu.labour, bu.plant, bu.overheads_and_profit), strict=True
                ):
                    book.put(ws, r, col, v, fmt=MONEY)
        last = FIRST_LINE_ROW + len(bill.lines) - 1
        total_row = last + 2
        ws.cell(total_row, 2, "Carried to Main Summary").font = bold
        rows = f"{FIRST_LINE_ROW}:{last}"
        book.put(ws, total_row, 6, f"=SUM(F{FIRST_LINE_ROW}:F{last})", bill.total, MONEY).font = bold
        book.put(ws, total_row, 7, f"=SUM(G{FIRST_LINE_ROW}:G{last})", bill.in_kind, MONEY)
        ws.freeze_panes = "A2"
        for letter, width in zip(
            "ABCDEFGHIJKLMNO", (8, 60, 7, 11, 13, 15, 13, 14, 12, 12, 12, 12, 9, 12, 12), strict=True
        ):
            ws.column_dimensions[letter].width = width
        ws.print_title_rows = "1:1"
        self.bill_refs[bill.number] = (
            _ref(ws.title, f"F{total_row}"),
            _ref(ws.title, f"G{total_row}"),
            ws.title,
        )
        self.bill_rows[bill.number] = rows

    # ------------------------------------------------------------------ summary
    def _summary_heading(self) -> None:
        """Title, option, price base, the warnings (illustrative rates, incomplete bill) and the price basis."""
        from openpyxl.styles import Font

        boq, ws = self.boq, self.summary
        rows: list[str] = [
            boq.title,
            f"Option {boq.option_id}: {boq.option_name}",
            f"Price base {boq.price_base}, region {boq.region}, {boq.library_name}, {boq.method_of_measurement}",
        ]
        warnings = []
        if boq.illustrative:
            warnings.append(
                "ILLUSTRATIVE RATES: not from a published price source; check before any tender or funding decision."
            )
        elif boq.illustrative_count:
            warnings.append(
                f"{boq.illustrative_count} of {boq.rated_count} rates are ILLUSTRATIVE (no published source): "
                "'illustrative' in the Rate basis column; check them before any tender or funding decision."
            )
        if not boq.complete:
            warnings.append(
                f"INCOMPLETE: {boq.unpriced_count} item(s) UNPRICED (cost unknown, not zero); "
                "the totals below cover the priced items only."
            )
        for text in [*rows, *warnings, *(f"Price basis: {n}" for n in boq.price_notes)]:
            ws.append([xlsx_cell(text)])
        ws["A1"].font = Font(bold=True, size=14)
        for i in range(len(warnings)):
            ws.cell(4 + i, 1).font = Font(bold=True, color="B00020")

    def write_summary(self) -> None:
        from openpyxl.styles import Font

        book, boq, ws, s = self.book, self.boq, self.summary, self.boq.summary
        bold = Font(bold=True)
        self._summary_heading()
        header = ws.max_row + 2
        for col, text in enumerate(("Bill", "Description", "%", f"Amount ({boq.currency})"), start=1):
            ws.cell(header, col, text).font = bold
        r = header + 1
        first = r
        for number, title, total in s.bill_totals:
            if number == CONTINGENCY_BILL:
                continue
            ws.cell(r, 1, number)
            ws.cell(r, 2, title)
            book.put(ws, r, 4, f"={self.bill_refs[number][0]}", total, MONEY)
            r += 1
        sub = r
        ws.cell(sub, 2, "Subtotal (Bills 1–12)").font = bold
        book.put(ws, sub, 4, f"=SUM(D{first}:D{sub - 1})" if sub > first else 0, s.subtotal, MONEY)
        tr = sub + 1
        ws.cell(tr, 2, "of which allowances to households (no contingency or tax)")
        book.put(ws, tr, 4, f"={self.transfers_ref}", self.transfers_value, MONEY)
        cont = tr + 1
        ws.cell(cont, 2, "Contingency")
        book.put(ws, cont, 3, f"={self.contingency_ref}", s.contingency_pct, PCT)
        if CONTINGENCY_BILL in self.bill_refs:
            ws.cell(cont, 1, CONTINGENCY_BILL)
            book.put(ws, cont, 4, f"={self.bill_refs[CONTINGENCY_BILL][0]}", s.contingency, MONEY)
        else:
            book.put(ws, cont, 4, f"=ROUND((D{sub}-D{tr})*C{cont}/100,2)", s.contingency, MONEY)
        kind = cont + 1
        ws.cell(kind, 2, "Community contribution in kind (not taxed)")
        refs = [k for _, k, _ in self.bill_refs.values()]
        book.put(ws, kind, 4, "=" + "+".join(refs) if refs else 0, s.in_kind, MONEY)
        tax = kind + 1
        ws.cell(tax, 2, s.tax_name)
        book.put(ws, tax, 3, f"={self.tax_ref}", s.tax_pct, PCT)
        base = s.subtotal - self.transfers_value + s.contingency - s.in_kind
        if round_money(base * s.tax_pct / 100) == s.tax:
            book.put(ws, tax, 4, f"=ROUND((D{sub}-D{tr}+D{cont}-D{kind})*C{tax}/100,2)", s.tax, MONEY)
        else:  # a bill whose tax follows another rule: the engine's figure, not a formula that would change it
            book.put(ws, tax, 4, s.tax, fmt=MONEY)
        total = tax + 1
        ws.cell(total, 2, "Total" if boq.complete else "Total of priced items only").font = bold
        book.put(ws, total, 4, f"=D{sub}+D{cont}+D{tax}", s.total, MONEY).font = bold
        ws.cell(total + 1, 2, "of which cash")
        book.put(ws, total + 1, 4, f"=D{total}-D{kind}", s.cash, MONEY)
        # Per household as a value, not a formula: the engine's one figure (BillOfQuantities.per_household),
        # the same cent the screen, PDF, CSV and poster show; blank when no household shares the cost or
        # the bill is incomplete.
        ws.cell(total + 2, 2, "Households sharing the cost")
        ws.cell(total + 2, 4, boq.households)
        ws.cell(total + 3, 2, "Cost per household")
        if boq.per_household is not None and boq.complete:
            ws.cell(total + 3, 4, boq.per_household).number_format = MONEY
        self.total_ref, self.cash_ref = f"Summary!$D${total}", f"Summary!$D${total + 1}"
        for letter, width in zip("ABCD", (8, 60, 8, 18), strict=True):
            ws.column_dimensions[letter].width = width
        # The settings' computed block refers back to the Summary
        self._computed("subtotal", "Subtotal of Bills 1–12", f"=Summary!$D${sub}", s.subtotal)
        self._computed("in_kind", "In kind (community)", f"=Summary!$D${kind}", s.in_kind)

    # ------------------------------------------------------------------ finance
    def write_finance(self) -> None:
        from openpyxl.styles import Font

        f = self.funding
        if f is None:
            return
        book = self.book
        ws = book.wb.create_sheet("Finance")
        bold = Font(bold=True)
        ws.append([f"Funding and repayment ({f.currency}); change the yellow cells"])
        ws["A1"].font = bold
        ws.append(["Households sharing the cost"])
        book.input(ws, 2, 2, f.households)
        ws.append(["", "Amount", "Per household"])
        for cell in ws[3]:
            cell.font = bold
        for line in f.lines:
            r = ws.max_row + 1
            ws.cell(r, 1, xlsx_cell(line.label))
            book.put(ws, r, 2, line.amount, fmt=MONEY)
            per = line.per_household if line.per_household is not None else line.amount / max(f.households, 1)
            book.put(ws, r, 3, f"=ROUND(B{r}/$B$2,2)", per.quantize(Decimal("0.01")), MONEY)
        r = ws.max_row + 1
        ws.cell(r, 1, "Total (the bill)").font = bold
        book.put(ws, r, 2, f"={self.total_ref}", f.total, MONEY)
        r += 2
        ws.cell(r, 1, "Loan per household")
        book.input(ws, r, 2, f.loan_per_household, MONEY)
        ws.cell(r + 1, 1, "Interest, % per year")
        book.input(ws, r + 1, 2, f.loan_rate_pct_per_year, PCT)
        ws.cell(r + 2, 1, "Term, months")
        book.input(ws, r + 2, 2, f.loan_term_months)
        ws.cell(r + 3, 1, "Grace, months (interest accrues)")
        book.input(ws, r + 3, 2, f.loan_grace_months)
        ws.cell(r + 4, 1, "Monthly repayment per household").font = bold
        p, rate, n, g = f"B{r}", f"B{r + 1}", f"B{r + 2}", f"B{r + 3}"
        i = f"({rate}/1200)"
        formula = (
            f"=IF({p}<=0,0,IF({rate}=0,ROUND({p}/{n},2),ROUND({p}*(1+{i})^{g}*{i}/(1-(1+{i})^(-{n})),2)))"
        )
        book.put(ws, r + 4, 2, formula, f.monthly_repayment, MONEY).font = bold
        r += 6
        ws.cell(r, 1, "Affordability").font = bold
        for label, value in f.notes:
            r += 1
            ws.cell(r, 1, xlsx_cell(label))
            ws.cell(r, 2, xlsx_cell(str(value)))
        ws.column_dimensions["A"].width = 48
        ws.column_dimensions["B"].width = 18
        ws.column_dimensions["C"].width = 16

    # ------------------------------------------------------------------ all
    def write(self) -> None:
        self.write_settings()
        self.write_measurement()
        # Settings' computed figures over the bills (written before the bills so the bills can refer to them)
        works_bills = [b for b in self.boq.bills if b.number <= 10]
        self.bill_rows: dict[int, str] = {}
        measured_value = sum(
            (ln.amount for b in works_bills for ln in b.lines if self._basis(ln) != "derived"), Decimal(0)
        )
        self.transfers_value = sum(
            (
                ln.amount
                for b in self.boq.bills
                if b.number <= 12
                for ln in b.lines
                if self._basis(ln) == "transfer"
            ),
            Decimal(0),
        )
        measured_parts = [
            f"SUMIF('{bill_sheet_name(b)}'!$M${FIRST_LINE_ROW}:$M${FIRST_LINE_ROW + len(b.lines) - 1},\"<>derived\","
            f"'{bill_sheet_name(b)}'!$F${FIRST_LINE_ROW}:$F${FIRST_LINE_ROW + len(b.lines) - 1})"
            for b in works_bills
            if b.lines
        ]
        transfer_parts = [
            f"SUMIF('{bill_sheet_name(b)}'!$M${FIRST_LINE_ROW}:$M${FIRST_LINE_ROW + len(b.lines) - 1},\"transfer\","
            f"'{bill_sheet_name(b)}'!$F${FIRST_LINE_ROW}:$F${FIRST_LINE_ROW + len(b.lines) - 1})"
            for b in self.boq.bills
            if b.lines and b.number <= 12
        ]
        self.measured_ref = self._computed(
            "measured",
            "Measured works (Bills 1–10, before preliminaries)",
            "=" + ("+".join(measured_parts) or "0"),
            measured_value,
        )
        self.transfers_ref = self._computed(
            "transfers",
            "Allowances to households (no contingency or tax)",
            "=" + ("+".join(transfer_parts) or "0"),
            self.transfers_value,
        )
        # The subtotal is written on the Summary; bill 13 refers to it through this cell, filled below.
        # write_summary puts the subtotal in this row of Settings: nothing else is written there before it.
        self.subtotal_ref = f"Settings!$B${self.settings.max_row + 1}"
        for bill in self.boq.bills:
            self.write_bill(bill)
        self.write_summary()
        self.write_finance()
        wb = self.book.wb
        order = (
            ["Summary", "Settings"]
            + [bill_sheet_name(b) for b in self.boq.bills]
            + ["Measurement", "Finance"]
        )
        wb._sheets.sort(key=lambda ws: order.index(ws.title) if ws.title in order else len(order))
        wb.calculation.fullCalcOnLoad = True


def _write_cached_values(path: Path, cached: dict[str, dict[str, Any]], titles: list[str]) -> None:
    """Put the engine's value into every formula cell of the saved file (``<v>`` after ``<f>``)."""
    tmp = path.with_name(path.name + ".cache")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m is not None:
                title = titles[int(m.group(1)) - 1]
                values = cached.get(title, {})
                if values:
                    data = _fill(data.decode("utf-8"), values).encode("utf-8")
            dst.writestr(info, data)
    tmp.replace(path)


_CELL = re.compile(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/>(?:</v>)?')


def _fill(xml: str, values: dict[str, Any]) -> str:
    def one(m: re.Match[str]) -> str:
        ref, attrs, formula = m.group(1), m.group(2), m.group(3)
        value = values.get(ref)
        if value is None:
            return m.group(0)
        if isinstance(value, str):
            attrs = re.sub(r'\s*t="[^"]*"', "", attrs) + ' t="str"'
            text = value.replace("&", "&amp;").replace("<", "&lt;")
            return f'<c r="{ref}"{attrs}><f>{formula}</f><v>{text}</v>'
        return f'<c r="{ref}"{attrs}><f>{formula}</f><v>{value}</v>'

    return _CELL.sub(one, xml)


def render_boq_xlsx(
    boq: BillOfQuantities,
    out: str | Path,
    *,
    locale: ReportLocale | None = None,
    funding: FundingSummary | None = None,
) -> Path:
    """Write the live bill as XLSX (see the module docstring) and return the path written."""
    from costing.report.pdf_boq import check_bill

    check_bill(boq)
    writer = _Writer(boq, locale or report_locale("en", boq.unit_labels), funding)
    writer.write()
    wb = writer.book.wb
    wb.properties.title = f"Bill of Quantities: {boq.title}: {boq.option_name}"
    wb.properties.creator = "Jamii"
    wb.properties.subject = f"Option {boq.option_id}, price base {boq.price_base}, {boq.currency}"
    out_path = Path(out)
    wb.save(out_path)
    _write_cached_values(out_path, writer.book.cached, [ws.title for ws in wb.worksheets])
    return out_path
