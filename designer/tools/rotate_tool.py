"""Rotate the selection about its centre: press, drag round, release (shift: 15° steps).

Typing an angle in degrees (anticlockwise positive) + Enter rotates the selection by it at once.
"""

from __future__ import annotations

import math
from enum import Enum

from designer.model.commands import Macro, ReplaceRecord
from designer.model.entities import AreaEntity, CoreHouse, Entity, LineEntity
from designer.model.errors import JamiiError
from designer.model.geometry import Point
from designer.tools.base import QT_TRANSLATE_NOOP, Button, PointerEvent, Tool, ToolContext
from designer.tools.factory import geometry_points, with_geometry
from designer.tools.geom import angle_deg, centroid, rotate

__all__ = ["RotateTool", "rotatable", "rotated", "rotation_macro"]

ROTATE_LABEL = QT_TRANSLATE_NOOP("command", "Rotate")
STEP_DEG = 15.0


def rotated(e: Entity, pivot: Point, angle_deg_: float) -> Entity:
    """Return ``e`` rotated anticlockwise by ``angle_deg_`` degrees about ``pivot`` (metres)."""
    a = math.radians(angle_deg_)
    new = with_geometry(e, tuple(rotate(p, pivot, a) for p in geometry_points(e)))
    if isinstance(new, CoreHouse):
        import dataclasses

        new = dataclasses.replace(new, rotation_deg=(new.rotation_deg + angle_deg_) % 360.0)
    return new


def rotatable(ctx: ToolContext) -> list[Entity]:
    """The selected outlines and lines a tool may rotate in the current scope."""
    out: list[Entity] = []
    for rid in ctx.selection:
        e = ctx.doc.get(rid)
        if isinstance(e, AreaEntity | LineEntity) and ctx.is_editable(e):
            out.append(e)
    return out


def rotation_macro(ctx: ToolContext, angle: float, pivot: Point | None = None) -> Macro | JamiiError | None:
    """The one "Rotate" step turning the selection by ``angle`` degrees anticlockwise about ``pivot``.

    ``pivot`` defaults to the centre of the selection's vertices. Returns None when there is nothing to rotate
    (or the angle is 0), and the model's error when a rotated outline would be invalid.
    """
    targets = rotatable(ctx)
    if not targets or angle == 0:
        return None
    centre = pivot or centroid([p for e in targets for p in geometry_points(e)])
    try:
        commands = tuple(ReplaceRecord(e, rotated(e, centre, angle), ROTATE_LABEL) for e in targets)
    except JamiiError as exc:
        return exc
    return Macro(ROTATE_LABEL, commands)


class RotateTool(Tool):
    """Rotates the editable selected entities about the centre of their vertices."""

    NAME = "rotate"

    class State(Enum):
        IDLE = "idle"
        ROTATING = "rotating"

    def __init__(self, ctx: object) -> None:
        super().__init__(ctx)  # type: ignore[arg-type]
        self.pivot: Point | None = None
        self.start_deg = 0.0
        self.angle_deg = 0.0

    def _targets(self) -> list[Entity]:
        return rotatable(self.ctx)

    def _pivot(self, targets: list[Entity]) -> Point:
        return centroid([p for e in targets for p in geometry_points(e)])

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT:
            return
        targets = self._targets()
        if not targets:
            hits = self.ctx.pick(ev.point, editable_only=True)
            if hits:
                self.ctx.selection.set([hits[0].id])
            return
        self.pivot = self._pivot(targets)
        self.start_deg = angle_deg(self.pivot, ev.point)
        self.angle_deg = 0.0
        self.state = self.State.ROTATING

    def on_move(self, ev: PointerEvent) -> None:
        if self.state is not self.State.ROTATING or self.pivot is None:
            return
        a = angle_deg(self.pivot, ev.point) - self.start_deg
        a = (a + 180.0) % 360.0 - 180.0
        if ev.shift:
            a = round(a / STEP_DEG) * STEP_DEG
        self.angle_deg = a
        self.preview.angle_deg = a
        self.preview.rings = [
            tuple(rotate(p, self.pivot, math.radians(a)) for p in geometry_points(e))
            for e in self._targets()
            if isinstance(e, AreaEntity)
        ]
        self.preview.lines = [
            tuple(rotate(p, self.pivot, math.radians(a)) for p in geometry_points(e))
            for e in self._targets()
            if isinstance(e, LineEntity)
        ]
        self.preview.points = [self.pivot]

    def on_release(self, ev: PointerEvent) -> None:  # noqa: ARG002 (the last move gave the position)
        if self.state is self.State.ROTATING and self.pivot is not None:
            self.rotate_selection(self.angle_deg, self.pivot)
        self.cancel()

    def on_typed(self, text: str) -> None:
        try:
            a = float(text)
        except ValueError:
            return
        self.rotate_selection(a)

    def on_cancel(self) -> None:
        self.pivot = None
        self.angle_deg = 0.0

    def rotate_selection(self, angle: float, pivot: Point | None = None) -> bool:
        """Rotate the editable selection by ``angle`` degrees (one undo step); say whether it was done."""
        macro = rotation_macro(self.ctx, angle, pivot)
        if isinstance(macro, JamiiError):
            self.fail(macro)
            return False
        return macro is not None and self.commit(macro)

    def has_movable_selection(self) -> bool:
        """Say whether something selected can be rotated in the current scope."""
        return bool(self._targets())
