"""Measure lengths and areas: click points; the preview shows the length and, from three points,
the enclosed area. Double click or Enter ends the measurement; Esc clears it. Changes nothing."""

from __future__ import annotations

from enum import Enum

from designer.model.geometry import Point, line_length_m, ring_area_m2
from designer.tools.base import Button, PointerEvent, Tool, ToolContext
from designer.tools.geom import dist

__all__ = ["MeasureTool"]


class MeasureTool(Tool):
    """A length and area meter (metres, square metres)."""

    NAME = "measure"

    class State(Enum):
        IDLE = "idle"
        MEASURING = "measuring"
        DONE = "done"

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__(ctx)
        self.points: list[Point] = []

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT:
            return
        if ev.clicks >= 2:
            self.finish()
            return
        if self.state is self.State.DONE:
            self.points = []
        anchor = self.points[-1] if self.points else None
        p = self.snap(ev.point, anchor=anchor).point
        if not self.points or dist(p, self.points[-1]) > 0:
            self.points.append(p)
        self.state = self.State.MEASURING
        self._update(self.points)

    def on_move(self, ev: PointerEvent) -> None:
        if self.state is self.State.MEASURING:
            p = self.snap(ev.point, anchor=self.points[-1]).point
            self._update([*self.points, p])

    def on_finish(self) -> None:
        if self.points:
            self.state = self.State.DONE
            self._update(self.points)

    def on_cancel(self) -> None:
        self.points = []

    @property
    def length_m(self) -> float:
        return line_length_m(tuple(self.points)) if len(self.points) > 1 else 0.0

    @property
    def area_m2(self) -> float | None:
        return ring_area_m2(tuple(self.points)) if len(self.points) >= 3 else None

    def _update(self, pts: list[Point]) -> None:
        self.preview.lines = [tuple(pts)] if len(pts) > 1 else []
        self.preview.points = list(pts)
        self.preview.length_m = line_length_m(tuple(pts)) if len(pts) > 1 else 0.0
        self.preview.area_m2 = ring_area_m2(tuple(pts)) if len(pts) >= 3 else None
