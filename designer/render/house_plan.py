"""The plan of a house type as drawing primitives: one walker for the DXF, the PDF sheet and the editor.

Everything is in the house frame (metres). Walls come out as polygons (the wall outline with door
and window gaps cut out), one set per stage; doors as a leaf line and a 90° swing arc; windows as
a glass line and the two wall-face lines; rooms as a name, a clear area and their fittings;
dimensions as centreline chains and outer overall sizes. Renderers only map ``key`` (wall, door,
glaz, fixt, room, dims, text, plot) and ``stage`` to their layers and pens.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from designer.model.housing import HouseType, OpeningKind, analyse, design_plot

if TYPE_CHECKING:
    from designer.model.geometry import Point, Ring

__all__ = [
    "LEVEL_NAMES",
    "HousePlanWords",
    "Plan",
    "PlanArc",
    "PlanDim",
    "PlanLine",
    "PlanPolygon",
    "PlanText",
    "house_plan",
    "level_name",
]

LEVEL_NAMES = ("Ground floor", "First floor", "Second floor", "Third floor")


def level_name(level: int) -> str:
    return LEVEL_NAMES[level] if level < len(LEVEL_NAMES) else f"Level {level}"


_FITTINGS = {"wc": "WC", "shower": "Shower", "kitchen": "Kitchen"}


class HousePlanWords:
    """The words and numbers a house plan prints, in English; a sheet in another language passes a subclass
    (``designer.render.house_words.LocalHousePlanWords``)."""

    def room_name(self, name: str) -> str:
        """A room's name as the sheet prints it (the house type's own words here)."""
        return name

    def room_label(self, name: str, stage: int) -> str:
        """A room's name, with the stage that builds it when that is not the core."""
        shown = self.room_name(name)
        return shown if stage == 1 else f"{shown} (stage {stage})"

    def area_m2(self, area_m2: float) -> str:
        """A room's clear floor area, "12.34 m²"."""
        return f"{area_m2:.2f} m²"

    def fitting(self, kind: str) -> str:
        """A fitting's label: "WC", "Shower", "Kitchen"."""
        return _FITTINGS[kind]

    def level(self, level: int) -> str:
        """A level's title: "Ground floor", "First floor", …"""
        return level_name(level)

    def length_m(self, length_m: float) -> str:
        """A dimension's text in metres with centimetres, "2.40"."""
        return f"{length_m:.2f}"


@dataclass(frozen=True)
class PlanPolygon:
    key: str
    stage: int
    exterior: Ring
    holes: tuple[Ring, ...] = ()


@dataclass(frozen=True)
class PlanLine:
    key: str
    stage: int
    a: Point
    b: Point


@dataclass(frozen=True)
class PlanArc:
    """A counter-clockwise arc from ``start_deg`` to ``end_deg`` (degrees from the x axis)."""

    key: str
    stage: int
    centre: Point
    radius_m: float
    start_deg: float
    end_deg: float


@dataclass(frozen=True)
class PlanText:
    """A label centred at ``at``; ``size`` is "normal", "small" or "title"."""

    key: str
    stage: int
    at: Point
    text: str
    size: str = "normal"


@dataclass(frozen=True)
class PlanDim:
    """A linear dimension between ``p1`` and ``p2`` drawn on a line through ``base`` at ``angle_deg``."""

    p1: Point
    p2: Point
    base: Point
    angle_deg: float


@dataclass
class Plan:
    """The primitives of one level of a house type, up to one stage."""

    house_type: HouseType
    level: int
    up_to_stage: int
    polygons: list[PlanPolygon] = field(default_factory=list)
    lines: list[PlanLine] = field(default_factory=list)
    arcs: list[PlanArc] = field(default_factory=list)
    texts: list[PlanText] = field(default_factory=list)
    dims: list[PlanDim] = field(default_factory=list)
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    """(x_min, y_min, x_max, y_max) of everything drawn, dimensions included."""

    @property
    def title(self) -> str:
        return level_name(self.level)


def _strip(a: Point, b: Point, width_m: float) -> Any:
    import shapely

    return shapely.LineString([a, b]).buffer(width_m / 2, cap_style="square", join_style="mitre")


def _rings(shape: Any) -> list[tuple[Ring, tuple[Ring, ...]]]:
    import shapely

    polys = (
        list(shape.geoms) if isinstance(shape, shapely.MultiPolygon | shapely.GeometryCollection) else [shape]
    )
    out = []
    for poly in polys:
        if not isinstance(poly, shapely.Polygon) or poly.is_empty or poly.area < 1e-6:
            continue
        ext = tuple((round(x, 4), round(y, 4)) for x, y in poly.exterior.coords[:-1])
        holes = tuple(tuple((round(x, 4), round(y, 4)) for x, y in r.coords[:-1]) for r in poly.interiors)
        out.append((ext, holes))
    return out


def house_plan(
    ht: HouseType,
    level: int = 0,
    up_to_stage: int | None = None,
    text_height_m: float = 0.125,
    words: HousePlanWords | None = None,
) -> Plan:
    """Return the plan primitives of one level of a house type, stages 1 … ``up_to_stage`` (all by default).

    Args:
        text_height_m: model height of normal text (2.5 mm at 1:50 is 0.125 m); dimension lines are
            set out from the walls by multiples of it.
        words: the language of the room names, areas, fittings and level title (English by default).
    """
    import shapely

    words = words or HousePlanWords()
    geo = analyse(ht)
    last = up_to_stage if up_to_stage is not None else len(ht.stages)
    plan = Plan(ht, level, last)
    walls = [w for w in geo.walls if w.level == level and w.stage <= last]
    rooms = [r for r in ht.rooms if r.level == level and r.stage <= last]
    # Gaps for openings: a rectangle across the wall, slightly wider than it.
    cuts = []
    openings = []
    for i, op in enumerate(ht.openings):
        wall = geo.opening_walls[i]
        if op.level != level or wall is None or wall.stage > last or geo.opening_stage(i) > last:
            continue
        ux, uy = (wall.b[0] - wall.a[0]) / wall.length_m, (wall.b[1] - wall.a[1]) / wall.length_m
        half_w, half_t = op.width_m / 2, wall.thickness_m / 2 + 0.01
        c = op.at
        cuts.append(
            shapely.Polygon(
                [
                    (c[0] - ux * half_w - uy * half_t, c[1] - uy * half_w + ux * half_t),
                    (c[0] + ux * half_w - uy * half_t, c[1] + uy * half_w + ux * half_t),
                    (c[0] + ux * half_w + uy * half_t, c[1] + uy * half_w - ux * half_t),
                    (c[0] - ux * half_w + uy * half_t, c[1] - uy * half_w - ux * half_t),
                ]
            )
        )
        openings.append((i, op, wall, ux, uy))
    gaps = shapely.union_all(cuts) if cuts else None
    taken = None
    for stage in range(1, last + 1):
        mine = [w for w in walls if w.stage == stage]
        if not mine:
            continue
        shape = shapely.union_all([_strip(w.a, w.b, w.thickness_m) for w in mine])
        if taken is not None:
            shape = shape.difference(taken)
        taken = shape if taken is None else shapely.union(taken, shape)
        if gaps is not None:
            shape = shape.difference(gaps)
        for ext, holes in _rings(shape):
            plan.polygons.append(PlanPolygon("wall", stage, ext, holes))
    room_polys = {r.key: shapely.Polygon(r.outline) for r in rooms}
    for i, op, wall, ux, uy in openings:
        stage = geo.opening_stage(i)
        nx, ny = -uy, ux
        c, half_w, half_t = op.at, op.width_m / 2, wall.thickness_m / 2
        if op.kind is OpeningKind.DOOR:
            probe = shapely.Point(c[0] + nx * 0.3, c[1] + ny * 0.3)
            side = 1.0 if any(room_polys[k].contains(probe) for k in wall.rooms if k in room_polys) else -1.0
            sx, sy = nx * side, ny * side
            hinge = (c[0] - ux * half_w + sx * half_t, c[1] - uy * half_w + sy * half_t)
            leaf_end = (hinge[0] + sx * op.width_m, hinge[1] + sy * op.width_m)
            plan.lines.append(PlanLine("door", stage, hinge, leaf_end))
            a_closed = math.degrees(math.atan2(uy, ux))
            a_open = math.degrees(math.atan2(sy, sx))
            ccw = ux * sy - uy * sx > 0
            start, end = (a_closed, a_open) if ccw else (a_open, a_closed)
            plan.arcs.append(PlanArc("door", stage, hinge, op.width_m, start % 360, end % 360))
        else:
            p, q = (c[0] - ux * half_w, c[1] - uy * half_w), (c[0] + ux * half_w, c[1] + uy * half_w)
            plan.lines.append(PlanLine("glaz", stage, p, q))
            for sgn in (-1.0, 1.0):
                off = (nx * half_t * sgn, ny * half_t * sgn)
                plan.lines.append(
                    PlanLine("glaz", stage, (p[0] + off[0], p[1] + off[1]), (q[0] + off[0], q[1] + off[1]))
                )
    small = text_height_m * 0.72
    for room in rooms:
        poly = room_polys[room.key]
        centre = poly.centroid if poly.contains(poly.centroid) else poly.representative_point()
        x, y = centre.x, centre.y
        name = words.room_label(room.name, room.stage)
        plan.texts.append(PlanText("room", 0, (x, y + text_height_m * 0.8), name))
        area = words.area_m2(geo.room_clear_area_m2[room.key])
        plan.texts.append(PlanText("room", 0, (x, y - text_height_m * 0.8), area, "small"))
        fits = [f for f in ht.fittings if f.room == room.key and f.stage <= last]
        for j, fit in enumerate(fits):
            label = words.fitting(fit.kind.value)
            plan.texts.append(
                PlanText("fixt", fit.stage, (x, y - text_height_m * (2.4 + 1.4 * j)), label, "small")
            )
    del small
    # Dimensions: centreline chains of the rooms and the outer overall sizes, in front and to the left.
    all_pts = [p for r in ht.rooms if r.level == level for p in r.outline] or [(0.0, 0.0)]
    t_out = max((w.thickness_m for w in walls), default=0.0) / 2
    x0, x1 = min(p[0] for p in all_pts), max(p[0] for p in all_pts)
    y0, y1 = min(p[1] for p in all_pts), max(p[1] for p in all_pts)
    step = text_height_m * 4
    xs = sorted({round(p[0], 3) for r in rooms for p in r.outline})
    ys = sorted({round(p[1], 3) for r in rooms for p in r.outline})
    for a, b in itertools.pairwise(xs):
        plan.dims.append(PlanDim((a, y0), (b, y0), (a, y0 - t_out - step), 0.0))
    for a, b in itertools.pairwise(ys):
        plan.dims.append(PlanDim((x0, a), (x0, b), (x0 - t_out - step, a), 90.0))
    if rooms:
        plan.dims.append(
            PlanDim((x0 - t_out, y0 - t_out), (x1 + t_out, y0 - t_out), (x0, y0 - t_out - 2 * step), 0.0)
        )
        plan.dims.append(
            PlanDim((x0 - t_out, y0 - t_out), (x0 - t_out, y1 + t_out), (x0 - t_out - 2 * step, y0), 90.0)
        )
    plot = design_plot(ht)
    if plot is not None and level == 0:
        plan.polygons.append(PlanPolygon("plot", 0, plot))
    xs_all = [x0 - t_out - 3 * step, x1 + t_out]
    ys_all = [y0 - t_out - 3 * step, y1 + t_out]
    if plot is not None and level == 0:
        xs_all += [p[0] for p in plot]
        ys_all += [p[1] for p in plot]
    plan.bounds = (min(xs_all), min(ys_all), max(xs_all), max(ys_all))
    title_y = plan.bounds[1] - text_height_m * 2
    plan.texts.append(
        PlanText("text", 0, ((plan.bounds[0] + plan.bounds[2]) / 2, title_y), words.level(level), "title")
    )
    plan.bounds = (plan.bounds[0], title_y - text_height_m * 2, plan.bounds[2], plan.bounds[3])
    return plan
