"""Reports of a design option: from a Document to the PDF bill, XLSX/CSV bills, plan sheet, workshop poster
and the options comparison.

The glue between the design model and ``costing.report`` (which takes plain data only): the bill and finance
come from :mod:`designer.estimate.pricing`, walking distances and the service scorecard from
:mod:`designer.analysis.check`, the plan from the drawing walker's PDF backend. Every report is made from
:func:`designer.model.privacy.exportable` (no names or phone numbers) and prints no household ids at all.

``EXPORTERS``/``HELP`` join the one registry (``designer.export.registry``) used by ``jamii export`` and the GUI: ``--pdf``,
``--xlsx``, ``--csv``, ``--plan``, ``--poster``. Each writes its file atomically (temp file, then rename).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.export.request import reporting_before_publish
from designer.io.atomic import atomic_write
from designer.model.errors import JamiiError

if TYPE_CHECKING:
    from costing.boq.model import BillOfQuantities
    from costing.report.data import FundingSummary, OptionComparison, PlanDrawing, PosterFacts
    from costing.report.locale import ReportLocale
    from designer.analysis.check import CheckResult
    from designer.estimate.library import CostLibrary
    from designer.estimate.pricing import OptionFinance
    from designer.export.request import ExportRequest, Progress
    from designer.model.document import Document

__all__ = [
    "EXPORTERS",
    "HELP",
    "SUFFIXES",
    "OptionReport",
    "ReportExportError",
    "collect_option",
    "comparison_data",
    "export_boq_csv",
    "export_boq_pdf",
    "export_boq_xlsx",
    "export_comparison_pdf",
    "export_poster",
    "funding_summary",
    "poster_facts",
]

CENT = Decimal("0.01")
REPORT_LANGUAGE = "en"
"""Bills and the comparison are written for engineers, funders and the city (English words, the project's
number format); the plan sheet and the poster are in the project's language."""


class ReportExportError(JamiiError):
    """A report that cannot be made (no option chosen, a bill that does not add up …); one readable line."""


@dataclass(frozen=True)
class OptionReport:
    """Everything the reports of one option need, gathered once."""

    boq: BillOfQuantities
    finance: OptionFinance
    check: CheckResult | None
    plan: PlanDrawing | None


def _report_error(exc: Exception) -> ReportExportError:
    return ReportExportError(str(exc))


def _locale(doc: Document, boq: BillOfQuantities | None, language: str = REPORT_LANGUAGE) -> ReportLocale:
    from costing.report.locale import report_locale

    project = doc.project
    number_locale = report_locale(project.language or "en").number_locale
    labels = boq.unit_labels if boq is not None else project.unit_labels
    return report_locale(language, labels, number_locale=number_locale)


@contextmanager
def _costing_errors() -> Iterator[None]:
    """Turn the costing library's errors (missing cost library, bad rule) into one readable line."""
    from designer.estimate.library import CostingError

    try:
        yield
    except CostingError as exc:
        raise ReportExportError(str(exc)) from exc


def _priced(doc: Document, option_id: str) -> BillOfQuantities:
    from designer.estimate.pricing import cost_option
    from designer.model.privacy import exportable

    with _costing_errors():
        return cost_option(exportable(doc), option_id)


def collect_option(
    doc: Document,
    option_id: str,
    *,
    with_check: bool = True,
    with_plan: bool = True,
    library: CostLibrary | None = None,
    project_dir: Path | None = None,
    measurement_detail: bool = False,
) -> OptionReport:
    """Price, finance, check and draw one option (the document is first stripped of personal data).

    ``library``: a cost library to price with (default: the project's). ``project_dir``: where the imagery
    printed under the plan is found (None: no imagery).
    """
    from designer.estimate.pricing import cost_option, option_finance
    from designer.model.privacy import exportable
    from designer.render.plan_pdf import plan_drawing

    public = exportable(doc)
    with _costing_errors():
        boq = cost_option(public, option_id, library=library, measurement_detail=measurement_detail)
        finance = option_finance(public, option_id, boq=boq)
    check = None
    if with_check:
        from designer.analysis.check import check_option

        check = check_option(public, option_id, pressure=False)
    plan = (
        plan_drawing(public, option_id, date=dt.date.today().isoformat(), project_dir=project_dir)
        if with_plan
        else None
    )
    return OptionReport(boq, finance, check, plan)


def funding_summary(boq: BillOfQuantities, finance: OptionFinance) -> FundingSummary:
    """Return Appendix C's data: the sources of the option's total and the repayment per household.

    The sources add up to the bill's total: government works + subsidy + savings + loan + paid upfront
    (together the cash part) + the community's in-kind contribution.
    """
    from costing.boq.money import share_equally
    from costing.report.data import FundingLine, FundingSummary

    f, n = finance.funding, finance.funding.households
    in_kind = boq.summary.in_kind
    lines = [
        ("Government works (not charged to households)", f.government_works),
        (
            "City or national fund subsidy" + (" (capped per household)" if f.subsidy_capped else ""),
            f.subsidy,
        ),
        (
            f"Savings groups ({f.savings_members_female} women, {f.savings_members_male} men members)",
            f.savings,
        ),
        ("Loan repaid by households", f.loan),
        ("Paid upfront by households", f.upfront),
        ("Community contribution in kind (labour, local materials)", in_kind),
    ]
    total = sum((a for _, a in lines), Decimal(0))
    if total != boq.summary.total:
        raise ReportExportError(
            f"funding sources add up to {total} but the bill totals {boq.summary.total}; the report is not written"
        )
    aff = finance.affordability
    notes: list[tuple[str, str]] = [
        (
            "Lifetime cost per household per year",
            f"{boq.currency} {finance.lifetime.per_household_per_year:,.2f}",
        ),
        (
            "Monthly cost per household (repayment and running costs)",
            f"{boq.currency} {aff.monthly_cost_per_household:,.2f}",
        ),
    ]
    if aff.share_affordable is not None:
        notes.append(
            (
                "Households for whom it is affordable",
                f"{aff.share_affordable * 100:.0f} % of those with a known income",
            )
        )
    notes += [("Note", note) for note in f.notes]
    return FundingSummary(
        currency=boq.currency,
        households=n,
        lines=tuple(
            FundingLine(label, amount, share_equally(amount, n))
            for label, amount in lines
            if amount or "in kind" in label
        ),
        total=boq.summary.total,
        loan_per_household=f.loan_per_household,
        monthly_repayment=f.monthly_repayment,
        loan_rate_pct_per_year=Decimal(str(f.loan_terms.rate_pct_per_year)),
        loan_term_months=f.loan_terms.term_months,
        loan_grace_months=f.loan_terms.grace_months,
        notes=tuple(notes),
    )


def _median(values: list[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def _walk_m(private: bool, distance_m: float | None) -> float:
    """Walking distance in metres: 0 for a facility on the household's own plot."""
    return 0.0 if private or distance_m is None else float(distance_m)


_NOT_DRAWN = ("water_points_not_drawn", "toilets_not_drawn")


def poster_facts(rep: OptionReport, option_name: str, households_total: int | None = None) -> PosterFacts:
    """Return the poster's numbers: cost and repayment per household, median walks, households served.

    "Served" means both water and a toilet within the standard's walking distance (measured along paths).
    """
    from costing.report.data import PosterFacts
    from designer.analysis.served import count_served, served_not_drawn

    boq, f = rep.boq, rep.finance.funding
    rows = rep.check.households if rep.check is not None else []
    water = [_walk_m(r.water_private, r.water_m) for r in rows if r.water_private or r.water_m is not None]
    toilet = [
        _walk_m(r.toilet_private, r.toilet_m) for r in rows if r.toilet_private or r.toilet_m is not None
    ]
    served = count_served(rows)  # the one definition every panel uses
    notes = [
        "walking distances are medians along the drawn paths",
        "served = water and a toilet within the standard",
    ]
    reachable = None
    served_unknown = ""
    if rep.check is not None:
        notes.append(f"standard: {rep.check.pack.id}")
        # No water point, toilet or path drawn: who is served cannot be told (not "0 served"); the
        # poster names the first thing not drawn.
        not_drawn = served_not_drawn(rep.check.ladders_unknown_because)
        served_unknown = f"{not_drawn[0]}_not_drawn" if not_drawn else ""
        # Gains over a today with no path drawn cannot be told: every plot reached would look gained.
        if rep.check.reblocking.plots_gaining_access and not rep.check.access_gained_unknown_because:
            reachable = _reachable_counts(rep.check)
    return PosterFacts(
        option_name=option_name,
        currency=boq.currency,
        cost_per_household=boq.per_household,
        monthly_repayment=f.monthly_repayment,
        repayment_months=f.loan_terms.term_months,
        walk_to_water_m=_median(water),
        walk_to_toilet_m=_median(toilet),
        households_served=None if served_unknown else served,
        served_unknown_because=served_unknown,
        households_total=households_total if households_total is not None else (len(rows) or boq.households),
        total_cost=boq.summary.total,
        in_kind=boq.summary.in_kind,
        illustrative=boq.has_illustrative_rates,
        notes=tuple(notes),
        plots_reachable=reachable,
        path_access_unknown=rep.check is not None and rep.check.path_access_unknown_because is not None,
        unpriced_count=boq.unpriced_count,
        assumptions=boq.assumptions,
        price_notes=boq.price_notes,
        displaced_households=len(rep.check.reblocking.displaced_households) if rep.check is not None else 0,
    )


# ------------------------------------------------------------------------------------------------ writers
def _option_id(req: ExportRequest) -> str:
    if req.mode != "option" or req.option_id is None:
        raise ReportExportError(
            "bills, plans and posters are made for one option: choose one first "
            "(jamii export: --option ID, not --existing-only or --all-options)"
        )
    return req.option_id


def _no_progress(_fraction: float) -> None:
    """Nobody watches this export (the CLI)."""


def export_boq_pdf(
    doc: Document,
    option_id: str,
    out: str | Path,
    *,
    progress: Progress | None = None,
    project_dir: Path | None = None,
) -> str:
    """Write the PDF bill of quantities of an option with its appendices; return a one-line description.

    ``progress`` is told how far the export is (0–1) between steps; if it raises, nothing is written.
    """
    from costing.report.errors import ReportError
    from costing.report.pdf_boq import render_boq_pdf

    report = progress or _no_progress
    report(0.05)
    rep = collect_option(doc, option_id, with_check=False, project_dir=project_dir)
    report(0.4)
    others = comparison_data(doc, progress=lambda f: report(0.4 + 0.4 * f)) if len(doc.options) > 1 else []
    report(0.8)
    try:
        result = atomic_write(
            Path(out),
            reporting_before_publish(
                lambda tmp: render_boq_pdf(
                    rep.boq,
                    tmp,
                    locale=_locale(doc, rep.boq),
                    funding=funding_summary(rep.boq, rep.finance),
                    plan=rep.plan,
                    comparison=others,
                ),
                report,
            ),
        )
    except ReportError as exc:
        raise _report_error(exc) from exc
    s = rep.boq.summary
    return (
        f"{out}: PDF bill of quantities, {result.pages} pages, {len([b for b in rep.boq.bills if b.lines])} bills, "
        + (
            f"total {rep.boq.currency} {s.total:,.2f}"
            if rep.boq.complete
            else f"{rep.boq.incomplete_note} (priced part {rep.boq.currency} {s.total:,.2f})"
        )
        + (" (illustrative rates)" if rep.boq.has_illustrative_rates else "")
    )


def export_boq_xlsx(
    doc: Document, option_id: str, out: str | Path, *, progress: Progress | None = None
) -> str:
    """Write the XLSX bill (one sheet per bill plus Summary, Amount as formulas).

    ``progress`` is told how far the export is (0–1) between steps; if it raises, nothing is written.
    """
    from costing.report.errors import ReportError
    from costing.report.xlsx import render_boq_xlsx

    report = progress or _no_progress
    report(0.05)
    rep = collect_option(doc, option_id, with_check=False, with_plan=False, measurement_detail=True)
    boq = rep.boq
    funding = funding_summary(boq, rep.finance)
    report(0.6)
    try:
        atomic_write(
            Path(out),
            reporting_before_publish(
                lambda tmp: render_boq_xlsx(boq, tmp, locale=_locale(doc, boq), funding=funding), report
            ),
        )
    except ReportError as exc:
        raise _report_error(exc) from exc
    return (
        f"{out}: XLSX bill, {len(boq.bills)} bill sheets + Summary, Settings, Measurement and Finance, "
        f"{len(boq.lines())} lines (live formulas with cached values)"
    )


def export_boq_csv(
    doc: Document, option_id: str, out: str | Path, *, progress: Progress | None = None
) -> str:
    """Write the values-only CSV of the bill's lines and ``<stem>-summary.csv`` beside it.

    ``progress`` is told how far the export is (0–1) before the two files are written; if it raises,
    neither is (both are made in memory first, so a stop never leaves one new and one old).
    """
    from costing.report.csv import boq_csv_text, summary_csv_text
    from costing.report.errors import ReportError
    from costing.report.pdf_boq import check_bill

    report = progress or _no_progress
    report(0.05)
    boq = _priced(doc, option_id)
    try:
        check_bill(boq)
    except ReportError as exc:
        raise _report_error(exc) from exc
    lines_text, summary_text = boq_csv_text(boq, _locale(doc, boq)), summary_csv_text(boq)
    report(0.9)
    out = Path(out)
    summary = out.with_name(out.stem + "-summary.csv")
    atomic_write(out, lambda tmp: tmp.write_text(lines_text, encoding="utf-8", newline=""))
    atomic_write(summary, lambda tmp: tmp.write_text(summary_text, encoding="utf-8", newline=""))
    return f"{out}: CSV, {len(boq.lines())} lines; main summary in {summary}"


def export_plan(
    doc: Document,
    option_id: str | None,
    out: str | Path,
    paper: str = "A3",
    *,
    progress: Progress | None = None,
    project_dir: Path | None = None,
) -> str:
    """Write the plan sheet of an option (None: existing conditions) as a one-page PDF.

    ``progress`` is told how far the export is (0–1) between steps; if it raises, nothing is written.
    """
    from costing.report.plan_sheet import render_plan_pdf
    from designer.model.privacy import exportable
    from designer.render.plan_pdf import plan_drawing, plan_locale

    report = progress or _no_progress
    report(0.05)
    notes: list[str] = []
    # The sheet is pinned up in the settlement: in the project's language, numbers as it writes them.
    loc = plan_locale(doc)
    plan = plan_drawing(
        exportable(doc),
        option_id,
        date=dt.date.today().isoformat(),
        project_dir=project_dir,
        notes=notes,
        locale=loc,
    )
    report(0.5)
    denom = atomic_write(
        Path(out),
        reporting_before_publish(lambda tmp: render_plan_pdf(plan, tmp, paper=paper, locale=loc), report),
    )
    imagery = f", over {len(plan.underlays)} imagery layers" if plan.underlays else ""
    return "\n  ".join(
        [f"{out}: plan sheet {paper} landscape at 1:{denom}, {len(plan.shapes)} shapes{imagery}", *notes]
    )


def export_poster(
    doc: Document,
    option_id: str,
    out: str | Path,
    *,
    progress: Progress | None = None,
    project_dir: Path | None = None,
) -> str:
    """Write the A3 workshop poster of an option in the project's language.

    ``progress`` is told how far the export is (0–1) between steps; if it raises, nothing is written.
    """
    from costing.report.poster import render_poster_pdf

    report = progress or _no_progress
    report(0.05)
    opt = doc.get(option_id)
    rep = collect_option(doc, option_id, project_dir=project_dir)
    report(0.7)
    facts = poster_facts(rep, getattr(opt, "name", option_id))
    loc = _locale(doc, rep.boq, language=doc.project.language or "en")
    project = doc.project.name + (f", {doc.project.place}" if doc.project.place else "")
    from designer.analysis.check import check_option
    from designer.export.service_views import service_view
    from designer.model.privacy import exportable

    public = exportable(doc)
    views = [
        service_view(public, check_option(public, None), loc.text("today")),
        service_view(public, check_option(public, option_id), getattr(opt, "name", option_id)),
    ]
    atomic_write(
        Path(out),
        reporting_before_publish(
            lambda tmp: render_poster_pdf(
                facts, tmp, plan=rep.plan, locale=loc, project=project, services=views
            ),
            report,
        ),
    )
    served = (
        f"households served unknown ({facts.served_unknown_because.replace('_', ' ')})"
        if facts.households_served is None
        else f"{facts.households_served} of {facts.households_total} households served"
    )
    return f"{out}: A3 workshop poster ({loc.language}), {served}"


def _reachable_counts(check: Any) -> tuple[int, int, int]:
    """Return (before, after, all): plots a path reaches before and after the option's paths."""
    plots = int(check.summary.get("plots", 0))
    after = plots - int(check.summary.get("plots_without_access", 0))
    return after - len(check.reblocking.plots_gaining_access), after, plots


def _within(n: int, card: Any, ladder: str) -> str:
    """Return "n of N", or "unknown (toilets not drawn)" when nothing of the kind is drawn."""
    why = card.ladders_unknown_because.get(ladder)
    if why in _NOT_DRAWN:
        return f"unknown ({why.replace('_', ' ')})"
    if why == "paths_not_drawn":  # those with one on their plot are told, the rest are not
        return f"{n} of {card.households}, the rest unknown (paths not drawn)"
    return f"{n} of {card.households}"


def _plots_reachable(check: Any) -> str:
    """Return "before → after of all" plots a path reaches (access gained by the option's paths).

    Unknown where no path is drawn: in the option ("unknown (paths not drawn)"), or today (the before).
    """
    if check.path_access_unknown_because:
        return "unknown (paths not drawn)"
    before, after, plots = _reachable_counts(check)
    if check.access_gained_unknown_because:
        return f"unknown (no path drawn today) → {after:,} of {plots:,}"
    return f"{before:,} → {after:,} of {plots:,}"


def _without_path_access(card: Any) -> str:
    """Return "n of N" households no path reaches, or "unknown (paths not drawn)" when none is drawn."""
    if card.path_access_unknown_because == "paths_not_drawn":
        return "unknown (paths not drawn)"
    return f"{card.households_without_path_access} of {card.households}"


def comparison_data(
    doc: Document, library: CostLibrary | None = None, *, progress: Progress | None = None
) -> list[OptionComparison]:
    """Return every option's figures for the comparison report (options sorted by id).

    ``progress`` is told the share of options done (0–1) after each one.
    """
    from costing.report.data import OptionComparison

    out = []
    options = sorted(doc.options, key=lambda o: o.id)
    for opt in options:
        rep = collect_option(doc, opt.id, with_plan=False, library=library)
        boq, f = rep.boq, rep.finance.funding
        card = rep.check.scorecard if rep.check is not None else None
        facts = poster_facts(rep, opt.name)
        scorecard: list[tuple[str, str]] = [
            (
                "Median walk to water",
                "-" if facts.walk_to_water_m is None else f"{facts.walk_to_water_m:.0f} m",
            ),
            (
                "Median walk to a toilet",
                "-" if facts.walk_to_toilet_m is None else f"{facts.walk_to_toilet_m:.0f} m",
            ),
        ]
        if card is not None:
            scorecard += [
                (
                    f"Households with water within {card.water_standard_m:.0f} m",
                    _within(card.households_water_within_standard, card, "water"),
                ),
                (
                    f"Households with a toilet within {card.toilet_standard_m:.0f} m",
                    _within(card.households_toilet_within_standard, card, "sanitation"),
                ),
                ("Households without path access", _without_path_access(card)),
                ("Most persons per tap", f"{card.persons_per_tap_max:.0f}"),
                ("Most persons per toilet seat", f"{card.persons_per_toilet_seat_max:.0f}"),
                ("Children crossing a busy road to water", str(card.children_busy_crossing)),
                ("Households displaced", str(card.displaced_households)),
                ("Deprivations removed", str(card.deprivations_removed)),
                ("Plots reachable by a path (before → after)", _plots_reachable(rep.check)),
            ]
        out.append(
            OptionComparison(
                option_id=opt.id,
                name=opt.name,
                bill_totals=tuple((b.number, b.title, b.total) for b in boq.bills),
                total=boq.summary.total,
                cash=boq.summary.cash,
                in_kind=boq.summary.in_kind,
                households=boq.households,
                cost_per_household=boq.per_household,
                subsidy=f.subsidy,
                savings=f.savings,
                loan=f.loan,
                monthly_repayment=f.monthly_repayment,
                affordable_share=rep.finance.affordability.share_affordable,
                scorecard=tuple(scorecard),
                illustrative=boq.has_illustrative_rates,
                currency=boq.currency,
                unpriced_by_bill=tuple(
                    (b.number, b.unpriced_count) for b in boq.bills if b.number in boq.partial_bills
                ),
                assumptions=boq.assumptions,
                price_notes=boq.price_notes,
            )
        )
        if progress is not None:
            progress(len(out) / len(options))
    return out


def export_comparison_pdf(doc: Document, out: str | Path, *, library_name: str | None = None) -> str:
    """Write the comparison of all options (table and bar charts) as a PDF; ``library_name`` overrides the
    project's cost library (name or .sqlite path)."""
    from costing.report.comparison import render_comparison_pdf
    from costing.report.errors import ReportError
    from designer.estimate.library import optional_library

    if not doc.options:
        raise ReportExportError("the project has no design options to compare")
    with _costing_errors(), optional_library(library_name) as library:
        options = comparison_data(doc, library)
    if not options:
        raise ReportExportError("the project has no design options to compare")
    currency = options[0].currency
    from designer.export.service_views import service_views

    # The negotiation pages are in the project's language (read by the federation); the rest in English.
    words = _locale(doc, None, doc.project.language or REPORT_LANGUAGE)
    views = service_views(doc, today=words.text("today"))
    try:
        atomic_write(
            Path(out),
            lambda tmp: render_comparison_pdf(
                options,
                tmp,
                project=doc.project.name,
                currency=currency,
                locale=_locale(doc, None),
                assumptions=options[0].assumptions,
                price_notes=options[0].price_notes,
                services=views,
                services_locale=words,
            ),
        )
    except ReportError as exc:
        raise _report_error(exc) from exc
    return (
        f"{out}: comparison of {len(options)} options (table and bar charts) and who is served today "
        f"and under each option ({words.language})"
    )


# ------------------------------------------------------------------------------------------------ jamii export
def _pdf(doc: Document, out: Path, req: ExportRequest) -> str:
    return export_boq_pdf(doc, _option_id(req), out, progress=req.report, project_dir=req.project_dir)


def _xlsx(doc: Document, out: Path, req: ExportRequest) -> str:
    return export_boq_xlsx(doc, _option_id(req), out, progress=req.report)


def _csv(doc: Document, out: Path, req: ExportRequest) -> str:
    return export_boq_csv(doc, _option_id(req), out, progress=req.report)


def _plan(doc: Document, out: Path, req: ExportRequest) -> str:
    if req.mode == "all":
        raise ReportExportError(
            "the plan sheet shows one option (or --existing-only), not all options at once"
        )
    # A3 (the workshop handout) unless only A1 was asked for with --paper A1.
    paper = "A1" if "A1" in req.paper_sizes and "A3" not in req.paper_sizes else "A3"
    option_id = req.option_id if req.mode == "option" else None
    return export_plan(doc, option_id, out, paper=paper, progress=req.report, project_dir=req.project_dir)


def _poster(doc: Document, out: Path, req: ExportRequest) -> str:
    return export_poster(doc, _option_id(req), out, progress=req.report, project_dir=req.project_dir)


def _house_dxf(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.export.house_sheet import export_house_plans

    return export_house_plans(doc, out, req)


def _house_pdf(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.export.house_sheet import export_house_sheets

    return export_house_sheets(doc, out, req)


EXPORTERS: dict[str, Callable[[Document, Path, ExportRequest], str]] = {
    "pdf": _pdf,
    "xlsx": _xlsx,
    "csv": _csv,
    "plan": _plan,
    "poster": _poster,
    "house-dxf": _house_dxf,
    "house-pdf": _house_pdf,
}
HELP: dict[str, str] = {
    "pdf": "PDF bill of quantities with collection pages, main summary and appendices (build-ups, community "
    "contribution, funding and repayment, plan sheet)",
    "xlsx": "XLSX bill: one sheet per bill plus Summary, Amount as formulas",
    "csv": "values-only CSV of the bill's lines (and OUT-summary.csv beside it)",
    "plan": "plan sheet PDF of the option (A3 landscape, or A1 with --paper A1): legend, north arrow, scale bar",
    "poster": "A3 workshop poster of the option in the project's language",
    "house-dxf": "DXF plans of the option's house types at 1:50/1:100 (A-WALL, A-DOOR, A-GLAZ; stage by linetype)",
    "house-pdf": "A3 PDF sheet per house type of the option: plans, stages, quantities and cost per stage",
}
SUFFIXES: dict[str, str] = {
    "pdf": ".pdf",
    "xlsx": ".xlsx",
    "csv": ".csv",
    "plan": ".pdf",
    "poster": ".pdf",
    "house-dxf": ".dxf",
    "house-pdf": ".pdf",
}
