"""House types: a plan of rooms on a grid, walls derived from the rooms, openings, roof, wet core and stages.

A :class:`HouseType` is a registered record, so a project file carries the custom types its houses use.
Geometry is in the *house frame*, metres: x runs along the frontage (left to right as seen from the
path), y runs from the front (y = 0, the path side of the design plot) into the plot. Rooms are drawn
on wall **centrelines** (two rooms that share a wall share an edge), which is also how walls and
foundations are measured (the centreline "girth" method of NRM2 / East African SMM).

Walls are never stored: :func:`analyse` derives them from the rooms. Every room edge is split at the
corners of the other rooms; a piece bounded by two rooms is an internal wall, a piece bounded by one
room is an external wall or, on a side the type declares as shared with the neighbour
(``party_sides``), a party wall. A wall is built in the earliest stage of the rooms it bounds and keeps
the kind and thickness it had then (a core's external wall stays 200 mm when a later room makes it
internal). Lengths of walls and footings are *effective* lengths: the plan area of the union of their
square-capped strips divided by the thickness, so corners and T-junctions are counted once.

Rule checks (:func:`check_house`) take their thresholds from :class:`HouseRules`, loaded from
``resources/house_rules.toml`` by :mod:`designer.io.house_library`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from designer.model.errors import InvalidRecordError
from designer.model.geometry import Point, Ring, normalise_ring, ring_area_m2
from designer.model.records import Record, register

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = [
    "HABITABLE_USES",
    "BuiltBy",
    "Fitting",
    "FittingKind",
    "FloorSpec",
    "HouseCategory",
    "HouseGeometry",
    "HouseRules",
    "HouseType",
    "ImprovementSpec",
    "Opening",
    "OpeningKind",
    "RoofKind",
    "RoofSpec",
    "Room",
    "RoomUse",
    "RuleResult",
    "Side",
    "Stage",
    "StageQuantities",
    "Wall",
    "WallKind",
    "WallSpec",
    "Work",
    "analyse",
    "check_house",
    "design_plot",
    "footprint_ring",
    "move_opening",
    "rect_ring",
    "resize_room",
    "snap_m",
    "stage_quantities",
    "type_totals",
    "walls_near",
    "with_opening",
    "with_room",
    "without_opening",
    "without_room",
]

EPS_M = 0.005
"""Two points closer than 5 mm are the same point of the plan grid."""


# --------------------------------------------------------------------------- vocabularies


class RoomUse(StrEnum):
    LIVING = "living"
    BEDROOM = "bedroom"
    MULTIPURPOSE = "multipurpose"
    KITCHEN = "kitchen"
    WC = "wc"
    SHOWER = "shower"
    BATHROOM = "bathroom"
    STORE = "store"
    SHOP = "shop"
    CIRCULATION = "circulation"
    VERANDA = "veranda"


HABITABLE_USES = frozenset({RoomUse.LIVING, RoomUse.BEDROOM, RoomUse.MULTIPURPOSE})
"""Uses that count as habitable rooms (UN-Habitat: living and sleeping rooms)."""


class WallKind(StrEnum):
    EXTERNAL = "external"
    INTERNAL = "internal"
    PARTY = "party"


class OpeningKind(StrEnum):
    DOOR = "door"
    WINDOW = "window"


class FittingKind(StrEnum):
    WC = "wc"
    SHOWER = "shower"
    KITCHEN = "kitchen"


class RoofKind(StrEnum):
    MONO = "mono"
    GABLE = "gable"
    HIP = "hip"
    FLAT = "flat"


class HouseCategory(StrEnum):
    NEW = "new"
    IMPROVEMENT = "improvement"


class Side(StrEnum):
    """A side of the house frame: left (x min), right (x max), back (y max)."""

    LEFT = "left"
    RIGHT = "right"
    BACK = "back"


class BuiltBy(StrEnum):
    PROGRAMME = "programme"
    FAMILY = "family"


class Work(StrEnum):
    """Works of an improvement of an existing house."""

    ROOF = "roof"
    FLOOR = "floor"
    WALLS = "walls"


# --------------------------------------------------------------------------- parts of a house type


@dataclass(frozen=True, slots=True, kw_only=True)
class Room:
    """A room drawn on wall centrelines in the house frame (metres).

    Attributes:
        key: short id unique within the type ("r1"); fittings refer to it.
        name: what residents call it ("Living room").
        use: what it is for; decides the rules that apply.
        outline: open ring of ≥ 3 points on the centrelines of its walls (a simple polygon).
        level: 0 ground floor, 1 first floor, …
        stage: the stage that builds it (1 = the core the programme builds).
    """

    key: str
    name: str
    use: RoomUse = RoomUse.MULTIPURPOSE
    outline: Ring
    level: int = 0
    stage: int = 1

    @property
    def area_m2(self) -> float:
        """Plan area on the wall centrelines (m²)."""
        return ring_area_m2(self.outline)


@dataclass(frozen=True, slots=True, kw_only=True)
class Opening:
    """A door or window in a wall, centred at ``at`` on the wall's centreline (house frame, metres).

    Attributes:
        stage: the stage that makes it; 0 = with its wall. An opening made in the stage of its wall is
            deducted from the wall area; one made later is counted in its own stage, not deducted.
        openable_share: part of a window's area that opens (ventilation).
    """

    kind: OpeningKind
    at: Point
    width_m: float
    height_m: float
    level: int = 0
    sill_m: float = 0.0
    stage: int = 0
    openable_share: float = 0.5

    @property
    def area_m2(self) -> float:
        return self.width_m * self.height_m


@dataclass(frozen=True, slots=True, kw_only=True)
class Fitting:
    """A wet-core fitting (toilet, shower, kitchen sink/counter) in a room, built in ``stage``."""

    kind: FittingKind
    room: str
    stage: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class WallSpec:
    """Construction of a wall kind: thickness, material and its strip footing.

    Attributes:
        footing_width_m: width of the strip footing under the wall.
        footing_depth_m: thickness of the footing concrete (the footing volume is width × this).
    """

    kind: WallKind
    thickness_m: float
    material: str = "block"
    footing_width_m: float = 0.45
    footing_depth_m: float = 0.2


@dataclass(frozen=True, slots=True, kw_only=True)
class RoofSpec:
    """The roof: kind, pitch (degrees from horizontal), overhang beyond the outer wall faces (m)."""

    kind: RoofKind = RoofKind.MONO
    pitch_deg: float = 10.0
    overhang_m: float = 0.5
    material: str = "iron_sheet"


@dataclass(frozen=True, slots=True, kw_only=True)
class FloorSpec:
    """The ground floor: material and slab thickness (m)."""

    material: str = "cement"
    slab_thickness_m: float = 0.1


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    """A stage of incremental building.

    Attributes:
        number: 1, 2, …; stage 1 is the core the programme builds.
        built_by: programme or family.
        works: for an improvement type, the works this stage does on the existing house.
    """

    number: int
    name: str
    built_by: BuiltBy = BuiltBy.PROGRAMME
    description: str = ""
    works: tuple[Work, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ImprovementSpec:
    """How an improvement type measures an existing building (which has no drawn rooms or openings).

    Attributes:
        existing_wall_thickness_m: assumed thickness of the existing walls (inside face = outline − this).
        opening_share: share of the existing wall area taken by doors and windows (not re-walled).
    """

    existing_wall_thickness_m: float = 0.15
    opening_share: float = 0.15


DEFAULT_WALL_SPECS: tuple[WallSpec, ...] = (
    WallSpec(kind=WallKind.EXTERNAL, thickness_m=0.2, footing_width_m=0.45, footing_depth_m=0.2),
    WallSpec(kind=WallKind.PARTY, thickness_m=0.2, footing_width_m=0.45, footing_depth_m=0.2),
    WallSpec(kind=WallKind.INTERNAL, thickness_m=0.1, footing_width_m=0.3, footing_depth_m=0.15),
)


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class HouseType(Record):
    """A house type residents design: rooms, openings, roof, wet core and stages (house frame, metres).

    The id is the type's name in files and on placed houses (``CoreHouse.house_type``), e.g.
    ``core-1room``. Walls are derived (see the module docstring); ``storeys`` is the number of levels.

    Attributes:
        category: a new house, or an improvement of an existing one (no rooms needed).
        programme: the programme or model it follows (Baan Mankong, Elemental, an SDI model house, …).
        grid_m: the planning grid rooms snap to in the editor.
        storey_height_m: floor-to-floor height of each level (walls are measured to it).
        plot_width_m, plot_depth_m: the design plot the type is drawn on (0 = none); its front edge is y = 0.
        party_sides: sides shared with the neighbours in a row.
    """

    KIND: ClassVar[str] = "house_type"
    ID_PREFIX: ClassVar[str] = "htype"
    name: str
    description: str = ""
    programme: str = ""
    category: HouseCategory = HouseCategory.NEW
    grid_m: float = 0.1
    storey_height_m: float = 2.6
    plot_width_m: float = 0.0
    plot_depth_m: float = 0.0
    party_sides: tuple[Side, ...] = ()
    rooms: tuple[Room, ...] = ()
    openings: tuple[Opening, ...] = ()
    fittings: tuple[Fitting, ...] = ()
    wall_specs: tuple[WallSpec, ...] = DEFAULT_WALL_SPECS
    roof: RoofSpec = RoofSpec()
    floor: FloorSpec = FloorSpec()
    stages: tuple[Stage, ...] = (Stage(number=1, name="Core"),)
    improvement: ImprovementSpec | None = None

    def __post_init__(self) -> None:
        def bad(reason: str) -> InvalidRecordError:
            return InvalidRecordError(self.id, self.KIND, reason)

        if not self.id.strip():
            raise bad("a house type needs an id")
        if not self.name.strip():
            raise bad("a house type needs a name")
        if not self.stages:
            raise bad("a house type needs at least one stage")
        numbers = [s.number for s in self.stages]
        if numbers != list(range(1, len(numbers) + 1)):
            raise bad(f"stages must be numbered 1, 2, … in order, got {numbers}")
        if not (self.storey_height_m > 0 and self.grid_m > 0):
            raise bad("storey height and grid must be positive")
        if self.plot_width_m < 0 or self.plot_depth_m < 0:
            raise bad("the design plot cannot have a negative size")
        if self.category is HouseCategory.NEW and not self.rooms:
            raise bad("a new house type needs at least one room")
        if self.category is HouseCategory.IMPROVEMENT and not any(s.works for s in self.stages):
            raise bad("an improvement type needs works (roof, floor, walls) in its stages")
        object.__setattr__(self, "party_sides", tuple(Side(s) for s in self.party_sides))
        n = len(self.stages)
        keys: set[str] = set()
        rooms = []
        for room in self.rooms:
            if room.key in keys:
                raise bad(f"room key {room.key!r} is used twice")
            keys.add(room.key)
            if not 1 <= room.stage <= n:
                raise bad(f"room {room.key!r} is in stage {room.stage}, but the type has stages 1–{n}")
            if room.level < 0:
                raise bad(f"room {room.key!r} has a negative level")
            ring = normalise_ring(tuple((float(x), float(y)) for x, y in room.outline))
            _check_room_ring(self.id, room.key, ring)
            use = RoomUse(room.use)  # a plain string from a UI or a script becomes the enum
            changed = ring != room.outline or type(room.use) is not RoomUse
            rooms.append(replace(room, outline=ring, use=use) if changed else room)
        object.__setattr__(self, "rooms", tuple(rooms))
        for i, op in enumerate(self.openings):
            if not (op.width_m > 0 and op.height_m > 0):
                raise bad(f"opening {i + 1} needs a positive width and height")
            if not 0 <= op.stage <= n:
                raise bad(f"opening {i + 1} is in stage {op.stage}, but the type has stages 1–{n}")
        for fit in self.fittings:
            if fit.room not in keys:
                raise bad(f"a {fit.kind} fitting is in room {fit.room!r}, which the type does not have")
            if not 1 <= fit.stage <= n:
                raise bad(f"a {fit.kind} fitting is in stage {fit.stage}, but the type has stages 1–{n}")
        kinds = [w.kind for w in self.wall_specs]
        if len(set(kinds)) != len(kinds) or any(w.thickness_m <= 0 for w in self.wall_specs):
            raise bad("wall specs need one entry per wall kind, each with a positive thickness")
        if not 0 <= self.roof.pitch_deg < 80 or self.roof.overhang_m < 0:
            raise bad("the roof pitch must lie in 0–80° and the overhang cannot be negative")

    # ------------------------------------------------------------------ derived values

    @property
    def storeys(self) -> int:
        """Number of levels with rooms (1 for an improvement type)."""
        return max((r.level for r in self.rooms), default=0) + 1

    def storeys_at(self, stage: int) -> int:
        """Number of levels with rooms built by the end of ``stage``."""
        return max((r.level for r in self.rooms if r.stage <= stage), default=0) + 1

    def wall_spec(self, kind: WallKind) -> WallSpec:
        """Return the construction of a wall kind (the default one if the type does not say)."""
        for spec in self.wall_specs:
            if spec.kind is kind:
                return spec
        for spec in DEFAULT_WALL_SPECS:
            if spec.kind is kind:
                return spec
        raise KeyError(kind)  # pragma: no cover - DEFAULT_WALL_SPECS covers every kind

    def room(self, key: str) -> Room:
        for room in self.rooms:
            if room.key == key:
                return room
        raise KeyError(key)

    def stage(self, number: int) -> Stage:
        return self.stages[number - 1]


def _check_room_ring(type_id: str, key: str, ring: Ring) -> None:
    import shapely

    if len(ring) < 3 or not all(math.isfinite(c) for p in ring for c in p):
        raise InvalidRecordError(type_id, "house_type", f"room {key!r} needs at least 3 finite corners")
    poly = shapely.Polygon(ring)
    if not poly.is_valid or poly.area < 0.01:
        raise InvalidRecordError(type_id, "house_type", f"room {key!r} is not a simple polygon with area")


# --------------------------------------------------------------------------- small geometry helpers


def rect_ring(x_m: float, y_m: float, width_m: float, depth_m: float) -> Ring:
    """Return the open ring of an axis-aligned rectangle with its lower-left corner at (x, y), metres."""
    x2, y2 = x_m + width_m, y_m + depth_m
    return ((x_m, y_m), (x2, y_m), (x2, y2), (x_m, y2))


def snap_m(value_m: float, grid_m: float) -> float:
    """Round a coordinate to the grid (metres), keeping 4 decimals so grid sums stay exact."""
    if grid_m <= 0:
        return value_m
    return round(round(value_m / grid_m) * grid_m, 4)


def _key(p: Point) -> tuple[int, int]:
    return (round(p[0] / EPS_M), round(p[1] / EPS_M))


def _seg_key(a: Point, b: Point) -> tuple[tuple[int, int], tuple[int, int]]:
    ka, kb = _key(a), _key(b)
    return (ka, kb) if ka <= kb else (kb, ka)


def _point_seg_distance(p: Point, a: Point, b: Point) -> tuple[float, float]:
    """Return (distance from p to segment ab, parameter t of the nearest point in 0..1)."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.dist(p, a), 0.0
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.dist(p, (ax + t * dx, ay + t * dy)), t


# --------------------------------------------------------------------------- derived walls


@dataclass(frozen=True, slots=True)
class Wall:
    """A derived wall piece on one level (centreline from ``a`` to ``b``, house frame, metres).

    Attributes:
        stage: the stage that builds it (the earliest of its rooms).
        kind: its kind when built (it keeps that construction later).
        rooms: keys of the rooms it bounds; ``room_stages`` their stages.
        on_party_side: it lies on a side declared shared with a neighbour.
    """

    level: int
    a: Point
    b: Point
    stage: int
    kind: WallKind
    thickness_m: float
    rooms: tuple[str, ...]
    room_stages: tuple[int, ...]
    on_party_side: bool

    @property
    def length_m(self) -> float:
        return math.dist(self.a, self.b)

    def kind_at(self, stage: int) -> WallKind | None:
        """Return the wall's position kind once ``stage`` is built (None if not built yet)."""
        if stage < self.stage:
            return None
        if sum(1 for s in self.room_stages if s <= stage) >= 2:
            return WallKind.INTERNAL
        return WallKind.PARTY if self.on_party_side else WallKind.EXTERNAL


@dataclass(frozen=True)
class HouseGeometry:
    """Everything derived from a house type's rooms: walls, clear room areas, where the openings sit."""

    house_type: HouseType
    walls: tuple[Wall, ...]
    room_clear_area_m2: Mapping[str, float]
    opening_walls: tuple[Wall | None, ...]
    extent: tuple[float, float, float, float]
    """(x_min, y_min, x_max, y_max) of the room centrelines over all levels and stages."""

    def walls_built_in(self, stage: int, level: int | None = None) -> list[Wall]:
        return [w for w in self.walls if w.stage == stage and (level is None or w.level == level)]

    def walls_up_to(self, stage: int, level: int | None = None) -> list[Wall]:
        return [w for w in self.walls if w.stage <= stage and (level is None or w.level == level)]

    def opening_stage(self, index: int) -> int:
        """Return the stage that makes opening ``index`` (its own, or its wall's)."""
        op = self.house_type.openings[index]
        if op.stage:
            return op.stage
        wall = self.opening_walls[index]
        return wall.stage if wall is not None else 1


@lru_cache(maxsize=256)
def analyse(ht: HouseType) -> HouseGeometry:
    """Derive the walls, clear room areas and opening positions of a house type (cached per type)."""
    walls: list[Wall] = []
    rooms = ht.rooms
    if rooms:
        xs = [p[0] for r in rooms for p in r.outline]
        ys = [p[1] for r in rooms for p in r.outline]
        extent = (min(xs), min(ys), max(xs), max(ys))
    else:
        extent = (0.0, 0.0, 0.0, 0.0)
    for level in sorted({r.level for r in rooms}):
        walls.extend(_derive_level_walls(ht, [r for r in rooms if r.level == level], level, extent))
    clear = {r.key: _room_clear_area(r, [w for w in walls if r.key in w.rooms]) for r in rooms}
    opening_walls = tuple(_wall_at(walls, op.level, op.at) for op in ht.openings)
    return HouseGeometry(ht, tuple(walls), clear, opening_walls, extent)


def _derive_level_walls(
    ht: HouseType, rooms: list[Room], level: int, extent: tuple[float, float, float, float]
) -> list[Wall]:
    vertices = [p for r in rooms for p in r.outline]
    pieces: dict[tuple[tuple[int, int], tuple[int, int]], tuple[Point, Point]] = {}
    for room in rooms:
        ring = room.outline
        for i, a in enumerate(ring):
            b = ring[(i + 1) % len(ring)]
            # Split the edge at every room corner lying on it, so shared stretches become identical pieces.
            cuts = sorted(
                {0.0, 1.0}
                | {t for v in vertices for d, t in [_point_seg_distance(v, a, b)] if d < EPS_M and 0 < t < 1}
            )
            for t0, t1 in itertools.pairwise(cuts):
                p = (a[0] + t0 * (b[0] - a[0]), a[1] + t0 * (b[1] - a[1]))
                q = (a[0] + t1 * (b[0] - a[0]), a[1] + t1 * (b[1] - a[1]))
                if math.dist(p, q) < EPS_M:
                    continue
                pieces.setdefault(_seg_key(p, q), (p, q))
    x_min, _, x_max, y_max = extent
    party = {s.value for s in ht.party_sides}
    out: list[Wall] = []
    for key in sorted(pieces):
        p, q = pieces[key]
        mid = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        touching = [
            r
            for r in rooms
            if any(
                _point_seg_distance(mid, r.outline[i], r.outline[(i + 1) % len(r.outline)])[0] < EPS_M
                for i in range(len(r.outline))
            )
        ]
        stage = min(r.stage for r in touching)
        on_party = (
            (Side.LEFT in party and abs(p[0] - x_min) < EPS_M and abs(q[0] - x_min) < EPS_M)
            or (Side.RIGHT in party and abs(p[0] - x_max) < EPS_M and abs(q[0] - x_max) < EPS_M)
            or (Side.BACK in party and abs(p[1] - y_max) < EPS_M and abs(q[1] - y_max) < EPS_M)
        )
        at_build = sum(1 for r in touching if r.stage <= stage)
        kind = WallKind.INTERNAL if at_build >= 2 else WallKind.PARTY if on_party else WallKind.EXTERNAL
        out.append(
            Wall(
                level=level,
                a=p,
                b=q,
                stage=stage,
                kind=kind,
                thickness_m=ht.wall_spec(kind).thickness_m,
                rooms=tuple(r.key for r in touching),
                room_stages=tuple(r.stage for r in touching),
                on_party_side=on_party,
            )
        )
    return out


def _wall_at(walls: list[Wall], level: int, at: Point) -> Wall | None:
    best: tuple[float, Wall] | None = None
    for w in walls:
        if w.level != level:
            continue
        d, _ = _point_seg_distance(at, w.a, w.b)
        if d < 0.05 and (best is None or d < best[0]):
            best = (d, w)
    return best[1] if best else None


def _strip(a: Point, b: Point, width_m: float) -> BaseGeometry:
    import shapely

    return shapely.LineString([a, b]).buffer(width_m / 2, cap_style="square", join_style="mitre")


def _room_clear_area(room: Room, walls: list[Wall]) -> float:
    import shapely

    poly = shapely.Polygon(room.outline)
    if not walls:
        return float(poly.area)
    strips = shapely.union_all([_strip(w.a, w.b, w.thickness_m) for w in walls])
    return float(poly.difference(strips).area)


def design_plot(ht: HouseType) -> Ring | None:
    """Return the design plot of a type in the house frame (None if the type has none)."""
    if ht.plot_width_m > 0 and ht.plot_depth_m > 0:
        return rect_ring(0.0, 0.0, ht.plot_width_m, ht.plot_depth_m)
    return None


def _outer_footprint(geo: HouseGeometry, stage: int, level: int | None = None) -> BaseGeometry:
    """Plan of the outer wall faces of what stands at the end of ``stage`` (all levels if level is None)."""
    import shapely

    rooms = [r for r in geo.house_type.rooms if r.stage <= stage and (level is None or r.level == level)]
    walls = [w for w in geo.walls_up_to(stage) if level is None or w.level == level]
    parts = [shapely.Polygon(r.outline) for r in rooms] + [_strip(w.a, w.b, w.thickness_m) for w in walls]
    if not parts:
        return shapely.Polygon()
    return shapely.union_all(parts)


@lru_cache(maxsize=512)
def footprint_ring(ht: HouseType, stage: int | None = None) -> Ring:
    """Return the outer outline of the house (all levels projected, stages ≤ ``stage``; all by default).

    This is the outline a placed house gets on the site plan (house frame, metres; holes dropped).
    """
    import shapely

    geo = analyse(ht)
    shape = _outer_footprint(geo, stage if stage is not None else len(ht.stages))
    if shape.is_empty:
        raise InvalidRecordError(ht.id, ht.KIND, "the house type has no rooms to make a footprint of")
    if isinstance(shape, shapely.MultiPolygon):
        shape = max(shape.geoms, key=lambda g: g.area)
    shape = shape.simplify(0.0005)
    coords = [(round(x, 4), round(y, 4)) for x, y in shape.exterior.coords]
    return normalise_ring(tuple(coords))


# --------------------------------------------------------------------------- quantities


@dataclass(frozen=True)
class StageQuantities:
    """What one stage of one house type adds, measured from its geometry (house alone, not in a row).

    Wall areas are on the centreline, effective length × storey height, net of openings made with the
    wall. ``floor_area_m2`` is the clear floor between wall faces (slab and screed area) of the rooms
    this stage builds. ``roof_area_m2`` is the sloped area the stage adds (plan incl. overhang ÷ cos
    pitch; no overhang beyond party walls, whose centreline is where the neighbour's roof starts).
    Party quantities are for the house alone; a row shares them (see ``designer.estimate.house_takeoff``).
    """

    stage: int
    storeys: int
    floor_area_m2: float
    footprint_area_m2: float
    foundation_length_m: float
    foundation_volume_m3: float
    foundation_length_party_m: float
    foundation_volume_party_m3: float
    wall_area_external_m2: float
    wall_area_internal_m2: float
    wall_area_party_m2: float
    wall_length_party_m: float
    roof_area_m2: float
    door_count: int
    window_count: int
    window_area_m2: float
    door_area_m2: float
    wc_count: int
    shower_count: int
    kitchen_count: int
    openings_by_size: Mapping[str, int] = field(default_factory=dict)
    """Count per "door 0.90 × 2.10" style key (width × height in metres)."""
    party_wall_area_by_level_m2: Mapping[int, float] = field(default_factory=dict)


_PRIORITY = (WallKind.EXTERNAL, WallKind.PARTY, WallKind.INTERNAL)


def _effective(
    walls: list[Wall], earlier: list[Wall], width_of: Any
) -> tuple[dict[WallKind, float], dict[WallKind, float]]:
    """Return (effective length, plan area) per wall kind of ``walls`` not already under ``earlier``.

    ``width_of(wall)`` is the strip width (the wall thickness, or its footing width).
    """
    import shapely

    taken = shapely.union_all([_strip(w.a, w.b, width_of(w)) for w in earlier]) if earlier else None
    lengths: dict[WallKind, float] = {}
    areas: dict[WallKind, float] = {}
    for kind in _PRIORITY:
        mine = [w for w in walls if w.kind is kind]
        if not mine:
            continue
        shape = shapely.union_all([_strip(w.a, w.b, width_of(w)) for w in mine])
        if taken is not None:
            shape = shape.difference(taken)
        area = float(shape.area)
        areas[kind] = area
        lengths[kind] = area / width_of(mine[0])
        taken = shape if taken is None else shapely.union(taken, shape)
    return lengths, areas


def _roof_plan(geo: HouseGeometry, stage: int) -> BaseGeometry:
    import shapely

    ht = geo.house_type
    shape = _outer_footprint(geo, stage)
    if shape.is_empty:
        return shape
    over = ht.roof.overhang_m
    roof = shape.buffer(over, join_style="mitre") if over > 0 else shape
    x_min, _y_min, x_max, y_max = geo.extent
    big = 1e4
    clip_x0 = x_min if Side.LEFT in ht.party_sides else -big
    clip_x1 = x_max if Side.RIGHT in ht.party_sides else big
    clip_y1 = y_max if Side.BACK in ht.party_sides else big
    return roof.intersection(shapely.box(clip_x0, -big, clip_x1, clip_y1))


def _size_key(op: Opening) -> str:
    return f"{op.kind.value} {op.width_m:.2f} × {op.height_m:.2f}"


@lru_cache(maxsize=256)
def stage_quantities(ht: HouseType) -> tuple[StageQuantities, ...]:
    """Measure what each stage of a (new) house type adds; one entry per stage, in order."""
    import shapely

    geo = analyse(ht)
    height = ht.storey_height_m
    cos_pitch = math.cos(math.radians(ht.roof.pitch_deg))
    out: list[StageQuantities] = []
    prev_roof = 0.0
    prev_footprint = 0.0
    for stage in range(1, len(ht.stages) + 1):
        # Walls and their openings.
        wall_area = dict.fromkeys(WallKind, 0.0)
        party_len = 0.0
        party_by_level: dict[int, float] = {}
        for level in sorted({w.level for w in geo.walls}):
            built = geo.walls_built_in(stage, level)
            earlier = list(geo.walls_up_to(stage - 1, level))
            lengths, _ = _effective(built, earlier, lambda w: w.thickness_m)
            for kind, length in lengths.items():
                wall_area[kind] += length * height
            party_len += lengths.get(WallKind.PARTY, 0.0)
            party_by_level[level] = lengths.get(WallKind.PARTY, 0.0) * height
        doors = windows = 0
        window_area = door_area = 0.0
        sizes: dict[str, int] = {}
        for i, op in enumerate(ht.openings):
            if geo.opening_stage(i) != stage:
                continue
            wall = geo.opening_walls[i]
            if wall is not None and wall.stage == stage:
                wall_area[wall.kind] -= op.area_m2
                if wall.kind is WallKind.PARTY:
                    party_by_level[wall.level] = party_by_level.get(wall.level, 0.0) - op.area_m2
            if op.kind is OpeningKind.DOOR:
                doors += 1
                door_area += op.area_m2
            else:
                windows += 1
                window_area += op.area_m2
            sizes[_size_key(op)] = sizes.get(_size_key(op), 0) + 1
        # Foundations under the ground-floor walls.
        f_lengths, f_areas = _effective(
            geo.walls_built_in(stage, 0),
            geo.walls_up_to(stage - 1, 0),
            lambda w: ht.wall_spec(w.kind).footing_width_m,
        )
        f_volume = {k: a * ht.wall_spec(k).footing_depth_m for k, a in f_areas.items()}
        # Floor, footprint and roof.
        floor = sum(geo.room_clear_area_m2[r.key] for r in ht.rooms if r.stage == stage)
        footprint = float(_outer_footprint(geo, stage, 0).area) if ht.rooms else 0.0
        roof_plan = float(_roof_plan(geo, stage).area)
        roof = roof_plan / cos_pitch
        fits = [f.kind for f in ht.fittings if f.stage == stage]
        out.append(
            StageQuantities(
                stage=stage,
                storeys=ht.storeys_at(stage),
                floor_area_m2=floor,
                footprint_area_m2=footprint - prev_footprint,
                foundation_length_m=sum(f_lengths.values()),
                foundation_volume_m3=sum(f_volume.values()),
                foundation_length_party_m=f_lengths.get(WallKind.PARTY, 0.0),
                foundation_volume_party_m3=f_volume.get(WallKind.PARTY, 0.0),
                wall_area_external_m2=wall_area[WallKind.EXTERNAL],
                wall_area_internal_m2=wall_area[WallKind.INTERNAL],
                wall_area_party_m2=wall_area[WallKind.PARTY],
                wall_length_party_m=party_len,
                roof_area_m2=roof - prev_roof,
                door_count=doors,
                window_count=windows,
                window_area_m2=window_area,
                door_area_m2=door_area,
                wc_count=fits.count(FittingKind.WC),
                shower_count=fits.count(FittingKind.SHOWER),
                kitchen_count=fits.count(FittingKind.KITCHEN),
                openings_by_size=dict(sorted(sizes.items())),
                party_wall_area_by_level_m2=party_by_level,
            )
        )
        prev_roof = roof
        prev_footprint = footprint
    del shapely
    return tuple(out)


def type_totals(ht: HouseType, up_to_stage: int | None = None) -> dict[str, float]:
    """Return the sums of the stage quantities up to a stage (all stages by default), for summaries."""
    last = up_to_stage if up_to_stage is not None else len(ht.stages)
    names = (
        "floor_area_m2",
        "footprint_area_m2",
        "foundation_length_m",
        "foundation_volume_m3",
        "wall_area_external_m2",
        "wall_area_internal_m2",
        "wall_area_party_m2",
        "roof_area_m2",
        "door_count",
        "window_count",
        "window_area_m2",
        "wc_count",
        "shower_count",
        "kitchen_count",
    )
    quantities = [q for q in stage_quantities(ht) if q.stage <= last]
    return {n: float(sum(getattr(q, n) for q in quantities)) for n in names}


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class HouseRules:
    """Thresholds of the house rule checks (data: ``resources/house_rules.toml``).

    Attributes:
        min_room_area_m2: minimum clear floor area per room use.
        habitable_min_area_m2: a habitable room must have at least this clear area (UN-Habitat: 4 m²).
        habitable_min_width_m: … and be at least this wide between wall faces.
        max_persons_per_habitable_room: UN-Habitat sufficient living area (≤ 3).
        min_floor_area_per_person_m2: covered floor area per person (Sphere: 3.5 m²).
        light_opening_share: window area of a habitable room ≥ this share of its floor area.
        ventilation_opening_share: openable window area ≥ this share of its floor area.
        max_plot_coverage: footprint ÷ plot area.
        min_setback_front_m, min_setback_side_m, min_setback_rear_m: outer wall face to plot edge
            (side setbacks do not apply on party sides).
    """

    profile: str = "default"
    min_room_area_m2: Mapping[str, float] = field(default_factory=dict)
    habitable_min_area_m2: float = 4.0
    habitable_min_width_m: float = 1.8
    max_persons_per_habitable_room: float = 3.0
    min_floor_area_per_person_m2: float = 3.5
    light_opening_share: float = 0.10
    ventilation_opening_share: float = 0.05
    max_plot_coverage: float = 0.8
    min_setback_front_m: float = 0.0
    min_setback_side_m: float = 0.0
    min_setback_rear_m: float = 0.0


@dataclass(frozen=True)
class RuleResult:
    """The outcome of one rule for one subject (a room, a stage, the plot or the whole house).

    Attributes:
        rule: stable rule name (``habitable_room_area``, ``plot_coverage``, …).
        subject: what it is about ("room r1", "stage 2", "plot", "house").
        ok: whether the rule is met.
        value, limit: the measured value and the threshold, in the rule's unit.
        message: one readable line.
    """

    rule: str
    subject: str
    ok: bool
    value: float
    limit: float
    message: str


def _room_width_m(room: Room, geo: HouseGeometry) -> float:
    """Smallest side of the room's clear rectangle (rectangles), else 2·area/perimeter as a proxy."""
    xs = [p[0] for p in room.outline]
    ys = [p[1] for p in room.outline]
    walls = [w for w in geo.walls if room.key in w.rooms]
    t = max((w.thickness_m for w in walls), default=0.0)
    if len(room.outline) == 4 and math.isclose(room.area_m2, (max(xs) - min(xs)) * (max(ys) - min(ys))):
        return min(max(xs) - min(xs), max(ys) - min(ys)) - t
    import shapely

    poly = shapely.Polygon(room.outline)
    return float(2 * poly.area / poly.length - t)


def check_house(
    ht: HouseType,
    rules: HouseRules,
    persons: float,
    plot_in_house_frame: Ring | None = None,
) -> list[RuleResult]:
    """Check a house type against the rules; return one result per rule and subject.

    Args:
        ht: the house type (an improvement type has nothing to check and gives no results).
        rules: thresholds.
        persons: people who will live in the house (household size).
        plot_in_house_frame: the plot outline in the house frame (the design plot of the type when None).
    """
    results: list[RuleResult] = []
    if ht.category is HouseCategory.IMPROVEMENT:
        return results
    geo = analyse(ht)
    n_stages = len(ht.stages)
    results += _check_layout(ht, geo)
    for room in ht.rooms:
        results += _check_room(room, geo, rules, n_stages)
    for stage in range(1, n_stages + 1):
        results += _check_stage(ht, geo, rules, persons, stage)
    plot = plot_in_house_frame if plot_in_house_frame is not None else design_plot(ht)
    if plot is not None:
        results += _check_plot(ht, geo, rules, plot)
    return results


def _check_layout(ht: HouseType, geo: HouseGeometry) -> list[RuleResult]:
    import shapely

    out: list[RuleResult] = []
    for i, room in enumerate(ht.rooms):
        for other in ht.rooms[i + 1 :]:
            if other.level != room.level:
                continue
            overlap = shapely.Polygon(room.outline).intersection(shapely.Polygon(other.outline)).area
            if overlap > 0.01:
                out.append(
                    RuleResult(
                        "rooms_overlap",
                        f"room {room.key}",
                        False,
                        overlap,
                        0.0,
                        f"{room.name} and {other.name} overlap by {overlap:.2f} m²",
                    )
                )
    for i, op in enumerate(ht.openings):
        wall = geo.opening_walls[i]
        ends = _opening_ends(op, wall)
        fits = wall is not None and all(
            any(w.level == op.level and _point_seg_distance(e, w.a, w.b)[0] < 0.05 for w in geo.walls)
            for e in ends
        )
        if not fits:
            where = "is not on a wall" if wall is None else "runs past the end of its wall"
            out.append(
                RuleResult(
                    "opening_on_wall",
                    f"opening {i + 1}",
                    False,
                    0.0,
                    0.0,
                    f"the {op.kind.value} at ({op.at[0]:.2f}, {op.at[1]:.2f}) {where}",
                )
            )
    return out


def _opening_ends(op: Opening, wall: Wall | None) -> list[Point]:
    if wall is None:
        return [op.at]
    dx, dy = wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    h = op.width_m / 2
    return [(op.at[0] - ux * h, op.at[1] - uy * h), (op.at[0] + ux * h, op.at[1] + uy * h)]


def _check_room(room: Room, geo: HouseGeometry, rules: HouseRules, n_stages: int) -> list[RuleResult]:
    out: list[RuleResult] = []
    clear = geo.room_clear_area_m2[room.key]
    subject = f"room {room.key}"
    minimum = rules.min_room_area_m2.get(room.use.value)
    if minimum is not None:
        out.append(
            RuleResult(
                "min_room_area",
                subject,
                clear >= minimum - 1e-9,
                clear,
                minimum,
                f"{room.name}: {clear:.2f} m² clear, a {room.use.value} needs ≥ {minimum:.2f} m²",
            )
        )
    if room.use in HABITABLE_USES:
        out.append(
            RuleResult(
                "habitable_room_area",
                subject,
                clear >= rules.habitable_min_area_m2 - 1e-9,
                clear,
                rules.habitable_min_area_m2,
                f"{room.name}: {clear:.2f} m² clear, a habitable room needs ≥ {rules.habitable_min_area_m2:.2f} m²",
            )
        )
        width = _room_width_m(room, geo)
        out.append(
            RuleResult(
                "habitable_room_width",
                subject,
                width >= rules.habitable_min_width_m - 1e-9,
                width,
                rules.habitable_min_width_m,
                f"{room.name}: {width:.2f} m wide, a habitable room needs ≥ {rules.habitable_min_width_m:.2f} m",
            )
        )
        # Light and ventilation with the whole house built: windows in walls still outside then.
        glazing = openable = 0.0
        for i, op in enumerate(geo.house_type.openings):
            wall = geo.opening_walls[i]
            if op.kind is not OpeningKind.WINDOW or wall is None or room.key not in wall.rooms:
                continue
            if wall.kind_at(n_stages) is WallKind.INTERNAL:
                continue
            glazing += op.area_m2
            openable += op.area_m2 * op.openable_share
        need_light = rules.light_opening_share * clear
        need_air = rules.ventilation_opening_share * clear
        out.append(
            RuleResult(
                "light_opening",
                subject,
                glazing >= need_light - 1e-9,
                glazing,
                need_light,
                f"{room.name}: {glazing:.2f} m² of windows, needs ≥ {need_light:.2f} m² "
                f"({rules.light_opening_share:.0%} of {clear:.2f} m²)",
            )
        )
        out.append(
            RuleResult(
                "ventilation_opening",
                subject,
                openable >= need_air - 1e-9,
                openable,
                need_air,
                f"{room.name}: {openable:.2f} m² opens, needs ≥ {need_air:.2f} m² "
                f"({rules.ventilation_opening_share:.0%} of {clear:.2f} m²)",
            )
        )
    return out


def _check_stage(
    ht: HouseType, geo: HouseGeometry, rules: HouseRules, persons: float, stage: int
) -> list[RuleResult]:
    subject = f"stage {stage}"
    rooms = [r for r in ht.rooms if r.stage <= stage]
    habitable = [r for r in rooms if r.use in HABITABLE_USES]
    floor = sum(geo.room_clear_area_m2[r.key] for r in rooms)
    per_room = persons / len(habitable) if habitable else math.inf
    per_person = floor / persons if persons > 0 else math.inf
    return [
        RuleResult(
            "persons_per_room",
            subject,
            per_room <= rules.max_persons_per_habitable_room + 1e-9,
            per_room,
            rules.max_persons_per_habitable_room,
            f"after stage {stage}: {persons:g} persons in {len(habitable)} habitable room(s), "
            f"at most {rules.max_persons_per_habitable_room:g} per room",
        ),
        RuleResult(
            "floor_area_per_person",
            subject,
            per_person >= rules.min_floor_area_per_person_m2 - 1e-9,
            per_person,
            rules.min_floor_area_per_person_m2,
            f"after stage {stage}: {per_person:.2f} m² per person, needs ≥ {rules.min_floor_area_per_person_m2:.2f} m²",
        ),
    ]


def _check_plot(ht: HouseType, geo: HouseGeometry, rules: HouseRules, plot: Ring) -> list[RuleResult]:
    import shapely

    out: list[RuleResult] = []
    plot_poly = shapely.Polygon(plot)
    shape = _outer_footprint(geo, len(ht.stages))
    centre = shapely.union_all([shapely.Polygon(r.outline) for r in ht.rooms])
    coverage = float(shape.area / plot_poly.area) if plot_poly.area > 0 else math.inf
    out.append(
        RuleResult(
            "plot_coverage",
            "plot",
            coverage <= rules.max_plot_coverage + 1e-9,
            coverage,
            rules.max_plot_coverage,
            f"the house covers {coverage:.0%} of the plot, at most {rules.max_plot_coverage:.0%} allowed",
        )
    )
    outside = float(centre.difference(plot_poly).area)
    out.append(
        RuleResult(
            "inside_plot",
            "plot",
            outside <= 0.01,
            outside,
            0.0,
            "the house stands inside its plot"
            if outside <= 0.01
            else f"{outside:.2f} m² of the house lies outside its plot",
        )
    )
    party = {s.value for s in ht.party_sides}
    worst: dict[str, float] = {}
    for i, a in enumerate(plot):
        b = plot[(i + 1) % len(plot)]
        side = _edge_side(plot_poly, a, b)
        if side in ("left", "right", "rear") and side.replace("rear", "back") in party:
            continue
        d = float(shape.distance(shapely.LineString([a, b])))
        if shape.intersects(shapely.LineString([a, b])):
            d = 0.0
        key = "side" if side in ("left", "right") else side
        worst[key] = min(worst.get(key, math.inf), d)
    limits = {
        "front": rules.min_setback_front_m,
        "side": rules.min_setback_side_m,
        "rear": rules.min_setback_rear_m,
    }
    for key, d in sorted(worst.items()):
        limit = limits[key]
        out.append(
            RuleResult(
                f"setback_{key}",
                "plot",
                d >= limit - 1e-9,
                d,
                limit,
                f"{key} setback {d:.2f} m, needs ≥ {limit:.2f} m",
            )
        )
    return out


def _edge_side(plot_poly: Any, a: Point, b: Point) -> str:
    """Classify a plot edge by its outward normal in the house frame: front, rear, left or right."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    nx, ny = dy, -dx  # right-hand normal; outward if the ring is counter-clockwise
    if plot_poly.exterior.is_ccw is False:
        nx, ny = -nx, -ny
    if abs(ny) >= abs(nx):
        return "front" if ny < 0 else "rear"
    return "left" if nx < 0 else "right"


# --------------------------------------------------------------------------- editing (pure functions)


def with_room(ht: HouseType, room: Room) -> HouseType:
    """Return the type with ``room`` added, or replacing the room with the same key."""
    rooms = [r for r in ht.rooms if r.key != room.key]
    index = next((i for i, r in enumerate(ht.rooms) if r.key == room.key), len(rooms))
    rooms.insert(index, room)
    return replace(ht, rooms=tuple(rooms))


def without_room(ht: HouseType, key: str) -> HouseType:
    """Return the type without a room and without the fittings in it."""
    return replace(
        ht,
        rooms=tuple(r for r in ht.rooms if r.key != key),
        fittings=tuple(f for f in ht.fittings if f.room != key),
    )


def resize_room(ht: HouseType, key: str, x0: float, y0: float, x1: float, y1: float) -> HouseType:
    """Return the type with a room made the rectangle (x0, y0)–(x1, y1) snapped to the type's grid."""
    g = ht.grid_m
    xa, xb = sorted((snap_m(x0, g), snap_m(x1, g)))
    ya, yb = sorted((snap_m(y0, g), snap_m(y1, g)))
    if xb - xa < g or yb - ya < g:
        raise InvalidRecordError(ht.id, ht.KIND, "a room must be at least one grid step wide and deep")
    room = ht.room(key)
    return with_room(ht, replace(room, outline=rect_ring(xa, ya, xb - xa, yb - ya)))


def with_opening(ht: HouseType, opening: Opening) -> HouseType:
    """Return the type with an opening added; its centre snaps onto the nearest wall centreline."""
    geo = analyse(ht)
    best: tuple[float, Point] | None = None
    for w in geo.walls:
        if w.level != opening.level:
            continue
        d, t = _point_seg_distance(opening.at, w.a, w.b)
        if best is None or d < best[0]:
            p = (w.a[0] + t * (w.b[0] - w.a[0]), w.a[1] + t * (w.b[1] - w.a[1]))
            best = (d, (round(p[0], 4), round(p[1], 4)))
    if best is None:
        raise InvalidRecordError(ht.id, ht.KIND, "there is no wall on that level to put an opening in")
    return replace(ht, openings=(*ht.openings, replace(opening, at=best[1])))


def move_opening(ht: HouseType, index: int, opening: Opening) -> HouseType:
    """Return the type with opening ``index`` replaced (snapped onto the nearest wall)."""
    rest = replace(ht, openings=ht.openings[:index] + ht.openings[index + 1 :])
    placed = with_opening(rest, opening)
    ops = list(rest.openings)
    ops.insert(index, placed.openings[-1])
    return replace(ht, openings=tuple(ops))


def without_opening(ht: HouseType, index: int) -> HouseType:
    """Return the type without opening ``index``."""
    return replace(ht, openings=ht.openings[:index] + ht.openings[index + 1 :])


def walls_near(
    ht: HouseType, level: int, point: Point, tolerance_m: float, up_to_stage: int | None = None
) -> list[Wall]:
    """Return the derived walls on a level whose centreline passes within ``tolerance_m`` of a point."""
    last = up_to_stage if up_to_stage is not None else len(ht.stages)
    return [
        w
        for w in analyse(ht).walls
        if w.level == level and w.stage <= last and _point_seg_distance(point, w.a, w.b)[0] <= tolerance_m
    ]
