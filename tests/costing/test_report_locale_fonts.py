"""Locale-aware numbers, unit-label sets and the shipped fonts (coverage and licences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from costing.report.errors import ReportError
from costing.report.fonts import font_dir, has_devanagari, markup, register_fonts
from costing.report.locale import report_locale, unit_label_sets

D = Decimal


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ("nrm", {"m": "m", "m2": "m2", "m3": "m3", "nr": "nr"}),
        ("east_africa", {"m": "LM", "m2": "SM", "m3": "CM", "nr": "No"}),
        ("india", {"m": "RM", "m2": "sqm", "m3": "cum", "nr": "No"}),
    ],
)
def test_unit_label_sets_follow_the_conventions(labels, expected):
    loc = report_locale("en", labels)
    assert {u: loc.unit(u) for u in expected} == expected
    assert loc.unit("furlong") == "furlong"  # unknown canonical units are printed as they are


def test_every_label_set_labels_every_canonical_unit():
    for name, labels in unit_label_sets().items():
        assert {"m", "m2", "m3", "kg", "t", "nr", "item", "sum", "h"} <= set(labels), name


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "1,234,567.50"),
        ("sw", "1,234,567.50"),
        ("fr", "1\u202f234\u202f567,50"),
        ("hi", "12,34,567.50"),
    ],
)
def test_money_uses_the_locale_grouping_and_reads_back(language, printed):
    loc = report_locale(language)
    assert loc.money(D("1234567.5")) == printed
    assert loc.parse(printed) == D("1234567.50")


@pytest.mark.parametrize("language", ["en", "sw", "fr", "pt", "hi"])
def test_fast_number_formatting_matches_babel(language):
    from babel.numbers import format_decimal

    loc = report_locale(language)
    values = [
        D("0"),
        D("0.5"),
        D("7.25"),
        D("999.99"),
        D("1000"),
        D("-1234.5"),
        D("12345678.91"),
        D("100000"),
        D("2.005"),
    ]
    for v in values:
        pattern = "#,##,##0.00" if language == "hi" else "#,##0.00"
        expected = format_decimal(
            v.quantize(D("0.01"), rounding="ROUND_HALF_UP"), format=pattern, locale=loc.number_locale
        )
        assert loc.money(v) == expected, (language, v)


def test_quantities_keep_their_decimals_and_currency_rounds_half_up():
    loc = report_locale("en")
    assert loc.quantity(D("12.50")) == "12.50"
    assert loc.quantity(D("3")) == "3"
    assert loc.currency(D("12345.5"), "KES") == "Ksh\u00a012,346"


def test_strings_come_in_the_project_language_with_english_fallback():
    assert report_locale("sw").text("cost_per_household") == "Gharama kwa kila kaya"
    assert report_locale("pt").text("page_x_of_y", x=2, y=9) == "Página 2 de 9"
    assert report_locale("sw").text("carried_to_collection") == "Carried to Collection"


def test_unknown_label_set_or_locale_is_a_readable_error():
    with pytest.raises(ReportError, match="unknown unit-label set 'imperial'"):
        report_locale("en", "imperial")
    with pytest.raises(ReportError, match="unknown locale"):
        report_locale("en", number_locale="xx_YY")


def test_shipped_fonts_have_licences_and_a_source_note():
    folder = font_dir()
    for name in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
    ):
        assert (folder / name).stat().st_size > 100_000
    assert "SIL Open Font License" in (folder / "LICENSE-Noto-OFL.txt").read_text(encoding="utf-8")
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "fonts-noto-core" in (folder / "SOURCE.txt").read_text(encoding="utf-8")


def test_fonts_cover_swahili_french_portuguese_and_devanagari():
    from reportlab.pdfbase import pdfmetrics

    fonts = register_fonts()
    latin = pdfmetrics.getFont(fonts.regular).face.charToGlyph
    deva = pdfmetrics.getFont(fonts.deva).face.charToGlyph
    text = "Gharama kwa kila kaya · Coût ménage àâçéèêëîïôûùüÿœ · Prestação agregado ãõáéíóúâêôç · ₹ € –"
    assert [c for c in text if ord(c) not in latin] == []
    hindi = "प्रति परिवार लागत मासिक किस्त शौचालय पानी तक पैदल ०१२३४५६७८९।"
    assert [c for c in hindi if not c.isspace() and ord(c) not in deva] == []


def test_markup_puts_devanagari_runs_and_their_punctuation_in_the_devanagari_font():
    assert markup("Choo & maji") == "Choo &amp; maji"
    assert not has_devanagari("Choo cha pamoja")
    m = markup("विकल्प: Standpipes")
    assert m == '<font face="JamiiDeva">विकल्प:</font> Standpipes'
    assert markup("कुल", bold=True) == '<b><font face="JamiiDeva-Bold">कुल</font></b>'


def test_without_harfbuzz_devanagari_still_prints_unshaped(tmp_path, monkeypatch):
    import costing.report.fonts as fonts
    from costing.report.poster import render_poster_pdf
    from tests.costing.report_fixtures import facts

    fonts.can_shape.cache_clear()
    monkeypatch.setitem(__import__("sys").modules, "uharfbuzz", None)  # import fails as if not installed
    try:
        assert not fonts.can_shape() and not fonts.needs_shaping("शौचालय")
        out = render_poster_pdf(facts(), tmp_path / "hi.pdf", locale=report_locale("hi", "india"))
        assert out.stat().st_size > 10_000
    finally:
        fonts.can_shape.cache_clear()
    monkeypatch.undo()
    assert fonts.can_shape()
