"""A uniform-grid spatial index over a document's entities, kept current from its signals.

Tools need "what is near this point" on every mouse move, also on the 10,000-plot settlement; a
grid hash answers that from a few cells instead of scanning every record.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from designer.model.entities import AreaEntity, Entity, LineEntity, PointEntity
from designer.tools.geom import closest_on_segment, dist, point_in_ring, segments

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.geometry import Point
    from designer.model.records import Record

__all__ = ["SpatialIndex", "distance_to"]

CELL_M = 25.0


def _bounds(e: Entity) -> tuple[float, float, float, float] | None:
    if isinstance(e, PointEntity):
        x, y = e.position
        return (x, y, x, y)
    pts: tuple[Point, ...]
    if isinstance(e, AreaEntity):
        pts = e.outline
    elif isinstance(e, LineEntity):
        pts = e.route
    else:
        return None
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    pad = getattr(e, "width_m", 0.0) / 2 if isinstance(e, LineEntity) else 0.0
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def distance_to(e: Entity, p: Point) -> float:
    """Return the distance in metres from p to an entity (0 inside an area)."""
    if isinstance(e, PointEntity):
        return dist(p, e.position)
    if isinstance(e, AreaEntity):
        if point_in_ring(p, e.outline):
            return 0.0
        return min(closest_on_segment(p, a, b)[1] for a, b in segments(e.outline, closed=True))
    if isinstance(e, LineEntity):
        d = min(closest_on_segment(p, a, b)[1] for a, b in segments(e.route, closed=False))
        return max(0.0, d - getattr(e, "width_m", 0.0) / 2)
    return math.inf


class SpatialIndex:
    """Entities by grid cell (``CELL_M`` metres), updated on record_added/removed/replaced."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._cells: dict[tuple[int, int], set[str]] = {}
        self._cells_of: dict[str, list[tuple[int, int]]] = {}
        self._built = False
        doc.record_added.connect(self._on_added)
        doc.record_removed.connect(self._on_removed)
        doc.record_replaced.connect(self._on_replaced)

    def _ensure(self) -> None:
        # Built on first use: opening a big project should not pay for an index nobody queried yet.
        if not self._built:
            self._built = True
            for e in self.doc.entities():
                self._insert(e)

    def _insert(self, e: Entity) -> None:
        b = _bounds(e)
        if b is None:
            return
        keys = [
            (i, j)
            for i in range(math.floor(b[0] / CELL_M), math.floor(b[2] / CELL_M) + 1)
            for j in range(math.floor(b[1] / CELL_M), math.floor(b[3] / CELL_M) + 1)
        ]
        for k in keys:
            self._cells.setdefault(k, set()).add(e.id)
        self._cells_of[e.id] = keys

    def _drop(self, record_id: str) -> None:
        for k in self._cells_of.pop(record_id, ()):
            cell = self._cells.get(k)
            if cell is not None:
                cell.discard(record_id)

    def _on_added(self, rec: Record) -> None:
        if self._built and isinstance(rec, Entity):
            self._insert(rec)

    def _on_removed(self, rec: Record) -> None:
        if self._built:
            self._drop(rec.id)

    def _on_replaced(self, old: Record, new: Record) -> None:
        if self._built and isinstance(new, Entity):
            self._drop(old.id)
            self._insert(new)

    def near(self, x0: float, y0: float, x1: float, y1: float) -> Iterator[Entity]:
        """Yield each entity whose cells overlap the box (a superset of those touching it)."""
        self._ensure()
        seen: set[str] = set()
        for i in range(math.floor(x0 / CELL_M), math.floor(x1 / CELL_M) + 1):
            for j in range(math.floor(y0 / CELL_M), math.floor(y1 / CELL_M) + 1):
                for rid in self._cells.get((i, j), ()):
                    if rid not in seen:
                        seen.add(rid)
                        rec = self.doc.get(rid)
                        if isinstance(rec, Entity):
                            yield rec

    def at(self, p: Point, tolerance_m: float, kinds: tuple[str, ...] = ()) -> list[Entity]:
        """Return the entities within ``tolerance_m`` of p (optionally of some kinds), nearest first."""
        hits: list[tuple[float, Entity]] = []
        for e in self.near(p[0] - tolerance_m, p[1] - tolerance_m, p[0] + tolerance_m, p[1] + tolerance_m):
            if kinds and e.KIND not in kinds:
                continue
            d = distance_to(e, p)
            if d <= tolerance_m:
                hits.append((d, e))
        hits.sort(key=lambda h: h[0])
        return [e for _, e in hits]

    def within(self, x0: float, y0: float, x1: float, y1: float) -> list[Entity]:
        """Return the entities whose bounds lie wholly inside the box (rubber-band selection)."""
        out = []
        for e in self.near(x0, y0, x1, y1):
            b = _bounds(e)
            if b is not None and b[0] >= x0 and b[1] >= y0 and b[2] <= x1 and b[3] <= y1:
                out.append(e)
        return out
