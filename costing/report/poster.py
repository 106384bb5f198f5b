"""The A3 workshop poster of one option: its plan, pictograms and the numbers residents ask first, in plain
words in the project's language (cost per household, monthly repayment, walk to water, walk to a toilet,
households served).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from costing.report.data import PlanDrawing, PosterFacts, ServiceView
from costing.report.errors import ReportError
from costing.report.fonts import FONTS, register_fonts
from costing.report.locale import ReportLocale, report_locale
from costing.report.pdf_common import para
from costing.report.pictograms import draw_pictogram
from costing.report.service_pages import poster_service_flowables

__all__ = ["poster_numbers", "render_poster_pdf"]

MM = 72.0 / 25.4
A3 = (297 * MM, 420 * MM)
TILE_COLOURS = {
    "cost": "#fff4d6",
    "calendar": "#fde2cf",
    "water": "#dcefff",
    "toilet": "#efe1f7",
    "people": "#e2f3e2",
}


def poster_numbers(facts: PosterFacts, loc: ReportLocale) -> list[tuple[str, str, str, str]]:
    """Return the tiles of the poster as (pictogram, label, big number, plain sentence), in reading order."""
    t = loc.text

    def walk(dist: float | None) -> tuple[str, str]:
        if dist is None:
            return t("unknown"), ""
        minutes = max(1, round(dist / loc.walking_speed_m_per_min))
        return t("metres", n=f"{round(dist):d}"), t("minutes", n=minutes)

    money = loc.currency
    water, water_min = walk(facts.walk_to_water_m)
    toilet, toilet_min = walk(facts.walk_to_toilet_m)
    if facts.monthly_repayment > 0:
        repay, repay_note = (
            money(facts.monthly_repayment, facts.currency),
            t("per_month_for", n=facts.repayment_months),
        )
    else:
        repay, repay_note = money(Decimal("0"), facts.currency), t("no_loan")
    served_note = t("of_households", n=facts.households_total)
    # Nothing of the kind drawn: not a count of zero. Why is said only when the facts give it.
    if facts.households_served is None and facts.served_unknown_because:
        served_note = f"{t('not_drawn_' + facts.served_unknown_because)} · {served_note}"
    # No path drawn: who has path access is not known (not "none"); said once.
    if facts.path_access_unknown and facts.served_unknown_because != "paths_not_drawn":
        served_note += " · " + t("not_drawn_paths_not_drawn")
    if facts.plots_reachable is not None:
        before, after, plots = facts.plots_reachable
        served_note += " · " + t("plots_reachable", before=f"{before:,}", after=f"{after:,}", n=f"{plots:,}")
    if facts.displaced_households:
        served_note += f" · {t('displaced_on_poster', n=facts.displaced_households)}"
    cost_note = f"{t('total_cost')}: {money(facts.total_cost, facts.currency)}"
    if facts.in_kind > 0:
        cost_note += f" · {t('community_work')}: {money(facts.in_kind, facts.currency)}"
    cost = "-" if facts.cost_per_household is None else money(facts.cost_per_household, facts.currency)
    if facts.unpriced_count:
        # The priced part of an incomplete bill is not the option's cost: say so instead of a number.
        cost = repay = t("cost_not_known")
        cost_note = repay_note = t("cost_not_known_note", n=facts.unpriced_count)
    return [
        ("cost", t("cost_per_household"), cost, cost_note),
        ("calendar", t("monthly_repayment"), repay, repay_note),
        ("water", t("walk_to_water"), water, water_min),
        ("toilet", t("walk_to_toilet"), toilet, toilet_min),
        (
            "people",
            t("households_served"),
            t("unknown") if facts.households_served is None else f"{facts.households_served:d}",
            served_note,
        ),
    ]


def _draw_para(
    canv: Any, text: str, style: str, x: float, y_top: float, w: float, *, bold: bool = False
) -> float:
    """Draw a paragraph with its top at ``y_top``; return its height."""
    p = para(text, style, bold=bold)
    _, h = p.wrap(w, 1000)
    p.drawOn(canv, x, y_top - h)
    return float(h)


def _tile(canv: Any, x: float, y: float, w: float, h: float, tile: tuple[str, str, str, str]) -> None:
    from reportlab.lib import colors

    pict, label, number, note = tile
    canv.saveState()
    canv.setFillColor(colors.HexColor(TILE_COLOURS[pict]))
    canv.setStrokeColor(colors.HexColor("#90a4ae"))
    canv.roundRect(x, y, w, h, 4 * MM, stroke=1, fill=1)
    canv.restoreState()
    s = min(h - 8 * MM, 30 * MM)
    draw_pictogram(canv, pict, x + 4 * MM, y + (h - s) / 2, s)
    tx = x + s + 8 * MM
    tw = w - s - 12 * MM
    top = y + h - 4 * MM
    top -= _draw_para(canv, label, "poster_label", tx, top, tw, bold=True)
    top -= _draw_para(canv, number, "poster_big", tx, top - 1 * MM, tw, bold=True) + 2 * MM
    if note:
        _draw_para(canv, note, "poster_note", tx, top, tw)


def _assumptions_page(canv: Any, facts: PosterFacts, loc: ReportLocale, w: float, h: float, m: float) -> None:
    """Page 2: the assumptions behind the numbers on page 1 (as on every Jamii PDF)."""
    from reportlab.platypus import Frame

    from costing.report.assumptions_page import assumptions_flowables

    frame = Frame(m, m, w - 2 * m, h - 2 * m, showBoundary=0)
    frame.addFromList(assumptions_flowables(facts.assumptions, facts.price_notes, loc, w - 2 * m - 12), canv)
    canv.showPage()


def render_poster_pdf(
    facts: PosterFacts,
    out: str | Path,
    *,
    plan: PlanDrawing | None = None,
    locale: ReportLocale | None = None,
    project: str = "",
    services: list[ServiceView] | None = None,
) -> Path:
    """Write the A3 portrait workshop poster of one option (and, with ``services`` — today, then the
    option —, a second page with both side by side: who is served, who still fails and why, maps).

    Args:
        facts: the numbers (Decimal money, metres, counts).
        plan: the option's plan (drawn to scale in the upper half) or None.
        locale: the project's language and number format (default English).
        project: project name shown under the title.
    """
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    from costing.report.pdf_common import styles
    from costing.report.plan_sheet import draw_north_arrow, draw_plan, draw_scale_bar

    register_fonts()
    loc = locale or report_locale("en")
    st = styles()
    if "poster_label" not in st:
        for name, size, lead, colour in (
            ("poster_title", 34, 40, colors.white),
            ("poster_sub", 12, 15, colors.white),
            ("poster_label", 17, 21, colors.HexColor("#1b1b1b")),
            ("poster_big", 30, 36, colors.black),
            ("poster_note", 12, 15, colors.HexColor("#1b1b1b")),
        ):
            st[name] = ParagraphStyle(name, parent=st["body"], fontSize=size, leading=lead, textColor=colour)
            st[name + "+shaped"] = ParagraphStyle(name + "+shaped", parent=st[name], shaping=1)
    W, H = A3
    m = 12 * MM
    out_path = Path(out)
    canv = Canvas(str(out_path), pagesize=A3)
    canv.setTitle(loc.text("poster_option", name=facts.option_name))
    canv.setAuthor("Jamii")
    canv.setSubject(f"Workshop poster ({loc.language})")
    canv.setCreator("Jamii")
    # Title band, as tall as the (possibly wrapped) title and the project line
    title = para(loc.text("poster_option", name=facts.option_name), "poster_title", bold=True)
    _, title_h = title.wrap(W - 2 * m, H)
    sub = para(project, "poster_sub") if project else None
    sub_h = sub.wrap(W - 2 * m, H)[1] if sub is not None else 0
    band_h = 7 * MM + title_h + 3 * MM + sub_h + 6 * MM
    canv.setFillColor(colors.HexColor("#1f5f8b"))
    canv.rect(0, H - band_h, W, band_h, stroke=0, fill=1)
    title.drawOn(canv, m, H - 7 * MM - title_h)
    if sub is not None:
        sub.drawOn(canv, m, H - 7 * MM - title_h - 3 * MM - sub_h)
    top = H - band_h - 4 * MM
    if facts.illustrative:
        top -= _draw_para(
            canv, loc.text("illustrative_warning"), "warn", m + 3 * MM, top - 3 * MM, W - 2 * m - 6 * MM
        )
        top -= 8 * MM
    # Plan
    tiles_h = 3 * 46 * MM + 2 * 5 * MM
    plan_h = top - (m + tiles_h) - 6 * MM
    if plan is not None and plan_h > 60 * MM:
        canv.setStrokeColorRGB(0.6, 0.6, 0.6)
        canv.rect(m, top - plan_h, W - 2 * m, plan_h)
        denom = draw_plan(canv, plan, m + 2 * MM, top - plan_h + 2 * MM, W - 2 * m - 4 * MM, plan_h - 4 * MM)
        draw_north_arrow(canv, W - m - 10 * MM, top - 16 * MM, 18, loc)
        draw_scale_bar(canv, m + 5 * MM, top - plan_h + 7 * MM, 60 * MM, denom, loc)
    # Tiles: 2 × 2 and one across
    tiles = poster_numbers(facts, loc)
    tw = (W - 2 * m - 5 * MM) / 2
    th_tile = 46 * MM
    y0 = m
    positions = [
        (m, y0 + 2 * (th_tile + 5 * MM), tw),
        (m + tw + 5 * MM, y0 + 2 * (th_tile + 5 * MM), tw),
        (m, y0 + th_tile + 5 * MM, tw),
        (m + tw + 5 * MM, y0 + th_tile + 5 * MM, tw),
        (m, y0, W - 2 * m),
    ]
    for tile, (x, y, w) in zip(tiles, positions, strict=True):
        _tile(canv, x, y, w, th_tile, tile)
    canv.setFont(FONTS.regular, 6.5)
    canv.setFillColorRGB(0.4, 0.4, 0.4)
    canv.drawString(m, 5 * MM, "Jamii · " + " · ".join(facts.notes)[:160])
    canv.showPage()
    if services:
        from reportlab.platypus import Frame

        story = poster_service_flowables(list(services), loc, W - 2 * m - 12, H - 2 * m)
        while story:  # continue on further pages what does not fit (a Frame drops nothing, it leaves it)
            left = len(story)
            Frame(m, m, W - 2 * m, H - 2 * m, showBoundary=0).addFromList(story, canv)
            canv.showPage()
            if len(story) == left:
                raise ReportError("the poster's service page has a part too large for an A3 page")
    _assumptions_page(canv, facts, loc, W, H, m)
    canv.save()
    return out_path
