"""The negotiation pages: who is served today and under each option, in maps, tables and plain words.

Everything comes in as :class:`costing.report.data.ServiceView` (plain values); the pages are reportlab
flowables added to the comparison report (and usable by any other report). Colours follow the JMP
ladders: greens for safely managed and basic, yellow for limited, orange for unimproved, red for none or
open defecation, grey for unknown (which includes a ladder the drawing cannot tell: nothing of the kind
drawn, said in the table and in the plain words, never shown as the bottom rung).
"""

from __future__ import annotations

from typing import Any

from costing.report.data import ServiceView
from costing.report.fonts import FONTS
from costing.report.locale import ReportLocale
from costing.report.pdf_common import RULE, para

__all__ = ["LEVEL_COLOURS", "REASONS", "poster_service_flowables", "service_flowables", "service_map"]

LEVEL_COLOURS = {
    "safely_managed": "#1a7f37",
    "basic": "#7fc97f",
    "limited": "#fdd835",
    "unimproved": "#fb8c00",
    "none": "#d32f2f",
    "open_defecation": "#d32f2f",
    "no_facility": "#d32f2f",
    "unknown": "#9e9e9e",
    "": "#ffffff",
}
WATER_RUNGS = ("safely_managed", "basic", "limited", "unimproved", "none", "unknown")
SANITATION_RUNGS = ("safely_managed", "basic", "limited", "unimproved", "open_defecation", "unknown")
HYGIENE_RUNGS = ("basic", "limited", "no_facility", "unknown")
REASONS = (
    "too_far",
    "unsafe_crossing",
    "unsafe_at_night",
    "too_costly",
    "too_few_taps",
    "hours",
    "pressure",
    "hazard",
    "single_operator",
    "displaced",
)


def _rung(loc: ReportLocale, key: str) -> str:
    return loc.text(f"rung_{key or 'empty'}")


def service_map(view: ServiceView, which: str, w: float, h: float, loc: ReportLocale) -> Any:
    """Return a Drawing of the plots coloured by ``which`` ("water" or "sanitation") with paths and facilities."""
    from reportlab.graphics.shapes import Circle, Drawing, Polygon, PolyLine, Rect, String
    from reportlab.lib import colors

    d = Drawing(w, h)
    title = loc.text("map_water") if which == "water" else loc.text("map_sanitation")
    d.add(String(0, h - 10, title, fontName=FONTS.bold, fontSize=8.5))
    pts = [p for o in view.plot_outlines for p in o] + [p for line in view.paths for p in line]
    pts += [*view.water_xy, *view.toilet_xy]
    if not pts:
        d.add(String(0, h / 2, loc.text("map_nothing"), fontName=FONTS.regular, fontSize=8))
        return d
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    box_h = h - 16
    scale = min(w / max(x1 - x0, 1e-6), box_h / max(y1 - y0, 1e-6))

    def tr(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] - x0) * scale, (p[1] - y0) * scale

    d.add(Rect(0, 0, (x1 - x0) * scale, (y1 - y0) * scale, fillColor=None, strokeColor=colors.HexColor(RULE)))
    levels = view.plot_water if which == "water" else view.plot_sanitation
    for outline, level in zip(view.plot_outlines, levels, strict=True):
        flat = [c for p in outline for c in tr(p)]
        d.add(
            Polygon(
                flat,
                fillColor=colors.HexColor(LEVEL_COLOURS.get(level, "#9e9e9e")),
                strokeColor=colors.HexColor("#555555"),
                strokeWidth=0.2,
            )
        )
    for line in view.paths:
        d.add(
            PolyLine(
                [c for p in line for c in tr(p)], strokeColor=colors.HexColor("#8d6e63"), strokeWidth=0.8
            )
        )
    marks = view.water_xy if which == "water" else view.toilet_xy
    colour = colors.HexColor("#0d47a1") if which == "water" else colors.HexColor("#4a148c")
    for p in marks:
        x, y = tr(p)
        d.add(Circle(x, y, 2.2, fillColor=colour, strokeColor=colors.white, strokeWidth=0.4))
    return d


def _legend(loc: ReportLocale, rungs: tuple[str, ...], w: float) -> Any:
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    per_row = 2
    rows = (len(rungs) + per_row - 1) // per_row
    d = Drawing(w, 11 * rows)
    col_w = w / per_row
    for k, key in enumerate(rungs):
        x, y = (k % per_row) * col_w, 11 * (rows - 1 - k // per_row)
        d.add(
            Rect(
                x,
                y + 1,
                8,
                7,
                fillColor=colors.HexColor(LEVEL_COLOURS[key]),
                strokeColor=colors.black,
                strokeWidth=0.3,
            )
        )
        d.add(String(x + 11, y + 2, _rung(loc, key), fontName=FONTS.regular, fontSize=7))
    return d


def _counts(pairs: tuple[tuple[str, int], ...]) -> dict[str, int]:
    return dict(pairs)


def _summary_table(views: list[ServiceView], loc: ReportLocale, width: float) -> Any:
    """Today and each option side by side: ladders, reasons for failing, displacement."""
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    head = ["", *[v.name for v in views]]
    rows: list[list[Any]] = [[para(h, "cell", bold=True) for h in head]]
    section_rows: list[int] = []

    def section(title: str) -> None:
        section_rows.append(len(rows))
        rows.append([para(title, "cell", bold=True), *[""] * len(views)])

    def line(label: str, values: list[Any]) -> None:
        rows.append([para(label, "cell"), *values])

    for title, ladder, rungs in (
        (loc.text("ladder_water"), "water", WATER_RUNGS),
        (loc.text("ladder_sanitation"), "sanitation", SANITATION_RUNGS),
        (loc.text("ladder_hygiene"), "hygiene", HYGIENE_RUNGS),
    ):
        section(title)
        for key in rungs:
            counts = [_counts(getattr(v, f"{ladder}_ladder")).get(key, 0) for v in views]
            if any(counts):
                line(_rung(loc, key), [f"{c} / {v.households}" for c, v in zip(counts, views, strict=True)])
        # Why a scenario's households are all "unknown" here: nothing of the kind is drawn in it.
        why = [dict(v.ladders_unknown_because).get(ladder) for v in views]
        if any(why):
            line(
                "  " + loc.text("not_told"),
                [para(loc.text(f"not_drawn_{w}"), "cell") if w else "" for w in why],
            )
    section(loc.text("still_failing"))
    line(loc.text("failing_households"), [f"{v.failing_households} / {v.households}" for v in views])
    # No path drawn: nobody is counted as without path access, and the table says why.
    no_paths = [v.path_access_unknown_because for v in views]
    if any(no_paths):
        line(
            "  " + loc.text("not_told"),
            [para(loc.text(f"not_drawn_{w}"), "cell") if w else "" for w in no_paths],
        )
    for key in REASONS:
        counts = [_counts(v.failing).get(key, 0) for v in views]
        if any(counts):
            line("  " + loc.text(f"reason_{key}"), [str(c) for c in counts])
    section(loc.text("reblocking"))
    line(loc.text("displaced_households"), [str(v.displaced_households) for v in views])
    line(loc.text("area_lost"), [f"{v.area_lost_m2:,.0f} m²" for v in views])
    label_w = 70 * 72 / 25.4
    col_w = (width - label_w) / max(len(views), 1)
    table = LongTable(rows, colWidths=[label_w] + [col_w] * len(views), repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONTS.regular, 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee")) for r in section_rows]
    table.setStyle(TableStyle(style))
    return table


def plain_words(view: ServiceView, loc: ReportLocale) -> str:
    """Return the scenario's service in one short paragraph in the report's language."""
    w, s = _counts(view.water_ladder), _counts(view.sanitation_ladder)
    text = loc.text(
        "plain_served",
        name=view.name,
        households=view.households,
        water=w.get("safely_managed", 0) + w.get("basic", 0),
        toilet=s.get("safely_managed", 0) + s.get("basic", 0),
        shared=s.get("limited", 0),
        failing=view.failing_households,
    )
    why = dict(view.ladders_unknown_because)
    if why.get("water") == "water_points_not_drawn":
        text += " " + loc.text("plain_not_drawn_water")
    if why.get("sanitation") == "toilets_not_drawn":
        text += " " + loc.text("plain_not_drawn_toilets")
    if view.path_access_unknown_because == "paths_not_drawn":
        text += " " + loc.text("plain_not_drawn_paths")
    reasons = sorted(view.failing, key=lambda kv: -kv[1])[:3]
    if reasons:
        text += " " + loc.text(
            "plain_reasons", reasons=", ".join(f"{loc.text(f'reason_{k}').lower()} ({n})" for k, n in reasons)
        )
    if view.displaced_households:
        text += " " + loc.text(
            "plain_displaced", displaced=view.displaced_households, area=f"{view.area_lost_m2:,.0f}"
        )
    return text


def _small_table(head: list[str], body: list[list[str]], widths: list[float]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    t = Table(
        [[para(h, "cell", bold=True) for h in head], *[[para(c, "cell") for c in r] for r in body]],
        colWidths=widths,
    )
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def _scenario_page(view: ServiceView, loc: ReportLocale, width: float, height: float) -> list[Any]:
    from reportlab.platypus import Spacer, Table

    mm = 72 / 25.4
    map_w = width / 2 - 6 * mm
    map_h = min(height * 0.36, map_w * 0.8)
    maps = Table(
        [
            [
                service_map(view, "water", map_w, map_h, loc),
                service_map(view, "sanitation", map_w, map_h, loc),
            ],
            [_legend(loc, (*WATER_RUNGS, ""), map_w), _legend(loc, (*SANITATION_RUNGS, ""), map_w)],
        ],
        colWidths=[width / 2, width / 2],
    )
    out: list[Any] = [para(view.name, "h2"), para(plain_words(view, loc), "body"), Spacer(1, 2 * mm), maps]
    widths = [width * 0.3, width * 0.3, width * 0.4]
    c1, c2, c3 = (x - 4 * mm for x in widths)
    reasons = [[loc.text(f"reason_{k}"), str(n)] for k, n in view.failing if n]
    ops = [[op, str(n), f"{share:.0%}"] for op, n, share in view.operators]
    shown = 10
    taps = [
        [i, op or loc.text("unknown_operator"), "-" if hours is None else f"{hours:g} h", price]
        for i, op, hours, price in view.water_points
    ]
    blocks = [
        _small_table(
            [loc.text("still_failing"), loc.text("col_households")],
            reasons or [[loc.text("nobody"), "0"]],
            [c1 * 0.78, c1 * 0.22],
        ),
        _small_table(
            [loc.text("col_operator"), loc.text("col_points"), loc.text("col_share_persons")],
            ops or [[loc.text("nobody"), "0", "-"]],
            [c2 * 0.56, c2 * 0.18, c2 * 0.26],
        ),
        _small_table(
            [
                loc.text("col_water_point"),
                loc.text("col_operator"),
                loc.text("col_hours"),
                loc.text("col_price"),
            ],
            taps[:shown] or [["-", "-", "-", "-"]],
            [c3 * 0.24, c3 * 0.42, c3 * 0.16, c3 * 0.18],
        ),
    ]
    out += [Spacer(1, 2 * mm), Table([blocks], colWidths=widths, style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]
    if len(view.water_points) > shown:
        out.append(para(loc.text("more_water_points", n=len(view.water_points) - shown), "small"))
    return out


def service_flowables(views: list[ServiceView], loc: ReportLocale, width: float, height: float) -> list[Any]:
    """Return the negotiation pages: the side-by-side table, then one page per scenario (maps, reasons, who
    controls the water, hours and prices)."""
    from reportlab.platypus import PageBreak

    if not views:
        return []
    out: list[Any] = [PageBreak(), para(loc.text("service_title"), "h1"), _summary_table(views, loc, width)]
    for v in views:  # each scenario's page says the same figures in plain words
        out.append(PageBreak())
        out += _scenario_page(v, loc, width, height)
    return out


def poster_service_flowables(
    views: list[ServiceView], loc: ReportLocale, width: float, height: float
) -> list[Any]:
    """Return the poster's second page: today beside the option — the table, the words, and both maps
    of each scenario one row each (water, sanitation)."""
    from reportlab.platypus import Spacer, Table

    mm = 72 / 25.4
    out: list[Any] = [
        para(loc.text("service_title"), "h1"),
        _summary_table(views, loc, width),
        Spacer(1, 3 * mm),
    ]
    out += [para(plain_words(v, loc), "body") for v in views]
    out.append(Spacer(1, 3 * mm))
    map_w = width / 2 - 4 * mm
    map_h = min((height * 0.40) / max(len(views), 1), map_w * 0.8)
    grid = [
        [service_map(v, "water", map_w, map_h, loc), service_map(v, "sanitation", map_w, map_h, loc)]
        for v in views
    ]
    names = [[para(v.name, "h3"), ""] for v in views]
    rows: list[list[Any]] = []
    for name, maps in zip(names, grid, strict=True):
        rows += [name, maps]
    rows.append([_legend(loc, (*WATER_RUNGS, ""), map_w), _legend(loc, (*SANITATION_RUNGS, ""), map_w)])
    out.append(Table(rows, colWidths=[width / 2, width / 2]))
    return out
