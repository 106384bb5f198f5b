"""The PDF bill of quantities, read back with pdftotext, pypdf and qpdf: totals add up to the cent."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from costing.report.data import FundingLine, FundingSummary
from costing.report.errors import ReportError
from costing.report.locale import report_locale
from costing.report.pdf_boq import render_boq_pdf
from tests.costing.pdf_readback import MONEY_RE, find_money, money, pages_text, qpdf_check
from tests.costing.report_fixtures import big_boq, line, make_boq, small_boq, small_plan

D = Decimal


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory):
    boq = small_boq()
    out = tmp_path_factory.mktemp("boq") / "small.pdf"
    funding = FundingSummary(
        currency="KES",
        households=40,
        lines=(
            FundingLine("Savings groups", D("23054.13"), D("576.35")),
            FundingLine("City fund subsidy", D("138324.78"), D("3458.12")),
            FundingLine("Loan to households", D("63662.39"), D("1591.56")),
            FundingLine("Community work in kind", D("5500.00"), D("137.50")),
        ),
        total=boq.summary.total,
        loan_per_household=D("1591.56"),
        monthly_repayment=D("30.77"),
        loan_rate_pct_per_year=D("6"),
        loan_term_months=60,
        notes=(("Repayment as share of median income", "0.4 %"),),
    )
    result = render_boq_pdf(boq, out, funding=funding)
    return boq, out, result, pages_text(out)


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    boq = big_boq(300)
    out = tmp_path_factory.mktemp("boq") / "long.pdf"
    result = render_boq_pdf(boq, out)
    return boq, out, result, pages_text(out)


def _bill_pages(pages: list[str], number: int) -> list[str]:
    return [
        p
        for p in pages
        if re.search(rf"Bill No\. {number}: [^\n]*$", p.splitlines()[0] if p.strip() else "")
        and "Collection" not in p.splitlines()[0]
        and "Carried to Collection" in p
    ]


def _carried(page: str) -> Decimal:
    value = find_money(r"Carried to Collection", page)
    assert value is not None, page
    return value


def test_each_page_carries_its_lines_and_pages_sum_to_the_bill_total(long_pdf):
    boq, _, result, pages = long_pdf
    bill = boq.bills[0]
    bill_pages = _bill_pages(pages, bill.number)
    assert len(bill_pages) > 5  # the bill really runs over many pages
    carried = [_carried(p) for p in bill_pages]
    assert sum(carried) == bill.total
    # Each page's carried amount is the sum of the amounts printed on that page (last column of item rows).
    for page, amount in zip(bill_pages, carried, strict=True):
        rows = re.findall(rf"^\s*{bill.number}\.\d+\s.*?({MONEY_RE})\s*$", page, flags=re.M)
        assert sum(money(r) for r in rows) == amount
    assert [a for _, a in result.page_totals[bill.number]] == carried


def test_collection_page_lists_every_page_and_carries_the_bill_total(long_pdf):
    boq, _, result, pages = long_pdf
    bill = boq.bills[0]
    collection = "\n".join(p for p in pages if f"Bill No. {bill.number}: {bill.title}: Collection" in p)
    listed = re.findall(rf"Page (\d+)\s+({MONEY_RE})", collection)
    assert [(int(n), money(a)) for n, a in listed] == result.page_totals[bill.number]
    assert find_money(r"Carried to Main Summary", collection) == bill.total


def test_header_row_is_repeated_and_continuation_pages_say_contd(long_pdf):
    boq, _, _, pages = long_pdf
    bill_pages = _bill_pages(pages, boq.bills[0].number)
    for i, page in enumerate(bill_pages):
        assert re.search(r"Item\s+Description\s+Unit\s+Qty\s+Rate\s+Amount \(KES\)", page)
        assert ("(cont'd)" in page.splitlines()[0]) == (i > 0)


def test_page_x_of_y_is_right_on_every_page(small_pdf, long_pdf):
    from pypdf import PdfReader

    for _, path, result, pages in (small_pdf, long_pdf):
        n = len(PdfReader(path).pages)
        assert n == len(pages) == result.pages
        for i, page in enumerate(pages, 1):
            assert re.findall(r"Page (\d+) of (\d+)", page) == [(str(i), str(n))]


def test_bill_totals_add_up_to_the_main_summary_and_the_engine_total(small_pdf):
    boq, _, _, pages = small_pdf
    summary = next(p for p in pages if "Main Summary" in p.splitlines()[0])
    totals = {
        int(n): money(a) for n, a in re.findall(rf"^\s*(\d+)\s+\S.*?({MONEY_RE})\s*$", summary, flags=re.M)
    }
    assert totals == {b.number: b.total for b in boq.bills}  # Bills 5, 7, 8 and 13 (the contingency)
    subtotal = find_money("Subtotal", summary)
    contingency = find_money(r"Contingency \(10 %\)", summary)
    tax = find_money(r"VAT \(16 %\)", summary)
    total = find_money(r"\n\s*Total", summary)
    assert subtotal == sum(v for n, v in totals.items() if n != 13) == D("180675.00")
    assert contingency == totals[13] == D("18067.50")
    assert tax == D("30918.80")  # 16 % of the cash part: 180,675.00 + 18,067.50 − 5,500.00 in kind
    assert subtotal + contingency + tax == total == boq.summary.total == D("229661.30")
    assert find_money("of which cash", summary) == boq.summary.cash
    assert "Tax is charged on the cash part only" in summary
    assert (
        find_money(r"Cash saved by the community.s contribution", summary)
        == boq.summary.saving
        == D("6380.00")
    )
    # And each bill's pages carried to collection sum to the same bill totals.
    for bill in boq.bills:
        assert sum(_carried(p) for p in _bill_pages(pages, bill.number)) == totals[bill.number]


def test_the_pdf_passes_qpdf_check_and_has_metadata(small_pdf):
    from pypdf import PdfReader

    _, path, _, _ = small_pdf
    assert "No syntax or stream encoding errors" in qpdf_check(path)
    meta = PdfReader(path).metadata
    assert meta.title == "Bill of Quantities: Tumaini test settlement: Shared yard taps"
    assert meta.author == "Jamii"
    assert "price base 2026-01-01" in meta.subject


def test_cover_shows_the_bill_facts_and_warns_when_rates_are_illustrative(small_pdf, long_pdf):
    cover = small_pdf[3][0]
    for text in (
        "Tumaini test settlement",
        "Shared yard taps (opt-a)",
        "Price base",
        "2026-01-01",
        "nairobi",
        "KES",
        "NRM2",
        "ILLUSTRATIVE RATES",
    ):
        assert text in cover
    assert "ILLUSTRATIVE" not in long_pdf[3][0]  # big_boq() is not illustrative


def test_preambles_name_the_method_unit_labels_rounding_and_exclusions(tmp_path):
    boq = small_boq(unit_labels="east_africa")
    out = tmp_path / "ea.pdf"
    render_boq_pdf(boq, out, locale=report_locale("en", "east_africa"))
    pages = pages_text(out)
    pre = pages[1]
    assert "in accordance with NRM2" in pre
    assert "Standard Method of Measurement for East Africa" in pre
    assert "SM = m2" in pre and "CM = m3" in pre and "LM = m" in pre
    assert "rounded half up to the cent" in pre
    assert "Land acquisition." in pre
    # The bill pages print the East African labels.
    bill5 = _bill_pages(pages, 5)[0]
    assert re.search(r"5\.2\s.*\bSM\b\s+283", bill5)


def test_appendices_show_build_ups_community_contribution_and_funding(small_pdf):
    _, _, _, pages = small_pdf
    text = "\n".join(pages)
    build_ups = next(p for p in pages if "Appendix A: Rate build-ups" in p)
    assert re.search(r"7/7\.1\s.*m\s+70\.00\s+15\.00\s+2\.00\s+8\.50\s+95\.50", build_ups)
    community = next(p for p in pages if "Appendix B: Community contribution" in p)
    assert re.search(r"Total\s+198,742\.50\s+193,242\.50\s+5,500\.00\s+2\.8", community)
    funding = next(p for p in pages if "Appendix C: Funding" in p)
    assert find_money("City fund subsidy", funding) == D("138324.78")
    assert find_money("Monthly repayment", funding) == D("30.77")
    assert "Appendix E: Plan sheet" in text


def test_a_bill_that_does_not_add_up_is_refused(tmp_path):
    good = small_boq()
    bad_line = line("5.9", "Wrongly priced item.", "m", "3", "10.00")
    bad_line = type(bad_line)(**{**bad_line.__dict__, "amount": D("31.00")})
    with pytest.raises(ReportError, match=r"item 5\.9: amount 31\.00 is not 3 × 10\.00"):
        render_boq_pdf(make_boq({5: [bad_line]}), tmp_path / "x.pdf")
    wrong_total = type(good)(
        **{**good.__dict__, "summary": type(good.summary)(**{**good.summary.__dict__, "total": D("1.00")})}
    )
    with pytest.raises(ReportError, match=r"total 1\.00 is not subtotal"):
        render_boq_pdf(wrong_total, tmp_path / "y.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_hindi_descriptions_embed_the_devanagari_font(small_pdf):
    from pypdf import PdfReader

    _, path, _, _ = small_pdf
    fonts = set()
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("JamiiDeva" in f or "NotoSansDevanagari" in f for f in fonts), fonts
    assert any("DejaVuSans" in f or "JamiiSans" in f for f in fonts), fonts


def test_plan_appendix_is_an_a3_landscape_page_counted_in_page_x_of_y(tmp_path):
    from pypdf import PdfReader

    from costing.report.plan_sheet import MM

    out = tmp_path / "with-plan.pdf"
    result = render_boq_pdf(small_boq(), out, plan=small_plan())
    reader = PdfReader(out)
    last = reader.pages[-1]
    assert (round(float(last.mediabox.width) / MM), round(float(last.mediabox.height) / MM)) == (420, 297)
    assert (
        round(float(reader.pages[0].mediabox.width) / MM),
        round(float(reader.pages[0].mediabox.height) / MM),
    ) == (210, 297)
    pages = pages_text(out)
    assert (
        "Appendix E: Plan sheet" in pages[-1]
        and "Legend" in pages[-1]
        and "Standpipes, proposed" in pages[-1]
    )
    assert f"Page {result.pages} of {result.pages}" in pages[-1]
    qpdf_check(out)


def test_a_description_too_long_for_a_page_is_cut_with_a_pointer_to_the_full_text(tmp_path):
    boq = make_boq({5: [line("5.1", "Very long description. " * 400, "m", "1", "10.00")]})
    out = tmp_path / "long.pdf"
    result = render_boq_pdf(boq, out)
    text = "\n".join(pages_text(out))
    assert re.search(r"\(full\s+text\s+in\s+the\s+XLSX/CSV\s+bill\)", text)
    assert sum(a for _, a in result.page_totals[5]) == D("10.00")


def test_comparison_appendix_sets_this_option_beside_the_others(tmp_path):
    from tests.costing.report_fixtures import options

    out = tmp_path / "cmp.pdf"
    render_boq_pdf(small_boq(), out, comparison=options())
    page = next(p for p in pages_text(out) if "Appendix D: Comparison of options" in p)
    assert "(opt-a) — this" in page and "Yard taps (opt-b)" in page
    assert re.search(r"Total \(incl\. contingency and tax\)\s+7,200\.00\s+15,080\.00", page)
    lone = tmp_path / "lone.pdf"
    render_boq_pdf(small_boq(), lone, comparison=options()[:1])
    assert "No other options to compare with." in "\n".join(pages_text(lone))
