"""The settlement as the analysis sees it: one pass over an option's resolved entities.

Geometry in local metres. Households are tied to the plots of the view; a household whose plot was
re-plotted moves to the new plot that replaces it (the one containing the old plot's centre, else the
first). When a project has no household records yet, one household is assumed on every residential
plot of the existing conditions (``designer.model.assumed_households``), and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import add, itemgetter
from typing import Any

import numpy as np

from designer.analysis.unknowns import in_service
from designer.model.assumed_households import assumed_households
from designer.model.entities import (
    Building,
    CoreHouse,
    Demolition,
    Entity,
    HazardArea,
    HouseImprovement,
    Path,
    Plot,
    Relocation,
    SpotLevel,
    StreetLight,
    SupplyPoint,
    Toilet,
    WaterMain,
    WaterPoint,
)
from designer.model.people import Household
from designer.model.project import Option
from designer.model.records import EXISTING

__all__ = ["Layout", "build_layout", "resolve", "scan"]


@dataclass
class Layout:
    """Entities of one view, grouped by type, with the arrays the analyses share."""

    option_id: str | None
    plots: list[Plot]
    buildings: list[Building]
    core_houses: list[CoreHouse]
    paths: list[Path]
    water_points: list[WaterPoint]
    toilets: list[Toilet]
    mains: list[WaterMain]
    supplies: list[SupplyPoint]
    levels: list[SpotLevel]
    hazards: list[HazardArea]
    lights: list[StreetLight]
    improvements: list[HouseImprovement]
    households: list[Household]
    households_assumed: bool
    plot_index: dict[str, int]
    hh_plot: np.ndarray  # index into plots, -1 when the household's plot is gone
    _polys: Any = field(default=None, repr=False)
    _b_polys: Any = field(default=None, repr=False)
    _b_plot: Any = field(default=None, repr=False)
    _centroids: Any = field(default=None, repr=False)
    _tree: Any = field(default=None, repr=False)
    out_of_service: list[Any] = field(default_factory=list)
    """Water points and toilets known to serve no one (broken; private on no plot): not in the lists above."""

    @property
    def water_points_drawn(self) -> bool:
        """The view has any water point, working or not: without one, who has water cannot be told."""
        return bool(self.water_points) or any(isinstance(f, WaterPoint) for f in self.out_of_service)

    @property
    def toilets_drawn(self) -> bool:
        """The view has any toilet, working or not: without one, who has a toilet cannot be told."""
        return bool(self.toilets) or any(isinstance(f, Toilet) for f in self.out_of_service)

    @property
    def paths_drawn(self) -> bool:
        """The view has any path or road: without one, which plots a path reaches cannot be told."""
        return bool(self.paths)

    @property
    def plot_polygons(self) -> Any:
        """Return the plots as shapely polygons (built once, vectorised)."""
        if self._polys is None:
            self._polys = _polygons([p.outline for p in self.plots])
        return self._polys

    @property
    def plot_centroids(self) -> np.ndarray:
        """Return (P, 2) plot centroids in metres."""
        if self._centroids is None:
            import shapely

            polys = self.plot_polygons
            self._centroids = (
                shapely.get_coordinates(shapely.centroid(polys)) if len(polys) else np.zeros((0, 2))
            )
        return np.asarray(self._centroids)

    @property
    def building_polygons(self) -> Any:
        """Return the buildings as shapely polygons (built once)."""
        if self._b_polys is None:
            self._b_polys = _polygons([b.outline for b in self.buildings])
        return self._b_polys

    @property
    def building_plot(self) -> np.ndarray:
        """Return the plot index of each building: its plot_id, else the plot containing its centre (-1 none)."""
        if self._b_plot is None:
            import shapely

            out = np.array([self.plot_index.get(b.plot_id, -1) for b in self.buildings], dtype=np.int64)
            missing = np.flatnonzero(out < 0)
            if len(missing):
                centres = shapely.get_coordinates(shapely.centroid(self.building_polygons[missing]))
                out[missing] = self.plots_containing(centres)
            self._b_plot = out
        return np.asarray(self._b_plot)

    def share_geometry(self, other: Layout) -> None:
        """Reuse ``other``'s shapely polygons for the plots and buildings both layouts hold (same records)."""
        if self._polys is None:
            self._polys = _reuse(self.plots, other.plots, other.plot_polygons)
        if self._b_polys is None:
            self._b_polys = _reuse(self.buildings, other.buildings, other.building_polygons)

    @property
    def plot_tree(self) -> Any:
        if self._tree is None:
            import shapely

            self._tree = shapely.STRtree(self.plot_polygons)
        return self._tree

    def plots_containing(self, points: np.ndarray) -> np.ndarray:
        """Return the index of the plot containing each point, -1 outside every plot."""
        import shapely

        out = np.full(len(points), -1, dtype=np.int64)
        if len(points) and self.plots:
            pi, ti = self.plot_tree.query(shapely.points(points), predicate="within")
            out[pi[::-1]] = ti[::-1]  # first match wins
        return out

    def persons_per_plot(self) -> np.ndarray:
        """Return the number of persons living on each plot."""
        out = np.zeros(len(self.plots))
        ok = self.hh_plot >= 0
        np.add.at(out, self.hh_plot[ok], np.array([h.size_persons for h in self.households])[ok])
        return out

    def households_per_plot(self) -> np.ndarray:
        out = np.zeros(len(self.plots), dtype=np.int64)
        ok = self.hh_plot >= 0
        np.add.at(out, self.hh_plot[ok], 1)
        return out


def _reuse(mine: list[Any], theirs: list[Any], their_polys: Any) -> Any:
    """Return polygons for ``mine``, taken from ``their_polys`` where the record is the same object."""
    index = {id(r): k for k, r in enumerate(theirs)}
    idx = np.array([index.get(id(r), -1) for r in mine], dtype=np.int64)
    out = np.empty(len(mine), dtype=object)
    have = idx >= 0
    out[have] = their_polys[idx[have]]
    missing = np.flatnonzero(~have)
    if len(missing):
        out[missing] = _polygons([mine[k].outline for k in missing])
    return out


def _polygons(rings: list[tuple[tuple[float, float], ...]]) -> Any:
    import shapely

    if not rings:
        return np.empty(0, dtype=object)
    counts = np.fromiter(map(len, rings), dtype=np.int64, count=len(rings)) + 1
    # Each ring closed (its first vertex again), all coordinates in one flat pass: a list of tuples
    # through np.array was most of the time here.
    closed = map(add, rings, map(itemgetter(slice(0, 1)), rings))
    flat = chain.from_iterable(chain.from_iterable(closed))
    coords = np.fromiter(flat, dtype=float, count=2 * int(counts.sum())).reshape(-1, 2)
    idx = np.repeat(np.arange(len(rings)), counts)
    return shapely.polygons(shapely.linearrings(coords, indices=idx))


def scan(doc: Any, option_id: str | None) -> tuple[list[Entity], list[Entity]]:
    """Return (existing entities, the option's own entities) from one pass over the document."""
    existing: list[Entity] = []
    proposed: list[Entity] = []
    for r in doc.records():
        if isinstance(r, Entity):
            if r.scope == EXISTING:
                existing.append(r)
            elif r.scope == option_id:
                proposed.append(r)
    return existing, proposed


def resolve(existing: list[Entity], proposed: list[Entity]) -> list[Entity]:
    """Return what stands after the option, exactly as ``Document.option_view(...).entities()`` does.

    Done here from one scan of the document because the view scans every record three times, which
    is a fifth of a whole check on a large settlement; tests/analysis/test_layout.py checks that the
    two agree.
    """
    gone: set[str] = set()
    for e in proposed:
        if isinstance(e, Demolition | Relocation):
            gone.add(e.building_id)
        elif isinstance(e, Path) and e.widens:
            gone.add(e.widens)
        elif isinstance(e, Plot):
            gone.update(e.replaces)
    kept = [e for e in existing if e.id not in gone] if gone else list(existing)
    return kept + [e for e in proposed if not isinstance(e, Demolition | Relocation | HouseImprovement)]


def build_layout(
    doc: Any, option_id: str | None, scanned: tuple[list[Entity], list[Entity]] | None = None
) -> Layout:
    """Return the layout of ``option_id`` (None: the existing conditions) of a Document.

    Args:
        doc: the Document.
        option_id: an option id or None.
        scanned: the result of :func:`scan` for this option, to share one pass between layouts.
    """
    if option_id is not None and not isinstance(doc.get(option_id), Option):
        raise KeyError(f"no option {option_id!r}")
    existing, proposed = scanned if scanned is not None else scan(doc, option_id)
    if option_id is None:
        proposed = []
    buckets: dict[type, list[Any]] = {}
    for cls, run in groupby(resolve(existing, proposed), type):
        buckets.setdefault(cls, []).extend(run)
    improvements = [e for e in proposed if isinstance(e, HouseImprovement)]
    plots: list[Plot] = buckets.get(Plot, [])
    plot_index = {p.id: i for i, p in enumerate(plots)}
    households = list(doc.households)
    assumed = not households
    if assumed:
        # The existing plots' assumed households (designer.model.assumed_households: the one assumption
        # the costing and the screens use too); in an option they move to re-plotted plots like real ones.
        households = assumed_households(
            (e for e in existing if isinstance(e, Plot)), doc.project.persons_per_household
        )
    replaced_by: dict[str, list[int]] = {}
    for j, p in enumerate(plots):
        if p.scope != EXISTING:
            for old in p.replaces:
                replaced_by.setdefault(old, []).append(j)
    lay = Layout(
        option_id=option_id,
        plots=plots,
        buildings=buckets.get(Building, []),
        core_houses=buckets.get(CoreHouse, []),
        paths=buckets.get(Path, []),
        water_points=[w for w in buckets.get(WaterPoint, []) if in_service(w)],
        toilets=[t for t in buckets.get(Toilet, []) if in_service(t)],
        mains=buckets.get(WaterMain, []),
        supplies=buckets.get(SupplyPoint, []),
        levels=buckets.get(SpotLevel, []),
        hazards=buckets.get(HazardArea, []),
        lights=buckets.get(StreetLight, []),
        improvements=improvements,
        households=households,
        households_assumed=assumed,
        plot_index=plot_index,
        hh_plot=np.full(len(households), -1, dtype=np.int64),
        out_of_service=[f for cls in (WaterPoint, Toilet) for f in buckets.get(cls, []) if not in_service(f)],
    )
    # Every household's plot index in one lookup pass; only those not found look for a successor.
    plot_ids = [h.plot_id for h in households]
    found: list[int | None] = list(map(plot_index.get, plot_ids))
    for k in [k for k, i in enumerate(found) if i is None]:
        old_id = plot_ids[k]
        found[k] = _successor(doc, old_id, replaced_by[old_id], lay) if old_id in replaced_by else -1
    if found:
        lay.hh_plot[:] = found
    return lay


def _successor(doc: Any, old_id: str, candidates: list[int], lay: Layout) -> int:
    """Return the new plot that takes over ``old_id``: the one containing its centre, else the first."""
    import shapely

    old = doc.get(old_id)
    if isinstance(old, Plot) and len(candidates) > 1:
        centre = shapely.centroid(shapely.Polygon(old.outline))
        for i in candidates:
            if shapely.contains(lay.plot_polygons[i], centre):
                return i
    return candidates[0]
