"""Draw a closed outline by clicking its corners: plots, building footprints, hazard areas.

Click adds a corner (snapped); clicking the first corner, a double click, a right click or Enter
closes the outline; Backspace removes the last corner; a typed length followed by Enter places the
next corner that far along the pointer direction; Esc cancels.
"""

from __future__ import annotations

from designer.model.commands import AddRecord
from designer.model.entities import Plot
from designer.model.errors import JamiiError
from designer.model.geometry import Point, ring_area_m2
from designer.tools.base import Button, PointerEvent, ToolContext
from designer.tools.factory import AREA_KINDS, make_area
from designer.tools.geom import centroid, dist
from designer.tools.vertex_chain import VertexChainTool

__all__ = ["PolygonTool"]


class PolygonTool(VertexChainTool):
    """Draws one area entity of ``kind`` ("plot", "building", "core_house", "hazard")."""

    NAME = "polygon"

    def __init__(self, ctx: ToolContext, kind: str = "plot") -> None:
        super().__init__(ctx)
        if kind not in AREA_KINDS:
            raise ValueError(f"not an area kind: {kind}")
        self.kind = kind

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is Button.RIGHT:
            self.finish()
            return
        if ev.button is not Button.LEFT:
            return
        if ev.clicks >= 2:
            # The first press of the double click already placed this corner.
            self.finish()
            return
        p = self._snapped(ev.point)
        if len(self.points) >= 3 and dist(p, self.points[0]) <= self.ctx.tolerance_m:
            self.finish()
            return
        self._place(p)

    def on_move(self, ev: PointerEvent) -> None:
        if self.state is self.State.DRAWING:
            self._update(self._snapped(ev.point))
        else:
            self.preview.points = [self._snapped(ev.point)]

    def on_finish(self) -> None:
        if len(self.points) < 3:
            return
        ring = tuple(self.points)
        fields: dict[str, str] = {}
        if self.kind in ("building", "core_house"):
            plot_id = self._plot_under(centroid(ring))
            if plot_id:
                fields["plot_id"] = plot_id
        try:
            entity = make_area(self.kind, ring, self.ctx.scope, **fields)
        except JamiiError as exc:
            self.fail(exc)
            self.cancel()
            return
        _, label = AREA_KINDS[self.kind]
        self.commit(AddRecord(entity, label))
        self.cancel()

    def _plot_under(self, p: Point) -> str:
        for e in self.ctx.pick(p, kinds=(Plot.KIND,)):
            return e.id
        return ""

    def _update(self, cursor: Point) -> None:
        pts = [*self.points, cursor] if cursor != self.points[-1] else list(self.points)
        self.preview.lines = [tuple(pts)]
        self.preview.rings = [tuple(pts)] if len(pts) >= 3 else []
        self.preview.points = list(self.points)
        self.preview.length_m = dist(self.points[-1], cursor)
        self.preview.area_m2 = ring_area_m2(tuple(pts)) if len(pts) >= 3 else None
