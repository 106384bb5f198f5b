"""Reblocking effects of an option: who is displaced, how much plot is lost, who gains path access.

Rules:

* a proposed path's corridor is its centreline buffered by half its ``width_m`` (flat ends). For a
  path that widens an existing one, only the new strip counts (new corridor minus the old one);
* an existing building is *displaced* when a new corridor crosses its footprint (more than
  0.01 m² of overlap) or when the option demolishes or moves it; a building hit by a corridor that
  the option does not demolish is listed as such, so the drawing can be corrected;
* a plot loses the area of the new corridors inside it;
* a household is *displaced* when no residential building is left on its plot after the option (no
  existing one and no new core house), and *affected* when some but not all of its plot's buildings go;
* a plot *gains path access* when it had none before the option and has it after (a new plot of a
  re-plotting gains it when none of the plots it replaces had it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from designer.analysis.layout import Layout
from designer.model.entities import Demolition, Path, Relocation

__all__ = ["BuildingLoss", "ReblockingResult", "building_plots", "reblocking_effects"]

_MIN_OVERLAP_M2 = 0.01


@dataclass(frozen=True, slots=True)
class BuildingLoss:
    """One existing building the option takes away."""

    building_id: str
    plot_id: str
    cause: str  # "corridor", "demolition" or "relocation"
    corridor_path_id: str
    demolition_drawn: bool


@dataclass
class ReblockingResult:
    """Displacement, plot area lost and access gained by one option."""

    buildings: list[BuildingLoss] = field(default_factory=list)
    area_lost_m2: dict[str, float] = field(default_factory=dict)
    plots_gaining_access: list[str] = field(default_factory=list)
    displaced_households: list[str] = field(default_factory=list)
    affected_households: list[str] = field(default_factory=list)

    @property
    def buildings_undrawn(self) -> list[BuildingLoss]:
        """Buildings a corridor crosses that the option does not demolish or move."""
        return [b for b in self.buildings if not b.demolition_drawn]


def building_plots(lay: Layout) -> np.ndarray:
    """Return the plot index of each building of ``lay`` (its plot_id, else the plot containing its centre)."""
    return lay.building_plot


def reblocking_effects(
    doc: Any, before: Layout, after: Layout, access_before: np.ndarray, access_after: np.ndarray
) -> ReblockingResult:
    """Return the reblocking effects of ``after``'s option against the existing ``before`` layout."""
    import shapely

    res = ReblockingResult()
    option_id = after.option_id
    if option_id is None:
        return res
    proposed = doc.entities(option_id)
    new_paths = [e for e in proposed if isinstance(e, Path)]
    removed = {e.building_id: e for e in proposed if isinstance(e, Demolition | Relocation)}
    # Corridors: new strips only.
    strips = []
    for p in new_paths:
        corridor = shapely.buffer(shapely.LineString(p.route), p.width_m / 2.0, cap_style="flat")
        old = doc.get(p.widens) if p.widens else None
        if isinstance(old, Path):
            corridor = shapely.difference(
                corridor, shapely.buffer(shapely.LineString(old.route), old.width_m / 2.0, cap_style="flat")
            )
        strips.append(corridor)
    strips_arr = np.array(strips, dtype=object)
    b_polys = before.building_polygons
    b_plot = building_plots(before)
    hit_by: dict[int, str] = {}
    if strips and len(b_polys):
        tree = shapely.STRtree(b_polys)
        si, bi = tree.query(strips_arr, predicate="intersects")
        if len(si):
            area = shapely.area(shapely.intersection(strips_arr[si], b_polys[bi]))
            for s, b in zip(si[area > _MIN_OVERLAP_M2], bi[area > _MIN_OVERLAP_M2], strict=True):
                hit_by.setdefault(int(b), new_paths[int(s)].id)
    gone_idx: set[int] = set()
    for k, b in enumerate(before.buildings):
        pid = before.plots[b_plot[k]].id if b_plot[k] >= 0 else b.plot_id
        if k in hit_by:
            rec = removed.get(b.id)
            res.buildings.append(BuildingLoss(b.id, pid, "corridor", hit_by[k], rec is not None))
            gone_idx.add(k)
        elif b.id in removed:
            cause = "demolition" if isinstance(removed[b.id], Demolition) else "relocation"
            res.buildings.append(BuildingLoss(b.id, pid, cause, "", True))
            gone_idx.add(k)
    # Plot area lost to the new strips.
    if strips and before.plots:
        ti, pi = before.plot_tree.query(strips_arr, predicate="intersects")
        if len(ti):
            area = shapely.area(shapely.intersection(strips_arr[ti], before.plot_polygons[pi]))
            lost = np.zeros(len(before.plots))
            np.add.at(lost, pi, area)
            for i in np.flatnonzero(lost > _MIN_OVERLAP_M2):
                res.area_lost_m2[before.plots[i].id] = float(lost[i])
    # Access gained: a plot kept by the option that had none and has it now, or a new plot of a
    # re-plotting that has access where none of the plots it replaces had.
    before_access = {p.id: bool(access_before[i]) for i, p in enumerate(before.plots)}
    for i, p in enumerate(after.plots):
        if not access_after[i]:
            continue
        if p.id in before_access:
            if not before_access[p.id]:
                res.plots_gaining_access.append(p.id)
        elif p.replaces and not any(before_access.get(old, False) for old in p.replaces):
            res.plots_gaining_access.append(p.id)
    # Households: displaced when nothing residential stands on their plot afterwards.
    residential_before = np.zeros(len(before.plots), dtype=np.int64)
    lost_before = np.zeros(len(before.plots), dtype=np.int64)
    for k, b in enumerate(before.buildings):
        if b.use == "residential" and b_plot[k] >= 0:
            residential_before[b_plot[k]] += 1
            if k in gone_idx:
                lost_before[b_plot[k]] += 1
    a_plot = building_plots(after)
    housed_after = np.zeros(len(after.plots), dtype=bool)
    gone_ids = {x.building_id for x in res.buildings}
    for k, b in enumerate(after.buildings):
        if b.use == "residential" and a_plot[k] >= 0 and b.id not in gone_ids:
            housed_after[a_plot[k]] = True
    for h in after.core_houses:
        i = after.plot_index.get(h.plot_id, -1)
        if i < 0:
            c = shapely.get_coordinates(shapely.centroid(shapely.Polygon(h.outline)))
            i = int(after.plots_containing(c)[0])
        if i >= 0:
            housed_after[i] = True
    before_plot = {h.id: int(before.hh_plot[k]) for k, h in enumerate(before.households)}
    for k, h in enumerate(after.households):
        ib = before_plot.get(h.id, -1)
        ia = after.hh_plot[k]
        if ib < 0 or lost_before[ib] == 0:
            continue
        if ia < 0 or not housed_after[ia]:
            res.displaced_households.append(h.id)
        else:
            res.affected_households.append(h.id)
    return res
