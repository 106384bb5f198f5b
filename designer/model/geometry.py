"""Geometry in local project metres (x east, y north, origin at ProjectInfo.origin) and its validation.

Geometry is stored as plain tuples so records stay hashable, comparable and cheap to serialise:
a point is ``(x_m, y_m)``, a ring is an *open* tuple of points (the closing point is implied), a line
is a tuple of at least two points. Validation uses shapely. Bulk loads defer it with
:func:`deferred_validation` and check everything at once with shapely's vectorised functions, which
is ~10x faster than one shapely object per record.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain, pairwise
from typing import TYPE_CHECKING

from designer.model.errors import InvalidGeometryError, Message

if TYPE_CHECKING:
    import numpy as np

    from designer.model.records import Record

__all__ = [
    "MIN_AREA_M2",
    "MIN_LENGTH_M",
    "Line",
    "Point",
    "Ring",
    "deferred_validation",
    "line_length_m",
    "normalise_ring",
    "ring_area_m2",
    "validate_line",
    "validate_point",
    "validate_ring",
]

Point = tuple[float, float]
Ring = tuple[Point, ...]
Line = tuple[Point, ...]

MIN_AREA_M2 = 0.01  # smaller than a 10 cm square: a slip of the mouse, not a plot or a house
MIN_LENGTH_M = 0.01

_deferred: list[list[Record]] = []


@contextmanager
def deferred_validation() -> Iterator[list[Record]]:
    """Collect records created inside the block and validate their geometry together on exit.

    Raises:
        InvalidGeometryError: for the first invalid record (in creation order).
    """
    pending: list[Record] = []
    _deferred.append(pending)
    try:
        yield pending
    finally:
        _deferred.pop()
    validate_many(pending)


def defer(record: Record) -> bool:
    """Queue ``record`` for bulk validation if a deferred block is open; say whether it was queued."""
    if _deferred:
        _deferred[-1].append(record)
        return True
    return False


def normalise_ring(points: tuple[Point, ...]) -> Ring:
    """Drop an explicit closing point so rings are stored open."""
    if len(points) > 1 and points[0] == points[-1]:
        return points[:-1]
    return points


def ring_area_m2(ring: Ring) -> float:
    """Return the unsigned area of an open ring in m² (shoelace formula)."""
    twice = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        twice += x1 * y2 - x2 * y1
    return abs(twice) / 2.0


def line_length_m(line: Line) -> float:
    """Return the length of a polyline in metres."""
    return sum(math.dist(a, b) for a, b in pairwise(line))


def _check_finite(points: tuple[Point, ...], record_id: str, kind: str) -> None:
    from designer.model.ranges import max_abs_local_m

    lim = max_abs_local_m()  # cached: this runs for every record of a load
    for i, p in enumerate(points):
        # The chained comparisons are False for NaN too.
        if len(p) != 2 or not (-lim <= p[0] <= lim and -lim <= p[1] <= lim):
            if len(p) == 2 and math.isfinite(p[0]) and math.isfinite(p[1]):
                far = Message(
                    "vertex {i} {point} is more than {limit} m from the project origin",
                    {"i": str(i), "point": repr(p), "limit": lim},
                    {"limit": "g"},
                )
                raise InvalidGeometryError(record_id, kind, far)
            raise InvalidGeometryError(record_id, kind, f"vertex {i} is not a finite (x, y) pair: {p!r}")


def validate_point(point: Point, record_id: str, kind: str) -> None:
    """Raise InvalidGeometryError unless ``point`` is a finite (x, y) pair."""
    _check_finite((point,), record_id, kind)


def validate_line(line: Line, record_id: str, kind: str) -> None:
    """Raise InvalidGeometryError unless ``line`` has ≥ 2 distinct vertices and no zero-length segment."""
    if len(line) < 2:
        few = Message("a line needs at least 2 points, got {n}", {"n": len(line)})
        raise InvalidGeometryError(record_id, kind, few)
    _check_finite(line, record_id, kind)
    for i, (a, b) in enumerate(pairwise(line)):
        if math.dist(a, b) < MIN_LENGTH_M:
            zero = Message("segment {i} has zero length (repeated vertex)", {"i": str(i)})
            raise InvalidGeometryError(record_id, kind, zero)


def validate_ring(ring: Ring, record_id: str, kind: str) -> None:
    """Raise InvalidGeometryError unless ``ring`` is a simple polygon with real area."""
    import shapely

    _check_ring_shape(ring, record_id, kind)
    poly = shapely.Polygon(ring)
    if not poly.is_valid:
        raise InvalidGeometryError(record_id, kind, _why_invalid(poly))
    _check_area(poly.area, record_id, kind)


def _check_ring_shape(ring: Ring, record_id: str, kind: str) -> None:
    if len(ring) < 3:
        few = Message("an outline needs at least 3 corners, got {n}", {"n": len(ring)})
        raise InvalidGeometryError(record_id, kind, few)
    _check_finite(ring, record_id, kind)


def _check_area(area_m2: float, record_id: str, kind: str) -> None:
    if area_m2 < MIN_AREA_M2:
        flat = Message(
            "the outline is degenerate (area {area_m2} m²)", {"area_m2": area_m2}, {"area_m2": ".4f"}
        )
        raise InvalidGeometryError(record_id, kind, flat)


def _why_invalid(poly: object) -> Message:
    """Why GEOS calls an outline invalid; the place it crosses itself kept apart (shown in the user's language)."""
    import shapely

    reason = shapely.is_valid_reason(poly)
    if reason.startswith(("Self-intersection", "Ring Self-intersection")):
        where = reason.split("[", 1)[-1].rstrip("]").split()
        try:
            x_m, y_m = float(where[0]), float(where[1])
        except (IndexError, ValueError):
            return Message("the outline is not a valid polygon ({reason})", {"reason": reason})
        return Message(
            "the outline crosses itself near ({x_m}, {y_m})",
            {"x_m": x_m, "y_m": y_m},
            {"x_m": ".2f", "y_m": ".2f"},
        )
    return Message("the outline is not a valid polygon ({reason})", {"reason": reason})


def validate_many(records: list[Record]) -> None:
    """Validate the geometry of many records with vectorised shapely calls.

    Raises:
        InvalidGeometryError: for the first invalid record (in the order of ``records``), with the
            message the record's own check gives.
    """
    import numpy as np
    import shapely

    rings, lines, points = _split_by_geometry(records)
    ring_sizes = [len(r) for _, r in rings]
    coords = _vertices_xy([r for _, r in rings])
    if not _plausible_in_bulk(coords, ring_sizes, lines, points):
        _check_one_by_one(records)  # raises the first error, in the records' order
    if not rings:
        return
    if coords is None:  # the checks one by one passed, so every vertex is a pair of numbers
        coords = np.array([p for _, r in rings for p in r], dtype=float)
    counts = np.array(ring_sizes, dtype=np.int64)
    # Close each ring for shapely: repeat the first vertex after the last.
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    closed = np.insert(coords, np.repeat(starts + counts, 1), coords[starts], axis=0)
    ring_index = np.repeat(np.arange(len(rings)), counts + 1)
    polys = shapely.polygons(shapely.linearrings(closed, indices=ring_index))
    valid = shapely.is_valid(polys)
    if not valid.all():
        bad = int(np.flatnonzero(~valid)[0])
        rec = rings[bad][0]
        raise InvalidGeometryError(rec.id, rec.KIND, _why_invalid(polys[bad]))
    areas = shapely.area(polys)
    small = areas < MIN_AREA_M2
    if small.any():
        bad = int(np.flatnonzero(small)[0])
        rec = rings[bad][0]
        _check_area(float(areas[bad]), rec.id, rec.KIND)


def _split_by_geometry(records: list[Record]) -> tuple[list[tuple[Record, Ring]], list[Line], list[Point]]:
    """Return the records' rings (stored open, with their record), lines and points."""
    rings: list[tuple[Record, Ring]] = []
    lines: list[Line] = []
    points: list[Point] = []
    for rec in records:
        geom_kind, value = rec.geometry_spec()
        if geom_kind == "ring":
            ring = normalise_ring(value)
            if ring is not value:
                object.__setattr__(rec, "outline", ring)
            rings.append((rec, ring))
        elif geom_kind == "line":
            lines.append(value)
        elif geom_kind == "point":
            points.append(value)
    return rings, lines, points


def _check_one_by_one(records: list[Record]) -> None:
    """Run each record's own vertex checks (shape, finite, in range, segment lengths) in order."""
    for rec in records:
        geom_kind, value = rec.geometry_spec()
        if geom_kind == "ring":
            _check_ring_shape(value, rec.id, rec.KIND)
        elif geom_kind == "line":
            validate_line(value, rec.id, rec.KIND)
        elif geom_kind == "point":
            validate_point(value, rec.id, rec.KIND)


def _vertices_xy(shapes: list[tuple[Point, ...]]) -> np.ndarray | None:
    """Return all vertices of ``shapes`` as an (n, 2) float array; None when one is not an (x, y) pair."""
    import numpy as np

    vertices = list(chain.from_iterable(shapes))
    if vertices and set(map(len, vertices)) != {2}:
        return None
    try:
        return np.fromiter(chain.from_iterable(vertices), dtype=float, count=2 * len(vertices)).reshape(-1, 2)
    except (TypeError, ValueError):  # a coordinate that is not a number
        return None


def _plausible_in_bulk(
    ring_xy: np.ndarray | None, ring_sizes: list[int], lines: list[Line], points: list[Point]
) -> bool:
    """Say whether every vertex check of :func:`_check_one_by_one` passes, in a few array operations.

    False means "look one by one" (which finds and words the error): any malformed vertex, a
    coordinate that is not finite or too far from the origin, a ring of fewer than 3 corners, a line
    of fewer than 2 points, or a segment within rounding of the shortest allowed length.
    """
    import numpy as np

    from designer.model.ranges import max_abs_local_m

    line_sizes = [len(line) for line in lines]
    if (ring_sizes and min(ring_sizes) < 3) or (line_sizes and min(line_sizes) < 2):
        return False
    line_xy = _vertices_xy(lines)
    point_xy = _vertices_xy([tuple(points)])
    if ring_xy is None or line_xy is None or point_xy is None:
        return False
    lim = max_abs_local_m()
    for xy in (ring_xy, line_xy, point_xy):
        if not (np.abs(xy) <= lim).all():  # NaN compares False
            return False
    if len(line_xy):
        seg_m = np.hypot(*np.diff(line_xy, axis=0).T)
        # The segments that join one line's last point to the next line's first are not segments.
        joins = np.cumsum(line_sizes)[:-1] - 1
        seg_m[joins] = np.inf
        # A margin over the shortest length: a segment within rounding of it is decided by math.dist.
        if (seg_m < MIN_LENGTH_M * (1 + 1e-9)).any():
            return False
    return True
