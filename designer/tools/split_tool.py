"""Split a plot in two along a line drawn across it (two clicks).

In the existing conditions the plot keeps its id for the first part (buildings and households
stay linked to it) and a new plot is added for the second. In an option, splitting an existing
plot is re-plotting: two new plots in the option that ``replace`` it, leaving the survey intact.
"""

from __future__ import annotations

import dataclasses
from enum import Enum

from designer.model.commands import AddRecord, Command, Macro, ReplaceRecord
from designer.model.entities import Plot
from designer.model.errors import JamiiError
from designer.model.geometry import Point
from designer.model.records import EXISTING, new_id
from designer.tools.base import QT_TRANSLATE_NOOP, Button, PointerEvent, Tool, ToolContext
from designer.tools.errors import ToolError
from designer.tools.geom import dist

__all__ = ["SplitTool", "split_ring"]

SPLIT_LABEL = QT_TRANSLATE_NOOP("command", "Split plot")
EXTEND_M = 0.05  # the cut is extended a little so a line snapped onto the boundary still crosses it


def split_ring(ring: tuple[Point, ...], a: Point, b: Point) -> list[tuple[Point, ...]]:
    """Return the parts of an outline cut by the line a→b (extended slightly); one part if it misses."""
    import shapely
    from shapely.ops import split

    d = dist(a, b)
    ux, uy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
    cut = shapely.LineString(
        [(a[0] - ux * EXTEND_M, a[1] - uy * EXTEND_M), (b[0] + ux * EXTEND_M, b[1] + uy * EXTEND_M)]
    )
    parts = split(shapely.Polygon(ring), cut)
    out = []
    for g in parts.geoms:
        coords = tuple((float(x), float(y)) for x, y in shapely.get_coordinates(g.exterior))
        out.append(coords[:-1])
    return out


class SplitTool(Tool):
    """Cuts the plot crossed by the drawn line into two plots."""

    NAME = "split"

    class State(Enum):
        IDLE = "idle"
        CUTTING = "cutting"

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__(ctx)
        self.a: Point | None = None

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT or ev.clicks >= 2:
            return
        if self.state is self.State.IDLE:
            self.a = self.snap(ev.point, kinds=(Plot.KIND,)).point
            self.state = self.State.CUTTING
            return
        assert self.a is not None
        b = self.snap(ev.point, anchor=self.a, kinds=(Plot.KIND,)).point
        if dist(self.a, b) > 0:
            self.split(self.a, b)
        self.cancel()

    def on_move(self, ev: PointerEvent) -> None:
        if self.state is self.State.CUTTING and self.a is not None:
            b = self.snap(ev.point, anchor=self.a, kinds=(Plot.KIND,)).point
            self.preview.lines = [(self.a, b)]
            self.preview.length_m = dist(self.a, b)
            target = self._plot_crossed(self.a, b)
            self.preview.highlight_ids = (target[0].id,) if target else ()
        else:
            self.preview.points = [self.snap(ev.point, kinds=(Plot.KIND,)).point]

    def on_cancel(self) -> None:
        self.a = None

    def _plot_crossed(self, a: Point, b: Point) -> tuple[Plot, list[tuple[Point, ...]]] | None:
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        for e in self.ctx.pick(mid, kinds=(Plot.KIND,)):
            if isinstance(e, Plot) and (e.scope in (self.ctx.scope, EXISTING)):
                if e.KIND in self.ctx.locked_kinds:
                    continue
                parts = split_ring(e.outline, a, b)
                if len(parts) == 2:
                    return e, parts
        return None

    def split(self, a: Point, b: Point) -> bool:
        """Split the plot under the middle of a→b; say whether a plot was split."""
        found = self._plot_crossed(a, b)
        if found is None:
            self.fail(ToolError("the line must cross one plot from side to side"))
            return False
        plot, (first, second) = found
        number = plot.number or ""
        try:
            commands: list[Command]
            if plot.scope == self.ctx.scope:
                head = dataclasses.replace(plot, outline=first)
                tail = dataclasses.replace(
                    plot, id=new_id(Plot.ID_PREFIX), outline=second, number=f"{number}b" if number else ""
                )
                commands = [ReplaceRecord(plot, head, SPLIT_LABEL), AddRecord(tail, SPLIT_LABEL)]
            else:
                commands = [
                    AddRecord(
                        Plot(
                            id=new_id(Plot.ID_PREFIX),
                            outline=ring,
                            scope=self.ctx.scope,
                            number=f"{number}{suffix}" if number else "",
                            land_use=plot.land_use,
                            replaces=(plot.id,),
                        ),
                        SPLIT_LABEL,
                    )
                    for ring, suffix in ((first, "a"), (second, "b"))
                ]
        except JamiiError as exc:
            self.fail(exc)
            return False
        return self.commit(Macro(SPLIT_LABEL, tuple(commands)))
