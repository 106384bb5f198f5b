"""Select and move: click, shift-click, rubber band, drag to move, Delete to remove.

A click selects the topmost thing under the pointer (shift toggles it in the selection); a press
on empty ground starts a rubber band that selects what lies wholly inside it. Dragging a selected
thing moves every editable selected entity, snapping the grabbed point, and pushes one "Move"
macro on release. Existing conditions cannot be moved while an option is being designed.
"""

from __future__ import annotations

from enum import Enum

from designer.model.commands import Macro, ReplaceRecord, remove_with_dependents
from designer.model.entities import AreaEntity, Entity, LineEntity, PointEntity
from designer.model.errors import JamiiError
from designer.model.geometry import Point
from designer.tools.base import QT_TRANSLATE_NOOP, Button, Key, PointerEvent, Tool
from designer.tools.factory import geometry_points, moved
from designer.tools.geom import dist
from designer.tools.rotate_tool import rotation_macro

__all__ = ["SelectTool"]

MOVE_LABEL = QT_TRANSLATE_NOOP("command", "Move")
DELETE_LABEL = QT_TRANSLATE_NOOP("command", "Delete")


class SelectTool(Tool):
    """Selection, moving by drag and deleting."""

    NAME = "select"

    class State(Enum):
        IDLE = "idle"
        PRESSED = "pressed"
        MOVING = "moving"
        BANDING = "banding"

    def __init__(self, ctx: object) -> None:
        super().__init__(ctx)  # type: ignore[arg-type]
        self.start: Point | None = None
        self.delta: tuple[float, float] = (0.0, 0.0)

    def _movable(self) -> list[Entity]:
        out = []
        for rid in self.ctx.selection:
            e = self.ctx.doc.get(rid)
            if isinstance(e, Entity) and self.ctx.is_editable(e) and geometry_points(e):
                out.append(e)
        return out

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT:
            return
        self.start = ev.point
        hits = self.ctx.pick(ev.point)
        if hits:
            top = hits[0].id
            if ev.shift:
                self.ctx.selection.toggle([top])
            elif top not in self.ctx.selection:
                self.ctx.selection.set([top])
            self.state = self.State.PRESSED
        else:
            if not ev.shift:
                self.ctx.selection.clear()
            self.state = self.State.BANDING
            self.preview.band = (*ev.point, *ev.point)

    def on_move(self, ev: PointerEvent) -> None:
        if self.start is None:
            return
        if self.state is self.State.PRESSED and dist(self.start, ev.point) > self.ctx.tolerance_m:
            self.state = self.State.MOVING if self._movable() else self.State.IDLE
        if self.state is self.State.MOVING:
            ids = tuple(self.ctx.selection)
            s = self.snap(ev.point, exclude_ids=ids)
            self.delta = (s.point[0] - self.start[0], s.point[1] - self.start[1])
            self._preview_moved()
        elif self.state is self.State.BANDING:
            self.preview.band = (*self.start, *ev.point)

    def on_release(self, ev: PointerEvent) -> None:
        if self.state is self.State.MOVING:
            self._commit_move()
        elif self.state is self.State.BANDING and self.start is not None:
            x0, x1 = sorted((self.start[0], ev.x_m))
            y0, y1 = sorted((self.start[1], ev.y_m))
            if x1 - x0 > 0 or y1 - y0 > 0:
                inside = [e.id for e in self.ctx.index.within(x0, y0, x1, y1) if self.ctx.is_shown(e)]
                if ev.shift:
                    self.ctx.selection.add(inside)
                else:
                    self.ctx.selection.set(inside)
        self._reset()

    def on_key(self, key: Key) -> None:
        if key is Key.DELETE:
            self.delete_selection()

    def on_cancel(self) -> None:
        self.start = None
        self.delta = (0.0, 0.0)

    def _reset(self) -> None:
        self.state = self.State.IDLE
        self.start = None
        self.delta = (0.0, 0.0)
        self.preview = type(self.preview)()

    def _preview_moved(self) -> None:
        dx, dy = self.delta
        self.preview.rings, self.preview.lines, self.preview.points = [], [], []
        for e in self._movable():
            pts = tuple((x + dx, y + dy) for x, y in geometry_points(e))
            if isinstance(e, AreaEntity):
                self.preview.rings.append(pts)
            elif isinstance(e, LineEntity):
                self.preview.lines.append(pts)
            elif isinstance(e, PointEntity):
                self.preview.points.append(pts[0])
        self.preview.length_m = (dx * dx + dy * dy) ** 0.5

    def _commit_move(self) -> None:
        self.move_selection(*self.delta)

    def has_movable_selection(self) -> bool:
        """Say whether something selected can be moved or rotated in the current scope."""
        return bool(self._movable())

    def move_selection(self, dx_m: float, dy_m: float) -> bool:
        """Move the editable selection by (dx_m, dy_m) metres as one undo step; say whether it was done.

        A move the model refuses (an outline made invalid) changes nothing and is reported through ``failed``.
        """
        if dx_m == 0 and dy_m == 0:
            return False
        try:
            commands = tuple(ReplaceRecord(e, moved(e, dx_m, dy_m), MOVE_LABEL) for e in self._movable())
        except JamiiError as exc:
            self.fail(exc)
            return False
        return bool(commands) and self.commit(Macro(MOVE_LABEL, commands))

    def rotate_selection(self, angle_deg: float) -> bool:
        """Rotate the editable selection anticlockwise by ``angle_deg`` about its centre (one undo step)."""
        macro = rotation_macro(self.ctx, angle_deg)
        if isinstance(macro, JamiiError):
            self.fail(macro)
            return False
        return macro is not None and self.commit(macro)

    def delete_selection(self) -> None:
        """Remove the editable selected entities (and what refers to them) as one undo step."""
        ids = [
            rid
            for rid in self.ctx.selection
            if isinstance(e := self.ctx.doc.get(rid), Entity) and self.ctx.is_editable(e)
        ]
        if not ids:
            return
        macro = remove_with_dependents(self.ctx.doc, ids, DELETE_LABEL)
        if self.commit(macro):
            self.ctx.selection.clear()
