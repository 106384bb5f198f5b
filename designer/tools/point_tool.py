"""Place point facilities: standpipe, water kiosk, toilet, manhole, street light (one click each)."""

from __future__ import annotations

from enum import Enum

from designer.model.commands import AddRecord
from designer.model.errors import JamiiError
from designer.tools.base import Button, PointerEvent, Tool, ToolContext
from designer.tools.factory import FACILITIES, make_facility

__all__ = ["PointTool"]


class PointTool(Tool):
    """Adds one facility of ``facility`` (a key of ``FACILITIES``) per click, at the snapped point."""

    NAME = "point"

    class State(Enum):
        IDLE = "idle"

    def __init__(self, ctx: ToolContext, facility: str = "standpipe") -> None:
        super().__init__(ctx)
        if facility not in FACILITIES:
            raise ValueError(f"not a facility: {facility}")
        self.facility = facility

    def on_move(self, ev: PointerEvent) -> None:
        self.preview.points = [self.snap(ev.point).point]

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT or ev.clicks >= 2:
            return
        p = self.snap(ev.point).point
        try:
            entity = make_facility(self.facility, p, self.ctx.scope)
        except JamiiError as exc:
            self.fail(exc)
            return
        self.commit(AddRecord(entity, FACILITIES[self.facility][2]))
