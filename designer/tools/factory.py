"""Making new entities for the drawing tools: one place that knows each kind's constructor.

The tools pass geometry in metres and the scope; everything else takes the model's defaults so the
Properties dock is where attributes are set.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from designer.model.entities import (
    AreaEntity,
    Building,
    CoreHouse,
    Drain,
    Entity,
    HazardArea,
    LineEntity,
    Manhole,
    Path,
    PathKind,
    Plot,
    PointEntity,
    Sewer,
    StreetLight,
    Toilet,
    ToiletAccess,
    ToiletKind,
    WaterMain,
    WaterPoint,
    WaterPointKind,
)
from designer.model.geometry import Line, Point, Ring
from designer.model.records import new_id
from designer.tools.base import QT_TRANSLATE_NOOP

__all__ = [
    "AREA_KINDS",
    "FACILITIES",
    "LINE_KINDS",
    "NETWORK_KINDS",
    "make_area",
    "make_facility",
    "make_line",
    "moved",
    "with_geometry",
]

AREA_KINDS: dict[str, tuple[type[AreaEntity], str]] = {
    "plot": (Plot, QT_TRANSLATE_NOOP("command", "Draw plot")),
    "building": (Building, QT_TRANSLATE_NOOP("command", "Draw building")),
    "core_house": (CoreHouse, QT_TRANSLATE_NOOP("command", "Draw core house")),
    "hazard": (HazardArea, QT_TRANSLATE_NOOP("command", "Draw hazard area")),
}

LINE_KINDS: dict[str, tuple[type[LineEntity], str]] = {
    "path": (Path, QT_TRANSLATE_NOOP("command", "Draw path")),
    "water_main": (WaterMain, QT_TRANSLATE_NOOP("command", "Draw water main")),
    "sewer": (Sewer, QT_TRANSLATE_NOOP("command", "Draw sewer")),
    "drain": (Drain, QT_TRANSLATE_NOOP("command", "Draw drain")),
}

NETWORK_KINDS = ("water_main", "sewer", "drain")
"""Line kinds that form a network: new runs snap to and split at its nodes."""

FACILITIES: dict[str, tuple[type[PointEntity], dict[str, Any], str]] = {
    "standpipe": (
        WaterPoint,
        {"point_kind": WaterPointKind.STANDPIPE, "taps": 2},
        QT_TRANSLATE_NOOP("command", "Add standpipe"),
    ),
    "kiosk": (
        WaterPoint,
        {"point_kind": WaterPointKind.KIOSK, "taps": 4, "storage_m3": 5.0},
        QT_TRANSLATE_NOOP("command", "Add water kiosk"),
    ),
    "toilet": (
        Toilet,
        {"toilet_kind": ToiletKind.VIP_LATRINE, "access": ToiletAccess.SHARED, "seats_unisex": 2},
        QT_TRANSLATE_NOOP("command", "Add toilet"),
    ),
    "manhole": (Manhole, {}, QT_TRANSLATE_NOOP("command", "Add manhole")),
    "light": (StreetLight, {}, QT_TRANSLATE_NOOP("command", "Add street light")),
}


def make_area(kind: str, ring: Ring, scope: str, **fields: Any) -> AreaEntity:
    """Return a new area entity of ``kind`` with outline ``ring`` (metres) in ``scope``."""
    cls, _ = AREA_KINDS[kind]
    return cls(id=new_id(cls.ID_PREFIX), outline=tuple(ring), scope=scope, **fields)


def make_line(kind: str, route: Line, scope: str, **fields: Any) -> LineEntity:
    """Return a new line entity of ``kind`` along ``route`` (metres) in ``scope``."""
    cls, _ = LINE_KINDS[kind]
    if cls is Path and "path_kind" not in fields:
        width = float(fields.get("width_m", 1.5))
        fields["path_kind"] = (
            PathKind.ROAD if width >= 6 else PathKind.LANE if width >= 3 else PathKind.FOOTPATH
        )
    return cls(id=new_id(cls.ID_PREFIX), route=tuple(route), scope=scope, **fields)


def make_facility(facility: str, position: Point, scope: str) -> PointEntity:
    """Return a new point facility (standpipe, kiosk, toilet, manhole, light) at ``position``."""
    cls, defaults, _ = FACILITIES[facility]
    return cls(id=new_id(cls.ID_PREFIX), position=position, scope=scope, **defaults)


def with_geometry(e: Entity, points: tuple[Point, ...]) -> Entity:
    """Return ``e`` with its outline, route or position replaced (validated by the model)."""
    if isinstance(e, AreaEntity):
        return dataclasses.replace(e, outline=points)
    if isinstance(e, LineEntity):
        return dataclasses.replace(e, route=points)
    if isinstance(e, PointEntity):
        return dataclasses.replace(e, position=points[0])
    return e


def geometry_points(e: Entity) -> tuple[Point, ...]:
    """Return the vertices of an entity (one point for a point entity, none for a mark)."""
    if isinstance(e, AreaEntity):
        return e.outline
    if isinstance(e, LineEntity):
        return e.route
    if isinstance(e, PointEntity):
        return (e.position,)
    return ()


def moved(e: Entity, dx_m: float, dy_m: float) -> Entity:
    """Return ``e`` translated by (dx_m, dy_m)."""
    pts = geometry_points(e)
    if not pts:
        return e
    return with_geometry(e, tuple((x + dx_m, y + dy_m) for x, y in pts))
