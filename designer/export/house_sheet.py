"""House sheets as PDF (reportlab): one A3 landscape page per house type, for workshops and funders.

Each page shows the plans of every level (walls filled for the programme's core, dashed and phantom
outlines for the stages families add, doors, windows, room names with clear areas, centreline
dimensions), the stages with who builds them, the quantities per stage, the rooms, the rule checks
for a household of the project's size and, when a cost library is at hand, the cost per stage and per
m² of floor it adds. The plan geometry comes from the same walker as the DXF (``house_plan``).
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from designer.model.housing import HouseCategory, HouseType, analyse, stage_quantities
from designer.render.house_plan import HousePlanWords, Plan, house_plan

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from costing.report.locale import ReportLocale
    from designer.estimate.house_pricing import TypeStageCosts
    from designer.export.request import ExportRequest
    from designer.model.document import Document

__all__ = [
    "export_house_plans",
    "export_house_sheets",
    "option_house_types",
    "stage_costs_for_types",
    "write_house_sheets",
]

_MM = 72.0 / 25.4
_PAGE_MM = (420.0, 297.0)
_PLAN_BOX_MM = (15.0, 30.0, 255.0, 235.0)  # x, y, width, height of the plan area
_MAX_ASSUMPTION_PAGES = 10  # a guard: one page holds about 60 rows
_STAGE_DASHES: tuple[tuple[float, ...], ...] = ((), (3, 2), (6, 2, 1, 2), (4, 1, 1, 1), (1, 2))


def stage_costs_for_types(types: Iterable[HouseType], doc: Document | None = None) -> TypeStageCosts:
    """Price each stage of each (new-house) type with the project's cost library (or the default one)."""
    from designer.estimate.house_pricing import price_house_types

    return price_house_types(types, doc)


def _money(loc: ReportLocale, value: Decimal) -> str:
    """A cost in whole currency units, grouped as the language groups them ("12 345" in French)."""
    return loc.number(value, 0)


def _fixed(loc: ReportLocale, value: float, decimals: int) -> str:
    """A measured quantity with ``decimals`` places in the language's number format ("2,40" in French)."""
    return loc.number(Decimal(f"{value:.{decimals}f}"), decimals)


def _short(loc: ReportLocale, value: float) -> str:
    """A threshold or household size with no trailing zeros ("2.4", "7"), in the language's format."""
    text = f"{value:g}"
    decimals = len(text.partition(".")[2])
    return loc.number(Decimal(text), decimals)


def write_house_sheets(
    types: Iterable[HouseType],
    path: str | os.PathLike[str],
    *,
    doc: Document | None = None,
    persons: float | None = None,
    with_cost: bool = True,
    costs: TypeStageCosts | None = None,
) -> int:
    """Write one house sheet per new-house type to a PDF, then the assumptions page; return the sheets.

    The last page, as in every Jamii PDF, lists each number the sheets rest on (household size, rule
    thresholds, and with costs the library's price base, tax, escalation and currency) with its source.

    Args:
        doc: the project (its name, persons per household, standards profile and cost library).
        persons: household size for the rule checks (default: the project's persons per household, else 4).
        with_cost: print the cost per stage (from ``costs``, else priced here; left off if no library opens).
    """
    from reportlab.pdfgen import canvas

    from costing.report.fonts import register_fonts
    from designer.io.house_library import load_rules
    from designer.render.house_words import house_plan_words, house_sheet_locale

    fonts = register_fonts()
    words = house_plan_words(doc)
    loc = house_sheet_locale(doc)
    drawable = [ht for ht in types if ht.category is HouseCategory.NEW and ht.rooms]
    cost_note = ""
    if with_cost and costs is None:
        try:
            costs = stage_costs_for_types(drawable, doc)
        except Exception as exc:
            cost_note = loc.text("house_sheet_costs_not_shown", error=exc)
            costs = None
    rules = load_rules(doc.project.standards_profile if doc else None)
    household = persons or (doc.project.persons_per_household if doc else 4.0)
    c = canvas.Canvas(str(path), pagesize=(_PAGE_MM[0] * _MM, _PAGE_MM[1] * _MM), pageCompression=1)
    c.setTitle("Jamii house sheets")
    c.setAuthor("Jamii")
    for n, ht in enumerate(drawable, start=1):
        _page(
            c,
            ht,
            fonts,
            costs if with_cost else None,
            cost_note,
            rules,
            household,
            doc,
            (n, len(drawable)),
            (words, loc),
        )
        c.showPage()
    rows, notes = _assumptions(rules, household, persons is not None, doc, costs if with_cost else None, loc)
    if cost_note:
        notes.append(cost_note)
    _assumptions_page(c, rows, notes, loc)
    c.save()
    return len(drawable)


def _assumptions(
    rules: Any,
    persons: float,
    persons_given: bool,
    doc: Document | None,
    costs: TypeStageCosts | None,
    loc: ReportLocale,
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Return the (assumption, value, source) rows and price notes of the house sheets, in ``loc``'s words.

    The cost rows and price notes come from the estimate (``costs``) and are printed as it words them.
    """
    t = loc.text
    if persons_given:
        persons_source = t("house_sheet_persons_given")
    elif doc is not None:
        persons_source = t("house_sheet_persons_project")
    else:
        persons_source = t("house_sheet_persons_default")
    rows = [
        (
            t("house_sheet_persons_assumption"),
            t("house_sheet_persons", n=_short(loc, persons)),
            persons_source,
        ),
        (
            t("house_sheet_rules_assumption"),
            t(
                "house_sheet_rules_value",
                profile=rules.profile,
                room_area=_short(loc, rules.habitable_min_area_m2),
                room_width=_short(loc, rules.habitable_min_width_m),
                persons=_short(loc, rules.max_persons_per_habitable_room),
                floor=_short(loc, rules.min_floor_area_per_person_m2),
                light=_fixed(loc, rules.light_opening_share * 100, 0),
                ventilation=_fixed(loc, rules.ventilation_opening_share * 100, 0),
            ),
            "resources/house_rules.toml (UN-Habitat, Sphere)",
        ),
        (
            t("house_sheet_quantities_assumption"),
            t("house_sheet_quantities_value"),
            t("house_sheet_quantities_source"),
        ),
    ]
    notes: list[str] = []
    if costs is not None:
        rows += list(costs.assumptions)
        rates = "house_sheet_rates_illustrative_note" if costs.illustrative else "house_sheet_rates"
        notes += [t(rates, source=costs.source)]
        notes += list(costs.price_notes)
    return rows, notes


def _assumptions_page(c: Any, rows: list[tuple[str, str, str]], notes: list[str], loc: ReportLocale) -> None:
    """Draw the assumptions page (the flowables every Jamii PDF ends with) on an A3 landscape page."""
    from reportlab.platypus import Frame

    from costing.report.assumptions_page import assumptions_flowables

    w, h = _PAGE_MM
    margin = 15.0
    width_pt = (w - 2 * margin) * _MM
    story = assumptions_flowables(rows, notes, loc, width_pt - 12)
    for _page_number in range(_MAX_ASSUMPTION_PAGES):  # a long table continues (LongTable repeats its header)
        Frame(margin * _MM, margin * _MM, width_pt, (h - 2 * margin) * _MM, showBoundary=0).addFromList(
            story, c
        )
        c.showPage()
        if not story:
            break


def _page(
    c: Any,
    ht: HouseType,
    fonts: Any,
    costs: TypeStageCosts | None,
    cost_note: str,
    rules: Any,
    persons: float,
    doc: Document | None,
    page_of: tuple[int, int],
    language: tuple[HousePlanWords, ReportLocale],
) -> None:
    """Draw one house sheet: ``language`` holds the plans' words and the sheet's (tables, footer, legend)."""
    from designer.model.housing import check_house

    page, pages = page_of
    words, loc = language
    t = loc.text
    w, h = _PAGE_MM
    c.setFont(fonts.bold, 16)
    c.drawString(15 * _MM, (h - 18) * _MM, f"{ht.name}")
    c.setFont(fonts.regular, 9)
    c.drawString(
        15 * _MM,
        (h - 24) * _MM,
        f"{ht.id} · {ht.programme or t('house_sheet_house_type')} · "
        + t("house_sheet_storeys", n=ht.storeys),
    )
    if ht.description:
        c.drawString(15 * _MM, (h - 29) * _MM, ht.description[:160])
    scale = _draw_plans(c, ht, fonts, words)
    # Right column: stages, quantities, rooms, rules.
    x0 = 280.0
    y = h - 40.0
    y = _heading(c, fonts, x0, y, t("house_sheet_stages"))
    stage_costs = {sc.stage: sc for sc in (costs.by_type.get(ht.id, []) if costs else [])}
    quantities = stage_quantities(ht)
    cols = [0, 10, 60, 88, 112]
    header = [
        "",
        t("house_sheet_stage_built_by"),
        t("house_sheet_floor_m2"),
        t("house_sheet_cost_currency", currency=costs.currency) if costs else "",
        t("house_sheet_per_m2") if costs else "",
    ]
    y = _row(c, fonts, x0, y, cols, header, bold=True)
    total = Decimal("0")
    for stage, q in zip(ht.stages, quantities, strict=True):
        sc = stage_costs.get(stage.number)
        cells = [
            str(stage.number),
            f"{stage.name} ({t(f'house_built_by_{stage.built_by.value}')})",
            _fixed(loc, q.floor_area_m2, 1),
            _money(loc, sc.amount) if sc else "",
            _money(loc, sc.per_m2) if sc and sc.per_m2 is not None else "",
        ]
        if sc:
            total += sc.amount
        y = _row(c, fonts, x0, y, cols, cells)
    if costs:
        floor = sum(q.floor_area_m2 for q in quantities)
        per = _money(loc, total / Decimal(str(floor))) if floor > 0 else ""
        whole = ["", t("house_sheet_whole_house"), _fixed(loc, floor, 1), _money(loc, total), per]
        y = _row(c, fonts, x0, y, cols, whole, bold=True)
        c.setFont(fonts.regular, 6.5)
        rates = "house_sheet_rates_illustrative" if costs.illustrative else "house_sheet_rates"
        note = t(rates, source=costs.source)
        c.drawString(x0 * _MM, y * _MM, note[:120])
        y -= 4
        missing = sorted({code for sc in stage_costs.values() for code in sc.not_priced})
        if missing:
            c.drawString(x0 * _MM, y * _MM, t("house_sheet_not_priced", codes=", ".join(missing))[:120])
            y -= 4
    elif cost_note:
        c.setFont(fonts.regular, 6.5)
        c.drawString(x0 * _MM, y * _MM, cost_note[:120])
        y -= 4
    y -= 3
    y = _heading(c, fonts, x0, y, t("house_sheet_quantities"))
    qcols = [0, 10, 32, 54, 76, 98]
    y = _row(
        c,
        fonts,
        x0,
        y,
        qcols,
        [
            "",
            t("house_sheet_walls_external_m2"),
            t("house_sheet_walls_internal_m2"),
            t("house_sheet_walls_party_m2"),
            t("house_sheet_roof_m2"),
            t("house_sheet_footing"),
        ],
        bold=True,
    )
    for q in quantities:
        y = _row(
            c,
            fonts,
            x0,
            y,
            qcols,
            [
                str(q.stage),
                _fixed(loc, q.wall_area_external_m2, 1),
                _fixed(loc, q.wall_area_internal_m2, 1),
                _fixed(loc, q.wall_area_party_m2, 1),
                _fixed(loc, q.roof_area_m2, 1),
                f"{_fixed(loc, q.foundation_length_m, 1)} / {_fixed(loc, q.foundation_volume_m3, 2)}",
            ],
        )
        openings = ", ".join(_openings(loc, k, n) for k, n in q.openings_by_size.items())
        fits = t("house_sheet_fittings", wc=q.wc_count, shower=q.shower_count, kitchen=q.kitchen_count)
        c.setFont(fonts.regular, 6.5)
        c.drawString((x0 + 10) * _MM, y * _MM, f"{openings or t('house_sheet_no_openings')}; {fits}"[:92])
        y -= 4
    y -= 3
    y = _heading(c, fonts, x0, y, t("house_sheet_rooms"))
    geo = analyse(ht)
    for room in ht.rooms:
        y = _row(
            c,
            fonts,
            x0,
            y,
            [0, 50, 80, 100],
            [
                words.room_name(room.name),
                t(f"house_use_{room.use.value}"),
                t("house_sheet_stage_n", n=room.stage),
                words.area_m2(geo.room_clear_area_m2[room.key]),
            ],
        )
    y -= 3
    results = check_house(ht, rules, persons)
    failed = [r for r in results if not r.ok]
    y = _heading(
        c,
        fonts,
        x0,
        y,
        t(
            "house_sheet_rule_checks",
            persons=_short(loc, persons),
            met=len(results) - len(failed),
            total=len(results),
        ),
    )
    c.setFont(fonts.regular, 7)
    for r in failed[:12]:
        c.drawString(x0 * _MM, y * _MM, f"✗ {r.message}"[:115])
        y -= 3.6
    # Footer.
    c.setFont(fonts.regular, 7)
    project = doc.project.name if doc else "Jamii"
    footer = t("house_sheet_footer", page=page, pages=pages, scale=scale)
    c.drawString(15 * _MM, 10 * _MM, f"{project} · {footer} · {date.today().isoformat()}")
    c.drawRightString((w - 15) * _MM, 10 * _MM, t("house_sheet_legend"))


def _openings(loc: ReportLocale, size_key: str, count: int) -> str:
    """One opening size of a stage, "2 door 0.90 × 2.10", from its ``stage_quantities`` key in ``loc``'s words."""
    kind, _, size = size_key.partition(" ")
    width, _, height = size.partition(" × ")
    return loc.text(
        "house_sheet_openings",
        n=count,
        kind=loc.text(f"house_opening_{kind}"),
        width=_fixed(loc, float(width), 2),
        height=_fixed(loc, float(height), 2),
    )


def _heading(c: Any, fonts: Any, x: float, y: float, text: str) -> float:
    c.setFont(fonts.bold, 10)
    c.drawString(x * _MM, y * _MM, text)
    return y - 5.5


def _row(
    c: Any, fonts: Any, x: float, y: float, cols: Sequence[float], cells: Sequence[str], bold: bool = False
) -> float:
    c.setFont(fonts.bold if bold else fonts.regular, 7.5)
    for col, cell in zip(cols, cells, strict=False):
        c.drawString((x + col) * _MM, y * _MM, cell)
    return y - 4.2


def _draw_plans(c: Any, ht: HouseType, fonts: Any, words: HousePlanWords) -> int:
    """Draw every level's plan into the plan box at the largest of 1:50 / 1:100 / 1:200 that fits.

    ``words``: the language of the plans' room names, areas, fittings, level titles and dimensions.
    """
    bx, by, bw, bh = _PLAN_BOX_MM
    probe = [house_plan(ht, level, text_height_m=0.125) for level in range(ht.storeys)]
    gap = 2.0
    width_m = sum(p.bounds[2] - p.bounds[0] for p in probe) + gap * (len(probe) - 1)
    height_m = max(p.bounds[3] - p.bounds[1] for p in probe)
    scale = next((s for s in (50, 100, 200) if width_m * 1000 / s <= bw and height_m * 1000 / s <= bh), 500)
    text_m = 2.5 * scale / 1000
    plans = [house_plan(ht, level, text_height_m=text_m, words=words) for level in range(ht.storeys)]
    mm_per_m = 1000 / scale
    x_cursor = bx
    for plan in plans:
        ox = x_cursor - plan.bounds[0] * mm_per_m
        oy = by + bh - plan.bounds[3] * mm_per_m
        _draw_plan(c, plan, fonts, (ox, oy, mm_per_m, text_m), words)
        x_cursor += (plan.bounds[2] - plan.bounds[0] + gap) * mm_per_m
    return scale


def _dash(c: Any, stage: int) -> None:
    dashes = _STAGE_DASHES[min(max(stage, 1), len(_STAGE_DASHES)) - 1]
    if dashes:
        c.setDash(list(dashes))
    else:
        c.setDash()


def _draw_plan(
    c: Any, plan: Plan, fonts: Any, place: tuple[float, float, float, float], words: HousePlanWords
) -> None:
    """Draw one plan: ``place`` is its origin on the page (mm), mm per metre and the text height (m)."""
    ox, oy, k, text_m = place

    def pt(p: tuple[float, float]) -> tuple[float, float]:
        return ((ox + p[0] * k) * _MM, (oy + p[1] * k) * _MM)

    def path_of(ring: tuple[tuple[float, float], ...]) -> Any:
        p = c.beginPath()
        x, y = pt(ring[0])
        p.moveTo(x, y)
        for q in ring[1:]:
            p.lineTo(*pt(q))
        p.close()
        return p

    for poly in plan.polygons:
        if poly.key == "plot":
            c.setDash(4, 2)
            c.setStrokeColorRGB(0.6, 0.2, 0.6)
            c.setLineWidth(0.4)
            c.drawPath(path_of(poly.exterior), stroke=1, fill=0)
            continue
        _dash(c, poly.stage)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6 if poly.stage == 1 else 0.4)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        p = path_of(poly.exterior)
        for hole in poly.holes:
            p.moveTo(*pt(hole[0]))
            for q in hole[1:]:
                p.lineTo(*pt(q))
            p.close()
        c.drawPath(p, stroke=1, fill=1 if poly.stage == 1 else 0, fillMode=0)
    c.setFillColorRGB(0, 0, 0)
    for line in plan.lines:
        _dash(c, line.stage)
        if line.key == "glaz":
            c.setStrokeColorRGB(0.1, 0.3, 0.7)
        else:
            c.setStrokeColorRGB(0.6, 0.4, 0)
        c.setLineWidth(0.35)
        c.line(*pt(line.a), *pt(line.b))
    for arc in plan.arcs:
        c.setDash(1, 1.5)
        c.setStrokeColorRGB(0.6, 0.4, 0)
        r = arc.radius_m
        x1, y1 = pt((arc.centre[0] - r, arc.centre[1] - r))
        x2, y2 = pt((arc.centre[0] + r, arc.centre[1] + r))
        extent = (arc.end_deg - arc.start_deg) % 360
        c.arc(x1, y1, x2, y2, startAng=arc.start_deg, extent=extent)
    c.setDash()
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.25)
    for dim in plan.dims:
        if dim.angle_deg == 0.0:
            a, b = (dim.p1[0], dim.base[1]), (dim.p2[0], dim.base[1])
            label_at = ((a[0] + b[0]) / 2, a[1] + text_m * 0.3)
            length = abs(dim.p2[0] - dim.p1[0])
        else:
            a, b = (dim.base[0], dim.p1[1]), (dim.base[0], dim.p2[1])
            label_at = (a[0] - text_m * 0.3, (a[1] + b[1]) / 2)
            length = abs(dim.p2[1] - dim.p1[1])
        c.line(*pt(a), *pt(b))
        for end in (a, b):
            x, y = pt(end)
            c.line(x - 1.2, y - 1.2, x + 1.2, y + 1.2)
        c.setFont(fonts.regular, 6)
        x, y = pt(label_at)
        if dim.angle_deg == 0.0:
            c.drawCentredString(x, y, words.length_m(length))
        else:
            c.saveState()
            c.translate(x, y)
            c.rotate(90)
            c.drawCentredString(0, 0, words.length_m(length))
            c.restoreState()
    for text in plan.texts:
        size = {"normal": 7.5, "small": 6.0, "title": 10.0}[text.size]
        c.setFont(fonts.bold if text.size == "title" else fonts.regular, size)
        if text.key == "fixt":
            c.setFillColorRGB(0.0, 0.45, 0.0)
        else:
            c.setFillColorRGB(0, 0, 0)
        x, y = pt(text.at)
        c.drawCentredString(x, y - size * 0.35, text.text)
    c.setFillColorRGB(0, 0, 0)


def option_house_types(doc: Document, option_id: str | None) -> list[HouseType]:
    """Return the new-house types an option builds (every type the project holds when ``option_id`` is None)."""
    from designer.io.house_library import load_library
    from designer.model.entities import CoreHouse

    lib = load_library(doc)
    if option_id is None:
        ids = sorted(ht.id for ht in doc.of_type(HouseType))
    else:
        ids = sorted({e.house_type for e in doc.entities(option_id) if isinstance(e, CoreHouse)})
    return [t for t in (lib.get(i) for i in ids) if t.category is HouseCategory.NEW]


def export_house_sheets(doc: Document, out: os.PathLike[str] | str, request: ExportRequest) -> str:
    """`jamii export` exporter (``designer.export.request.Exporter``): house sheets of the option's types.

    ``request`` is a ``designer.export.request.ExportRequest``; its option (or, without one, every type
    the project holds) decides the types. Returns the one-line description of what was written.
    """
    from designer.export.request import reporting_before_publish
    from designer.io.atomic import atomic_write
    from designer.model.errors import JamiiError

    request.report(0.05)
    types = option_house_types(doc, request.option_id)
    if not types:
        raise JamiiError("no house types to draw: the option places no houses")
    request.report(0.2)
    pages = atomic_write(
        out, reporting_before_publish(lambda tmp: write_house_sheets(types, tmp, doc=doc), request.report)
    )
    return f"{out}: {pages} house sheet(s) ({', '.join(t.id for t in types)})"


def export_house_plans(doc: Document, out: os.PathLike[str] | str, request: ExportRequest) -> str:
    """`jamii export` exporter (``designer.export.request.Exporter``): house plans of the option's types.

    ``request`` is a ``designer.export.request.ExportRequest``; its option (or, without one, every type
    the project holds) decides the types. Returns the one-line description of what was written.
    """
    from designer.export.request import reporting_before_publish
    from designer.io.atomic import atomic_write
    from designer.model.errors import JamiiError
    from designer.render.house_dxf import write_house_plans_dxf

    request.report(0.05)
    types = option_house_types(doc, request.option_id)
    if not types:
        raise JamiiError("no house types to draw: the option places no houses")
    request.report(0.2)
    result = atomic_write(
        out,
        reporting_before_publish(
            lambda tmp: write_house_plans_dxf(types, tmp, project_name=doc.project.name), request.report
        ),
    )
    scales = ", ".join(f"{k} 1:{v}" for k, v in result.scales.items())
    return f"{out}: house plans ({scales})"
