"""The eraser: click something the current option added to take it away again.

Distinct from demolition: the eraser removes the option's own drawing (a toilet, tap, path or house the
option proposed, or the option's mark on a building); it never touches the surveyed settlement. A click
on an existing house or path says so and points to "Take down house" instead. In the existing conditions
(the base plan being drawn) it erases the survey's own entities.
"""

from __future__ import annotations

from enum import Enum

from designer.model.commands import remove_with_dependents
from designer.model.entities import Building, Demolition, Entity, Relocation
from designer.model.records import EXISTING
from designer.tools.base import QT_TRANSLATE_NOOP, Button, PointerEvent, Tool, ToolContext
from designer.tools.errors import ToolError

__all__ = ["EraserTool"]

ERASE = QT_TRANSLATE_NOOP("command", "Erase")


class EraserTool(Tool):
    """Removes the clicked entity of the current scope (and what depends on it) as one undoable step."""

    NAME = "eraser"

    class State(Enum):
        IDLE = "idle"

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__(ctx)

    def target_at(self, ev: PointerEvent) -> Entity | None:
        """Return what a click at ``ev`` would erase: the topmost entity of this scope, else this option's mark."""
        editable = self.ctx.pick(ev.point, editable_only=True)
        if editable:
            return editable[0]
        if self.ctx.scope == EXISTING:
            return None
        marks: dict[str, Demolition | Relocation] = {
            m.building_id: m for m in self.ctx.doc.of_type(Demolition, self.ctx.scope)
        }
        marks.update((m.building_id, m) for m in self.ctx.doc.of_type(Relocation, self.ctx.scope))
        for e in self.ctx.index.at(ev.point, self.ctx.tolerance_m, (Building.KIND,)):
            if e.id in marks:
                return marks[e.id]
        return None

    def on_move(self, ev: PointerEvent) -> None:
        target = self.target_at(ev)
        ids = (target.id,) if target is not None else ()
        if isinstance(target, Demolition | Relocation):
            ids = (target.building_id,)
        self.preview.highlight_ids = ids

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT or ev.clicks >= 2:
            return
        target = self.target_at(ev)
        if target is None:
            if self.ctx.pick(ev.point):
                self.fail(
                    ToolError(
                        "this is part of the settlement today: the eraser only removes what this option "
                        "added (to take a house down, use Take down house)"
                    )
                )
            return
        self.ctx.selection.clear()
        self.commit(remove_with_dependents(self.ctx.doc, [target.id], ERASE))
        self.preview.highlight_ids = ()
