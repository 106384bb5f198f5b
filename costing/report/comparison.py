"""All design options side by side (A4 landscape PDF): totals by bill, cost per household, cash and in kind,
subsidy, monthly repayment, affordability and the service scorecard, with bar charts (reportlab.graphics).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from costing.boq.model import BILL_TITLES
from costing.report.data import OptionComparison, ServiceView
from costing.report.errors import ReportError
from costing.report.fonts import FONTS, register_fonts
from costing.report.locale import ReportLocale, report_locale
from costing.report.pdf_common import RULE, numbered_canvas_class, para
from costing.report.service_pages import service_flowables

__all__ = ["comparison_rows", "render_comparison_pdf"]

MM = 72.0 / 25.4
A4_LANDSCAPE = (297 * MM, 210 * MM)
BAR_COLOURS = (
    "#1f78b4",
    "#33a02c",
    "#e31a1c",
    "#ff7f00",
    "#6a3d9a",
    "#b15928",
    "#a6cee3",
    "#b2df8a",
    "#fb9a99",
)


def _or_dash(fmt: Callable[[Decimal], str], value: Decimal | None) -> str:
    """An unknown figure prints as a dash, never as 0.00."""
    return "-" if value is None else fmt(value)


def comparison_rows(options: list[OptionComparison], loc: ReportLocale) -> list[tuple[str, list[str]]]:
    """Return the comparison table as (row label, one printed value per option), bills first, then finance,
    then the scorecard rows in the order the first option gives them."""
    bills = sorted({n for o in options for n, _, _ in o.bill_totals})
    rows: list[tuple[str, list[str]]] = []

    def incomplete(n: int) -> str:
        return loc.text("incomplete_one") if n == 1 else loc.text("incomplete", n=n)

    for n in bills:
        title = next((t for o in options for m, t, _ in o.bill_totals if m == n), BILL_TITLES.get(n, str(n)))
        values = []
        for o in options:
            partial = dict(o.unpriced_by_bill)  # also bills that are a percentage of the priced part only
            values.append(
                incomplete(partial[n] or o.unpriced_count)
                if n in partial
                else loc.money({m: v for m, _, v in o.bill_totals}.get(n, Decimal(0)))
            )
        rows.append((f"{n}. {title}", values))

    def money_row(label: str, value: Any) -> tuple[str, list[str]]:
        # An incomplete option's totals are of its priced part only: never ranked against a complete one.
        # An unknown figure (no households to share it) prints as a dash, never as 0.00.
        return (
            label,
            [_or_dash(loc.money, value(o)) if o.complete else incomplete(o.unpriced_count) for o in options],
        )

    rows += [
        money_row("Total (incl. contingency and tax)", lambda o: o.total),
        ("Households served", [str(o.households) for o in options]),
        money_row("Cost per household", lambda o: o.cost_per_household),
        money_row("Cash", lambda o: o.cash),
        money_row("Community contribution in kind", lambda o: o.in_kind),
        money_row("Subsidy", lambda o: o.subsidy),
        money_row("Savings", lambda o: o.savings),
        money_row("Loan", lambda o: o.loan),
        money_row("Monthly repayment per household", lambda o: o.monthly_repayment),
        (
            "Households for whom it is affordable",
            [
                incomplete(o.unpriced_count)
                if not o.complete
                else "-"
                if o.affordable_share is None
                else f"{o.affordable_share * 100:.0f} %"
                for o in options
            ],
        ),
    ]
    labels: list[str] = []
    for o in options:
        for label, _ in o.scorecard:
            if label not in labels:
                labels.append(label)
    for label in labels:
        rows.append((label, [dict(o.scorecard).get(label, "-") for o in options]))
    return rows


def _bar_chart(
    title: str,
    names: list[str],
    series: list[list[float]],
    series_names: list[str],
    w: float,
    h: float,
    *,
    stacked: bool = False,
) -> Any:
    """Return a reportlab Drawing with a vertical bar chart (one category per option)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    d = Drawing(w, h)
    d.add(String(0, h - 12, title, fontName=FONTS.bold, fontSize=9))
    chart = VerticalBarChart()
    # Full option names, wrapped under their bars; a legend (full names too) below the chart.
    per_bar = max((w - 60) / max(len(names), 1), 30)
    labels = [_wrap(n, max(int(per_bar / 3.6), 8)) for n in names]
    label_lines = max((lbl.count("\n") + 1 for lbl in labels), default=1)
    legend_rows = (len(series_names) + 1) // 2 if len(series) > 1 else 0
    bottom = 14 + 8 * label_lines + 10 * legend_rows
    chart.x, chart.y = 45, bottom
    chart.width, chart.height = w - 60, h - bottom - 22
    chart.data = [tuple(s) for s in series]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONTS.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.labels.fontName = FONTS.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    top = (
        max((sum(col) if stacked else max(col)) for col in zip(*series, strict=True))
        if series and series[0]
        else 1
    )
    chart.valueAxis.valueMax = top * 1.1 or 1
    chart.barSpacing = 1
    chart.groupSpacing = 8
    if stacked:
        chart.categoryAxis.style = "stacked"
    for i in range(len(series)):
        chart.bars[i].fillColor = colors.HexColor(BAR_COLOURS[i % len(BAR_COLOURS)])
        chart.bars[i].strokeColor = None
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 45, 10 * legend_rows + 2
        legend.fontName, legend.fontSize = FONTS.regular, 7
        legend.alignment = "right"
        legend.columnMaximum = legend_rows
        legend.deltay = 10
        legend.dx, legend.dy = 7, 7
        legend.deltax = (w - 60) / 2
        legend.colorNamePairs = [
            (colors.HexColor(BAR_COLOURS[i % len(BAR_COLOURS)]), name) for i, name in enumerate(series_names)
        ]
        d.add(legend)
    return d


def _incomplete_warnings(options: list[OptionComparison], loc: ReportLocale) -> list[Any]:
    """Return a warning per option the library could not fully price (its cost is not known)."""
    from reportlab.platypus import Spacer

    out: list[Any] = []
    for o in options:
        if not o.complete:
            out += [
                Spacer(1, 2 * MM),
                para(
                    f"{o.name} ({o.option_id}): {loc.text('incomplete_warning', n=o.unpriced_count)}", "warn"
                ),
            ]
    return out


def _not_charted(options: list[OptionComparison]) -> list[Any]:
    """Return the line naming the options left out of the charts (their cost is not known)."""
    left_out = [o for o in options if not o.complete]
    if not left_out:
        return []
    names = ", ".join(f"{o.name} ({o.option_id})" for o in left_out)
    return [para(f"Not charted (unpriced items, their cost is not known): {names}", "warn")]


def _wrap(text: str, width: int) -> str:
    """Return ``text`` broken into lines of at most ``width`` characters at spaces (never cut)."""
    import textwrap

    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def _charts(options: list[OptionComparison], currency: str, w: float, h: float) -> Any:
    """Return the 2 × 2 grid of bar charts: total (cash and in kind), per household, repayment, by bill."""
    from reportlab.platypus import Table

    names = [o.name for o in options]
    bills = sorted({n for o in options for n, _, _ in o.bill_totals})
    by_bill = [[float({m: v for m, _, v in o.bill_totals}.get(n, 0)) for o in options] for n in bills]
    if not by_bill:  # options with nothing to price yet (a new, empty option): one series of zeros
        by_bill = [[0.0 for _ in options]]
    charts = [
        _bar_chart(
            f"Total cost ({currency}): cash and in kind",
            names,
            [[float(o.cash) for o in options], [float(o.in_kind) for o in options]],
            ["Cash", "In kind"],
            w,
            h,
            stacked=True,
        ),
        _bar_chart(
            f"Cost per household ({currency})",
            names,
            [[float(o.cost_per_household or 0) for o in options]],  # no households: the table says '-'
            [],
            w,
            h,
        ),
        _bar_chart(
            f"Monthly repayment per household ({currency})",
            names,
            [[float(o.monthly_repayment) for o in options]],
            [],
            w,
            h,
        ),
        _bar_chart(
            f"Totals by bill ({currency})",
            names,
            by_bill,
            [f"{n} {BILL_TITLES.get(n, '')}" for n in bills],
            w,
            h,
        ),
    ]
    return Table([[charts[0], charts[1]], [charts[2], charts[3]]], colWidths=[w + 8 * MM, w + 8 * MM])


def render_comparison_pdf(
    options: list[OptionComparison],
    out: str | Path,
    *,
    project: str,
    currency: str,
    locale: ReportLocale | None = None,
    issued: dt.date | None = None,
    assumptions: tuple[tuple[str, str, str], ...] = (),
    price_notes: tuple[str, ...] = (),
    services: list[ServiceView] | None = None,
    services_locale: ReportLocale | None = None,
) -> Path:
    """Write the comparison of all options: a table (bills, finance, scorecard) and bar charts, then — with
    ``services`` (today first, then each option) — the negotiation pages in ``services_locale``'s language,
    and the assumptions page (``assumptions``: (assumption, value, source) rows; ``price_notes``: price basis).

    Raises:
        ReportError: no options, or an option whose bill totals do not sum below its total.
    """
    from reportlab.lib import colors
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        LongTable,
        PageBreak,
        PageTemplate,
        Spacer,
        TableStyle,
    )

    if not options:
        raise ReportError("the project has no options to compare")
    register_fonts()
    loc = locale or report_locale("en")
    out_path = Path(out)
    margin = 14 * MM
    doc = BaseDocTemplate(
        str(out_path),
        pagesize=A4_LANDSCAPE,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 4 * MM,
        title=f"{loc.text('comparison_title')}: {project}",
        author="Jamii",
        subject=f"{len(options)} design options compared, {currency}",
        creator="Jamii (reportlab)",
    )

    def footer(canv: Any, _doc: Any) -> None:
        canv.saveState()
        canv.setFont(FONTS.regular, 7)
        canv.setFillColorRGB(0.35, 0.35, 0.35)
        text = f"{project} · {loc.text('comparison_title')} · {(issued or dt.date.today()).isoformat()}"
        if any(o.illustrative for o in options):
            text += " · ILLUSTRATIVE RATES"
        canv.drawString(margin, 22, text)
        canv.restoreState()

    doc.addPageTemplates(
        [PageTemplate("main", [Frame(margin, margin + 4 * MM, doc.width, doc.height)], onPageEnd=footer)]
    )
    story: list[Any] = [para(loc.text("comparison_title"), "h1"), para(f"{project} ({currency})", "h3")]
    if any(o.illustrative for o in options):
        story += [Spacer(1, 4 * MM), para(loc.text("illustrative_warning"), "warn"), Spacer(1, 5 * MM)]
    story += _incomplete_warnings(options, loc)
    rows = comparison_rows(options, loc)
    head = ["", *[f"{o.name} ({o.option_id})" for o in options]]
    label_w = 80 * MM
    col_w = (doc.width - label_w) / len(options)
    data: list[list[Any]] = [[para(h, "cell", bold=True) for h in head]]
    data += [[para(label, "cell"), *values] for label, values in rows]
    table = LongTable(data, colWidths=[label_w] + [col_w] * len(options), repeatRows=1)
    n_bills = len({n for o in options for n, _, _ in o.bill_totals})
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONTS.regular, 8.5),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, n_bills), (-1, n_bills), 0.8, colors.black),
                ("FONT", (0, n_bills + 1), (-1, n_bills + 1), FONTS.bold, 9),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story += [Spacer(1, 4 * MM), table, PageBreak(), para("Charts", "h2")]
    story += _not_charted(options)
    from costing.report.assumptions_page import assumptions_flowables

    charted = [o for o in options if o.complete]  # no chart of an option whose cost is not known
    if charted:
        story.append(_charts(charted, currency, doc.width / 2 - 4 * MM, 70 * MM))
    story += service_flowables(list(services or []), services_locale or loc, doc.width, doc.height)
    story += [PageBreak(), *assumptions_flowables(assumptions, price_notes, loc, doc.width)]
    doc.build(story, canvasmaker=numbered_canvas_class(loc.text("page_x_of_y")))
    return out_path
