"""Placing house types on plots and improvements on existing buildings, as undoable macros.

A house is placed in its plot's frame: the plot's *frontage* is the edge nearest a path (footpath,
lane or road of the option), the house frame's x axis runs along it and its y axis points into the
plot, so the type's front (y = 0) lies on the frontage. Along the frontage the type's design plot is
centred, or aligned to the side of its party wall, so row houses on adjacent plots of the type's width
meet on their party walls (which the take-off then counts once, see ``designer.estimate.house_takeoff``).

The placed :class:`~designer.model.entities.CoreHouse` keeps the type's full footprint (all stages)
as its outline and ``rotation_deg``; :func:`placement_of` recovers the transform from them. Each
placement is one :class:`~designer.model.commands.Macro`, so one undo takes it back. The macro also
puts the house type into the project (if it is not there yet), so the file carries every type its
houses use.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.model.commands import AddRecord, Command, Macro, RemoveRecord, ReplaceRecord
from designer.model.entities import Building, CoreHouse, HouseImprovement, Path, Plot
from designer.model.errors import JamiiError
from designer.model.geometry import Point, Ring, deferred_validation
from designer.model.housing import (
    HABITABLE_USES,
    HouseCategory,
    HouseRules,
    HouseType,
    RuleResult,
    Side,
    Work,
    analyse,
    check_house,
    footprint_ring,
)
from designer.model.records import EXISTING, new_id

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "Frontage",
    "HousePlacement",
    "PathIndex",
    "PlacementError",
    "check_placed_house",
    "house_persons",
    "house_placement",
    "place_houses",
    "place_improvements",
    "placement_of",
    "plot_frontage",
    "plot_frontages",
]


class PlacementError(JamiiError):
    """A house or improvement cannot be placed where asked (the message says why)."""


@dataclass(frozen=True)
class Frontage:
    """The plot edge a house faces, oriented so the plot lies to its left (local metres).

    Attributes:
        edge_index: index of the edge's first vertex in the plot outline.
        start, end: the edge's ends, in the direction of the house frame's x axis.
        path_id: the nearest path ("" if the plot has no path near it and the shortest edge was taken).
        distance_m: distance from the edge's midpoint to that path's edge.
    """

    plot_id: str
    edge_index: int
    start: Point
    end: Point
    path_id: str
    distance_m: float

    @property
    def length_m(self) -> float:
        return math.dist(self.start, self.end)

    @property
    def direction(self) -> Point:
        length = self.length_m
        return ((self.end[0] - self.start[0]) / length, (self.end[1] - self.start[1]) / length)


@dataclass(frozen=True)
class HousePlacement:
    """Where a house type stands: house-frame (0, 0) at ``origin_m`` (local metres), turned by ``rotation_deg``."""

    origin_m: Point
    rotation_deg: float

    def to_site(self, p: Point) -> Point:
        """Return a house-frame point in local project metres."""
        a = math.radians(self.rotation_deg)
        c, s = math.cos(a), math.sin(a)
        return (self.origin_m[0] + c * p[0] - s * p[1], self.origin_m[1] + s * p[0] + c * p[1])

    def to_house(self, p: Point) -> Point:
        """Return a site point (local metres) in the house frame."""
        a = math.radians(self.rotation_deg)
        c, s = math.cos(a), math.sin(a)
        dx, dy = p[0] - self.origin_m[0], p[1] - self.origin_m[1]
        return (c * dx + s * dy, -s * dx + c * dy)

    def ring_to_site(self, ring: Ring) -> Ring:
        return tuple((round(x, 4), round(y, 4)) for x, y in (self.to_site(p) for p in ring))

    def ring_to_house(self, ring: Ring) -> Ring:
        return tuple(self.to_house(p) for p in ring)


def _signed_area(ring: Ring) -> float:
    n = len(ring)
    return sum(ring[i][0] * ring[(i + 1) % n][1] - ring[(i + 1) % n][0] * ring[i][1] for i in range(n)) / 2


class PathIndex:
    """Paths in a spatial index, to find the path nearest a point quickly (for many plots at once)."""

    def __init__(self, paths: Iterable[Path]) -> None:
        import shapely
        from shapely.strtree import STRtree

        self.paths = list(paths)
        self._lines = [shapely.LineString(p.route) for p in self.paths]
        self._tree = STRtree(self._lines) if self._lines else None
        self._max_half_width = max((p.width_m / 2 for p in self.paths), default=0.0)

    def nearest(self, point: Point) -> tuple[float, str] | None:
        """Return (distance to the nearest path's edge in metres, path id), or None without paths."""
        found = self.nearest_many([point])
        return found[0] if found else None

    def nearest_many(self, points: list[Point]) -> list[tuple[float, str]]:
        """Return (distance to the nearest path's edge, path id) for each point (empty without paths).

        The nearest centreline need not carry the nearest edge (a wide road beside a footpath), so every
        path within the nearest centreline distance plus the widest half-width is compared.
        """
        import numpy as np
        import shapely

        if self._tree is None or not points:
            return []
        pts = shapely.points(np.asarray(points, dtype=float))
        idx, dist = self._tree.query_nearest(pts, return_distance=True)
        nearest = np.full(len(points), np.inf)
        np.minimum.at(nearest, idx[0], dist)
        pairs = self._tree.query(pts, predicate="dwithin", distance=nearest + self._max_half_width + 1e-6)
        lines = np.asarray(self._lines, dtype=object)
        widths = np.array([p.width_m for p in self.paths])
        edge = np.maximum(0.0, shapely.distance(pts[pairs[0]], lines[pairs[1]]) - widths[pairs[1]] / 2)
        # Sort by point, then distance, then path order (stable ties): the first row of each point wins.
        order = np.lexsort((pairs[1], edge, pairs[0]))
        first = order[np.r_[True, pairs[0][order][1:] != pairs[0][order][:-1]]]
        out: list[tuple[float, str]] = [(math.inf, "")] * len(points)
        for k in first:
            out[int(pairs[0][k])] = (float(edge[k]), self.paths[int(pairs[1][k])].id)
        return out


def plot_frontages(plots: list[Plot], paths: PathIndex) -> list[Frontage]:
    """Return the frontage of many plots at once (one vectorised nearest-path query for all edges)."""
    mids: list[Point] = []
    for plot in plots:
        ring = plot.outline
        n = len(ring)
        mids.extend(
            ((ring[i][0] + ring[(i + 1) % n][0]) / 2, (ring[i][1] + ring[(i + 1) % n][1]) / 2)
            for i in range(n)
        )
    found = paths.nearest_many(mids)
    out: list[Frontage] = []
    k = 0
    for plot in plots:
        n = len(plot.outline)
        mine = found[k : k + n] if found else []
        k += n
        out.append(_frontage_from(plot, mine))
    return out


def _frontage_from(plot: Plot, distances: list[tuple[float, str]]) -> Frontage:
    ring = plot.outline
    n = len(ring)
    ccw = _signed_area(ring) > 0
    best: tuple[float, int, str] | None = None
    for i, (d, path_id) in enumerate(distances):
        if path_id and (best is None or d < best[0] - 1e-9):
            best = (d, i, path_id)
    if best is None:
        i = min(range(n), key=lambda k: math.dist(ring[k], ring[(k + 1) % n]))
        best = (math.inf, i, "")
    d, i, path_id = best
    a, b = ring[i], ring[(i + 1) % n]
    if not ccw:
        a, b = b, a
    return Frontage(plot.id, i, a, b, path_id, d)


def plot_frontage(plot: Plot, paths: Iterable[Path] | PathIndex, edge_index: int | None = None) -> Frontage:
    """Return the frontage of a plot: the given edge, else the edge nearest a path, else the shortest edge.

    Distance is from the edge's midpoint to the path's edge (centreline distance minus half its width).
    """
    ring = plot.outline
    n = len(ring)
    if edge_index is not None:
        if not 0 <= edge_index < n:
            raise PlacementError(f"plot {plot.id!r} has edges 0–{n - 1}, not {edge_index}")
        a, b = ring[edge_index], ring[(edge_index + 1) % n]
        if _signed_area(ring) <= 0:
            a, b = b, a
        return Frontage(plot.id, edge_index, a, b, "", 0.0)
    index = paths if isinstance(paths, PathIndex) else PathIndex(paths)
    return plot_frontages([plot], index)[0]


def _design_width_m(ht: HouseType) -> float:
    if ht.plot_width_m > 0:
        return ht.plot_width_m
    x_min, _, x_max, _ = analyse(ht).extent
    return x_max + x_min  # the same margin on both sides of the rooms


def house_placement(ht: HouseType, frontage: Frontage, align: str = "auto") -> HousePlacement:
    """Return where a type stands on a frontage.

    Args:
        align: "centre", "left" or "right" along the frontage (as seen from the path), or "auto":
            left/right for a type with a party wall on that side only, centre otherwise.
    """
    if align == "auto":
        sides = set(ht.party_sides)
        if sides & {Side.LEFT, Side.RIGHT} == {Side.LEFT}:
            align = "left"
        elif sides & {Side.LEFT, Side.RIGHT} == {Side.RIGHT}:
            align = "right"
        else:
            align = "centre"
    spare = frontage.length_m - _design_width_m(ht)
    offsets = {"left": 0.0, "centre": spare / 2, "right": spare}
    if align not in offsets:
        raise PlacementError(f"alignment must be auto, left, centre or right, not {align!r}")
    ux, uy = frontage.direction
    s = offsets[align]
    origin = (frontage.start[0] + ux * s, frontage.start[1] + uy * s)
    return HousePlacement(origin, math.degrees(math.atan2(uy, ux)))


def _ring_centroid(ring: Ring) -> Point:
    """Centroid of a simple polygon (shoelace), metres."""
    n = len(ring)
    twice_area = cx = cy = 0.0
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        cross = x1 * y2 - x2 * y1
        twice_area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (3 * twice_area), cy / (3 * twice_area))


def placement_of(house: CoreHouse, ht: HouseType) -> HousePlacement:
    """Recover where a placed house's type stands from its outline and rotation.

    The outline is the type's footprint moved and turned; matching centroids gives the translation.
    """
    c_house = _ring_centroid(footprint_ring(ht))
    c_site = _ring_centroid(house.outline)
    turned = HousePlacement((0.0, 0.0), house.rotation_deg).to_site(c_house)
    return HousePlacement((c_site[0] - turned[0], c_site[1] - turned[1]), house.rotation_deg)


def _rings_to_site(ring: Ring, placements: list[HousePlacement]) -> list[Ring]:
    """Return one ring (house frame) moved to each placement, rounded to 0.1 mm (vectorised)."""
    import numpy as np

    if not placements:
        return []
    pts = np.asarray(ring, dtype=float)
    angles = np.radians([p.rotation_deg for p in placements])[:, None]
    ox = np.array([p.origin_m[0] for p in placements])[:, None]
    oy = np.array([p.origin_m[1] for p in placements])[:, None]
    c, s = np.cos(angles), np.sin(angles)
    xs = np.round(ox + c * pts[None, :, 0] - s * pts[None, :, 1], 4)
    ys = np.round(oy + s * pts[None, :, 0] + c * pts[None, :, 1], 4)
    return [tuple(zip(x, y, strict=True)) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]


def _type_commands(doc: Document, ht: HouseType) -> list[Command]:
    current = doc.get(ht.id)
    if current is None:
        return [AddRecord(ht, f"Add house type {ht.name}")]
    if current == ht:
        return []
    if not isinstance(current, HouseType):
        raise PlacementError(f"the id {ht.id!r} is already used by a {current.KIND}")
    return [ReplaceRecord(current, ht, f"Edit house type {ht.name}")]


def _check_option(doc: Document, option_id: str) -> None:
    from designer.model.project import Option

    if option_id == EXISTING or not isinstance(doc.get(option_id), Option):
        raise PlacementError(f"houses are placed in a design option; {option_id!r} is not one")


def place_houses(
    doc: Document,
    option_id: str,
    plot_ids: Iterable[str],
    ht: HouseType,
    *,
    stages_built: int = 1,
    align: str = "auto",
    frontage_edges: Mapping[str, int] | None = None,
) -> Macro:
    """Return one macro placing a house type on each plot (replacing the option's house there, if any).

    Args:
        doc: the project.
        option_id: the option the houses belong to.
        plot_ids: plots to build on (existing plots, or the option's re-plotted ones).
        ht: a new-house type.
        stages_built: how many of its stages are built (and costed).
        align: see :func:`house_placement`.
        frontage_edges: force the frontage edge of some plots (plot id → edge index).

    Raises:
        PlacementError: not an option, not a plot, a plot the option removes, an improvement type,
            or a stage count out of range.
    """
    _check_option(doc, option_id)
    if ht.category is not HouseCategory.NEW:
        raise PlacementError(f"{ht.name!r} improves an existing house; place it on a building instead")
    if not 1 <= stages_built <= len(ht.stages):
        raise PlacementError(f"{ht.name!r} has stages 1–{len(ht.stages)}, not {stages_built}")
    view = doc.option_view(option_id)
    removed = view.removed_ids()
    paths = PathIndex(view.of_type(Path))
    footprint = footprint_ring(ht)
    habitable = sum(1 for r in ht.rooms if r.use in HABITABLE_USES and r.stage <= stages_built)
    commands: list[Command] = list(_type_commands(doc, ht))
    existing_houses = {h.plot_id: h for h in doc.entities(option_id) if isinstance(h, CoreHouse)}
    plots = list(dict.fromkeys(plot_ids))
    if not plots:
        raise PlacementError("choose at least one plot to build on")
    label = f"Place {ht.name} on {len(plots)} plot{'s' if len(plots) != 1 else ''}"
    chosen: list[Plot] = []
    for plot_id in plots:
        plot = doc.get(plot_id)
        if not isinstance(plot, Plot):
            raise PlacementError(f"there is no plot {plot_id!r}")
        if plot.id in removed or plot.scope not in (EXISTING, option_id):
            raise PlacementError(f"plot {plot.number or plot.id!r} is not part of this option's layout")
        chosen.append(plot)
    forced = frontage_edges or {}
    auto = [p for p in chosen if p.id not in forced]
    fronts = dict(zip((p.id for p in auto), plot_frontages(auto, paths), strict=True))
    placements = [
        house_placement(ht, fronts.get(plot.id) or plot_frontage(plot, paths, forced[plot.id]), align)
        for plot in chosen
    ]
    outlines = _rings_to_site(footprint, placements)
    new_houses: list[CoreHouse] = []
    with deferred_validation():  # one vectorised geometry check for all the new outlines
        for plot, placement, outline in zip(chosen, placements, outlines, strict=True):
            new_houses.append(
                CoreHouse(
                    id=new_id(CoreHouse.ID_PREFIX),
                    scope=option_id,
                    outline=outline,
                    house_type=ht.id,
                    plot_id=plot.id,
                    storeys=ht.storeys_at(stages_built),
                    rooms=habitable,
                    stages_built=stages_built,
                    rotation_deg=round(placement.rotation_deg, 6),
                )
            )
    for house in new_houses:
        if house.plot_id in existing_houses:
            commands.append(RemoveRecord(existing_houses[house.plot_id], label))
        commands.append(AddRecord(house, label))
    return Macro(label, tuple(commands))


def place_improvements(
    doc: Document,
    option_id: str,
    building_ids: Iterable[str],
    ht: HouseType,
    *,
    roof: bool | None = None,
    floor: bool | None = None,
    walls: bool | None = None,
    extra_rooms: int = 0,
) -> Macro:
    """Return one macro putting an improvement type on existing buildings (replacing earlier ones).

    The works default to those the type's stages do; pass ``roof``/``floor``/``walls`` to choose.
    """
    _check_option(doc, option_id)
    if ht.category is not HouseCategory.IMPROVEMENT:
        raise PlacementError(f"{ht.name!r} is a new house; place it on a plot instead")
    works = {w for s in ht.stages for w in s.works}
    flags = {
        "roof": Work.ROOF in works if roof is None else roof,
        "floor": Work.FLOOR in works if floor is None else floor,
        "walls": Work.WALLS in works if walls is None else walls,
    }
    if not any(flags.values()) and extra_rooms <= 0:
        raise PlacementError("an improvement needs a roof, floor or wall work, or extra rooms")
    removed = doc.option_view(option_id).removed_ids()
    earlier = {e.building_id: e for e in doc.entities(option_id) if isinstance(e, HouseImprovement)}
    ids = list(dict.fromkeys(building_ids))
    if not ids:
        raise PlacementError("choose at least one building to improve")
    label = f"Improve {len(ids)} house{'s' if len(ids) != 1 else ''}: {ht.name}"
    commands: list[Command] = list(_type_commands(doc, ht))
    for building_id in ids:
        building = doc.get(building_id)
        if not isinstance(building, Building) or building.scope != EXISTING:
            raise PlacementError(f"there is no existing building {building_id!r}")
        if building_id in removed:
            raise PlacementError(f"building {building_id!r} is demolished or moved in this option")
        if building_id in earlier:
            commands.append(RemoveRecord(earlier[building_id], label))
        commands.append(
            AddRecord(
                HouseImprovement(
                    id=new_id(HouseImprovement.ID_PREFIX),
                    scope=option_id,
                    building_id=building_id,
                    extra_rooms=extra_rooms,
                    house_type=ht.id,
                    roof=flags["roof"],
                    floor=flags["floor"],
                    walls=flags["walls"],
                ),
                label,
            )
        )
    return Macro(label, tuple(commands))


def house_persons(doc: Document, plot_id: str) -> float:
    """Return the people living on a plot: its households' sizes, else the project's persons per household."""
    from designer.model.people import Household

    persons = sum(h.size_persons for h in doc.of_type(Household) if h.plot_id == plot_id)
    return float(persons) if persons else doc.project.persons_per_household


def check_placed_house(doc: Document, house: CoreHouse, ht: HouseType, rules: HouseRules) -> list[RuleResult]:
    """Check a placed house on its real plot (setbacks, coverage) for the people who live there."""
    plot = doc.get(house.plot_id)
    plot_ring = placement_of(house, ht).ring_to_house(plot.outline) if isinstance(plot, Plot) else None
    return check_house(ht, rules, house_persons(doc, house.plot_id), plot_ring)
