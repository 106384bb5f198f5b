"""Draw a rectangle in three clicks: first corner, end of the first side, then the depth.

The first side may lie at any angle (it snaps to right angles and to existing edges), so
rectangles follow the plot they stand on. Typed dimensions: after the first corner, "6" + Enter
fixes the side at 6 m along the pointer direction, "6x8" + Enter makes a 6 m × 8 m rectangle on the
pointer's side; after the side, "8" + Enter fixes the depth.
"""

from __future__ import annotations

import math
from enum import Enum

from designer.model.commands import AddRecord
from designer.model.entities import Plot
from designer.model.errors import JamiiError
from designer.model.geometry import Point
from designer.tools.base import Button, PointerEvent, Tool, ToolContext
from designer.tools.factory import AREA_KINDS, make_area
from designer.tools.geom import centroid, dist, polar

__all__ = ["RectangleTool"]


class RectangleTool(Tool):
    """Draws one rectangular area entity of ``kind`` (default "building")."""

    NAME = "rectangle"

    class State(Enum):
        IDLE = "idle"
        SIDE = "side"
        DEPTH = "depth"

    def __init__(self, ctx: ToolContext, kind: str = "building") -> None:
        super().__init__(ctx)
        if kind not in AREA_KINDS:
            raise ValueError(f"not an area kind: {kind}")
        self.kind = kind
        self.a: Point | None = None
        self.b: Point | None = None

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT or ev.clicks >= 2:
            return
        if self.state is self.State.IDLE:
            self.a = self.snap(ev.point).point
            self.state = self.State.SIDE
        elif self.state is self.State.SIDE:
            assert self.a is not None
            b = self.snap(ev.point, anchor=self.a).point
            if dist(self.a, b) > 0:
                self.b = b
                self.state = self.State.DEPTH
        elif self.state is self.State.DEPTH:
            self._commit_depth(self._signed_depth(self.snap(ev.point).point))

    def on_move(self, ev: PointerEvent) -> None:
        if self.state is self.State.IDLE:
            self.preview.points = [self.snap(ev.point).point]
        elif self.state is self.State.SIDE:
            assert self.a is not None
            b = self.snap(ev.point, anchor=self.a).point
            self.preview.lines = [(self.a, b)]
            self.preview.length_m = dist(self.a, b)
        elif self.state is self.State.DEPTH:
            ring = self._ring(self._signed_depth(self.snap(ev.point).point))
            self.preview.rings = [ring]
            self.preview.lines = [(*ring, ring[0])]
            self.preview.length_m = dist(ring[1], ring[2])
            self.preview.area_m2 = dist(ring[0], ring[1]) * dist(ring[1], ring[2])

    def on_typed(self, text: str) -> None:
        parts = [self.parse_length(t) for t in text.split("x")]
        if any(p is None for p in parts) or not parts or len(parts) > 2:
            return
        lengths = [p for p in parts if p is not None]
        if self.state is self.State.SIDE and self.a is not None:
            self.b = polar(self.a, self.cursor or self.a, lengths[0])
            self.state = self.State.DEPTH
            if len(lengths) == 2:
                side = 1.0 if self.cursor is None or self._signed_depth(self.cursor) >= 0 else -1.0
                self._commit_depth(side * lengths[1])
        elif self.state is self.State.DEPTH and len(lengths) == 1:
            side = 1.0 if self.cursor is None or self._signed_depth(self.cursor) >= 0 else -1.0
            self._commit_depth(side * lengths[0])

    def on_cancel(self) -> None:
        self.a = self.b = None

    def _normal(self) -> tuple[float, float]:
        assert self.a is not None
        assert self.b is not None
        length = dist(self.a, self.b)
        return (-(self.b[1] - self.a[1]) / length, (self.b[0] - self.a[0]) / length)

    def _signed_depth(self, p: Point) -> float:
        """Return the distance (m) of p from the first side, positive to its left."""
        assert self.a is not None
        n = self._normal()
        return (p[0] - self.a[0]) * n[0] + (p[1] - self.a[1]) * n[1]

    def _ring(self, depth_m: float) -> tuple[Point, Point, Point, Point]:
        assert self.a is not None
        assert self.b is not None
        n = self._normal()
        a, b = self.a, self.b
        return (
            a,
            b,
            (b[0] + n[0] * depth_m, b[1] + n[1] * depth_m),
            (a[0] + n[0] * depth_m, a[1] + n[1] * depth_m),
        )

    def _commit_depth(self, depth_m: float) -> None:
        if math.isclose(depth_m, 0.0, abs_tol=1e-9):
            return
        ring = self._ring(depth_m)
        if depth_m < 0:
            ring = (ring[1], ring[0], ring[3], ring[2])  # keep the outline anticlockwise
        fields: dict[str, str] = {}
        if self.kind in ("building", "core_house"):
            for plot in self.ctx.pick(centroid(ring), kinds=(Plot.KIND,)):
                fields["plot_id"] = plot.id
                break
        try:
            entity = make_area(self.kind, ring, self.ctx.scope, **fields)
        except JamiiError as exc:
            self.fail(exc)
            self.cancel()
            return
        self.commit(AddRecord(entity, AREA_KINDS[self.kind][1]))
        self.cancel()
