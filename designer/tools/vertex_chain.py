"""The shared half of the tools that click a chain of vertices: outlines (polygon) and runs (polyline).

Click adds a snapped vertex, Backspace removes the last one, a typed length + Enter places the next
vertex that far along the pointer direction, Esc forgets them all. Subclasses say how a vertex
snaps, how the preview looks and what finishing makes.
"""

from __future__ import annotations

from enum import Enum

from designer.model.geometry import Point
from designer.tools.base import Key, Tool, ToolContext
from designer.tools.geom import dist, polar

__all__ = ["VertexChainTool"]


class VertexChainTool(Tool):
    """Base of PolygonTool and PolylineTool: ``points`` placed so far, in metres."""

    class State(Enum):
        IDLE = "idle"
        DRAWING = "drawing"

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__(ctx)
        self.points: list[Point] = []

    def _snapped(self, p: Point) -> Point:
        anchor = self.points[-1] if self.points else None
        before = self.points[-2] if len(self.points) > 1 else None
        return self._snap_from(p, anchor, before)

    def _snap_from(self, p: Point, anchor: Point | None, before: Point | None) -> Point:
        """Return ``p`` snapped, given the last two vertices (right angles are measured from them)."""
        return self.snap(p, anchor=anchor, before=before).point

    def _update(self, cursor: Point) -> None:
        """Redraw the preview for the pointer at ``cursor``."""
        raise NotImplementedError

    def _place(self, p: Point) -> None:
        """Add a vertex (a repeated click on the last vertex adds nothing)."""
        if self.points and dist(p, self.points[-1]) == 0:
            return
        self.points.append(p)
        self.state = self.State.DRAWING
        self._update(p)

    def on_key(self, key: Key) -> None:
        if key is Key.BACKSPACE and self.points:
            self.points.pop()
            if not self.points:
                self.cancel()
                return
            self._update(self.cursor or self.points[-1])

    def on_typed(self, text: str) -> None:
        length = self.parse_length(text)
        if length is None or not self.points:
            return
        p = polar(self.points[-1], self.cursor or self.points[-1], length)
        self.points.append(p)
        self._update(p)

    def on_cancel(self) -> None:
        self.points = []
