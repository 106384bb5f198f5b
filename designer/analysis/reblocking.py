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

__all__ = ["BuildingLoss", "ReblockingResult", "building_plots", "new_corridors", "reblocking_effects"]

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


def new_corridors(doc: Any, paths: list[Path]) -> np.ndarray:
    """Return the new ground each proposed path takes: its corridor, less the old one where it widens a path."""
    import shapely

    strips = []
    for p in paths:
        corridor = shapely.buffer(shapely.LineString(p.route), p.width_m / 2.0, cap_style="flat")
        old = doc.get(p.widens) if p.widens else None
        if isinstance(old, Path):
            corridor = shapely.difference(
                corridor, shapely.buffer(shapely.LineString(old.route), old.width_m / 2.0, cap_style="flat")
            )
        strips.append(corridor)
    return np.array(strips, dtype=object)


def _overlap_m2(
    strips: np.ndarray, polys: np.ndarray, tree: Any = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (strip index, polygon index, overlap m²) of every pair that overlaps by more than 0.01 m²."""
    import shapely

    if len(strips) == 0 or len(polys) == 0:
        z = np.zeros(0, np.int64)
        return z, z, np.zeros(0)
    tree = tree if tree is not None else shapely.STRtree(polys)
    si, pi = tree.query(strips, predicate="intersects")
    area = shapely.area(shapely.intersection(strips[si], polys[pi])) if len(si) else np.zeros(0)
    keep = area > _MIN_OVERLAP_M2
    return si[keep], pi[keep], area[keep]


def reblocking_effects(
    doc: Any,
    before: Layout,
    after: Layout,
    access_before: np.ndarray,
    access_after: np.ndarray,
    proposed: list[Any] | None = None,
) -> ReblockingResult:
    """Return the reblocking effects of ``after``'s option against the existing ``before`` layout.

    Args:
        doc: the Document (for the paths an option widens).
        before: the existing layout; after: the option's layout.
        access_before, access_after: path access per plot of each layout.
        proposed: the option's own entities, if already at hand (saves a pass over the document).
    """
    import shapely

    res = ReblockingResult()
    option_id = after.option_id
    if option_id is None:
        return res
    if proposed is None:
        proposed = doc.entities(option_id)
    new_paths = [e for e in proposed if isinstance(e, Path)]
    removed = {e.building_id: e for e in proposed if isinstance(e, Demolition | Relocation)}
    strips_arr = new_corridors(doc, new_paths)
    b_plot = building_plots(before)
    si, bi, _ = _overlap_m2(strips_arr, before.building_polygons)
    hit_by: dict[int, str] = {}
    for s, b in zip(si.tolist(), bi.tolist(), strict=True):
        hit_by.setdefault(b, new_paths[s].id)
    index = {b.id: k for k, b in enumerate(before.buildings)} if removed else {}
    gone = sorted(set(hit_by) | {index[bid] for bid in removed if bid in index})
    for k in gone:
        b = before.buildings[k]
        pid = before.plots[b_plot[k]].id if b_plot[k] >= 0 else b.plot_id
        if k in hit_by:
            res.buildings.append(BuildingLoss(b.id, pid, "corridor", hit_by[k], b.id in removed))
        else:
            cause = "demolition" if isinstance(removed[b.id], Demolition) else "relocation"
            res.buildings.append(BuildingLoss(b.id, pid, cause, "", True))
    # Plot area lost to the new strips.
    _, pi, area = _overlap_m2(strips_arr, before.plot_polygons, before.plot_tree if before.plots else None)
    if len(pi):
        lost = np.zeros(len(before.plots))
        np.add.at(lost, pi, area)
        for i in np.flatnonzero(lost > _MIN_OVERLAP_M2).tolist():
            res.area_lost_m2[before.plots[i].id] = float(lost[i])
    # Access gained: a plot kept by the option that had none and has it now, or a new plot of a
    # re-plotting that has access where none of the plots it replaces had.
    before_access = dict(zip((p.id for p in before.plots), access_before.tolist(), strict=True))
    for i in np.flatnonzero(access_after).tolist():
        plot = after.plots[i]
        had = before_access.get(plot.id)
        if had is not None:
            if not had:
                res.plots_gaining_access.append(plot.id)
        elif plot.replaces and not any(before_access.get(old, False) for old in plot.replaces):
            res.plots_gaining_access.append(plot.id)
    if not gone:
        return res
    # Households: displaced when nothing residential stands on their plot afterwards.
    lost_before = np.zeros(len(before.plots), dtype=np.int64)
    for k in gone:
        if before.buildings[k].use == "residential" and b_plot[k] >= 0:
            lost_before[b_plot[k]] += 1
    hit_plots = set(np.flatnonzero(lost_before).tolist())
    before_plot = {h.id: int(i) for h, i in zip(before.households, before.hh_plot.tolist(), strict=True)}
    concerned = [k for k, h in enumerate(after.households) if before_plot.get(h.id, -1) in hit_plots]
    if not concerned:
        return res
    a_plot = building_plots(after)
    housed_after = np.zeros(len(after.plots), dtype=bool)
    gone_ids = {x.building_id for x in res.buildings}
    for k, b in enumerate(after.buildings):
        if a_plot[k] >= 0 and b.use == "residential" and b.id not in gone_ids:
            housed_after[a_plot[k]] = True
    for house in after.core_houses:
        i = after.plot_index.get(house.plot_id, -1)
        if i < 0:
            c = shapely.get_coordinates(shapely.centroid(shapely.Polygon(house.outline)))
            i = int(after.plots_containing(c)[0])
        if i >= 0:
            housed_after[i] = True
    for k in concerned:
        h = after.households[k]
        ia = int(after.hh_plot[k])
        if ia < 0 or not housed_after[ia]:
            res.displaced_households.append(h.id)
        else:
            res.affected_households.append(h.id)
    return res
