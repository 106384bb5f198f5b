"""Plan sheet, workshop poster and options comparison PDFs, read back with pdftotext, pypdf and qpdf."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from costing.report.comparison import comparison_rows, render_comparison_pdf
from costing.report.errors import ReportError
from costing.report.locale import report_locale
from costing.report.plan_sheet import MM, choose_scale, render_plan_pdf
from costing.report.poster import poster_numbers, render_poster_pdf
from tests.costing.pdf_readback import pages_text, qpdf_check
from tests.costing.report_fixtures import facts, options, small_plan

D = Decimal


def test_choose_scale_picks_the_largest_scale_that_fits():
    box_w, box_h = 300 * MM, 270 * MM
    assert choose_scale(140, 120, box_w, box_h) == 500  # 280 × 240 mm at 1:500
    assert choose_scale(190, 170, box_w, box_h) == 1000  # 380 mm would not fit at 1:500
    assert choose_scale(20, 10, box_w, box_h) == 100


def test_plan_sheet_is_a3_landscape_with_legend_scale_title_block(tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "plan.pdf"
    denom = render_plan_pdf(small_plan(), out, paper="A3")
    qpdf_check(out)
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)) == (420, 297)
    text = pages_text(out)[0]
    assert f"Scale 1:{denom}" in text and f"1:{denom} @ A3" in text
    for label in (
        "Legend",
        "Plot boundaries, existing",
        "Buildings, proposed",
        "Standpipes, proposed",
        "Toilets, proposed",
        "JM-opt-a / A",
        "EPSG:32737",
        "P-101",
        "Participatory design option",
    ):
        assert label in text
    assert "A layer with nothing on it" not in text and "Plot numbers" not in text
    assert re.search(r"\bN\b", text)  # the north arrow's letter


def test_a1_plan_sheet_and_unknown_paper(tmp_path):
    from pypdf import PdfReader

    render_plan_pdf(small_plan(), tmp_path / "a1.pdf", paper="A1")
    page = PdfReader(tmp_path / "a1.pdf").pages[0]
    assert round(float(page.mediabox.width) / MM) == 841
    with pytest.raises(ReportError, match="unknown paper size 'B0'"):
        render_plan_pdf(small_plan(), tmp_path / "b0.pdf", paper="B0")


def test_poster_numbers_are_plain_words_in_the_project_language():
    tiles = poster_numbers(facts(), report_locale("sw", "east_africa"))
    assert [t[0] for t in tiles] == ["cost", "calendar", "water", "toilet", "people"]
    assert tiles[0][1:3] == ("Gharama kwa kila kaya", "Ksh\u00a045,211")
    assert tiles[1][1:] == ("Malipo ya kila mwezi", "Ksh\u00a01,250", "kwa mwezi, kwa miezi 60")
    assert tiles[2][1:] == ("Kutembea hadi maji", "mita 132", "takriban dakika 2")  # 132 m at 75 m/min
    assert tiles[3][2:] == ("mita 41", "takriban dakika 1")
    assert tiles[4][1:] == ("Kaya zinazohudumiwa", "86", "kati ya kaya 90")
    no_loan = poster_numbers(facts(monthly_repayment=D("0"), walk_to_toilet_m=None), report_locale("fr"))
    assert no_loan[1][3] == "pas de prêt" and no_loan[3][2] == "pas encore connu"


def test_poster_served_unknown_names_only_the_reason_the_facts_give():
    """Served unknown: the tile says why when told, and invents no reason (not "Toilets not drawn") when not."""
    en = report_locale("en")
    told = poster_numbers(facts(households_served=None, served_unknown_because="water_points_not_drawn"), en)
    assert told[4][2:] == ("not known yet", "Water points not drawn · of 90 households")
    untold = poster_numbers(facts(households_served=None), en)
    assert untold[4][2:] == ("not known yet", "of 90 households")


def test_poster_is_a3_portrait_with_plan_numbers_and_warning(tmp_path):
    from pypdf import PdfReader

    out = render_poster_pdf(
        facts(),
        tmp_path / "poster.pdf",
        plan=small_plan(),
        locale=report_locale("sw", "east_africa"),
        project="Mji wa Tumaini",
    )
    qpdf_check(out)
    reader = PdfReader(out)
    assert len(reader.pages) == 2  # the poster, then the assumptions page every costing PDF carries
    assert "Makisio yaliyotumika" in pages_text(out)[1]
    page = reader.pages[0]
    assert (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)) == (297, 420)
    text = " ".join(pages_text(out)[0].split())
    for words in (
        "Chaguo: Yard taps",
        "Gharama kwa kila kaya",
        "Ksh 45,211",
        "Malipo ya kila mwezi",
        "Ksh 1,250",
        "mita 132",
        "mita 41",
        "Kaya zinazohudumiwa",
        "86",
        "kati ya kaya 90",
        "BEI ZA MFANO",
        "P-101",
    ):
        assert words in text, words
    assert reader.metadata.title == "Chaguo: Yard taps"


def test_hindi_poster_embeds_the_devanagari_font(tmp_path):
    from pypdf import PdfReader

    out = render_poster_pdf(
        facts(illustrative=False), tmp_path / "hi.pdf", locale=report_locale("hi", "india")
    )
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in PdfReader(out).pages[0]["/Resources"]["/Font"].values()
    }
    assert any("JamiiDeva" in f or "Devanagari" in f for f in fonts), fonts
    text = pages_text(out)[0]
    assert "45,211" in text and "BEI" not in text


def test_comparison_rows_align_bills_and_metrics_across_options():
    rows = dict(comparison_rows(options(), report_locale("en")))
    assert rows["5. Roads and footpaths"] == ["1,000.00", "0.00"]
    assert rows["8. Sanitation"] == ["0.00", "4,000.00"]
    assert rows["Cost per household"] == ["80.00", "167.56"]
    assert rows["Households for whom it is affordable"] == ["80 %", "55 %"]
    assert rows["Households within 50 m of a toilet"] == ["82 %", "95 %"]


def test_comparison_pdf_has_table_charts_and_page_numbers(tmp_path):
    from pypdf import PdfReader

    out = render_comparison_pdf(options(), tmp_path / "cmp.pdf", project="Tumaini", currency="KES")
    qpdf_check(out)
    pages = pages_text(out)
    assert len(pages) == len(PdfReader(out).pages) == 3  # table, charts, assumptions
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of 3" in page
    assert re.search(r"Total \(incl\. contingency and tax\)\s+7,200\.00\s+15,080\.00", pages[0])
    assert re.search(r"Monthly repayment per household\s+70\.00\s+160\.00", pages[0])
    assert "ILLUSTRATIVE RATES" in pages[0]
    for title in ("Total cost (KES): cash and in kind", "Cost per household (KES)", "Totals by bill (KES)"):
        assert title in pages[1]
    with pytest.raises(ReportError, match="no options"):
        render_comparison_pdf([], tmp_path / "none.pdf", project="x", currency="KES")
