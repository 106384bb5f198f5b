"""The priced bill as values-only CSV for machines (UTF-8, comma, ``.`` decimal, snake_case headers)."""

from __future__ import annotations

import io
from pathlib import Path

from costing.boq.model import BillOfQuantities
from costing.report.cell_safety import SafeCsvWriter
from costing.report.locale import ReportLocale, report_locale

__all__ = ["CSV_COLUMNS", "SUMMARY_COLUMNS", "boq_csv_text", "render_boq_csv", "summary_csv_text"]

CSV_COLUMNS = (
    "bill",
    "bill_title",
    "item",
    "code",
    "description",
    "kind",
    "unit",
    "unit_label",
    "quantity",
    "rate",
    "amount",
    "in_kind",
    "cash",
    "currency",
    "unpriced",
    "rate_basis",
)
"""``rate``, ``amount`` and ``cash`` are empty (unknown) on an unpriced line; ``unpriced`` says why;
``rate_basis`` says what a library rate is (published, benchmark, illustrative; empty when not stated)."""
SUMMARY_COLUMNS = ("line", "bill", "label", "percent", "amount", "currency")


def boq_csv_text(
    boq: BillOfQuantities, locale: ReportLocale | None = None, *, with_summary: bool = False
) -> str:
    """Return the bill's lines as CSV text: one row per line, plain decimals (no grouping).

    ``with_summary`` appends the main summary as rows whose ``bill`` is ``summary`` (label in
    ``description``, value in ``amount``), for a single stream such as `jamii cost --format csv`.
    """
    loc = locale or report_locale("en", boq.unit_labels)
    buf = io.StringIO()
    w = SafeCsvWriter(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for bill in boq.bills:
        for ln in bill.lines:
            w.writerow(
                (
                    bill.number,
                    bill.title,
                    ln.ref,
                    ln.code,
                    ln.description,
                    str(ln.kind),
                    ln.unit,
                    loc.unit(ln.unit),
                    str(ln.quantity),
                    "" if ln.unpriced else str(ln.rate),
                    "" if ln.unpriced else str(ln.amount),
                    str(ln.in_kind),
                    "" if ln.unpriced else str(ln.cash),
                    boq.currency,
                    ln.unpriced,
                    ln.build_up.basis if ln.priced and ln.build_up is not None else "",
                )
            )
    if with_summary:
        s = boq.summary
        for label, value in (
            ("subtotal", s.subtotal),
            ("contingency", s.contingency),
            (s.tax_name.lower(), s.tax),
            ("total", s.total),
            ("in_kind", s.in_kind),
            ("cash", s.cash),
            ("per_household", "" if boq.per_household is None else boq.per_household),
        ):
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(bill="summary", description=label, amount=str(value), currency=boq.currency)
            w.writerow(row.values())
        if not boq.complete:
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(bill="summary", description="unpriced_items", quantity=str(boq.unpriced_count))
            row.update(unpriced=boq.incomplete_note)
            w.writerow(row.values())
    return buf.getvalue()


def summary_csv_text(boq: BillOfQuantities) -> str:
    """Return the main summary as CSV: bill totals, subtotal, contingency, tax, total, in kind, cash, per household.

    The per-household cost is empty when the bill serves no household (unknown, not zero).
    """
    s = boq.summary
    buf = io.StringIO()
    w = SafeCsvWriter(buf, lineterminator="\n")
    w.writerow(SUMMARY_COLUMNS)
    for number, title, total in s.bill_totals:
        w.writerow(("bill_total", number, title, "", str(total), boq.currency))
    w.writerow(("subtotal", "", "Subtotal", "", str(s.subtotal), boq.currency))
    w.writerow(("contingency", "", "Contingency", str(s.contingency_pct), str(s.contingency), boq.currency))
    w.writerow(("tax", "", s.tax_name, str(s.tax_pct), str(s.tax), boq.currency))
    w.writerow(("total", "", "Total", "", str(s.total), boq.currency))
    w.writerow(("in_kind", "", "Community contribution in kind", "", str(s.in_kind), boq.currency))
    w.writerow(("cash", "", "Cash", "", str(s.cash), boq.currency))
    w.writerow(("households", "", "Households sharing the cost", "", str(boq.households), ""))
    per_household = "" if boq.per_household is None else str(boq.per_household)
    w.writerow(("per_household", "", "Cost per household", "", per_household, boq.currency))
    if not boq.complete:
        # The amounts above are of the priced lines only; the count says how much is missing.
        w.writerow(("unpriced_items", "", boq.incomplete_note, "", str(boq.unpriced_count), ""))
    return buf.getvalue()


def render_boq_csv(
    boq: BillOfQuantities, out: str | Path, *, locale: ReportLocale | None = None
) -> list[Path]:
    """Write the lines to ``out`` and the main summary to ``<stem>-summary.csv`` beside it; return both paths."""
    from costing.report.pdf_boq import check_bill

    check_bill(boq)
    out_path = Path(out)
    out_path.write_text(boq_csv_text(boq, locale), encoding="utf-8", newline="")
    summary_path = out_path.with_name(out_path.stem + "-summary.csv")
    summary_path.write_text(summary_csv_text(boq), encoding="utf-8", newline="")
    return [out_path, summary_path]
