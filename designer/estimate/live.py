"""Live incremental costing: an option's bill kept up to date while the document is edited.

:class:`LiveCosting` listens to the document's signals and re-measures only the changed entity
(and, for a path, water main or street light, the few entities whose context it changes), then
re-prices the affected lines and emits ``updated(boq)``. Typical cost of one edit: well under
10 ms at 10,000 plots (``benchmarks/bench_costing.py``).

All of it runs on the thread that edits the document it listens to; the GUI gives it a private
copy of the document on a worker thread (``designer.gui.live_costs``), so SQLite is never used
on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from psygnal import Signal

from costing.errors import CostingError
from designer.estimate.pricing import PricedOption, option_funding
from designer.estimate.takeoff import (
    COSTED_KINDS,
    ROUTE_SURFACE_DISTANCE_M,
    _geometry,
    option_community,
    plots_sharing_corners,
)
from designer.model.document import Document
from designer.model.entities import (
    Building,
    CoreHouse,
    Demolition,
    Drain,
    Entity,
    HouseImprovement,
    Path,
    Plot,
    Relocation,
    Sewer,
    StreetLight,
    Toilet,
    ToiletKind,
    WaterMain,
    WaterPoint,
)
from designer.model.errors import JamiiError
from designer.model.manual_items import ManualItem
from designer.model.project import Option
from designer.model.records import EXISTING, Record

if TYPE_CHECKING:
    from costing.boq.model import BillOfQuantities
    from costing.finance.funding import FundingResult

__all__ = ["USER_ERRORS", "LiveCosting", "OptionFigures", "option_figures"]

#: What costing an option raises for a problem the user can fix (shown in plain words, not as a bug).
USER_ERRORS: tuple[type[Exception], ...] = (CostingError, JamiiError)


@dataclass(frozen=True)
class OptionFigures:
    """What a screen shows of an option's cost, in the bill's currency (money as Decimal).

    Attributes:
        total: the bill's total (with contingency and tax).
        per_household: ``total`` shared by the households the option serves (the bill's own figure,
            as in every report), or None when it serves no household.
        monthly_repayment: what a household repays per month for its loan share.
        households: households the option serves.
        households_assumed: no households are recorded: ``households`` is the one assumption of
            ``designer.model.assumed_households`` (one per residential plot), and screens say so.
        by_bill: (bill number, title, total) of each bill, in bill order.
        unpriced_count: lines the cost library cannot price: the money figures are then unknown and
            a screen shows "incomplete" instead of them.
    """

    option_id: str
    option_name: str
    currency: str
    total: Decimal
    per_household: Decimal | None
    monthly_repayment: Decimal
    households: int
    by_bill: tuple[tuple[int, str, Decimal], ...]
    unpriced_count: int = 0
    households_assumed: bool = False

    @property
    def complete(self) -> bool:
        return self.unpriced_count == 0


def option_figures(
    boq: BillOfQuantities, funding: FundingResult, *, households_assumed: bool = False
) -> OptionFigures:
    """Return the screen figures of an option's bill and funding (the same as ``option_summary``).

    ``households_assumed``: the bill's households are assumed (no records), from the finance inputs.
    """
    return OptionFigures(
        option_id=boq.option_id,
        option_name=boq.option_name,
        currency=boq.currency,
        total=boq.summary.total,
        per_household=boq.per_household,
        monthly_repayment=funding.monthly_repayment,
        households=boq.households,
        by_bill=tuple((b.number, b.title, b.total) for b in boq.bills),
        unpriced_count=boq.unpriced_count,
        households_assumed=households_assumed,
    )


class LiveCosting(PricedOption):
    """An option's bill of quantities, kept up to date incrementally while the document is edited.

    Usage::

        live = LiveCosting(doc, option_id)
        live.updated.connect(lambda boq: show(boq))   # after every edit that changes the bill
        live.boq, live.finance()                      # current bill, funding/affordability
        live.close()                                  # stop listening, close the library

    An edit of one entity re-measures that entity only (plus, for a path, the option's pipes near
    it; for a water main, the option's water points; for a grid street light, the option's grid
    lights), re-prices the bill lines whose quantities changed and re-assembles the bill. Changing
    the option's community parameters re-prices every line without re-measuring; changing the
    project's library, region or price date rebuilds everything.

    Raises (from the constructor): ``costing.errors.CostingError`` when the project's cost library
    cannot be opened, ``designer.model.errors.JamiiError`` for an unknown option.
    """

    updated = Signal(object)

    def __init__(self, doc: Document, option_id: str, **kwargs: Any) -> None:
        super().__init__(doc, option_id, **kwargs)
        doc.record_added.connect(self._on_added)
        doc.record_removed.connect(self._on_removed)
        doc.record_replaced.connect(self._on_replaced)
        self._listening = True

    def close(self) -> None:
        """Stop listening to the document and close the library if this object opened it."""
        if self._listening:
            self.doc.record_added.disconnect(self._on_added)
            self.doc.record_removed.disconnect(self._on_removed)
            self.doc.record_replaced.disconnect(self._on_replaced)
            self._listening = False
        super().close()

    def figures(self) -> OptionFigures:
        """Return the screen figures of the current bill and its funding.

        Only the funding is worked out (not the affordability of every household): one edit's
        figures stay within milliseconds at 10,000 households.
        """
        inputs = self.finance_inputs()
        return option_figures(
            self.boq, option_funding(self.boq, inputs), households_assumed=inputs.households_estimated
        )

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
            return ids + self._houses_of_type(rec.id)
        if isinstance(rec, CoreHouse) and scope == self.option_id:
            ids += self._touching_houses(old, new)
        if scope not in (EXISTING, self.option_id):
            return ids
        return ids + self._context_dependents(old, new, rec)

    def _houses_of_type(self, type_id: str) -> list[str]:
        """A project house type was edited: every house and improvement of that type is re-measured."""
        return [
            e.id
            for e in self.doc.entities(self.option_id)
            if isinstance(e, CoreHouse | HouseImprovement) and e.house_type == type_id
        ]

    def _touching_houses(self, old: Record | None, new: Record | None) -> list[str]:
        """Party walls are shared with touching houses: their shares change with this house."""
        from designer.estimate.house_takeoff import houses_near

        ids: list[str] = []
        for r in (old, new):
            if isinstance(r, CoreHouse):
                ids += sorted(houses_near(self.doc, self.option_id, r.outline) - {r.id})
        return ids

    def _context_dependents(self, old: Record | None, new: Record | None, rec: Record) -> list[str]:
        """Move ``rec`` in the measuring context; return the option's entities measured against it."""
        head_before = self.context.utility_head() if isinstance(rec, WaterMain) else None
        ids = self._readers_of(old, new, rec) + self._moved_in_context(old, new, rec)
        if isinstance(rec, WaterMain):  # the utility connection may move to another main
            ids += [h for h in (head_before, self.context.utility_head()) if h]
        return ids

    def _readers_of(self, old: Record | None, new: Record | None, rec: Record) -> list[str]:
        """Return the option's entities whose measures read ``rec`` besides paths, mains and lights.

        A pour-flush toilet reads the distance to the nearest sewer; a lane's side drain, the drains drawn
        along it; a plot's beacons are shared with the plots whose corners it touches.
        """
        ids: list[str] = []
        if isinstance(rec, Sewer):
            ids += [
                t.id
                for t in self.doc.of_type(Toilet, self.option_id)
                if t.toilet_kind == ToiletKind.POUR_FLUSH
            ]
        elif isinstance(rec, Drain):
            ids += [p.id for p in self.doc.of_type(Path, self.option_id) if p.path_kind != "footpath"]
        elif isinstance(rec, Plot) and rec.scope == self.option_id:
            for r in (old, new):
                if isinstance(r, Plot):
                    ids += plots_sharing_corners(self.doc, self.option_id, r.outline)
        return ids

    def _moved_in_context(self, old: Record | None, new: Record | None, rec: Record) -> list[str]:
        """Update the measuring context with ``rec``; return the entities its new place re-measures."""
        near_pipes_before = self._near_pipes(old) if isinstance(old, Path) else []
        self.context.apply(old, new)
        geoms = [_geometry(r) for r in (old, new) if isinstance(r, WaterMain | StreetLight)]
        if rec.KIND == "path":
            ids = near_pipes_before + (self._near_pipes(new) if isinstance(new, Path) else [])
            if isinstance(rec, Path) and rec.widens:
                ids += [e.id for e in self.context.layer("option_pipes").items]
            return ids
        if rec.KIND == "water_main":
            return self._points_nearer_than_now(WaterPoint, "connection_length_m", geoms)
        if rec.KIND == "street_light":
            lights = [
                g for r, g in zip((old, new), geoms, strict=False) if getattr(r, "power", None) == "grid"
            ]
            return self._points_nearer_than_now(StreetLight, "cable_length_m", lights)
        if isinstance(rec, Building):
            changes: list[Any] = [
                e
                for cls in (Demolition, Relocation, HouseImprovement)
                for e in self.doc.of_type(cls, self.option_id)
            ]
            return [e.id for e in changes if e.building_id == rec.id]
        return []

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
            self.rebuild()
            self.updated.emit(self._boq)
            return
        if isinstance(rec, ManualItem) or isinstance(old, ManualItem):
            mine = {r.option_id for r in (old, new) if isinstance(r, ManualItem)}
            if self.option_id in mine:
                self.price_manual()
                self.assemble_bill()
                self.updated.emit(self._boq)
            return
        refinance = rec.KIND in ("household", "savings_group")
        option_changed = rec.KIND == "option" and rec.id == self.option_id
        ids = self._affected(old, new)
        if not ids and not refinance and not option_changed:
            return
        if option_changed or refinance:
            self.refresh_people()
        changed = self.remeasure(ids) if ids else set()
        if option_changed:
            opt = self.doc[self.option_id]
            assert isinstance(opt, Option)  # checked at the top
            community = option_community(opt)
            if community != self.community:
                self.community = community
                changed = set(self.takeoff.lines)
        self.reprice(changed)
        self.assemble_bill()
        self.updated.emit(self._boq)

    def _on_added(self, rec: Record) -> None:
        self._handle(None, rec)

    def _on_removed(self, rec: Record) -> None:
        self._handle(rec, None)

    def _on_replaced(self, old: Record, new: Record) -> None:
        self._handle(old, new)
