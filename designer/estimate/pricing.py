"""A small facade over ``costing`` for the rest of Jamii (GUI, CLI, reports).

Functions (all read-only on the document):

* ``cost_option(doc, option_id) -> BillOfQuantities`` — the priced bill of an option.
* ``option_finance(doc, option_id) -> OptionFinance`` — funding split, monthly repayment per
  household, affordability against incomes, lifetime cost per household per year.
* ``compare_options(doc) -> list[dict]`` — per option ``{"id", "name", "cost": {…}, "finance": {…}}``
  (money as decimal strings), the JSON of ``jamii compare``. Other parts (service scorecard, votes)
  add sibling keys to each option dict.
* ``LiveCosting(doc, option_id)`` — keeps an option's bill up to date while it is edited: it
  listens to the document's signals and re-measures only the changed entity (and, for a path,
  water main or street light, the few entities whose context it changes), then re-prices the
  affected lines; emits ``updated(boq)``. Typical cost of one edit: well under 10 ms.

The cost library is the project's (``ProjectInfo.cost_library``, region, price date), opened from
the user's app-data folder (``costing.db.appdata``; the default library is installed on first
use); pass ``library=`` to use another one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from psygnal import Signal

from costing.boq.builder import BoQHeader, assemble, price_line
from costing.boq.model import BillOfQuantities, BoQLine
from costing.boq.settings import CommunityContribution, EstimateSettings
from costing.db.repository import CostLibrary, open_library
from costing.finance.affordability import AffordabilityResult, Thresholds, assess
from costing.finance.funding import FundingResult, fund
from costing.finance.lifetime import LifetimeCost, lifetime_cost
from costing.takeoff.engine import LineKey, Takeoff
from designer.estimate.takeoff import (
    COSTED_KINDS,
    ROUTE_SURFACE_DISTANCE_M,
    MeasureContext,
    OptionFinanceInputs,
    _geometry,
    entity_elements,
    household_counts,
    option_community,
    option_elements,
    option_finance_inputs,
)
from designer.model.document import Document
from designer.model.entities import (
    Building,
    CoreHouse,
    Demolition,
    Entity,
    HouseImprovement,
    Path,
    Relocation,
    StreetLight,
    WaterMain,
    WaterPoint,
)
from designer.model.project import Option
from designer.model.records import EXISTING, Record

__all__ = ["LiveCosting", "OptionFinance", "compare_options", "cost_option", "option_finance"]


def _library(doc: Document, library: CostLibrary | None) -> CostLibrary:
    return library if library is not None else open_library(doc.project.cost_library)


def _settings(doc: Document, library: CostLibrary, settings: EstimateSettings | None) -> EstimateSettings:
    if settings is not None:
        return settings
    meta = library.meta
    region = doc.project.cost_region if library.has_region(doc.project.cost_region) else ""
    return EstimateSettings.defaults(
        meta.currency, region=region, price_date=doc.project.price_date, unit_labels=doc.project.unit_labels
    )


def _option(doc: Document, option_id: str) -> Option:
    opt = doc.get(option_id)
    if not isinstance(opt, Option):
        from designer.model.errors import JamiiError

        raise JamiiError(f"no option {option_id!r} in the project")
    return opt


def _people(doc: Document) -> tuple[int, int, bool]:
    """Return (households, persons, estimated) without building the finance inputs."""
    return household_counts(doc)


def _notes(doc: Document, library: CostLibrary, estimated: bool, household_count: int) -> list[str]:
    notes = []
    if library.meta.currency != doc.project.currency:
        notes.append(
            f"amounts are in {library.meta.currency} (the cost library's currency), not the project's {doc.project.currency}"
        )
    if estimated:
        notes.append(f"no households recorded: {household_count} households estimated from residential plots")
    return notes


def cost_option(
    doc: Document,
    option_id: str,
    *,
    library: CostLibrary | None = None,
    settings: EstimateSettings | None = None,
) -> BillOfQuantities:
    """Return the priced bill of quantities of one option.

    Args:
        doc: the project.
        option_id: the option's id.
        library: a cost library (default: the project's, from the app-data folder).
        settings: estimate settings (default: shipped defaults, the project's region and price date).
    """
    return LiveCosting(doc, option_id, library=library, settings=settings, listen=False).boq


@dataclass(frozen=True)
class OptionFinance:
    """Funding, affordability and lifetime cost of one option."""

    boq: BillOfQuantities
    funding: FundingResult
    lifetime: LifetimeCost
    affordability: AffordabilityResult
    inputs: OptionFinanceInputs


def _finance(
    boq: BillOfQuantities, inputs: OptionFinanceInputs, thresholds: Thresholds | None
) -> OptionFinance:
    funding = fund(
        boq.summary.cash,
        inputs.funding,
        inputs.household_count,
        inputs.savings_groups,
        sum((h.savings_balance for h in inputs.households), Decimal(0)),
    )
    life = lifetime_cost(boq, inputs.household_count)
    afford = assess(boq, funding.monthly_repayment, life, inputs.households, thresholds)
    return OptionFinance(boq, funding, life, afford, inputs)


def option_finance(
    doc: Document,
    option_id: str,
    *,
    boq: BillOfQuantities | None = None,
    library: CostLibrary | None = None,
    thresholds: Thresholds | None = None,
) -> OptionFinance:
    """Return who pays what for an option, whether households can afford it, and its lifetime cost."""
    _option(doc, option_id)
    boq = boq or cost_option(doc, option_id, library=library)
    return _finance(boq, option_finance_inputs(doc, option_id), thresholds)


def _money(value: Decimal | None) -> str | None:
    """Money as a JSON string to the cent; None (JSON null) when the figure is unknown."""
    return None if value is None else f"{value:.2f}"


def option_summary(fin: OptionFinance) -> dict[str, Any]:
    """Return the stable JSON-ready summary of one option's cost and finance (money as strings)."""
    boq, f, life, aff = fin.boq, fin.funding, fin.lifetime, fin.affordability
    s = boq.summary
    cost = {
        "currency": boq.currency,
        "library": boq.library_name,
        "illustrative": boq.illustrative,
        "price_base": boq.price_base,
        "by_bill": [
            {"bill": b.number, "title": b.title, "total": _money(b.total), "in_kind": _money(b.in_kind)}
            for b in boq.bills
        ],
        "subtotal": _money(s.subtotal),
        "contingency": _money(s.contingency),
        "tax_name": s.tax_name,
        "tax": _money(s.tax),
        "total": _money(s.total),
        "cash": _money(s.cash),
        "in_kind": _money(s.in_kind),
        "community_saving": _money(s.saving),
        "households": boq.households,
        "persons": boq.persons,
        "per_household": _money(boq.per_household),
        "per_person": _money(boq.per_person),
        "cash_per_household": _money(boq.cash_per_household),
        "unpriced_items": list(boq.exclusions),
    }
    finance = {
        "government_works": _money(f.government_works),
        "subsidy_needed": _money(f.subsidy),
        "subsidy_capped": f.subsidy_capped,
        "savings_used": _money(f.savings),
        "savings_available": _money(f.savings_available),
        "savings_members_female": f.savings_members_female,
        "savings_members_male": f.savings_members_male,
        "loan": _money(f.loan),
        "upfront_per_household": _money(f.upfront_per_household),
        "loan_per_household": _money(f.loan_per_household),
        "monthly_repayment": _money(f.monthly_repayment),
        "loan_rate_pct_per_year": str(f.loan_terms.rate_pct_per_year),
        "loan_term_months": f.loan_terms.term_months,
        "loan_grace_months": f.loan_terms.grace_months,
        "monthly_cost_per_household": _money(aff.monthly_cost_per_household),
        "monthly_by_service": {k: _money(v) for k, v in sorted(aff.monthly_by_service.items())},
        "share_affordable": None if aff.share_affordable is None else round(aff.share_affordable, 4),
        "households_affordable": len(aff.affordable_ids),
        "households_unaffordable": list(aff.unaffordable_ids),
        "households_income_unknown": len(aff.unknown_ids),
        "lifetime_cost_per_household_per_year": _money(life.per_household_per_year),
        "notes": list(f.notes),
    }
    return {"cost": cost, "finance": finance}


def compare_options(doc: Document, *, library: CostLibrary | None = None) -> list[dict[str, Any]]:
    """Return, per option (sorted by id): ``{"id", "name", "cost": {…}, "finance": {…}, "notes": […]}``.

    ``cost``: totals by bill, cash vs in-kind, community saving, per household and per person.
    ``finance``: subsidy needed, savings, loan and monthly repayment per household, share of
    households (with a known income) for whom it is affordable, lifetime cost per household per year.
    """
    lib = _library(doc, library)
    try:
        out = []
        for opt in sorted(doc.options, key=lambda o: o.id):
            boq = cost_option(doc, opt.id, library=lib)
            inputs = option_finance_inputs(doc, opt.id)
            summary = option_summary(_finance(boq, inputs, None))
            notes = _notes(doc, lib, inputs.households_estimated, inputs.household_count)
            out.append({"id": opt.id, "name": opt.name, **summary, "notes": notes})
        return out
    finally:
        if library is None:
            lib.close()


class LiveCosting:
    """An option's bill of quantities, kept up to date incrementally while the document is edited.

    Usage (GUI Costs dock)::

        live = LiveCosting(doc, option_id)
        live.updated.connect(lambda boq: dock.show(boq))   # after every edit
        live.boq, live.finance()                            # current bill, funding/affordability
        live.close()                                        # stop listening

    An edit of one entity re-measures that entity only (plus, for a path, the option's pipes near
    it; for a water main, the option's water points; for a grid street light, the option's grid
    lights), re-prices the bill lines whose quantities changed and re-assembles the bill. Changing
    the option's community parameters re-prices every line without re-measuring; changing the
    project's library, region or price date rebuilds everything.

    Raises (from the constructor): ``costing.errors.CostingError`` when the project's cost library
    cannot be opened, ``designer.model.errors.JamiiError`` for an unknown option.
    """

    updated = Signal(object)

    library: CostLibrary
    settings: EstimateSettings
    context: MeasureContext
    takeoff: Takeoff
    community: CommunityContribution
    _boq: BillOfQuantities
    _inputs: OptionFinanceInputs | None
    _people: tuple[int, int, bool]

    def __init__(
        self,
        doc: Document,
        option_id: str,
        *,
        library: CostLibrary | None = None,
        settings: EstimateSettings | None = None,
        listen: bool = True,
    ) -> None:
        self.doc = doc
        self.option_id = option_id
        self._own_library = library is None
        self._library_arg = library
        self._settings_arg = settings
        self._listening = False
        self._rebuild()
        if listen:
            doc.record_added.connect(self._on_added)
            doc.record_removed.connect(self._on_removed)
            doc.record_replaced.connect(self._on_replaced)
            self._listening = True

    # ------------------------------------------------------------------ public

    @property
    def boq(self) -> BillOfQuantities:
        return self._boq

    def priced_line(self, key: LineKey) -> BoQLine | None:
        """Return the priced bill line of a measured line (None if it has no rate)."""
        priced = self._priced.get(key)
        return priced[1] if priced is not None else None

    def finance(self, thresholds: Thresholds | None = None) -> OptionFinance:
        """Return funding, affordability and lifetime cost of the current bill."""
        if self._inputs is None:
            self._inputs = option_finance_inputs(self.doc, self.option_id)
        return _finance(self._boq, self._inputs, thresholds)

    def _refresh_people(self) -> None:
        """Re-read households and the option's parameters (finance inputs are rebuilt lazily)."""
        self._inputs = None
        self._people = _people(self.doc)

    def close(self) -> None:
        """Stop listening to the document and close the library if this object opened it."""
        if self._listening:
            self.doc.record_added.disconnect(self._on_added)
            self.doc.record_removed.disconnect(self._on_removed)
            self.doc.record_replaced.disconnect(self._on_replaced)
            self._listening = False
        if self._own_library:
            self.library.close()

    # ------------------------------------------------------------------ building

    def _rebuild(self) -> None:
        opt = _option(self.doc, self.option_id)
        if getattr(self, "library", None) is not None and self._own_library:
            self.library.close()
        self.library = _library(self.doc, self._library_arg)
        self.settings = _settings(self.doc, self.library, self._settings_arg)
        self.context = MeasureContext(self.doc, self.option_id)
        self._inputs = None
        self._people = _people(self.doc)
        self.community = option_community(opt)
        self.takeoff = Takeoff(option_elements(self.doc, self.option_id, self.context))
        self._priced: dict[LineKey, tuple[int, BoQLine, str | None]] = {}
        for ln in self.takeoff.sorted_lines():
            self._priced[ln.key] = price_line(ln, self.takeoff, self.library, self.settings, self.community)
        self._assemble(opt)

    def _assemble(self, opt: Option | None = None) -> None:
        opt = opt or _option(self.doc, self.option_id)
        lines = self.takeoff.sorted_lines()
        measured = [(self._priced[ln.key][0], self._priced[ln.key][1]) for ln in lines]
        notes = [self._priced[ln.key][2] for ln in lines if self._priced[ln.key][2]]
        count, persons, estimated = self._people
        notes += _notes(self.doc, self.library, estimated, count)
        header = BoQHeader(self.doc.project.name, opt.id, opt.name, count, persons)
        self._boq = assemble(measured, self.library, self.settings, header, [n for n in notes if n])

    def _reprice(self, keys: Iterable[LineKey]) -> None:
        for key in keys:
            line = self.takeoff.lines.get(key)
            if line is None:
                self._priced.pop(key, None)
            else:
                self._priced[key] = price_line(
                    line, self.takeoff, self.library, self.settings, self.community
                )

    def _remeasure(self, entity_ids: Iterable[str]) -> set[LineKey]:
        changed: set[LineKey] = set()
        present = []
        for eid in dict.fromkeys(entity_ids):
            for key in self.takeoff.keys_for_source(eid):
                changed |= self.takeoff.remove(key)
            rec = self.doc.get(eid)
            if isinstance(rec, Entity) and rec.scope == self.option_id:
                present.append(rec)
        if present:
            elements = entity_elements(present, self.doc, self.context)
            keys = self.takeoff.add(elements)
            for k in keys:
                changed |= self.takeoff.line_keys_of(k)
        return changed

    # ------------------------------------------------------------------ listening

    def _current(self, source_id: str, measure: str) -> float | None:
        keys = self.takeoff.keys_for_source(source_id)
        if not keys:
            return None
        return float(self.takeoff.elements[keys[0]].measures.get(measure, 0.0))

    def _points_nearer_than_now(self, cls: type[Entity], measure: str, geoms: list[Any]) -> list[str]:
        """Return this option's points whose ``measure`` (a distance) the changed geometries may alter."""
        import numpy as np
        import shapely

        items: list[Any] = list(self.doc.of_type(cls, self.option_id))
        if not items or not geoms:
            return []
        pts = shapely.points(np.asarray([e.position for e in items], dtype=float).reshape(-1, 2))
        near = np.full(len(items), np.inf)
        for g in geoms:
            near = np.minimum(near, shapely.distance(pts, g))
        out = []
        for e, d in zip(items, near.tolist(), strict=True):
            now = self._current(e.id, measure)
            # Re-measure when the changed thing is (or was) as near as the current neighbour, or it had none.
            if now is None or now == 0.0 or d <= now + 1e-9:
                out.append(e.id)
        return out

    def _affected(self, old: Record | None, new: Record | None) -> list[str]:
        """Update the spatial layers and return ids of this option's entities to re-measure."""
        rec = new if new is not None else old
        assert rec is not None
        ids: list[str] = []
        scope = getattr(rec, "scope", None)
        if isinstance(rec, Entity) and scope == self.option_id and rec.KIND in COSTED_KINDS:
            ids.append(rec.id)
        if rec.KIND == "house_type":
            # A project house type was edited: every house and improvement of that type is re-measured.
            ids += [
                e.id
                for e in self.doc.entities(self.option_id)
                if isinstance(e, CoreHouse | HouseImprovement) and e.house_type == rec.id
            ]
            return ids
        if isinstance(rec, CoreHouse) and scope == self.option_id:
            # Party walls are shared with touching houses: their shares change with this house.
            from designer.estimate.house_takeoff import houses_near

            for r in (old, new):
                if isinstance(r, CoreHouse):
                    ids += sorted(houses_near(self.doc, self.option_id, r.outline) - {r.id})
        if scope not in (EXISTING, self.option_id):
            return ids
        near_pipes_before = self._near_pipes(old) if isinstance(old, Path) else []
        self.context.apply(old, new)
        kind = rec.KIND
        geoms = [_geometry(r) for r in (old, new) if isinstance(r, WaterMain | StreetLight)]
        if kind == "path":
            ids += near_pipes_before + (self._near_pipes(new) if isinstance(new, Path) else [])
            if isinstance(rec, Path) and rec.widens:
                ids += [e.id for e in self.context.layer("option_pipes").items]
        elif kind == "water_main":
            ids += self._points_nearer_than_now(WaterPoint, "connection_length_m", geoms)
        elif kind == "street_light":
            lights = [
                g for r, g in zip((old, new), geoms, strict=False) if getattr(r, "power", None) == "grid"
            ]
            ids += self._points_nearer_than_now(StreetLight, "cable_length_m", lights)
        elif isinstance(rec, Building):
            changes: list[Any] = [
                e
                for cls in (Demolition, Relocation, HouseImprovement)
                for e in self.doc.of_type(cls, self.option_id)
            ]
            ids += [e.id for e in changes if e.building_id == rec.id]
        return ids

    def _near_pipes(self, path: Record | None) -> list[str]:
        import shapely

        if not isinstance(path, Path):
            return []
        layer = self.context.layer("option_pipes")
        if not layer.items:
            return []
        zone = shapely.buffer(shapely.linestrings(path.route), ROUTE_SURFACE_DISTANCE_M + 1.0)
        hits = shapely.intersects(zone, layer.array())
        return [layer.items[i].id for i in hits.nonzero()[0].tolist()]

    def _handle(self, old: Record | None, new: Record | None) -> None:
        rec = new if new is not None else old
        assert rec is not None
        if not isinstance(self.doc.get(self.option_id), Option):
            return  # the option itself was deleted: nothing left to cost (the owner should close())
        if rec.KIND == "project":
            self._rebuild()
            self.updated.emit(self._boq)
            return
        refinance = rec.KIND in ("household", "savings_group")
        option_changed = rec.KIND == "option" and rec.id == self.option_id
        ids = self._affected(old, new)
        if not ids and not refinance and not option_changed:
            return
        if option_changed or refinance:
            self._refresh_people()
        changed = self._remeasure(ids) if ids else set()
        if option_changed:
            community = option_community(_option(self.doc, self.option_id))
            if community != self.community:
                self.community = community
                changed = set(self.takeoff.lines)
        self._reprice(changed)
        self._assemble()
        self.updated.emit(self._boq)

    def _on_added(self, rec: Record) -> None:
        self._handle(None, rec)

    def _on_removed(self, rec: Record) -> None:
        self._handle(rec, None)

    def _on_replaced(self, old: Record, new: Record) -> None:
        self._handle(old, new)
