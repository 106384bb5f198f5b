"""House take-off: the costing library's ``house`` and ``house_improvement`` Elements of an option.

``house_elements(doc, option_id)`` is what ``designer/estimate/takeoff.py`` calls. It returns

- one ``Element(kind="house")`` per placed house (``CoreHouse``) per built stage (1 … ``stages_built``),
  measured from the house type's geometry (:func:`designer.model.housing.stage_quantities`) with the
  measures ``floor_area_m2, storeys, foundation_length_m, foundation_volume_m3, wall_area_external_m2,
  wall_area_internal_m2, wall_area_party_m2, roof_area_m2, door_count, window_count, window_area_m2,
  wc_count, shower_count, kitchen_count`` and the attributes ``house_type`` and ``stage``;
- one ``Element(kind="house_improvement")`` per improved building per stage of the improvement type
  whose works (roof, floor, walls) the improvement asks for, with ``floor_area_m2, roof_area_m2,
  wall_area_m2, extra_rooms`` and the attributes ``roof, floor, walls, house_type, stage``.

Party walls are shared: where two placed houses' party walls lie on the same line (within 5 cm, same
level, both built), each house carries half of the shared stretch — wall area and footing — so a
row of houses counts every party wall once. Quantities are rounded to 4 decimals (0.1 mm², 0.1 mm)
here only to drop floating-point noise; the bill rounds per its method of measurement.

Measurement conventions (see ``designer.model.housing``): walls on the centreline, effective
lengths (corners and T-junctions counted once) × storey height, net of the openings made with the
wall; floor area is the clear area between wall faces; roof area is the sloped area over the outer
wall faces plus overhang (none beyond a party wall); foundations are strip footings under ground-floor
walls (volume = plan area × footing thickness). An improvement is measured on the existing building's
outline: floor = outline less the existing wall thickness, roof = outline plus overhang ÷ cos pitch,
walls = centreline perimeter × storey height × storeys × (1 − opening share).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from costing.takeoff.elements import Element
from designer.model.entities import Building, CoreHouse, HouseImprovement
from designer.model.errors import JamiiError
from designer.model.house_placement import placement_of
from designer.model.housing import HouseCategory, HouseType, WallKind, Work, analyse, stage_quantities

if TYPE_CHECKING:
    from collections.abc import Collection

    from designer.io.house_library import HouseLibrary
    from designer.model.document import Document
    from designer.model.geometry import Point, Ring

__all__ = [
    "DEFAULT_IMPROVEMENT_TYPE",
    "HOUSE_MEASURES",
    "IMPROVEMENT_MEASURES",
    "house_elements",
    "houses_near",
    "improvement_quantities",
    "party_share_factors",
    "type_elements",
]

HOUSE_MEASURES = (
    "floor_area_m2",
    "storeys",
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
IMPROVEMENT_MEASURES = ("floor_area_m2", "roof_area_m2", "wall_area_m2", "extra_rooms")
DEFAULT_IMPROVEMENT_TYPE = "improve-rfw"
"""Type used for a HouseImprovement that names none."""

_TOLERANCE_M = 0.05


def _r(value: float) -> float:
    return round(float(value), 4) + 0.0  # + 0.0 turns -0.0 into 0.0


@dataclass(frozen=True)
class _PartySeg:
    house_id: str
    stage: int
    level: int
    a: Point
    b: Point


def party_share_factors(
    houses: list[CoreHouse], types: dict[str, HouseType]
) -> dict[tuple[str, int, int], float]:
    """Return, per (house id, stage, level), the share of its party wall the house pays (0.5–1).

    A stretch of party wall that coincides with a neighbour's built party wall is shared half and half.
    """
    import shapely
    from shapely.strtree import STRtree

    segs: list[_PartySeg] = []
    for house in houses:
        ht = types[house.house_type]
        placement = placement_of(house, ht)
        for wall in analyse(ht).walls:
            if wall.kind is WallKind.PARTY and wall.stage <= house.stages_built:
                segs.append(
                    _PartySeg(
                        house.id, wall.stage, wall.level, placement.to_site(wall.a), placement.to_site(wall.b)
                    )
                )
    total: dict[tuple[str, int, int], float] = defaultdict(float)
    shared: dict[tuple[str, int, int], float] = defaultdict(float)
    for seg in segs:
        total[(seg.house_id, seg.stage, seg.level)] += math.dist(seg.a, seg.b)
    if len({s.house_id for s in segs}) > 1:
        import numpy as np

        lines = np.array([shapely.LineString([s.a, s.b]) for s in segs], dtype=object)
        tree = STRtree(lines)
        # All candidate pairs in one bulk query; the exact collinear overlap is worked out per pair.
        left, right = tree.query(
            shapely.buffer(lines, _TOLERANCE_M, cap_style="flat"), predicate="intersects"
        )
        for i, j in zip(left.tolist(), right.tolist(), strict=True):
            seg, other = segs[i], segs[j]
            if other.house_id == seg.house_id or other.level != seg.level:
                continue
            length = math.dist(seg.a, seg.b)
            ux, uy = (seg.b[0] - seg.a[0]) / length, (seg.b[1] - seg.a[1]) / length
            shared[(seg.house_id, seg.stage, seg.level)] += _collinear_overlap(
                seg.a, ux, uy, length, other.a, other.b
            )
    return {
        key: 1.0 - 0.5 * min(1.0, shared[key] / length) if length > 0 else 1.0
        for key, length in total.items()
    }


def _collinear_overlap(a: Point, ux: float, uy: float, length: float, p: Point, q: Point) -> float:
    """Length of ``pq`` lying on the segment from ``a`` along (ux, uy) for ``length`` (0 unless collinear)."""
    for pt in (p, q):
        dx, dy = pt[0] - a[0], pt[1] - a[1]
        if abs(dx * uy - dy * ux) > _TOLERANCE_M:  # perpendicular distance to the line
            return 0.0
    t1 = (p[0] - a[0]) * ux + (p[1] - a[1]) * uy
    t2 = (q[0] - a[0]) * ux + (q[1] - a[1]) * uy
    lo, hi = max(0.0, min(t1, t2)), min(length, max(t1, t2))
    return max(0.0, hi - lo)


def _house_stage_measures(ht: HouseType, stage: int, factors: dict[int, float]) -> dict[str, float]:
    q = stage_quantities(ht)[stage - 1]
    party = sum(area * factors.get(level, 1.0) for level, area in q.party_wall_area_by_level_m2.items())
    keep0 = factors.get(0, 1.0)
    return {
        "floor_area_m2": _r(q.floor_area_m2),
        "storeys": float(q.storeys),
        "foundation_length_m": _r(q.foundation_length_m - q.foundation_length_party_m * (1 - keep0)),
        "foundation_volume_m3": _r(q.foundation_volume_m3 - q.foundation_volume_party_m3 * (1 - keep0)),
        "wall_area_external_m2": _r(q.wall_area_external_m2),
        "wall_area_internal_m2": _r(q.wall_area_internal_m2),
        "wall_area_party_m2": _r(party),
        "roof_area_m2": _r(q.roof_area_m2),
        "door_count": float(q.door_count),
        "window_count": float(q.window_count),
        "window_area_m2": _r(q.window_area_m2),
        "wc_count": float(q.wc_count),
        "shower_count": float(q.shower_count),
        "kitchen_count": float(q.kitchen_count),
    }


def type_elements(ht: HouseType, up_to_stage: int | None = None, source_id: str = "") -> list[Element]:
    """Return the ``house`` Elements of one house of a type standing alone (for sheets and comparisons)."""
    if ht.category is not HouseCategory.NEW:
        raise JamiiError(f"{ht.name!r} is an improvement; it is measured on an existing building")
    last = up_to_stage if up_to_stage is not None else len(ht.stages)
    return [
        Element(
            kind="house",
            source_id=source_id,
            measures=_house_stage_measures(ht, s, {}),
            attributes={"house_type": ht.id, "stage": s},
            label=f"{ht.name}, stage {s}: {ht.stage(s).name}",
            provenance="drawn",
        )
        for s in range(1, last + 1)
    ]


def improvement_quantities(building: Building, ht: HouseType) -> dict[str, float]:
    """Return the full roof, floor and wall quantities of improving an existing building (m²)."""
    import shapely

    spec = ht.improvement
    thickness = spec.existing_wall_thickness_m if spec else 0.15
    opening_share = spec.opening_share if spec else 0.15
    poly = shapely.Polygon(building.outline)
    inner = poly.buffer(-thickness, join_style="mitre")
    centre = poly.buffer(-thickness / 2, join_style="mitre")
    over = ht.roof.overhang_m
    roof_plan = poly.buffer(over, join_style="mitre").area if over > 0 else poly.area
    return {
        "floor_area_m2": float(inner.area),
        "roof_area_m2": float(roof_plan / math.cos(math.radians(ht.roof.pitch_deg))),
        "wall_area_m2": float(centre.length * ht.storey_height_m * building.storeys * (1 - opening_share)),
    }


def _improvement_element(
    impr: HouseImprovement,
    building: Building,
    ht: HouseType,
    stage: int,
    works: set[Work],
    full: dict[str, float],
    extra_rooms: int,
) -> Element:
    name = ht.stage(stage).name if stage <= len(ht.stages) else ""
    return Element(
        kind="house_improvement",
        source_id=impr.id,
        measures={
            "floor_area_m2": _r(full["floor_area_m2"]) if Work.FLOOR in works else 0.0,
            "roof_area_m2": _r(full["roof_area_m2"]) if Work.ROOF in works else 0.0,
            "wall_area_m2": _r(full["wall_area_m2"]) if Work.WALLS in works else 0.0,
            "extra_rooms": float(extra_rooms),
        },
        attributes={
            "roof": Work.ROOF in works,
            "floor": Work.FLOOR in works,
            "walls": Work.WALLS in works,
            "house_type": ht.id,
            "stage": stage,
        },
        label=f"Improvement of {building.id} ({ht.name}), stage {stage}: {name}",
        provenance="drawn",
    )


def _improvement_elements(doc: Document, impr: HouseImprovement, lib: HouseLibrary) -> list[Element]:
    ht = lib.get(impr.house_type or DEFAULT_IMPROVEMENT_TYPE)
    building = doc.get(impr.building_id)
    if not isinstance(building, Building):
        raise JamiiError(f"improvement {impr.id!r} refers to {impr.building_id!r}, which is not a building")
    full = improvement_quantities(building, ht)
    wanted = {Work.ROOF: impr.roof, Work.FLOOR: impr.floor, Work.WALLS: impr.walls}
    stages = ht.stages if ht.category is HouseCategory.IMPROVEMENT else ()
    out: list[Element] = []
    for stage in stages:
        works = {w for w in stage.works if wanted[w]}
        if works:
            out.append(_improvement_element(impr, building, ht, stage.number, works, full, 0))
    if impr.extra_rooms:
        if out:
            first = out[0]
            out[0] = Element(
                kind=first.kind,
                source_id=first.source_id,
                measures={**first.measures, "extra_rooms": float(impr.extra_rooms)},
                attributes=first.attributes,
                label=first.label,
                provenance=first.provenance,
            )
        else:
            out.append(_improvement_element(impr, building, ht, 1, set(), full, impr.extra_rooms))
    return out


def _near(houses: list[CoreHouse], outlines: list[Ring], gap_m: float = 0.1) -> list[CoreHouse]:
    """Return the houses whose outline's bounding box comes within ``gap_m`` of any of the outlines'."""
    boxes = [
        (
            min(x for x, _ in r) - gap_m,
            min(y for _, y in r) - gap_m,
            max(x for x, _ in r) + gap_m,
            max(y for _, y in r) + gap_m,
        )
        for r in outlines
    ]
    out = []
    for house in houses:
        xs = [x for x, _ in house.outline]
        ys = [y for _, y in house.outline]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        if any(x0 <= b[2] and x1 >= b[0] and y0 <= b[3] and y1 >= b[1] for b in boxes):
            out.append(house)
    return out


def houses_near(doc: Document, option_id: str, outline: Ring) -> set[str]:
    """Return ids of the option's houses that touch (or nearly touch) an outline: the ones whose party
    wall shares change when a house with that outline is added, moved or removed."""
    houses = [e for e in doc.entities(option_id) if isinstance(e, CoreHouse)]
    return {h.id for h in _near(houses, [outline])}


def house_elements(
    doc: Document,
    option_id: str,
    library: HouseLibrary | None = None,
    only: Collection[str] | None = None,
) -> list[Element]:
    """Return the house and house-improvement Elements of an option (houses by id, then stages).

    Args:
        doc: the project; its ``HouseType`` records take precedence over the library's.
        option_id: the option whose ``CoreHouse`` and ``HouseImprovement`` records are measured.
        library: house types to resolve ids with (default: shipped + user + project types).
        only: measure only these source ids (houses or improvements), for incremental costing; party
            walls are still shared with their neighbours. After an edit of a house, re-measure it and
            :func:`houses_near` its old and new outline.

    Raises:
        JamiiError: a house names a type that is nowhere to be found, or an improvement type for a
            new house.
    """
    from designer.io.house_library import load_library

    lib = library if library is not None else load_library(doc)
    members = doc.entities(option_id)
    houses = sorted((e for e in members if isinstance(e, CoreHouse)), key=lambda h: h.id)
    if only is not None:
        wanted = [h for h in houses if h.id in only]
        members = [e for e in members if e.id in only]
        # Their neighbours are measured too (for the shares) but only the wanted ones are returned.
        houses = sorted(_near(houses, [h.outline for h in wanted]), key=lambda h: h.id) if wanted else []
    types: dict[str, HouseType] = {}
    for house in houses:
        ht = doc.get(house.house_type)
        ht = ht if isinstance(ht, HouseType) else lib.get(house.house_type)
        if ht.category is not HouseCategory.NEW:
            raise JamiiError(f"house {house.id!r} uses {ht.name!r}, which improves a house and builds none")
        types[house.house_type] = ht
    factors: dict[tuple[str, int], dict[int, float]] = defaultdict(dict)
    for (house_id, stage, level), factor in party_share_factors(houses, types).items():
        factors[(house_id, stage)][level] = factor
    out: list[Element] = []
    for house in houses:
        if only is not None and house.id not in only:
            continue
        ht = types[house.house_type]
        for stage in range(1, min(house.stages_built, len(ht.stages)) + 1):
            mine = factors.get((house.id, stage), {})
            out.append(
                Element(
                    kind="house",
                    source_id=house.id,
                    measures=_house_stage_measures(ht, stage, mine),
                    attributes={"house_type": ht.id, "stage": stage},
                    label=f"House {house.id} ({ht.name}), stage {stage}: {ht.stage(stage).name}",
                    provenance="drawn",
                )
            )
    improvements = sorted((e for e in members if isinstance(e, HouseImprovement)), key=lambda e: e.id)
    for impr in improvements:
        out.extend(_improvement_elements(doc, impr, lib))
    return out
