"""Small plane-geometry helpers for tools, in local metres (pure Python: tools run per mouse move)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from designer.model.geometry import Point

__all__ = [
    "angle_deg",
    "bbox",
    "centroid",
    "closest_on_segment",
    "dist",
    "point_in_ring",
    "polar",
    "rotate",
    "segments",
    "translate",
]


def dist(a: Point, b: Point) -> float:
    """Return the distance between two points in metres."""
    return math.hypot(b[0] - a[0], b[1] - a[1])


def closest_on_segment(p: Point, a: Point, b: Point) -> tuple[Point, float, float]:
    """Return (closest point on segment ab to p, its distance from p in m, its parameter t in [0, 1])."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    q = (a[0] + t * dx, a[1] + t * dy)
    return q, dist(p, q), t


def segments(points: Sequence[Point], closed: bool) -> list[tuple[Point, Point]]:
    """Return the segments of a polyline (or of a ring when ``closed``)."""
    segs = list(itertools.pairwise(points))
    if closed and len(points) > 2:
        segs.append((points[-1], points[0]))
    return segs


def point_in_ring(p: Point, ring: Sequence[Point]) -> bool:
    """Say whether p lies inside an open ring (even-odd rule)."""
    x, y = p
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def bbox(points: Sequence[Point]) -> tuple[float, float, float, float]:
    """Return (min_x, min_y, max_x, max_y) of some points, metres."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def centroid(points: Sequence[Point]) -> Point:
    """Return the mean of some points (the pivot used for rotation)."""
    n = len(points)
    return (sum(p[0] for p in points) / n, sum(p[1] for p in points) / n)


def rotate(p: Point, pivot: Point, angle_rad: float) -> Point:
    """Return p rotated anticlockwise by ``angle_rad`` about ``pivot``."""
    c, s = math.cos(angle_rad), math.sin(angle_rad)
    dx, dy = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + c * dx - s * dy, pivot[1] + s * dx + c * dy)


def translate(p: Point, dx_m: float, dy_m: float) -> Point:
    """Return p moved by (dx_m, dy_m)."""
    return (p[0] + dx_m, p[1] + dy_m)


def angle_deg(a: Point, b: Point) -> float:
    """Return the bearing of b seen from a, anticlockwise from east, degrees in (-180, 180]."""
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def polar(origin: Point, towards: Point, length_m: float) -> Point:
    """Return the point ``length_m`` from origin in the direction of ``towards`` (east if they coincide)."""
    d = dist(origin, towards)
    if d == 0:
        return (origin[0] + length_m, origin[1])
    return (
        origin[0] + (towards[0] - origin[0]) * length_m / d,
        origin[1] + (towards[1] - origin[1]) * length_m / d,
    )
