"""Editing a house type room by room: Qt-free tools over pointer events in house metres.

:class:`HouseEditing` holds what an editing session shares: the document and its undo stack, the
type being edited, the level and stage shown, the selection and the last message. Every finished
edit is ONE command on the document's undo stack (the type is added to the project, or replaces
the project's type with its id), so Undo in the editor and in the main window are the same.

The tools are small state machines like the plan tools (``designer.tools.base``): the house
editor dialog turns mouse events into :class:`PointerEvent` in house metres and hands them to
the active tool:

- :class:`RoomTool`: drag a rectangle; it snaps to the type's grid and becomes a room of the
  current stage and level (walls follow from the rooms: external, internal, party).
- :class:`HouseSelectTool`: click a room or an opening to select it; drag a corner handle of a
  rectangular room to resize it, drag inside a room to move it (both snap to the grid).
- :class:`OpeningTool`: click on a wall to put a door or a window in it (snapped onto the wall).

The property edits of the side panel (names, uses, sizes, stages) are methods of
:class:`HouseEditing`; all of it goes through the pure functions of ``designer.model.housing``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING

from psygnal import Signal

from designer.model.errors import JamiiError
from designer.model.house_commands import house_type_command
from designer.model.housing import (
    BuiltBy,
    HouseType,
    Opening,
    OpeningKind,
    Room,
    RoomUse,
    Stage,
    analyse,
    move_opening,
    rect_ring,
    resize_room,
    snap_m,
    walls_near,
    with_opening,
    with_room,
    without_opening,
    without_room,
)
from designer.tools.base import QT_TRANSLATE_NOOP, PointerEvent

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.geometry import Point, Ring
    from designer.model.undo import UndoStack

__all__ = [
    "EditorTool",
    "HouseEditing",
    "HouseSelectTool",
    "HouseTool",
    "OpeningTool",
    "RoomTool",
    "make_house_tool",
]

WALL_PICK_M = 0.35  # how near a wall's centreline a click puts an opening in it
DOOR_SIZE_M = (0.9, 2.1)  # width, height
WINDOW_SIZE_M = (1.2, 1.2, 0.9)  # width, height, sill

DRAW_ROOM = QT_TRANSLATE_NOOP("command", "Draw room")
MOVE_ROOM = QT_TRANSLATE_NOOP("command", "Move room")
RESIZE_ROOM = QT_TRANSLATE_NOOP("command", "Resize room")
EDIT_ROOM = QT_TRANSLATE_NOOP("command", "Edit room")
DELETE_ROOM = QT_TRANSLATE_NOOP("command", "Delete room")
ADD_DOOR = QT_TRANSLATE_NOOP("command", "Add door")
ADD_WINDOW = QT_TRANSLATE_NOOP("command", "Add window")
EDIT_OPENING = QT_TRANSLATE_NOOP("command", "Edit door or window")
DELETE_OPENING = QT_TRANSLATE_NOOP("command", "Delete door or window")
EDIT_STAGE = QT_TRANSLATE_NOOP("command", "Edit building stage")
ADD_STAGE = QT_TRANSLATE_NOOP("command", "Add building stage")
RENAME_TYPE = QT_TRANSLATE_NOOP("command", "Rename house type")
CHANGE_GRID = QT_TRANSLATE_NOOP("command", "Change house grid")


class EditorTool(Enum):
    """The tools of the house editor."""

    SELECT = "select"
    ROOM = "room"
    DOOR = "door"
    WINDOW = "window"


def is_rectangle(ring: Ring) -> bool:
    """Whether a ring is an axis-aligned rectangle (only those have resize handles)."""
    if len(ring) != 4:
        return False
    xs = {round(p[0], 6) for p in ring}
    ys = {round(p[1], 6) for p in ring}
    return len(xs) == 2 and len(ys) == 2


class HouseEditing:
    """One house type being edited in a document, with the editor's level, stage and selection.

    Attributes:
        doc, stack: the project and its undo stack (every edit is one command there).
        type_id: the id of the type edited; until the first edit it may exist only outside the
            project (a library type), and the first edit adds it.
        level: the floor shown and drawn on (0 = ground).
        stage: building stages shown (1 .. stage); new rooms and openings belong to it.
        selected_room / selected_opening: a room key or an opening index (never both).
        handle_m: how near (metres) a corner counts as its resize handle (set from the zoom).
        message: why the last edit was refused, in plain words ("" when it was fine).
        room_name: makes the name of the n-th new room (the GUI passes a translated one).

    Signals:
        changed(): the level, stage, selection or message changed (edits of the type itself come
            through the document's signals).
    """

    changed = Signal()

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        house_type: HouseType,
        room_name: Callable[[int], str] = lambda n: f"Room {n}",
        stage_name: Callable[[int], str] = lambda n: f"Stage {n}",
    ) -> None:
        self.doc = doc
        self.stack = stack
        self.type_id = house_type.id
        self._outside = house_type  # the type as it was given, while the project does not hold it
        self.room_name = room_name
        self.stage_name = stage_name
        self.level = 0
        self.stage = len(house_type.stages)
        self.selected_room: str | None = None
        self.selected_opening: int | None = None
        self.handle_m = 0.2
        self.message = ""

    @property
    def house_type(self) -> HouseType:
        """The type as it is now (the project's, once it holds one with this id)."""
        current = self.doc.get(self.type_id)
        return current if isinstance(current, HouseType) else self._outside

    # ------------------------------------------------------------------ committing

    def commit(self, ht: HouseType, label: str) -> bool:
        """Push ``ht`` as one undoable step named ``label``; False (and ``message``) if it is invalid."""
        if ht == self.house_type:
            return True
        try:
            analyse(ht)
            command = house_type_command(self.doc, ht, label)
            if command is not None:
                self.stack.push(command)
        except JamiiError as exc:
            self.refuse(str(exc))
            return False
        self.message = ""
        self.tidy()
        return True

    def refuse(self, message: str) -> None:
        """Tell the user why nothing was done."""
        self.message = message
        self.changed.emit()

    def tidy(self) -> None:
        """Keep the stage and selection valid for the current type (after an edit, undo or redo)."""
        ht = self.house_type
        self.stage = max(1, min(self.stage, len(ht.stages)))
        if self.selected_room is not None and all(r.key != self.selected_room for r in ht.rooms):
            self.selected_room = None
        if self.selected_opening is not None and self.selected_opening >= len(ht.openings):
            self.selected_opening = None
        self.changed.emit()

    def select(self, room: str | None = None, opening: int | None = None) -> None:
        """Select a room (by key) or an opening (by index), or nothing."""
        self.selected_room, self.selected_opening = room, opening
        self.changed.emit()

    # ------------------------------------------------------------------ what is where (metres)

    def room_at(self, point: Point) -> Room | None:
        """Return the top room shown on the current level and stages that covers ``point``."""
        import shapely

        p = shapely.Point(point)
        for room in reversed(self.house_type.rooms):
            if (
                room.level == self.level
                and room.stage <= self.stage
                and shapely.Polygon(room.outline).covers(p)
            ):
                return room
        return None

    def handle_at(self, point: Point) -> Point | None:
        """Return the opposite corner if ``point`` is on a corner handle of the selected rectangular room."""
        room = next((r for r in self.house_type.rooms if r.key == self.selected_room), None)
        if room is None or not is_rectangle(room.outline):
            return None
        for i, corner in enumerate(room.outline):
            if math.dist(corner, point) <= max(self.handle_m, 0.05):
                return room.outline[(i + 2) % 4]
        return None

    def opening_at(self, point: Point) -> int | None:
        """Return the index of the nearest opening on the current level within reach of ``point``."""
        best: tuple[float, int] | None = None
        for i, op in enumerate(self.house_type.openings):
            d = math.dist(op.at, point)
            if op.level == self.level and d <= max(op.width_m / 2, 0.2) and (best is None or d < best[0]):
                best = (d, i)
        return best[1] if best else None

    # ------------------------------------------------------------------ side-panel edits

    def new_room_key(self) -> str:
        keys = {r.key for r in self.house_type.rooms}
        n = len(keys) + 1
        while f"r{n}" in keys:
            n += 1
        return f"r{n}"

    def delete_selection(self) -> None:
        """Delete the selected room (not the last one) or opening."""
        ht = self.house_type
        if self.selected_room is not None:
            if len(ht.rooms) == 1:
                self.refuse(QT_TRANSLATE_NOOP("HouseEditing", "A house type needs at least one room."))
                return
            key, self.selected_room = self.selected_room, None
            self.commit(without_room(ht, key), DELETE_ROOM)
        elif self.selected_opening is not None:
            index, self.selected_opening = self.selected_opening, None
            self.commit(without_opening(ht, index), DELETE_OPENING)

    def rename(self, name: str) -> None:
        """Rename the house type (blank names are ignored)."""
        if name.strip():
            self.commit(replace(self.house_type, name=name.strip()), RENAME_TYPE)

    def set_grid(self, grid_m: float) -> None:
        """Set the grid rooms snap to (metres)."""
        self.commit(replace(self.house_type, grid_m=grid_m), CHANGE_GRID)

    def edit_room(self, name: str, use: RoomUse, stage: int) -> None:
        """Set the selected room's name (blank keeps it), use and building stage."""
        ht = self.house_type
        if self.selected_room is None:
            return
        room = ht.room(self.selected_room)
        changed = replace(room, name=name.strip() or room.name, use=use, stage=min(stage, len(ht.stages)))
        self.commit(with_room(ht, changed), EDIT_ROOM)

    def edit_opening(self, width_m: float, height_m: float) -> None:
        """Set the selected opening's width and height (metres)."""
        ht = self.house_type
        if self.selected_opening is None:
            return
        op = ht.openings[self.selected_opening]
        changed = replace(op, width_m=width_m, height_m=height_m)
        self.commit(move_opening(ht, self.selected_opening, changed), EDIT_OPENING)

    def edit_stage(self, name: str, built_by: BuiltBy) -> None:
        """Set the current stage's name (blank keeps it) and who builds it."""
        ht = self.house_type
        stages = list(ht.stages)
        current = stages[self.stage - 1]
        stages[self.stage - 1] = replace(current, name=name.strip() or current.name, built_by=built_by)
        self.commit(replace(ht, stages=tuple(stages)), EDIT_STAGE)

    def add_stage(self) -> None:
        """Add a stage the family builds after the last one, and make it the current stage."""
        ht = self.house_type
        n = len(ht.stages) + 1
        stage = Stage(number=n, name=self.stage_name(n), built_by=BuiltBy.FAMILY)
        self.stage = n
        self.commit(replace(ht, stages=(*ht.stages, stage)), ADD_STAGE)

    def show_stage(self, stage: int) -> None:
        """Show the building up to ``stage``; new rooms and openings belong to it."""
        self.stage = stage
        self.tidy()

    def show_level(self, level: int) -> None:
        """Show and draw on another floor (the selection is dropped)."""
        self.level = level
        self.selected_room = self.selected_opening = None
        self.changed.emit()


class HouseTool:
    """Base of the house-editing tools: an explicit state, a preview rectangle, Esc cancels.

    Signals:
        preview_changed(): the preview rectangle changed (the dialog redraws it).
    """

    preview_changed = Signal()

    class State(Enum):
        IDLE = "idle"

    def __init__(self, editing: HouseEditing) -> None:
        self.editing = editing
        self.state: Enum = next(iter(type(self).State))
        self.preview: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 metres

    def press(self, ev: PointerEvent) -> None:
        del ev

    def move(self, ev: PointerEvent) -> None:
        del ev

    def release(self, ev: PointerEvent) -> None:
        del ev

    def cancel(self) -> None:
        """Drop what is being drawn (Esc)."""
        self.state = next(iter(type(self).State))
        self._show(None)

    def _show(self, preview: tuple[float, float, float, float] | None) -> None:
        self.preview = preview
        self.preview_changed.emit()


class RoomTool(HouseTool):
    """Drag a rectangle: a new room of the current level and stage, snapped to the grid."""

    class State(Enum):
        IDLE = "idle"
        DRAWING = "drawing"

    def __init__(self, editing: HouseEditing) -> None:
        super().__init__(editing)
        self.start: Point = (0.0, 0.0)

    def press(self, ev: PointerEvent) -> None:
        g = self.editing.house_type.grid_m
        self.start = (snap_m(ev.x_m, g), snap_m(ev.y_m, g))
        self.state = self.State.DRAWING
        self._show((*self.start, *self.start))

    def move(self, ev: PointerEvent) -> None:
        if self.state is self.State.DRAWING:
            g = self.editing.house_type.grid_m
            self._show((*self.start, snap_m(ev.x_m, g), snap_m(ev.y_m, g)))

    def release(self, ev: PointerEvent) -> None:
        if self.state is not self.State.DRAWING:
            return
        self.cancel()
        e = self.editing
        ht = e.house_type
        g = ht.grid_m
        (x0, y0), x1, y1 = self.start, snap_m(ev.x_m, g), snap_m(ev.y_m, g)
        if abs(x1 - x0) < g or abs(y1 - y0) < g:
            return  # a click, not a room
        key = e.new_room_key()
        room = Room(
            key=key,
            name=e.room_name(len(ht.rooms) + 1),
            use=RoomUse.MULTIPURPOSE,
            outline=rect_ring(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)),
            level=e.level,
            stage=e.stage,
        )
        if e.commit(with_room(ht, room), DRAW_ROOM):
            e.select(room=key)


class HouseSelectTool(HouseTool):
    """Select a room or an opening; drag a room to move it or its corner handle to resize it."""

    class State(Enum):
        IDLE = "idle"
        MOVING = "moving"
        RESIZING = "resizing"

    def __init__(self, editing: HouseEditing) -> None:
        super().__init__(editing)
        self.anchor: Point = (0.0, 0.0)  # the grab point (moving) or the fixed corner (resizing)

    def press(self, ev: PointerEvent) -> None:
        e = self.editing
        opposite = e.handle_at(ev.point)
        if opposite is not None:
            self.anchor, self.state = opposite, self.State.RESIZING
            return
        opening = e.opening_at(ev.point)
        room = e.room_at(ev.point)
        if opening is not None and (
            room is None or math.dist(e.house_type.openings[opening].at, ev.point) < 0.3
        ):
            e.select(opening=opening)
        elif room is not None:
            e.select(room=room.key)
            self.anchor, self.state = ev.point, self.State.MOVING
        else:
            e.select()

    def move(self, ev: PointerEvent) -> None:
        e = self.editing
        g = e.house_type.grid_m
        if self.state is self.State.RESIZING:
            self._show((*self.anchor, snap_m(ev.x_m, g), snap_m(ev.y_m, g)))
        elif self.state is self.State.MOVING and e.selected_room is not None:
            room = e.house_type.room(e.selected_room)
            dx, dy = snap_m(ev.x_m - self.anchor[0], g), snap_m(ev.y_m - self.anchor[1], g)
            xs = [p[0] + dx for p in room.outline]
            ys = [p[1] + dy for p in room.outline]
            self._show((min(xs), min(ys), max(xs), max(ys)))

    def release(self, ev: PointerEvent) -> None:
        state = self.state
        self.cancel()
        e = self.editing
        ht = e.house_type
        key = e.selected_room
        if key is None:
            return
        try:
            if state is self.State.RESIZING:
                e.commit(resize_room(ht, key, self.anchor[0], self.anchor[1], ev.x_m, ev.y_m), RESIZE_ROOM)
            elif state is self.State.MOVING:
                g = ht.grid_m
                dx, dy = snap_m(ev.x_m - self.anchor[0], g), snap_m(ev.y_m - self.anchor[1], g)
                if dx or dy:
                    room = ht.room(key)
                    moved = tuple((round(x + dx, 4), round(y + dy, 4)) for x, y in room.outline)
                    e.commit(with_room(ht, replace(room, outline=moved)), MOVE_ROOM)
        except JamiiError as exc:  # e.g. a resize below one grid step
            e.refuse(str(exc))


class OpeningTool(HouseTool):
    """Click on a wall: a door or a window of the default size, snapped onto the wall's centreline."""

    def __init__(self, editing: HouseEditing, kind: OpeningKind) -> None:
        super().__init__(editing)
        self.kind = kind

    def press(self, ev: PointerEvent) -> None:
        e = self.editing
        ht = e.house_type
        near = walls_near(ht, e.level, ev.point, WALL_PICK_M, e.stage)
        if not near:
            e.refuse(QT_TRANSLATE_NOOP("HouseEditing", "Click on a wall to put a door or window in it."))
            return
        # An opening in a wall of an earlier stage is made with that wall, unless it is added later.
        wall_stage = min(w.stage for w in near)
        stage = e.stage if e.stage > wall_stage else 0
        if self.kind is OpeningKind.DOOR:
            width, height = DOOR_SIZE_M
            opening = Opening(
                kind=self.kind, at=ev.point, width_m=width, height_m=height, level=e.level, stage=stage
            )
            label = ADD_DOOR
        else:
            width, height, sill = WINDOW_SIZE_M
            opening = Opening(
                kind=self.kind,
                at=ev.point,
                width_m=width,
                height_m=height,
                sill_m=sill,
                level=e.level,
                stage=stage,
            )
            label = ADD_WINDOW
        if e.commit(with_opening(ht, opening), label):
            e.select(opening=len(e.house_type.openings) - 1)


def make_house_tool(tool: EditorTool, editing: HouseEditing) -> HouseTool:
    """Return a fresh tool of kind ``tool`` working on ``editing``."""
    if tool is EditorTool.ROOM:
        return RoomTool(editing)
    if tool is EditorTool.DOOR:
        return OpeningTool(editing, OpeningKind.DOOR)
    if tool is EditorTool.WINDOW:
        return OpeningTool(editing, OpeningKind.WINDOW)
    return HouseSelectTool(editing)
