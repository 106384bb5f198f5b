"""Edit the vertices of one outline or line: drag to move, double-click an edge to insert,
ctrl-click (or Delete after touching it) to remove a vertex.

The tool works on the first editable selected area or line; a click elsewhere selects what is
under the pointer. Every edit is one ReplaceRecord, validated by the model (a self-crossing
outline is refused and reported).
"""

from __future__ import annotations

from enum import Enum

from designer.model.commands import ReplaceRecord
from designer.model.entities import AreaEntity, Entity, LineEntity
from designer.model.errors import JamiiError
from designer.model.geometry import Point
from designer.tools.base import QT_TRANSLATE_NOOP, Button, Key, PointerEvent, Tool, ToolContext
from designer.tools.factory import geometry_points, with_geometry
from designer.tools.geom import closest_on_segment, dist, segments

__all__ = ["VertexTool"]

MOVE_VERTEX = QT_TRANSLATE_NOOP("command", "Move vertex")
INSERT_VERTEX = QT_TRANSLATE_NOOP("command", "Insert vertex")
DELETE_VERTEX = QT_TRANSLATE_NOOP("command", "Delete vertex")


class VertexTool(Tool):
    """Moves, inserts and deletes vertices of the target entity."""

    NAME = "vertex"

    class State(Enum):
        IDLE = "idle"
        DRAGGING = "dragging"

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__(ctx)
        self.index: int | None = None  # the vertex being dragged or last touched
        self.drag_to: Point | None = None

    def target(self) -> AreaEntity | LineEntity | None:
        """Return the entity being edited: the first editable selected outline or line."""
        for rid in self.ctx.selection:
            e = self.ctx.doc.get(rid)
            if isinstance(e, AreaEntity | LineEntity) and self.ctx.is_editable(e):
                return e
        return None

    def _vertex_at(self, e: Entity, p: Point) -> int | None:
        best: tuple[float, int] | None = None
        for i, v in enumerate(geometry_points(e)):
            d = dist(p, v)
            if d <= self.ctx.tolerance_m and (best is None or d < best[0]):
                best = (d, i)
        return None if best is None else best[1]

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT:
            return
        e = self.target()
        i = self._vertex_at(e, ev.point) if e is not None else None
        if e is not None and i is not None:
            self.index = i
            if ev.ctrl:
                self.delete_vertex(i)
            else:
                self.state = self.State.DRAGGING
            return
        if e is not None and ev.clicks >= 2 and self._insert(e, ev.point):
            return
        hits = self.ctx.pick(ev.point, kinds=(), editable_only=True)
        hits = [h for h in hits if isinstance(h, AreaEntity | LineEntity)]
        if hits:
            self.ctx.selection.set([hits[0].id])
        self._show_handles()

    def on_move(self, ev: PointerEvent) -> None:
        e = self.target()
        if self.state is not self.State.DRAGGING or e is None or self.index is None:
            self._show_handles()
            return
        pts = geometry_points(e)
        closed = isinstance(e, AreaEntity)
        before = pts[self.index - 1] if (self.index > 0 or closed) else None
        self.drag_to = self.snap(ev.point, anchor=before, exclude_ids=(e.id,)).point
        new = list(pts)
        new[self.index] = self.drag_to
        if closed:
            self.preview.rings = [tuple(new)]
        else:
            self.preview.lines = [tuple(new)]
        self.preview.points = list(new)

    def on_release(self, ev: PointerEvent) -> None:  # noqa: ARG002 (the last move gave the position)
        e = self.target()
        if self.state is self.State.DRAGGING and e is not None and self.index is not None and self.drag_to:
            pts = list(geometry_points(e))
            if pts[self.index] != self.drag_to:
                pts[self.index] = self.drag_to
                self._replace(e, tuple(pts), MOVE_VERTEX)
        self.state = self.State.IDLE
        self.drag_to = None
        self.preview = type(self.preview)()
        self._show_handles()

    def on_key(self, key: Key) -> None:
        if key is Key.DELETE and self.index is not None:
            self.delete_vertex(self.index)

    def on_cancel(self) -> None:
        self.drag_to = None

    def picked_corner(self) -> Point | None:
        """The corner last touched (clicked, dragged or typed) on the target, where typed moves go; or None."""
        e = self.target()
        pts = geometry_points(e) if e is not None else ()
        if self.index is None or not 0 <= self.index < len(pts):
            return None
        return pts[self.index]

    def move_corner(self, to: Point) -> bool:
        """Move the picked corner to ``to`` (metres) as one undo step; say whether the model accepted it."""
        e = self.target()
        if e is None or self.picked_corner() is None or self.index is None:
            return False
        pts = list(geometry_points(e))
        if pts[self.index] == to:
            return False
        pts[self.index] = to
        done = self._replace(e, tuple(pts), MOVE_VERTEX)
        self._show_handles()
        return done

    def delete_vertex(self, i: int) -> None:
        """Remove vertex ``i`` of the target (refused below 3 corners or 2 line points)."""
        e = self.target()
        if e is None:
            return
        pts = list(geometry_points(e))
        minimum = 3 if isinstance(e, AreaEntity) else 2
        if len(pts) <= minimum or not 0 <= i < len(pts):
            return
        del pts[i]
        self.index = None
        self._replace(e, tuple(pts), DELETE_VERTEX)

    def _insert(self, e: AreaEntity | LineEntity, p: Point) -> bool:
        pts = geometry_points(e)
        best: tuple[float, int, Point] | None = None
        for i, (a, b) in enumerate(segments(pts, closed=isinstance(e, AreaEntity))):
            q, d, _ = closest_on_segment(p, a, b)
            if d <= self.ctx.tolerance_m and (best is None or d < best[0]):
                best = (d, i, q)
        if best is None:
            return False
        _, i, q = best
        new = (*pts[: i + 1], q, *pts[i + 1 :])
        self.index = i + 1
        self._replace(e, new, INSERT_VERTEX)
        return True

    def _replace(self, e: Entity, pts: tuple[Point, ...], label: str) -> bool:
        try:
            new = with_geometry(e, pts)
        except JamiiError as exc:
            self.fail(exc)
            return False
        return self.commit(ReplaceRecord(e, new, label))

    def _show_handles(self) -> None:
        e = self.target()
        self.preview.points = list(geometry_points(e)) if e is not None else []
        self.preview.highlight_ids = (e.id,) if e is not None else ()
