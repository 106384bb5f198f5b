"""Mark an existing building for demolition or relocation in the current option (click it).

For a relocation, a second click chooses the plot the household moves to; Enter marks it without a
destination (to be decided later); Esc drops it.

Clicking a building that is already marked in this option removes the mark again. Marks live in
the option, so the survey is never changed; the canvas draws the building crossed out (demolition)
or with an arrow (relocation).
"""

from __future__ import annotations

from enum import Enum

from designer.model.commands import AddRecord, RemoveRecord
from designer.model.entities import Building, Demolition, Plot, Relocation
from designer.model.records import EXISTING, new_id
from designer.tools.base import QT_TRANSLATE_NOOP, Button, PointerEvent, Tool, ToolContext
from designer.tools.errors import ToolError

__all__ = ["MarkTool"]

LABELS = {
    "demolish": QT_TRANSLATE_NOOP("command", "Mark for demolition"),
    "relocate": QT_TRANSLATE_NOOP("command", "Mark for relocation"),
}
UNMARK = QT_TRANSLATE_NOOP("command", "Remove mark")
CONFIRM_DEMOLITION = QT_TRANSLATE_NOOP(
    "command", "Take down this house in this option? The household living in it will need another home."
)


class MarkTool(Tool):
    """Adds (or removes) a Demolition or Relocation of the clicked existing building."""

    NAME = "mark"

    class State(Enum):
        IDLE = "idle"
        DESTINATION = "destination"  # relocation: the building is chosen, now the plot it moves to

    def __init__(self, ctx: ToolContext, mode: str = "demolish") -> None:
        super().__init__(ctx)
        if mode not in LABELS:
            raise ValueError(f"not a mark mode: {mode}")
        self.mode = mode
        self.building: Building | None = None

    def _existing_mark(self, building_id: str) -> Demolition | Relocation | None:
        for d in self.ctx.doc.of_type(Demolition, self.ctx.scope):
            if d.building_id == building_id:
                return d
        for r in self.ctx.doc.of_type(Relocation, self.ctx.scope):
            if r.building_id == building_id:
                return r
        return None

    def on_move(self, ev: PointerEvent) -> None:
        if self.state is self.State.DESTINATION and self.building is not None:
            plot = self._plot_at(ev)
            self.preview.highlight_ids = (self.building.id, *((plot.id,) if plot else ()))
            return
        hits = self._building_at(ev)
        self.preview.highlight_ids = (hits.id,) if hits else ()

    def _plot_at(self, ev: PointerEvent) -> Plot | None:
        for e in self.ctx.pick(ev.point, kinds=(Plot.KIND,)):
            if isinstance(e, Plot):
                return e
        return None

    def _building_at(self, ev: PointerEvent) -> Building | None:
        for e in self.ctx.index.at(ev.point, self.ctx.tolerance_m, (Building.KIND,)):
            if isinstance(e, Building) and e.scope == EXISTING and e.KIND not in self.ctx.hidden_kinds:
                return e
        return None

    def on_press(self, ev: PointerEvent) -> None:
        if ev.button is not Button.LEFT or ev.clicks >= 2:
            return
        if self.ctx.scope == EXISTING:
            self.fail(ToolError("choose or create an option first: demolitions belong to an option"))
            return
        if self.state is self.State.DESTINATION:
            plot = self._plot_at(ev)
            self._relocate(plot.id if plot else "")
            return
        building = self._building_at(ev)
        if building is None:
            return
        mark = self._existing_mark(building.id)
        if mark is not None:
            self.commit(RemoveRecord(mark, UNMARK))
            return
        if self.mode == "relocate":
            # Second click: the plot the household moves to (Enter: no destination yet; Esc: drop it).
            self.building = building
            self.state = self.State.DESTINATION
            self.preview.highlight_ids = (building.id,)
            return
        if self.ctx.confirm is not None and not self.ctx.confirm(CONFIRM_DEMOLITION):
            return  # a house is not taken down by a stray tap in a workshop
        record = Demolition(id=new_id(Demolition.ID_PREFIX), building_id=building.id, scope=self.ctx.scope)
        self.commit(AddRecord(record, LABELS[self.mode]))

    def on_finish(self) -> None:
        if self.state is self.State.DESTINATION:
            self._relocate("")

    def on_cancel(self) -> None:
        self.building = None

    def _relocate(self, plot_id: str) -> None:
        building = self.building
        if building is None:
            return
        record = Relocation(
            id=new_id(Relocation.ID_PREFIX),
            building_id=building.id,
            destination_plot_id=plot_id,
            scope=self.ctx.scope,
        )
        self.building = None
        self.commit(AddRecord(record, LABELS["relocate"]))
        self.state = self.State.IDLE
        self.preview = type(self.preview)()
