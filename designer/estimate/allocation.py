"""Who benefits from each drawn thing of an option, and what each household pays for it a month.

Beneficiaries (recorded households, by the plot they live on):

* a core house: the households of its plot (a re-planned plot takes the households of the one plot it
  replaces); a house improvement, demolition or relocation: the households
  of the building's plot;
* a water point on a plot (a yard tap) or a toilet on a plot: that plot's households; a public water point
  or a shared toilet: the households whose nearest one (walking along the paths, ``analysis.check``) it is;
* everything else (paths, mains, sewers, drains, lights, re-plotting, manual items): every household.

A thing with no household to serve (no one recorded on its plot, a standpipe no one walks to) is counted
as common works. Water charges come from the price per 20 L at the household's water point and the
standard's daily demand; toilet fees from the price per use and ``toilet_uses_per_person_day``; the next
stage of a core house is priced from the library and saved for over ``next_stage_months``
(``resources/costing/finance.toml``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from costing.boq.money import ZERO, round_money
from costing.finance.allocation import MonthlyCharges
from costing.finance.funding import HouseholdInfo
from costing.finance.lifetime import _finance_toml
from costing.takeoff.engine import Takeoff
from designer.model.document import Document
from designer.model.entities import (
    Building,
    CoreHouse,
    Demolition,
    HouseImprovement,
    Plot,
    Relocation,
    Toilet,
    WaterPoint,
)
from designer.model.errors import JamiiError

__all__ = ["beneficiaries", "direct_costs", "monthly_charges"]

DAYS_PER_MONTH = Decimal("30.4")


def _plot_households(
    doc: Document, households: Sequence[HouseholdInfo], option_id: str
) -> dict[str, list[str]]:
    """Return household ids by the plot they live on in the option: a plot re-planned one for one (an
    option plot that ``replaces`` it, and no other does) takes the households of the plot it replaces."""
    wanted = {h.id for h in households}
    out: dict[str, list[str]] = {}
    for h in doc.households:
        if h.id in wanted and h.plot_id:
            out.setdefault(h.plot_id, []).append(h.id)
    replaced_by: dict[str, list[str]] = {}
    for plot in doc.of_type(Plot, option_id):
        for old in plot.replaces:
            replaced_by.setdefault(old, []).append(plot.id)
    for old, new in replaced_by.items():
        if len(new) == 1 and old in out:
            out.setdefault(new[0], []).extend(out.pop(old))
    return out


def _facility_users(
    by_plot: Mapping[str, list[str]], access: Mapping[str, Any]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Return the households using each public water point and each shared toilet (their nearest, walking)."""
    water: dict[str, list[str]] = {}
    toilets: dict[str, list[str]] = {}
    for plot_id, hh in by_plot.items():
        acc = access.get(plot_id)
        if acc is not None and acc.water_point_id:
            water.setdefault(acc.water_point_id, []).extend(hh)
        if acc is not None and acc.toilet_id:
            toilets.setdefault(acc.toilet_id, []).extend(hh)
    return water, toilets


def beneficiaries(
    doc: Document, option_id: str, households: Sequence[HouseholdInfo], access: Mapping[str, Any]
) -> dict[str, tuple[str, ...]]:
    """Return, per entity id of the option that serves particular households, those households' ids."""
    by_plot = _plot_households(doc, households, option_id)
    water, toilets = _facility_users(by_plot, access)

    def served(e: Any) -> list[str]:
        if isinstance(e, CoreHouse):
            return by_plot.get(e.plot_id, [])
        if isinstance(e, HouseImprovement | Demolition | Relocation):
            b = doc.get(e.building_id)
            return by_plot.get(b.plot_id, []) if isinstance(b, Building) else []
        if isinstance(e, WaterPoint | Toilet):
            users = water if isinstance(e, WaterPoint) else toilets
            return by_plot.get(e.plot_id, []) if e.plot_id else users.get(e.id, [])
        return []  # common works

    out: dict[str, tuple[str, ...]] = {}
    for e in doc.entities(option_id):
        ids = served(e)
        if ids:
            out[e.id] = tuple(sorted(set(ids)))
    return out


def direct_costs(
    takeoff: Takeoff,
    priced: Mapping[Any, tuple[int, Any, str | None]],
    manual: Sequence[tuple[int, Any, str | None]],
    households: Sequence[HouseholdInfo],
    served: Mapping[str, tuple[str, ...]],
) -> dict[str, dict[int, Decimal]]:
    """Return per household the (unrounded) cost of the measured works that serve it, by bill.

    A line's amount is split over its elements by their share of its quantity, then each element's part
    over the households it serves (all households for common works).
    """
    everyone = tuple(h.id for h in households)
    out: dict[str, dict[int, Decimal]] = {h: {} for h in everyone}
    if not everyone:
        return out

    def add(bill: int, ids: tuple[str, ...], amount: Decimal) -> None:
        each = amount / len(ids)
        for h in ids:
            out[h][bill] = out[h].get(bill, ZERO) + each

    for key, line in takeoff.lines.items():
        bill, bl, _ = priced[key]
        total_q = line.quantity
        if not bl.amount or total_q <= 0:
            continue
        for element_key, q in line.contributions.items():
            element = takeoff.elements.get(element_key)
            ids = served.get(element.source_id, everyone) if element is not None else everyone
            add(bill, ids, bl.amount * Decimal(repr(q / total_q)))
    for bill, bl, _ in manual:
        if bl.amount:
            add(bill, everyone, bl.amount)
    return out


def _next_stage_cost(doc: Document, house: CoreHouse, live: Any) -> Decimal:
    """Return the priced cost of a core house's next stage (0 when its type has no further stage)."""
    from designer.estimate.house_pricing import price_house_elements
    from designer.estimate.house_takeoff import house_elements

    nxt = house.stages_built + 1
    grown = dataclasses.replace(house, stages_built=nxt)
    records = [grown if r.id == house.id else r for r in doc.records()]
    view = Document(records[0], records[1:])  # type: ignore[arg-type]
    try:
        elements = house_elements(view, house.scope)
    except (JamiiError, KeyError, ValueError):
        return ZERO
    stage = [e for e in elements if e.source_id == house.id and e.attributes.get("stage") == nxt]
    costs = price_house_elements(stage, live.library, live.settings)
    return sum((c.amount for c in costs), ZERO)


def monthly_charges(
    doc: Document,
    option_id: str,
    households: Sequence[HouseholdInfo],
    access: Mapping[str, Any],
    live: Any,
) -> dict[str, MonthlyCharges]:
    """Return per household its water charges, toilet fees and next-stage saving per month."""
    from designer.analysis.capacity import water_cost_per_month
    from designer.analysis.standards import load_pack

    pack = load_pack(doc.project.standards_profile)
    settings = _finance_toml().get("affordability", {})
    uses = Decimal(str(settings.get("toilet_uses_per_person_day", 0)))
    months = int(settings.get("next_stage_months", 0))
    persons = {h.id: h.persons for h in households}
    by_plot = _plot_households(doc, households, option_id)
    next_stage: dict[str, Decimal] = {}
    if months > 0:
        for house in doc.of_type(CoreHouse, option_id):
            hh = by_plot.get(house.plot_id, [])
            if hh:
                cost = _next_stage_cost(doc, house, live)
                for h in hh:
                    next_stage[h] = next_stage.get(h, ZERO) + round_money(cost / len(hh) / months)
    out: dict[str, MonthlyCharges] = {}
    for plot_id, hh in by_plot.items():
        acc = access.get(plot_id)
        wp = doc.get(acc.water_point_id) if acc is not None and acc.water_point_id else None
        toilet = doc.get(acc.toilet_id) if acc is not None and acc.toilet_id else None
        for h in hh:
            water = (
                water_cost_per_month(persons[h], wp.price_per_20l, pack)
                if isinstance(wp, WaterPoint)
                else ZERO
            )
            fee: Decimal | None = ZERO
            if isinstance(toilet, Toilet):
                price = toilet.price_per_use
                fee = None if price is None else round_money(price * uses * persons[h] * DAYS_PER_MONTH)
            out[h] = MonthlyCharges(water, fee, next_stage.get(h, ZERO))
    return out
