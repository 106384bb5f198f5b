"""Snapping to vertices, edges, the grid and right angles, in local metres.

Priority: a vertex of a shown entity, then a point on an edge, then a right angle to the previous
segment, then the grid. The result says which kind of snap happened so the canvas can draw the
matching indicator (square = vertex, triangle = edge, corner mark = right angle, cross = grid).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from designer.model.entities import AreaEntity, LineEntity, PointEntity
from designer.tools.geom import closest_on_segment, dist, segments

if TYPE_CHECKING:
    from designer.model.entities import Entity
    from designer.model.geometry import Point
    from designer.tools.spatial import SpatialIndex

__all__ = ["Snap", "SnapKind", "SnapSource", "Snapper"]

RIGHT_ANGLE_TOLERANCE_DEG = 6.0


class SnapKind(StrEnum):
    NONE = "none"
    VERTEX = "vertex"
    EDGE = "edge"
    RIGHT_ANGLE = "right_angle"
    GRID = "grid"


@dataclass(frozen=True, slots=True)
class Snap:
    """A snapped position (metres) and what it snapped to.

    Attributes:
        target_id: the entity whose vertex or edge was used ("" for grid and right angle).
        index: the vertex index (VERTEX) or the segment index (EDGE) on that entity; -1 otherwise.
    """

    point: Point
    kind: SnapKind = SnapKind.NONE
    target_id: str = ""
    index: int = -1


class SnapSource(Protocol):
    """What the snapper reads of a tool context (``designer.tools.base.ToolContext``).

    A protocol rather than the context class itself: the context owns a snapper, so naming it here
    would make the two modules import each other.
    """

    tolerance_m: float
    index: SpatialIndex

    def is_shown(self, entity: Entity) -> bool: ...


class Snapper:
    """Snaps points against what is shown in a tool context; each kind can be switched off."""

    def __init__(self, ctx: SnapSource) -> None:
        self.ctx = ctx
        self.vertices = True
        self.edges = True
        self.right_angles = True
        self.grid_m = 0.0  # 0 = grid snapping off

    def snap(
        self,
        p: Point,
        anchor: Point | None = None,
        before: Point | None = None,
        kinds: tuple[str, ...] = (),
        exclude_ids: tuple[str, ...] = (),
    ) -> Snap:
        """Return the best snap for p.

        Args:
            p: the raw pointer position.
            anchor: the last fixed point of the shape being drawn (for right angles).
            before: the point before ``anchor`` (right angles are taken to segment before→anchor;
                without it, to the x and y axes).
            kinds: only snap to entities of these kinds (e.g. the same pipe network); all if empty.
            exclude_ids: entities never to snap to (the one being edited).
        """
        tol = self.ctx.tolerance_m
        if self.vertices or self.edges:
            best_v: tuple[float, Snap] | None = None
            best_e: tuple[float, Snap] | None = None
            for e in self.ctx.index.near(p[0] - tol, p[1] - tol, p[0] + tol, p[1] + tol):
                if e.id in exclude_ids or (kinds and e.KIND not in kinds) or not self.ctx.is_shown(e):
                    continue
                if isinstance(e, PointEntity):
                    pts: tuple[Point, ...] = (e.position,)
                    closed = False
                elif isinstance(e, AreaEntity):
                    pts, closed = e.outline, True
                elif isinstance(e, LineEntity):
                    pts, closed = e.route, False
                else:
                    continue
                if self.vertices:
                    for i, v in enumerate(pts):
                        d = dist(p, v)
                        if d <= tol and (best_v is None or d < best_v[0]):
                            best_v = (d, Snap(v, SnapKind.VERTEX, e.id, i))
                if self.edges and len(pts) > 1:
                    for i, (a, b) in enumerate(segments(pts, closed)):
                        q, d, _ = closest_on_segment(p, a, b)
                        if d <= tol and (best_e is None or d < best_e[0]):
                            best_e = (d, Snap(q, SnapKind.EDGE, e.id, i))
            if best_v is not None:
                return best_v[1]
            if best_e is not None:
                return best_e[1]
        if self.right_angles and anchor is not None and dist(anchor, p) > 0:
            ra = self._right_angle(p, anchor, before)
            if ra is not None:
                return ra
        if self.grid_m > 0:
            g = self.grid_m
            return Snap((round(p[0] / g) * g, round(p[1] / g) * g), SnapKind.GRID)
        return Snap(p)

    def _right_angle(self, p: Point, anchor: Point, before: Point | None) -> Snap | None:
        base = math.atan2(anchor[1] - before[1], anchor[0] - before[0]) if before is not None else 0.0
        length = dist(anchor, p)
        here = math.atan2(p[1] - anchor[1], p[0] - anchor[0])
        for k in range(4):  # along, left, back, right of the previous segment
            target = base + k * math.pi / 2
            diff = (here - target + math.pi) % (2 * math.pi) - math.pi
            if abs(math.degrees(diff)) <= RIGHT_ANGLE_TOLERANCE_DEG:
                # Rounded to a nanometre so axis-aligned corners come out exact (no 1e-15 residue).
                q = (
                    round(anchor[0] + length * math.cos(target), 9),
                    round(anchor[1] + length * math.sin(target), 9),
                )
                return Snap(q, SnapKind.RIGHT_ANGLE)
        return None
