"""Draw a polyline: a path or road with a width, or a water main, sewer or drain run.

Click adds a vertex (snapped); a double click, a right click or Enter finishes; Backspace removes
the last vertex; a typed length + Enter places the next vertex along the pointer direction.

Pipes and drains form networks. A new run snaps to the nodes of its own network first, and
finishes as one record per stretch between nodes: it is split where it passes through a node of
an existing run, and an editable existing run is split where the new one starts, ends or bends on
it, so every junction is a node shared by the runs that meet there.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

from designer.model.commands import AddRecord, Command, Macro, ReplaceRecord
from designer.model.entities import LineEntity
from designer.model.errors import JamiiError
from designer.model.geometry import Point, line_length_m
from designer.model.records import new_id
from designer.tools.base import Button, PointerEvent, ToolContext
from designer.tools.factory import LINE_KINDS, NETWORK_KINDS, make_line
from designer.tools.geom import closest_on_segment, dist
from designer.tools.snapping import SnapKind
from designer.tools.vertex_chain import VertexChainTool

__all__ = ["PolylineTool", "split_line_at"]

ON_LINE_M = 1e-3  # a snapped point this close to a run lies on it


def split_line_at(line: LineEntity, p: Point) -> tuple[LineEntity, LineEntity] | None:
    """Split a run at p (an interior vertex or a point inside a segment); None if p is not inside it.

    The first part keeps the id (so references to it survive); the second part gets a new id.
    """
    route = line.route
    for i in range(1, len(route) - 1):
        if dist(route[i], p) <= ON_LINE_M:
            first, second = route[: i + 1], route[i:]
            break
    else:
        for i, (a, b) in enumerate(itertools.pairwise(route)):
            q, d, t = closest_on_segment(p, a, b)
            if d <= ON_LINE_M and dist(q, a) > ON_LINE_M and dist(q, b) > ON_LINE_M and 0 < t < 1:
                first, second = (*route[: i + 1], p), (p, *route[i + 1 :])
                break
        else:
            return None
    head = dataclasses.replace(line, route=first)
    tail = dataclasses.replace(line, id=new_id(line.ID_PREFIX), route=second)
    return head, tail


class PolylineTool(VertexChainTool):
    """Draws line entities of ``kind`` ("path", "water_main", "sewer", "drain").

    Attributes:
        fields: attributes given to new records, e.g. ``{"width_m": 4.0}`` for a road.
    """

    NAME = "polyline"

    def __init__(self, ctx: ToolContext, kind: str = "path", **fields: Any) -> None:
        super().__init__(ctx)
        if kind not in LINE_KINDS:
            raise ValueError(f"not a line kind: {kind}")
        self.kind = kind
        self.fields: dict[str, Any] = dict(fields)

    @property
    def is_network(self) -> bool:
        return self.kind in NETWORK_KINDS

    def _snap_from(self, p: Point, anchor: Point | None, before: Point | None) -> Point:
        if self.is_network:
            s = self.snap(p, anchor=anchor, before=before, kinds=(self.kind,))
            if s.kind in (SnapKind.VERTEX, SnapKind.EDGE):
                return s.point
        return self.snap(p, anchor=anchor, before=before).point

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is Button.RIGHT:
            self.finish()
            return
        if ev.button is not Button.LEFT:
            return
        if ev.clicks >= 2:
            self.finish()
            return
        self._place(self._snapped(ev.point))

    def on_move(self, ev: PointerEvent) -> None:
        p = self._snapped(ev.point)
        if self.state is self.State.DRAWING:
            self._update(p)
        else:
            self.preview.points = [p]

    def on_finish(self) -> None:
        if len(self.points) < 2:
            return
        route = tuple(self.points)
        label = LINE_KINDS[self.kind][1]
        try:
            commands = (
                self._network_commands(route)
                if self.is_network
                else [AddRecord(make_line(self.kind, route, self.ctx.scope, **self.fields), label)]
            )
        except JamiiError as exc:
            self.fail(exc)
            self.cancel()
            return
        self.commit(commands[0] if len(commands) == 1 else Macro(label, tuple(commands)))
        self.cancel()

    def _network_commands(self, route: tuple[Point, ...]) -> list[Command]:
        label = LINE_KINDS[self.kind][1]
        tol = self.ctx.tolerance_m
        x0 = min(p[0] for p in route) - tol
        y0 = min(p[1] for p in route) - tol
        x1 = max(p[0] for p in route) + tol
        y1 = max(p[1] for p in route) + tol
        runs = [
            e
            for e in self.ctx.index.near(x0, y0, x1, y1)
            if isinstance(e, LineEntity) and self.kind == e.KIND and self.ctx.is_shown(e)
        ]
        nodes = {p for e in runs for p in (e.route[0], e.route[-1])}
        commands: list[Command] = []
        # 1. Split editable runs where the new run touches them away from their ends.
        working = {e.id: e for e in runs if self.ctx.is_editable(e)}
        for p in route:
            for rid in list(working):
                parts = split_line_at(working[rid], p)
                if parts is None:
                    continue
                head, tail = parts
                commands.append(ReplaceRecord(working[rid], head, label))
                commands.append(AddRecord(tail, label))
                working[rid] = head
                working[tail.id] = tail
                nodes.add(p)
                break
        # 2. Cut the new run at every interior vertex that is a node of the network.
        cut = [0] + [
            i for i in range(1, len(route) - 1) if any(dist(route[i], n) <= ON_LINE_M for n in nodes)
        ]
        cut.append(len(route) - 1)
        for i, j in itertools.pairwise(cut):
            commands.append(
                AddRecord(make_line(self.kind, route[i : j + 1], self.ctx.scope, **self.fields), label)
            )
        return commands

    def _update(self, cursor: Point) -> None:
        pts = [*self.points, cursor] if cursor != self.points[-1] else list(self.points)
        self.preview.lines = [tuple(pts)]
        self.preview.points = list(self.points)
        self.preview.length_m = line_length_m(tuple(pts)) if len(pts) > 1 else 0.0
