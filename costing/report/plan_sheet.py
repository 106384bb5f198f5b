"""Draw a :class:`~costing.report.data.PlanDrawing` to scale on a sheet: plan, legend, north arrow, scale bar,
title block. Used on its own (A3/A1 PDF), as the plan appendix of the bill and on the workshop poster.

Coordinates: the drawing is in local metres (x east, y north); the sheet in points (1/72 inch), origin
bottom left, so north is up.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from costing.report.data import PlanDrawing, PlanShape, PlanStyle
from costing.report.fonts import FONTS, can_shape, has_devanagari, needs_shaping, register_fonts
from costing.report.locale import ReportLocale, report_locale

__all__ = ["PAPER_MM", "choose_scale", "draw_plan", "draw_sheet", "render_plan_pdf"]

MM = 72.0 / 25.4
PAPER_MM: dict[str, tuple[float, float]] = {"A3": (420.0, 297.0), "A1": (841.0, 594.0), "A4": (297.0, 210.0)}
"""Landscape paper sizes, width × height in mm."""

UNDERLAY_DPI = 150
"""Imagery under the plan is printed at this resolution (a 7.5 cm drone pixel is 0.4 mm on paper at 1:200)."""

SCALES = (50, 100, 200, 250, 500, 1000, 1250, 2000, 2500, 5000, 10000, 20000, 25000, 50000)
"""Scale denominators in the order tried; the first at which the extent fits is used."""


def choose_scale(extent_w_m: float, extent_h_m: float, box_w_pt: float, box_h_pt: float) -> int:
    """Return the smallest standard scale denominator at which the extent fits the box (1:d)."""
    for denom in SCALES:
        k = 1000.0 / denom * MM  # points per metre
        if extent_w_m * k <= box_w_pt and extent_h_m * k <= box_h_pt:
            return denom
    return SCALES[-1]


def _hex(canv: Any, colour: str, *, fill: bool) -> None:
    from reportlab.lib import colors

    c = colors.HexColor(colour)
    if fill:
        canv.setFillColor(c)
    else:
        canv.setStrokeColor(c)


def _symbol(canv: Any, style: PlanStyle, x: float, y: float) -> None:
    r = style.size_mm * MM / 2
    _hex(canv, style.stroke, fill=False)
    _hex(canv, style.fill or style.stroke, fill=True)
    canv.setLineWidth(0.6)
    canv.setDash()
    sym = style.symbol or "dot"
    if sym == "tap":
        canv.circle(x, y, r, stroke=1, fill=1)
        canv.setFillColorRGB(1, 1, 1)
        p = canv.beginPath()  # a drop of water
        p.moveTo(x, y + r * 0.6)
        p.curveTo(x + r * 0.55, y - r * 0.1, x + r * 0.35, y - r * 0.55, x, y - r * 0.55)
        p.curveTo(x - r * 0.35, y - r * 0.55, x - r * 0.55, y - r * 0.1, x, y + r * 0.6)
        canv.drawPath(p, stroke=0, fill=1)
    elif sym == "toilet":
        canv.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
        canv.setFillColorRGB(1, 1, 1)
        canv.setFont(FONTS.bold, r * 0.9)
        canv.drawCentredString(x, y - r * 0.3, "WC")
    elif sym == "light":
        canv.circle(x, y, r * 0.55, stroke=1, fill=1)
        for i in range(8):
            a = i * math.pi / 4
            canv.line(
                x + r * 0.7 * math.cos(a), y + r * 0.7 * math.sin(a), x + r * math.cos(a), y + r * math.sin(a)
            )
    elif sym == "manhole":
        canv.setFillColorRGB(1, 1, 1)
        canv.circle(x, y, r, stroke=1, fill=1)
        canv.line(x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7)
        canv.line(x - r * 0.7, y + r * 0.7, x + r * 0.7, y - r * 0.7)
    elif sym == "square":
        canv.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
    else:
        canv.circle(x, y, r, stroke=1, fill=1)


def _apply_line_style(canv: Any, style: PlanStyle) -> None:
    _hex(canv, style.stroke, fill=False)
    canv.setLineWidth(style.width_mm * MM)
    if style.dash_mm:
        canv.setDash([d * MM for d in style.dash_mm])
    else:
        canv.setDash()


def draw_plan(
    canv: Any, drawing: PlanDrawing, x: float, y: float, w: float, h: float, denom: int | None = None
) -> int:
    """Draw the plan's shapes to scale, centred and clipped in the box (points); return the scale denominator."""
    min_x, min_y, max_x, max_y = drawing.bounds()
    ext_w, ext_h = max(max_x - min_x, 1.0), max(max_y - min_y, 1.0)
    denom = denom or choose_scale(ext_w, ext_h, w, h)
    k = 1000.0 / denom * MM
    cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
    ox, oy = x + w / 2, y + h / 2

    canv.saveState()
    clip = canv.beginPath()
    clip.rect(x, y, w, h)
    canv.clipPath(clip, stroke=0, fill=0)
    _draw_underlays(
        canv, drawing, (cx - w / 2 / k, cy - h / 2 / k, cx + w / 2 / k, cy + h / 2 / k), (x, y, w, h)
    )
    canv.setLineJoin(1)
    by_style: dict[str, list[PlanShape]] = {}
    for shape in drawing.shapes:
        by_style.setdefault(shape.style, []).append(shape)
    known = {s.key for s in drawing.styles}
    order = list(drawing.styles) + [PlanStyle(key, key) for key in by_style if key not in known]
    for style in order:
        for shape in by_style.get(style.key, ()):
            pts = [(ox + (px - cx) * k, oy + (py - cy) * k) for px, py in shape.coords]
            if not pts:
                continue
            if shape.kind == "area" and len(pts) >= 3:
                p = canv.beginPath()
                p.moveTo(*pts[0])
                for q in pts[1:]:
                    p.lineTo(*q)
                p.close()
                _apply_line_style(canv, style)
                if style.fill:
                    _hex(canv, style.fill, fill=True)
                canv.drawPath(p, stroke=1, fill=1 if style.fill else 0)
            elif shape.kind == "line" and len(pts) >= 2:
                p = canv.beginPath()
                p.moveTo(*pts[0])
                for q in pts[1:]:
                    p.lineTo(*q)
                if shape.width_m > 0 and style.fill:
                    # A path or road at its true width, then its outline colour as a thin centre line.
                    canv.setDash()
                    _hex(canv, style.fill, fill=False)
                    canv.setLineWidth(max(shape.width_m * k, style.width_mm * MM))
                    canv.setLineCap(0)
                    canv.drawPath(p, stroke=1, fill=0)
                _apply_line_style(canv, style)
                canv.setLineCap(1)
                canv.drawPath(p, stroke=1, fill=0)
            elif shape.kind == "point":
                _symbol(canv, style, *pts[0])
            elif shape.kind == "text" and shape.text:
                _hex(canv, style.stroke, fill=True)
                font = FONTS.deva if has_devanagari(shape.text) else FONTS.regular
                canv.setFont(font, max(style.size_mm, 1.5) * MM)
                canv.drawCentredString(pts[0][0], pts[0][1], shape.text, shaping=needs_shaping(shape.text))
    canv.restoreState()
    return denom


def _draw_underlays(
    canv: Any,
    drawing: PlanDrawing,
    bounds_m: tuple[float, float, float, float],
    box: tuple[float, float, float, float],
) -> None:
    """Print the imagery under the plan over ``box`` (x, y, w, h in points) showing ``bounds_m``, at UNDERLAY_DPI."""
    from reportlab.lib.utils import ImageReader

    x, y, w, h = box
    width_px, height_px = max(1, round(w / 72.0 * UNDERLAY_DPI)), max(1, round(h / 72.0 * UNDERLAY_DPI))
    for underlay in drawing.underlays:
        image = underlay.read(bounds_m, width_px, height_px)
        if image is not None:
            canv.drawImage(ImageReader(image), x, y, w, h, mask="auto")


def _fit(text: str, font: str, size: float, max_w: float) -> str:
    """Return ``text`` shortened with an ellipsis so that it is at most ``max_w`` points wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= max_w:
        return text
    while text and stringWidth(text + "…", font, size) > max_w:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_length(max_m: float) -> float:
    """Return the largest 1-2-5 × 10^n length not above ``max_m`` (metres)."""
    if max_m <= 0:
        return 1.0
    p = 10.0 ** math.floor(math.log10(max_m))
    for f in (5.0, 2.0, 1.0):
        if f * p <= max_m:
            return f * p
    return p


def _loc(locale: ReportLocale | None) -> ReportLocale:
    return locale if locale is not None else report_locale("en")


def _num(loc: ReportLocale, value: float) -> str:
    """A length or a scale as the report's language writes numbers ("1 000" in French)."""
    from decimal import Decimal

    return loc.quantity(Decimal(f"{value:g}")) if math.isfinite(value) and abs(value) < 1e15 else f"{value:g}"


def draw_north_arrow(canv: Any, x: float, y: float, size: float, locale: ReportLocale | None = None) -> None:
    """Draw a north arrow centred at (x, y), ``size`` points tall, pointing up (grid north).

    The letter is the report language's word for north ("N", Kiswahili "K" for kaskazini).
    """
    canv.saveState()
    canv.setLineWidth(0.8)
    canv.setStrokeColorRGB(0, 0, 0)
    p = canv.beginPath()
    p.moveTo(x, y + size / 2)
    p.lineTo(x - size / 5, y - size / 2)
    p.lineTo(x, y - size / 4)
    p.close()
    canv.setFillColorRGB(0, 0, 0)
    canv.drawPath(p, stroke=1, fill=1)
    p = canv.beginPath()
    p.moveTo(x, y + size / 2)
    p.lineTo(x + size / 5, y - size / 2)
    p.lineTo(x, y - size / 4)
    p.close()
    canv.setFillColorRGB(1, 1, 1)
    canv.drawPath(p, stroke=1, fill=1)
    canv.setFillColorRGB(0, 0, 0)
    canv.setFont(FONTS.bold, size / 3)
    canv.drawCentredString(x, y + size / 2 + 3, _loc(locale).text("plan_north"))
    canv.restoreState()


def draw_scale_bar(
    canv: Any, x: float, y: float, max_w: float, denom: int, locale: ReportLocale | None = None
) -> float:
    """Draw an alternating scale bar in metres at (x, y) no wider than ``max_w`` points; return its length in m.

    Numbers and the "Scale 1:d" line are written in the report's language and number format.
    """
    loc = _loc(locale)
    k = 1000.0 / denom * MM
    length_m = _nice_length(max_w / k)
    seg = length_m / 4
    canv.saveState()
    canv.setLineWidth(0.5)
    for i in range(4):
        if i % 2 == 0:
            canv.setFillColorRGB(0, 0, 0)
        else:
            canv.setFillColorRGB(1, 1, 1)
        canv.rect(x + i * seg * k, y, seg * k, 4, stroke=1, fill=1)
    canv.setFillColorRGB(0, 0, 0)
    canv.setFont(FONTS.regular, 6.5)
    for i in (0, 2, 4):
        label = _num(loc, seg * i)
        canv.drawCentredString(x + i * seg * k, y + 6, label)
    canv.drawString(x + length_m * k + 4, y, "m")
    canv.drawString(x, y - 9, loc.text("plan_scale", denom=_num(loc, denom)))
    canv.restoreState()
    return length_m


def _legend(
    canv: Any, drawing: PlanDrawing, x: float, top: float, w: float, loc: ReportLocale | None = None
) -> float:
    """Draw the legend of the styles in use from ``top`` down; return the y below it."""
    used = {s.style for s in drawing.shapes}
    canv.setFillColorRGB(0, 0, 0)
    canv.setFont(FONTS.bold, 8)
    canv.drawString(x, top - 9, _loc(loc).text("plan_legend"))
    yy = top - 22
    for style in drawing.styles:
        if not style.legend or style.key not in used:
            continue
        kinds = {s.kind for s in drawing.shapes if s.style == style.key}
        canv.saveState()
        if "point" in kinds:
            _symbol(canv, style, x + 8, yy + 3)
        elif "area" in kinds:
            _apply_line_style(canv, style)
            if style.fill:
                _hex(canv, style.fill, fill=True)
            canv.rect(x + 2, yy - 1, 14, 8, stroke=1, fill=1 if style.fill else 0)
        else:
            if style.fill:
                canv.setStrokeColor(_colour(style.fill))
                canv.setLineWidth(4)
                canv.line(x + 1, yy + 3, x + 17, yy + 3)
            _apply_line_style(canv, style)
            canv.line(x + 1, yy + 3, x + 17, yy + 3)
        canv.restoreState()
        canv.setFillColorRGB(0, 0, 0)
        deva = has_devanagari(style.label)
        font = FONTS.deva if deva else FONTS.regular
        canv.setFont(font, 7)
        canv.drawString(x + 22, yy, _fit(style.label, font, 7, w - 22), shaping=deva and can_shape())
        yy -= 12
    return yy


def _colour(hexstr: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hexstr)


def _title_block(
    canv: Any,
    drawing: PlanDrawing,
    x: float,
    y: float,
    w: float,
    denom: int,
    paper: str,
    loc: ReportLocale | None = None,
) -> None:
    t = drawing.title
    words = _loc(loc)
    rows = [
        (words.text("tb_project"), t.project),
        (words.text("tb_drawing"), t.title),
        (words.text("tb_option"), t.option),
        (words.text("tb_drawing_no"), f"{t.drawing_no or '-'} / {t.revision}"),
        (words.text("tb_date"), t.date),
        (words.text("tb_scale"), words.text("plan_scale_paper", denom=_num(words, denom), paper=paper)),
        (words.text("tb_crs"), t.crs or words.text("plan_local_metres")),
        (words.text("tb_drawn"), f"{t.drawn} / {t.checked or '-'}"),
        (words.text("tb_sheet"), words.text("plan_sheet_of", n=1, total=1)),
    ]
    row_h = 13
    h = row_h * len(rows) + 20
    canv.saveState()
    canv.setLineWidth(0.6)
    canv.rect(x, y, w, h)
    for i, (label, value) in enumerate(rows):
        yy = y + h - (i + 1) * row_h
        canv.line(x, yy, x + w, yy)
        canv.setFont(FONTS.regular, 6)
        canv.setFillColorRGB(0.4, 0.4, 0.4)
        canv.drawString(x + 3, yy + 4, label)
        deva = has_devanagari(value)
        font = FONTS.deva_bold if deva else FONTS.bold
        canv.setFont(font, 7.5)
        canv.setFillColorRGB(0, 0, 0)
        canv.drawString(
            x + w * 0.34, yy + 4, _fit(value, font, 7.5, w * 0.66 - 3), shaping=deva and can_shape()
        )
    canv.setFont(FONTS.regular, 6)
    canv.setFillColorRGB(0.6, 0, 0)
    canv.drawString(x + 3, y + 6, _fit(t.disclaimer, FONTS.regular, 6, w - 6))
    canv.restoreState()


def draw_sheet(canv: Any, drawing: PlanDrawing, paper: str = "A3", locale: ReportLocale | None = None) -> int:
    """Draw a whole landscape sheet (border, plan, legend, north arrow, scale bar, title block); return 1:d.

    The sheet's own words and numbers follow ``locale`` (English by default); the drawing's texts (title
    block values, legend labels, plan labels) come written already.
    """
    register_fonts()
    w_mm, h_mm = PAPER_MM[paper]
    W, H = w_mm * MM, h_mm * MM
    m = 10 * MM
    panel_w = (90 if paper != "A1" else 150) * MM
    canv.saveState()
    canv.setLineWidth(1.0)
    canv.rect(m, m, W - 2 * m, H - 2 * m)
    canv.line(W - m - panel_w, m, W - m - panel_w, H - m)
    plan_x, plan_y = m + 4 * MM, m + 4 * MM
    plan_w, plan_h = W - 2 * m - panel_w - 8 * MM, H - 2 * m - 8 * MM
    denom = draw_plan(canv, drawing, plan_x, plan_y, plan_w, plan_h)
    px = W - m - panel_w + 5 * MM
    pw = panel_w - 10 * MM
    _legend(canv, drawing, px, H - m - 4 * MM, pw, locale)
    tb_top = m + 3 * MM + 13 * 9 + 20  # the title block's height: nine rows and the disclaimer
    draw_north_arrow(canv, px + 12, tb_top + 30, 30, locale)
    draw_scale_bar(canv, px + 35, tb_top + 22, pw - 50, denom, locale)
    _title_block(canv, drawing, px, m + 3 * MM, pw, denom, paper, locale)
    canv.restoreState()
    return denom


def render_plan_pdf(
    drawing: PlanDrawing, out: str | Path, paper: str = "A3", locale: ReportLocale | None = None
) -> int:
    """Write a one-sheet plan PDF (A3 or A1 landscape) in ``locale``'s words; return the scale denominator."""
    from reportlab.pdfgen.canvas import Canvas

    if paper not in PAPER_MM:
        from costing.report.errors import ReportError

        raise ReportError(f"unknown paper size {paper!r}; use one of {', '.join(PAPER_MM)}")
    register_fonts()
    w_mm, h_mm = PAPER_MM[paper]
    canv = Canvas(str(out), pagesize=(w_mm * MM, h_mm * MM))
    canv.setTitle(f"{drawing.title.project}: {drawing.title.title} ({drawing.title.option})")
    canv.setAuthor("Jamii")
    canv.setSubject("Plan sheet of a participatory design option")
    canv.setCreator("Jamii")
    denom = draw_sheet(canv, drawing, paper, locale)
    canv.showPage()
    canv.save()
    return denom
