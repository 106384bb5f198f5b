"""From the service check to the negotiation pages' plain data: today and every option side by side.

For each scenario (the existing conditions, then each option) :func:`service_views` runs the check (with
the pressure simulation) on the document stripped of personal data and fills a
:class:`costing.report.data.ServiceView`: households on each JMP rung, the households still failing and
why, who controls the water points, their hours and prices, displacement, and the plots coloured by the
rung of their worst-off household. No household id is printed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from costing.report.data import ServiceView
    from designer.analysis.check import CheckResult
    from designer.model.document import Document

__all__ = ["REASON_OF_PROBLEM", "service_view", "service_views"]

# Each problem code of the check (resources/standards/README.md) under the reason a federation names.
REASON_OF_PROBLEM = {
    "no_path_access": "too_far",
    "no_water": "too_far",
    "water_too_far": "too_far",
    "no_toilet": "too_far",
    "toilet_too_far": "too_far",
    "round_trip_too_long": "too_far",
    "children_cross_busy_road": "unsafe_crossing",
    "toilet_unsafe_at_night": "unsafe_at_night",
    "water_unaffordable": "too_costly",
    "services_unaffordable": "too_costly",
    "too_many_per_tap": "too_few_taps",
    "queue_too_long": "too_few_taps",
    "too_many_per_toilet": "too_few_taps",
    "hours_too_short": "hours",
    "toilet_hours_too_short": "hours",
    "low_pressure": "pressure",
    "not_connected": "pressure",
    "no_supply": "pressure",
    "facility_in_hazard_area": "hazard",
    "single_operator": "single_operator",
    "displaced": "displaced",
}

_WORST = {
    "water": ("safely_managed", "basic", "limited", "unimproved", "unknown", "none"),
    "sanitation": ("safely_managed", "basic", "limited", "unimproved", "unknown", "open_defecation"),
}


def _worst(levels: list[str], ladder: str) -> str:
    order = _WORST[ladder]
    return max(levels, key=lambda lv: order.index(lv) if lv in order else len(order)) if levels else ""


def service_view(doc: Document, result: CheckResult, name: str) -> ServiceView:
    """Return the plain data of one checked scenario (``result`` of ``check_option`` on ``doc``)."""
    from costing.report.data import ServiceView
    from designer.analysis.layout import build_layout

    rows = result.households
    lay = build_layout(doc, result.option_id)
    reasons: Counter[str] = Counter()
    failing = 0
    for r in rows:
        mine = {REASON_OF_PROBLEM[p] for p in r.problems if p in REASON_OF_PROBLEM}
        reasons.update(mine)
        failing += bool(mine)
    by_plot_w: dict[str, list[str]] = {}
    by_plot_s: dict[str, list[str]] = {}
    for r in rows:
        if r.plot_id is not None:
            by_plot_w.setdefault(r.plot_id, []).append(r.water_service_level)
            by_plot_s.setdefault(r.plot_id, []).append(r.sanitation_service_level)
    prices = {w.id: w.price_per_20l for w in lay.water_points}
    water_points = tuple(
        (
            w.water_point_id,
            w.operator_group if w.operator_group != "unknown" else "",
            None if w.open_hours is None else round(w.open_hours, 1),
            "-" if prices.get(w.water_point_id) is None else str(prices[w.water_point_id]),
        )
        for w in result.water_points
        if not w.private
    )
    sc = result.scorecard
    return ServiceView(
        scenario_id=result.option_id or "existing",
        name=name,
        households=len(rows),
        water_ladder=tuple(sc.water_ladder.items()),
        sanitation_ladder=tuple(sc.sanitation_ladder.items()),
        hygiene_ladder=tuple(sc.hygiene_ladder.items()),
        failing=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        failing_households=failing,
        operators=tuple((o.operator, o.water_points, o.share_of_persons) for o in result.control.operators),
        water_points=water_points,
        displaced_households=len(result.reblocking.displaced_households),
        area_lost_m2=float(sum(result.reblocking.area_lost_m2.values())),
        plot_outlines=tuple(p.outline for p in lay.plots),
        plot_water=tuple(_worst(by_plot_w.get(p.id, []), "water") for p in lay.plots),
        plot_sanitation=tuple(_worst(by_plot_s.get(p.id, []), "sanitation") for p in lay.plots),
        paths=tuple(p.route for p in lay.paths),
        water_xy=tuple(w.position for w in lay.water_points),
        toilet_xy=tuple(t.position for t in lay.toilets),
        ladders_unknown_because=tuple(sorted(result.ladders_unknown_because.items())),
        path_access_unknown_because=result.path_access_unknown_because or "",
    )


def service_views(doc: Document, today: str = "Today") -> list[ServiceView]:
    """Return the service of the existing conditions (named ``today``) and of every option (by id)."""
    from designer.analysis.check import check_option
    from designer.model.privacy import exportable

    public = exportable(doc)
    out = [service_view(public, check_option(public, None), today)]
    for opt in sorted(public.options, key=lambda o: o.id):
        out.append(service_view(public, check_option(public, opt.id), opt.name))
    return out
