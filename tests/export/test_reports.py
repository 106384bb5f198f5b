"""Reports of a Document: plan backend of the drawing walker, and end-to-end bills, poster and comparison on the
bundled sample, read back independently (pdftotext, pypdf, qpdf, openpyxl, csv)."""

from __future__ import annotations

import csv
import re
import statistics
from collections import Counter
from decimal import Decimal

import pytest

from designer.export.reports import (
    ReportExportError,
    collect_option,
    comparison_data,
    export_boq_csv,
    export_boq_pdf,
    export_boq_xlsx,
    export_comparison_pdf,
    export_plan,
    export_poster,
    funding_summary,
    poster_facts,
)
from designer.io.project_file import load_project
from designer.model.people import Household
from designer.render.plan_pdf import PlanPdfBackend, plan_drawing
from designer.render.walker import walk
from designer.resources import sample_project_path
from tests.costing.pdf_readback import MONEY_RE, find_money, money, pages_text, qpdf_check
from tests.io.drawing_fixtures import ORIGIN, small_settlement

D = Decimal


@pytest.fixture(scope="module", autouse=True)
def _data_dir(tmp_path_factory):
    """Keep the cost library the engine installs on first use out of the user's folders."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JAMII_DATA_DIR", str(tmp_path_factory.mktemp("jamii-data")))
        yield


@pytest.fixture(scope="module")
def sample():
    path = sample_project_path()
    if not path.exists():
        pytest.skip("the bundled sample is not there")
    doc = load_project(path)
    # A household with personal data: no report may print it.
    doc._add(
        Household(id="hh-0123456789ab", name="Wanjiku Kamau Testname", phone="+254700111222", size_persons=5)
    )
    return doc


# ---------------------------------------------------------------------------------------------- plan backend
def test_plan_backend_draws_every_walked_primitive_in_local_metres():
    doc = small_settlement()
    backend = PlanPdfBackend()
    summary = walk(doc, backend, mode="option", option_id="opt-a")
    drawing = backend.drawing
    assert drawing is not None
    per_style = Counter(s.style for s in drawing.shapes)
    # One walker, several renderers: the plan has what the walker emitted, layer by layer, except the DXF-only
    # hatches and dimensions.
    hatch_or_dim = {k for k in summary.counts if "PATT" in k or "DIMS" in k}
    assert {k: v for k, v in summary.counts.items() if k not in hatch_or_dim} == dict(per_style)
    xs = [x for s in drawing.shapes for x, _ in s.coords]
    assert min(xs) > -20 and max(xs) < 80  # origin (252,000 E) taken off
    styles = {s.key: s for s in drawing.styles}
    assert styles["V-PROP-LINE"].label.startswith("Plot boundaries")
    assert any(s.symbol == "tap" for s in drawing.styles) and any(
        s.symbol == "toilet" for s in drawing.styles
    )
    road = next(
        s for s in drawing.shapes if s.kind == "line" and s.width_m == 9.0
    )  # option A widens the road to 9 m
    assert styles[road.style].fill  # roads drawn at their true width
    assert drawing.title.crs.startswith("EPSG:32737") and f"{ORIGIN[0]:.0f}" in drawing.title.crs


def test_plan_sheet_export_of_an_option_and_of_the_existing_conditions(tmp_path):
    doc = small_settlement()
    line = export_plan(doc, "opt-a", tmp_path / "a.pdf")
    assert "plan sheet A3 landscape at 1:" in line
    qpdf_check(tmp_path / "a.pdf")
    text = pages_text(tmp_path / "a.pdf")[0]
    assert "Upgrade in place" in text and "Legend" in text and "Tumaini test, Nairobi" in text
    export_plan(doc, None, tmp_path / "e.pdf", paper="A1")
    assert "Existing conditions" in pages_text(tmp_path / "e.pdf")[0]
    assert len(plan_drawing(doc, "opt-a").shapes) > len(plan_drawing(doc, None).shapes) - 5


# ---------------------------------------------------------------------------------------------- end to end
@pytest.fixture(scope="module")
def sample_pdf(sample, tmp_path_factory):
    from designer.estimate.pricing import cost_option

    out = tmp_path_factory.mktemp("reports") / "opt-b.pdf"
    line = export_boq_pdf(sample, "opt-b", out)
    return cost_option(sample, "opt-b"), out, line, pages_text(out)


def test_sample_bill_pdf_totals_equal_the_costing_engine_to_the_cent(sample_pdf):
    boq, out, line, pages = sample_pdf
    assert f"total KES {boq.summary.total:,.2f}" in line
    summary = next(p for p in pages if p.splitlines()[0].rstrip().endswith("Main Summary"))
    assert find_money(r"\n\s*Total", summary) == boq.summary.total
    assert find_money("Subtotal", summary) == boq.summary.subtotal
    for bill in boq.bills:
        bill_pages = [
            p
            for p in pages
            if re.search(
                rf"Bill No\. {bill.number}: {re.escape(bill.title)}( \(cont'd\))?\s*$", p.splitlines()[0]
            )
        ]
        carried = [find_money("Carried to Collection", p) for p in bill_pages]
        assert carried and sum(carried) == bill.total, bill.number
    n = len(pages)
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {n}" in page
    qpdf_check(out)


def test_sample_bill_pdf_carries_the_illustrative_warning_funding_and_plan(sample_pdf):
    boq, _, _, pages = sample_pdf
    # The default library is illustrative rate by rate: the cover counts them, each line says so.
    cover = " ".join(pages[0].split())
    assert (
        boq.illustrative_count
        and f"{boq.illustrative_count} of {boq.rated_count} rates are ILLUSTRATIVE" in cover
    )
    assert "each is marked on its line" in cover
    assert any("illustrative rate" in p for p in pages[2:])
    assert "East African SMM" in pages[1] or boq.method_of_measurement in pages[1]
    funding = next(p for p in pages if "Appendix C: Funding" in p)
    assert find_money(r"\n\s*Total", funding) == boq.summary.total
    assert "Monthly repayment" in funding
    assert "Legend" in pages[-1] and "Appendix E: Plan sheet" in pages[-1]
    comparison = next(p for p in pages if "Appendix D: Comparison of options" in p)
    assert "(opt-b) — this" in comparison and "(opt-a)" in comparison and "(opt-c)" in comparison


def test_no_personal_data_reaches_any_report(sample, sample_pdf, tmp_path):
    from openpyxl import load_workbook

    _, _, _, pages = sample_pdf
    export_boq_xlsx(sample, "opt-b", tmp_path / "b.xlsx")
    export_boq_csv(sample, "opt-b", tmp_path / "b.csv")
    export_poster(sample, "opt-b", tmp_path / "p.pdf")
    texts = [
        "\n".join(pages),
        "\n".join(pages_text(tmp_path / "p.pdf")),
        (tmp_path / "b.csv").read_text(encoding="utf-8"),
    ]
    wb = load_workbook(tmp_path / "b.xlsx")
    texts.append(
        "\n".join(str(c.value) for ws in wb for r in ws.iter_rows() for c in r if c.value is not None)
    )
    for text in texts:
        assert "Wanjiku" not in text and "700111222" not in text and "hh-0123456789ab" not in text


def test_sample_xlsx_and_csv_have_the_engine_lines(sample, tmp_path):
    from openpyxl import load_workbook

    from costing.report.xlsx import bill_sheet_name
    from designer.estimate.pricing import cost_option

    boq = cost_option(sample, "opt-a")
    export_boq_xlsx(sample, "opt-a", tmp_path / "a.xlsx")
    wb = load_workbook(tmp_path / "a.xlsx", data_only=True)  # quantities are formulas with cached values
    for bill in boq.bills:
        ws = wb[bill_sheet_name(bill)]
        refs = [ws.cell(r, 1).value for r in range(2, 2 + len(bill.lines))]
        assert refs == [ln.ref for ln in bill.lines]
        assert [D(str(ws.cell(r, 4).value)) for r in range(2, 2 + len(bill.lines))] == [
            ln.quantity for ln in bill.lines
        ]
    line = export_boq_csv(sample, "opt-a", tmp_path / "a.csv")
    assert "a-summary.csv" in line
    with (tmp_path / "a.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sum(D(r["amount"]) for r in rows) == sum((b.total for b in boq.bills), D(0))
    assert {r["unit_label"] for r in rows} <= {
        "LM",
        "SM",
        "CM",
        "No",
        "Item",
        "Sum",
        "Kg",
        "Tonne",
        "Hr",
    }  # sample: East Africa


def test_funding_sources_add_up_to_the_bill_total(sample):
    rep = collect_option(sample, "opt-a", with_check=False)
    fs = funding_summary(rep.boq, rep.finance)
    assert sum((ln.amount for ln in fs.lines), D(0)) == rep.boq.summary.total == fs.total
    assert fs.monthly_repayment == rep.finance.funding.monthly_repayment
    broken = type(rep.boq)(
        **{
            **rep.boq.__dict__,
            "summary": type(rep.boq.summary)(
                **{**rep.boq.summary.__dict__, "in_kind": rep.boq.summary.in_kind + D("1")}
            ),
        }
    )
    with pytest.raises(ReportExportError, match="funding sources add up to"):
        funding_summary(broken, rep.finance)


def test_poster_facts_are_medians_of_the_checked_walks_in_swahili(sample, tmp_path):
    rep = collect_option(sample, "opt-a")
    facts = poster_facts(rep, "Standpipes")
    rows = rep.check.households
    water = [0.0 if r.water_private else r.water_m for r in rows if r.water_private or r.water_m is not None]
    assert facts.walk_to_water_m == pytest.approx(statistics.median(water))
    assert facts.households_served == sum(
        1 for r in rows if r.water_within_standard and r.toilet_within_standard
    )
    assert facts.cost_per_household == (rep.boq.summary.total / rep.boq.households).quantize(D("0.01"))
    line = export_poster(sample, "opt-a", tmp_path / "poster.pdf")
    assert "(sw)" in line
    text = " ".join(pages_text(tmp_path / "poster.pdf")[0].split())
    assert "Gharama kwa kila kaya" in text and "Kaya zinazohudumiwa" in text
    assert f"mita {round(facts.walk_to_water_m)}" in text


def test_comparison_has_every_option_with_engine_totals(sample, tmp_path):
    from designer.estimate.pricing import cost_option

    data = comparison_data(sample)
    assert [o.option_id for o in data] == sorted(o.id for o in sample.options)
    for o in data:
        assert o.total == cost_option(sample, o.option_id).summary.total
    export_comparison_pdf(sample, tmp_path / "cmp.pdf")
    qpdf_check(tmp_path / "cmp.pdf")
    table = pages_text(tmp_path / "cmp.pdf")[0]
    m = re.search(
        rf"Total \(incl\. contingency and tax\)\s+({MONEY_RE})\s+({MONEY_RE})\s+({MONEY_RE})", table
    )
    assert m is not None and [money(g) for g in m.groups()] == [o.total for o in data]


def test_comparison_pdf_has_the_negotiation_pages_for_today_and_every_option(sample, tmp_path):
    """Issue 17: today and each option side by side, maps, who still fails and why, who controls the
    water, hours and prices, displacement; full option names; the words in the project's language (sw)."""
    import subprocess

    from designer.export.service_views import service_views

    export_comparison_pdf(sample, tmp_path / "cmp.pdf")
    qpdf_check(tmp_path / "cmp.pdf")
    pages = pages_text(tmp_path / "cmp.pdf")
    views = service_views(sample, today="Leo")
    names = [o.name for o in sorted(sample.options, key=lambda o: o.id)]
    charts = next(p for p in pages if "Totals by bill" in p)
    assert all(n.split()[-1] in charts for n in names)  # full names, not cut at 18 characters
    assert "Reblocking with a sanitation" in " ".join(charts.split())
    summary = next(p for p in pages if "Nani anahudumiwa: leo na kila chaguo" in p)
    assert "Leo" in summary and "Kaya zisizofikia angalau kiwango kimoja" in summary
    flat = " ".join(summary.split())
    failing = " ".join(f"{v.failing_households} / {v.households}" for v in views)
    assert failing in flat
    scenario_pages = [p for p in pages if "Nani anadhibiti" in p]
    assert len(scenario_pages) == len(views) == len(names) + 1
    today = scenario_pages[0]
    assert "Private vendor" in today and "10.00" in today and "wp-kiosk" in today  # operator, price, id
    reblock = next(p for p in scenario_pages if "Reblocking" in p)
    displaced = next(v for v in views if v.scenario_id == "opt-c").displaced_households
    assert displaced > 0 and f"Kaya {displaced} zinapoteza nyumba zao" in " ".join(reblock.split())
    # every page renders
    done = subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(tmp_path / "cmp.pdf"), str(tmp_path / "pg")],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0 and len(list(tmp_path.glob("pg-*.png"))) == len(pages)


def test_reblocking_poster_names_its_displaced_households_and_shows_today_beside_the_option(sample, tmp_path):
    """Issue 17: the reblocking poster did not mention its displaced households; page 2 now puts today
    and the option side by side with their maps, in the project's language."""
    from designer.analysis.check import check_option

    export_poster(sample, "opt-c", tmp_path / "poster.pdf")
    qpdf_check(tmp_path / "poster.pdf")
    pages = pages_text(tmp_path / "poster.pdf")
    assert len(pages) == 3  # the poster, who is served (today and the option), the assumptions
    assert "Makisio yaliyotumika" in pages[2]
    displaced = len(check_option(sample, "opt-c", pressure=False).reblocking.displaced_households)
    assert displaced > 0 and f"kaya {displaced} zimehamishwa" in " ".join(pages[0].split())
    second = " ".join(pages[1].split())
    assert "Nani anahudumiwa: leo na kila chaguo" in second
    assert "Leo" in second and "Reblocking with a sanitation block" in second
    assert "Maji ya kunywa (ngazi ya JMP)" in second and "Usafi wa mazingira (ngazi ya JMP)" in second
