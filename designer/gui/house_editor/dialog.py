"""The house editor: residents and community architects draw a house type room by room.

A standalone QDialog the main window opens (``HouseEditorDialog(house_type, rules=…, persons=…)``;
on ``accept()`` read ``house_type()`` and push ``designer.io.house_library.add_type_command(doc, ht)``
on the document's undo stack). Inside the dialog:

- **Room** tool: drag a rectangle; it snaps to the type's grid and becomes a room of the current
  stage and level. Walls appear by themselves (external, internal, party) from the rooms.
- **Select** tool: click a room to select it and edit its name, use and stage; drag a corner handle
  to resize a rectangular room, drag inside it to move it (both snap to the grid); click near an
  opening to select it. Delete removes the selection.
- **Door** / **Window** tools: click on a wall; the opening snaps onto the wall's centreline.
- Stages: show up to a stage, add a stage, name it and say who builds it; new rooms and openings
  belong to the current stage.
- Live: floor area per person and plot coverage, and every rule check (thresholds from
  ``resources/house_rules.toml``) with ✓ or ✗. Ctrl+Z / Ctrl+Y undo and redo inside the dialog.

All editing goes through the pure functions of ``designer.model.housing``; the dialog keeps a list
of immutable HouseType states for its own undo.
"""

from __future__ import annotations

import math
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.gui.house_editor.plan_view import HousePlanView
from designer.model.errors import JamiiError
from designer.model.housing import (
    HABITABLE_USES,
    BuiltBy,
    HouseRules,
    HouseType,
    Opening,
    OpeningKind,
    Room,
    RoomUse,
    Stage,
    analyse,
    check_house,
    design_plot,
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

if TYPE_CHECKING:
    from designer.model.geometry import Ring

__all__ = ["EditorTool", "HouseEditorDialog"]


class EditorTool(Enum):
    SELECT = "select"
    ROOM = "room"
    DOOR = "door"
    WINDOW = "window"


_HANDLE_PX = 8.0
_WALL_PICK_M = 0.35
_DEFAULT_DOOR = (0.9, 2.1)
_DEFAULT_WINDOW = (1.2, 1.2, 0.9)


def _is_rectangle(ring: Ring) -> bool:
    if len(ring) != 4:
        return False
    xs = sorted({round(p[0], 6) for p in ring})
    ys = sorted({round(p[1], 6) for p in ring})
    return len(xs) == 2 and len(ys) == 2


class HouseEditorDialog(QDialog):
    """Edit one house type; ``house_type()`` returns the edited type (a new immutable value).

    Signals:
        type_changed(HouseType): after every accepted edit (and undo/redo).
    """

    type_changed = Signal(object)

    def __init__(
        self,
        house_type: HouseType,
        *,
        rules: HouseRules | None = None,
        persons: float = 4.0,
        plot_in_house_frame: Ring | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if rules is None:
            from designer.io.house_library import load_rules

            rules = load_rules()
        self.setWindowTitle(self.tr("House type: %1").replace("%1", house_type.name))
        self._rules = rules
        self._plot = plot_in_house_frame
        self._history: list[HouseType] = [house_type]
        self._index = 0
        self.tool = EditorTool.SELECT
        self.level = 0
        self.stage = len(house_type.stages)
        self.selected_room: str | None = None
        self.selected_opening: int | None = None
        self._drag: tuple[str, tuple[float, float], tuple[float, float]] | None = None
        self._preview: tuple[float, float, float, float] | None = None
        self._build(persons)
        self._refresh_all()

    # ------------------------------------------------------------------ state

    def house_type(self) -> HouseType:
        return self._history[self._index]

    def _commit(self, ht: HouseType) -> bool:
        """Make ``ht`` the current type (recorded for undo); False with a message if it is invalid."""
        if ht == self.house_type():
            return True
        try:
            analyse(ht)
        except JamiiError as exc:
            self.status.setText(str(exc))
            return False
        del self._history[self._index + 1 :]
        self._history.append(ht)
        self._index += 1
        self.status.setText("")
        self._refresh_all()
        self.type_changed.emit(ht)
        return True

    def undo(self) -> None:
        if self._index > 0:
            self._index -= 1
            self._refresh_all()
            self.type_changed.emit(self.house_type())

    def redo(self) -> None:
        if self._index < len(self._history) - 1:
            self._index += 1
            self._refresh_all()
            self.type_changed.emit(self.house_type())

    def set_tool(self, tool: EditorTool) -> None:
        self.tool = tool
        self._tool_buttons[tool].setChecked(True)

    # ------------------------------------------------------------------ layout

    def _build(self, persons: float) -> None:
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        tools = QHBoxLayout()
        self._tool_group = QButtonGroup(self)
        self._tool_buttons: dict[EditorTool, QPushButton] = {}
        names = {
            EditorTool.SELECT: self.tr("Select"),
            EditorTool.ROOM: self.tr("Room"),
            EditorTool.DOOR: self.tr("Door"),
            EditorTool.WINDOW: self.tr("Window"),
        }
        for tool, name in names.items():
            button = QPushButton(name)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tool: self.set_tool(t))
            self._tool_group.addButton(button)
            self._tool_buttons[tool] = button
            tools.addWidget(button)
        self._tool_buttons[EditorTool.SELECT].setChecked(True)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_selection)
        tools.addWidget(delete)
        left.addLayout(tools)
        self.view = HousePlanView(self)
        self.view.pressed.connect(self.press_m)
        self.view.moved.connect(self.move_m)
        self.view.released.connect(self.release_m)
        left.addWidget(self.view, 1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        root.addLayout(left, 3)

        side = QVBoxLayout()
        # Type and view.
        box = QGroupBox(self.tr("House type"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit(self.house_type().name)
        self.name_edit.editingFinished.connect(self._apply_type_name)
        form.addRow(self.tr("Name"), self.name_edit)
        self.grid_spin = QDoubleSpinBox()
        self.grid_spin.setRange(0.05, 1.0)
        self.grid_spin.setSingleStep(0.05)
        self.grid_spin.setDecimals(2)
        self.grid_spin.setSuffix(" m")
        self.grid_spin.setValue(self.house_type().grid_m)
        self.grid_spin.editingFinished.connect(
            lambda: self._commit(replace(self.house_type(), grid_m=self.grid_spin.value()))
        )
        form.addRow(self.tr("Grid"), self.grid_spin)
        self.level_spin = QSpinBox()
        self.level_spin.setRange(0, 3)
        self.level_spin.valueChanged.connect(self._set_level)
        form.addRow(self.tr("Level"), self.level_spin)
        side.addWidget(box)
        # Stages.
        box = QGroupBox(self.tr("Stages"))
        form = QFormLayout(box)
        self.stage_spin = QSpinBox()
        self.stage_spin.setRange(1, len(self.house_type().stages))
        self.stage_spin.setValue(self.stage)
        self.stage_spin.valueChanged.connect(self._set_stage)
        form.addRow(self.tr("Show and draw stage"), self.stage_spin)
        self.stage_name = QLineEdit()
        self.stage_name.editingFinished.connect(self._apply_stage)
        form.addRow(self.tr("Stage name"), self.stage_name)
        self.stage_by = QComboBox()
        for b in BuiltBy:
            self.stage_by.addItem(b.value, b.value)
        self.stage_by.activated.connect(lambda _=0: self._apply_stage())
        form.addRow(self.tr("Built by"), self.stage_by)
        add_stage = QPushButton(self.tr("Add a stage"))
        add_stage.clicked.connect(self.add_stage)
        form.addRow(add_stage)
        side.addWidget(box)
        # Selection.
        box = QGroupBox(self.tr("Selected room or opening"))
        form = QFormLayout(box)
        self.room_name = QLineEdit()
        self.room_name.editingFinished.connect(self._apply_room)
        form.addRow(self.tr("Room name"), self.room_name)
        self.room_use = QComboBox()
        for use in RoomUse:
            self.room_use.addItem(use.value, use.value)
        self.room_use.activated.connect(lambda _=0: self._apply_room())
        form.addRow(self.tr("Use"), self.room_use)
        self.room_stage = QSpinBox()
        self.room_stage.setRange(1, 9)
        self.room_stage.editingFinished.connect(self._apply_room)
        form.addRow(self.tr("Built in stage"), self.room_stage)
        self.opening_width = QDoubleSpinBox()
        self.opening_width.setRange(0.3, 4.0)
        self.opening_width.setDecimals(2)
        self.opening_width.setSuffix(" m")
        self.opening_width.editingFinished.connect(self._apply_opening)
        form.addRow(self.tr("Opening width"), self.opening_width)
        self.opening_height = QDoubleSpinBox()
        self.opening_height.setRange(0.3, 3.0)
        self.opening_height.setDecimals(2)
        self.opening_height.setSuffix(" m")
        self.opening_height.editingFinished.connect(self._apply_opening)
        form.addRow(self.tr("Opening height"), self.opening_height)
        side.addWidget(box)
        # Live figures and rules.
        box = QGroupBox(self.tr("Live check"))
        col = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Persons")))
        self.persons_spin = QDoubleSpinBox()
        self.persons_spin.setRange(1, 30)
        self.persons_spin.setDecimals(0)
        self.persons_spin.setValue(persons)
        self.persons_spin.valueChanged.connect(lambda _=0.0: self._refresh_checks())
        row.addWidget(self.persons_spin)
        col.addLayout(row)
        self.figures = QLabel("")
        self.figures.setWordWrap(True)
        col.addWidget(self.figures)
        self.rules_list = QListWidget()
        col.addWidget(self.rules_list, 1)
        side.addWidget(box, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.addButton(self.tr("Save as TOML…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self._save_dialog)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side.addWidget(buttons)
        root.addLayout(side, 2)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self).activated.connect(self.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self).activated.connect(self.redo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self).activated.connect(
            self.delete_selection
        )
        self.resize(1100, 720)

    # ------------------------------------------------------------------ refresh

    def _refresh_all(self) -> None:
        ht = self.house_type()
        self.stage = min(self.stage, len(ht.stages))
        self.stage_spin.blockSignals(True)
        self.stage_spin.setRange(1, len(ht.stages))
        self.stage_spin.setValue(self.stage)
        self.stage_spin.blockSignals(False)
        current = ht.stage(self.stage)
        self.stage_name.setText(current.name)
        self.stage_by.setCurrentIndex(self.stage_by.findData(current.built_by.value))
        if self.selected_room is not None and all(r.key != self.selected_room for r in ht.rooms):
            self.selected_room = None
        if self.selected_opening is not None and self.selected_opening >= len(ht.openings):
            self.selected_opening = None
        self._refresh_selection()
        self._redraw()
        self._refresh_checks()

    def _redraw(self) -> None:
        self.view.draw(
            self.house_type(),
            self.level,
            self.stage,
            self.selected_room,
            self.selected_opening,
            self._preview,
        )

    def _refresh_selection(self) -> None:
        ht = self.house_type()
        room = next((r for r in ht.rooms if r.key == self.selected_room), None)
        for w in (self.room_name, self.room_use, self.room_stage):
            w.setEnabled(room is not None)
        if room is not None:
            self.room_name.setText(room.name)
            self.room_use.setCurrentIndex(self.room_use.findData(room.use.value))
            self.room_stage.setValue(room.stage)
        op = ht.openings[self.selected_opening] if self.selected_opening is not None else None
        for spin in (self.opening_width, self.opening_height):
            spin.setEnabled(op is not None)
        if op is not None:
            self.opening_width.setValue(op.width_m)
            self.opening_height.setValue(op.height_m)

    def live_figures(self) -> dict[str, float]:
        """Return the live numbers shown: floor area (m²) up to the shown stage, per person, plot coverage."""
        import shapely

        ht = self.house_type()
        geo = analyse(ht)
        floor = sum(geo.room_clear_area_m2[r.key] for r in ht.rooms if r.stage <= self.stage)
        persons = self.persons_spin.value()
        habitable = sum(1 for r in ht.rooms if r.stage <= self.stage and r.use in HABITABLE_USES)
        plot = self._plot if self._plot is not None else design_plot(ht)
        coverage = math.nan
        if plot is not None and ht.rooms:
            from designer.model.housing import footprint_ring

            shape = (
                shapely.Polygon(footprint_ring(ht, self.stage))
                if any(r.stage <= self.stage for r in ht.rooms)
                else None
            )
            coverage = (shape.area if shape is not None else 0.0) / shapely.Polygon(plot).area
        return {
            "floor_area_m2": floor,
            "floor_area_per_person_m2": floor / persons if persons else math.inf,
            "persons_per_habitable_room": persons / habitable if habitable else math.inf,
            "plot_coverage": coverage,
        }

    def _refresh_checks(self) -> None:
        ht = self.house_type()
        figures = self.live_figures()
        coverage = (
            self.tr("no plot") if math.isnan(figures["plot_coverage"]) else f"{figures['plot_coverage']:.0%}"
        )
        self.figures.setText(
            self.tr("Up to stage %1: %2 m² floor, %3 m² per person, plot coverage %4")
            .replace("%1", str(self.stage))
            .replace("%2", f"{figures['floor_area_m2']:.1f}")
            .replace("%3", f"{figures['floor_area_per_person_m2']:.1f}")
            .replace("%4", coverage)
        )
        self.rules_list.clear()
        results = check_house(ht, self._rules, self.persons_spin.value(), self._plot)
        for r in sorted(results, key=lambda r: r.ok):
            item = QListWidgetItem(("✓ " if r.ok else "✗ ") + r.message)
            item.setData(Qt.ItemDataRole.UserRole, r.rule)
            item.setForeground(Qt.GlobalColor.darkGreen if r.ok else Qt.GlobalColor.red)
            self.rules_list.addItem(item)
        self.rule_results = results

    # ------------------------------------------------------------------ pointer (metres)

    def _room_at(self, x: float, y: float) -> Room | None:
        import shapely

        p = shapely.Point(x, y)
        for room in reversed(self.house_type().rooms):
            if (
                room.level == self.level
                and room.stage <= self.stage
                and shapely.Polygon(room.outline).covers(p)
            ):
                return room
        return None

    def _handle_at(self, x: float, y: float) -> tuple[float, float] | None:
        """Return the opposite corner if (x, y) is on a corner handle of the selected rectangular room."""
        room = next((r for r in self.house_type().rooms if r.key == self.selected_room), None)
        if room is None or not _is_rectangle(room.outline):
            return None
        tol = _HANDLE_PX * self.view.metres_per_pixel()
        for i, corner in enumerate(room.outline):
            if math.dist(corner, (x, y)) <= max(tol, 0.05):
                return room.outline[(i + 2) % 4]
        return None

    def _opening_at(self, x: float, y: float) -> int | None:
        best = None
        for i, op in enumerate(self.house_type().openings):
            d = math.dist(op.at, (x, y))
            if op.level == self.level and d <= max(op.width_m / 2, 0.2) and (best is None or d < best[0]):
                best = (d, i)
        return best[1] if best else None

    def press_m(self, x: float, y: float) -> None:
        """Start an action at (x, y) metres with the current tool."""
        g = self.house_type().grid_m
        if self.tool is EditorTool.ROOM:
            start = (snap_m(x, g), snap_m(y, g))
            self._drag = ("new", start, start)
            self._preview = (*start, *start)
        elif self.tool in (EditorTool.DOOR, EditorTool.WINDOW):
            self._place_opening(x, y)
        else:
            opposite = self._handle_at(x, y)
            if opposite is not None:
                self._drag = ("resize", opposite, (x, y))
                return
            opening = self._opening_at(x, y)
            room = self._room_at(x, y)
            if opening is not None and (
                room is None or math.dist(self.house_type().openings[opening].at, (x, y)) < 0.3
            ):
                self.selected_opening, self.selected_room = opening, None
            elif room is not None:
                self.selected_room, self.selected_opening = room.key, None
                self._drag = ("move", (x, y), (x, y))
            else:
                self.selected_room = self.selected_opening = None
            self._refresh_selection()
            self._redraw()

    def move_m(self, x: float, y: float) -> None:
        """Follow the pointer at (x, y) metres while dragging (preview only)."""
        if self._drag is None:
            return
        kind, anchor, _ = self._drag
        self._drag = (kind, anchor, (x, y))
        g = self.house_type().grid_m
        if kind in ("new", "resize"):
            self._preview = (anchor[0], anchor[1], snap_m(x, g), snap_m(y, g))
        elif kind == "move":
            room = self.house_type().room(self.selected_room or "")
            dx, dy = snap_m(x - anchor[0], g), snap_m(y - anchor[1], g)
            xs = [p[0] + dx for p in room.outline]
            ys = [p[1] + dy for p in room.outline]
            self._preview = (min(xs), min(ys), max(xs), max(ys))
        self._redraw()

    def release_m(self, x: float, y: float) -> None:
        """Finish the drag at (x, y) metres: add, resize or move a room (snapped to the grid)."""
        if self._drag is None:
            return
        kind, anchor, _ = self._drag
        self._drag = None
        self._preview = None
        ht = self.house_type()
        g = ht.grid_m
        try:
            if kind == "new":
                x1, y1 = snap_m(x, g), snap_m(y, g)
                if abs(x1 - anchor[0]) < g or abs(y1 - anchor[1]) < g:
                    self._redraw()
                    return
                key = self._new_room_key()
                number = len(ht.rooms) + 1
                room = Room(
                    key=key,
                    name=self.tr("Room %1").replace("%1", str(number)),
                    use=RoomUse.MULTIPURPOSE,
                    outline=rect_ring(
                        min(anchor[0], x1), min(anchor[1], y1), abs(x1 - anchor[0]), abs(y1 - anchor[1])
                    ),
                    level=self.level,
                    stage=self.stage,
                )
                if self._commit(with_room(ht, room)):
                    self.selected_room, self.selected_opening = key, None
                    self._refresh_all()
            elif kind == "resize" and self.selected_room:
                self._commit(resize_room(ht, self.selected_room, anchor[0], anchor[1], x, y))
            elif kind == "move" and self.selected_room:
                dx, dy = snap_m(x - anchor[0], g), snap_m(y - anchor[1], g)
                if dx or dy:
                    room = ht.room(self.selected_room)
                    moved = tuple((round(p[0] + dx, 4), round(p[1] + dy, 4)) for p in room.outline)
                    self._commit(with_room(ht, replace(room, outline=moved)))
        except JamiiError as exc:
            self.status.setText(str(exc))
        self._redraw()

    def _new_room_key(self) -> str:
        keys = {r.key for r in self.house_type().rooms}
        n = len(keys) + 1
        while f"r{n}" in keys:
            n += 1
        return f"r{n}"

    def _place_opening(self, x: float, y: float) -> None:
        ht = self.house_type()
        near = walls_near(ht, self.level, (x, y), _WALL_PICK_M, self.stage)
        if not near:
            self.status.setText(self.tr("Click on a wall to put a door or window in it."))
            return
        wall_stage = min(w.stage for w in near)
        stage = self.stage if self.stage > wall_stage else 0
        if self.tool is EditorTool.DOOR:
            opening = Opening(
                kind=OpeningKind.DOOR, at=(x, y), width_m=_DEFAULT_DOOR[0], height_m=_DEFAULT_DOOR[1],
                level=self.level, stage=stage,
            )  # fmt: skip
        else:
            w, h, sill = _DEFAULT_WINDOW
            opening = Opening(
                kind=OpeningKind.WINDOW,
                at=(x, y),
                width_m=w,
                height_m=h,
                sill_m=sill,
                level=self.level,
                stage=stage,
            )
        if self._commit(with_opening(ht, opening)):
            self.selected_opening, self.selected_room = len(self.house_type().openings) - 1, None
            self._refresh_all()

    # ------------------------------------------------------------------ property edits

    def delete_selection(self) -> None:
        ht = self.house_type()
        if self.selected_room is not None:
            if len(ht.rooms) == 1:
                self.status.setText(self.tr("A house type needs at least one room."))
                return
            key, self.selected_room = self.selected_room, None
            self._commit(without_room(ht, key))
        elif self.selected_opening is not None:
            index, self.selected_opening = self.selected_opening, None
            self._commit(without_opening(ht, index))

    def _apply_type_name(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self._commit(replace(self.house_type(), name=name))

    def _apply_room(self) -> None:
        ht = self.house_type()
        if self.selected_room is None:
            return
        room = ht.room(self.selected_room)
        stage = min(self.room_stage.value(), len(ht.stages))
        changed = replace(
            room,
            name=self.room_name.text().strip() or room.name,
            use=RoomUse(self.room_use.currentData()),
            stage=stage,
        )
        self._commit(with_room(ht, changed))

    def _apply_opening(self) -> None:
        ht = self.house_type()
        if self.selected_opening is None:
            return
        op = ht.openings[self.selected_opening]
        changed = replace(op, width_m=self.opening_width.value(), height_m=self.opening_height.value())
        self._commit(move_opening(ht, self.selected_opening, changed))

    def _apply_stage(self) -> None:
        ht = self.house_type()
        stages = list(ht.stages)
        current = stages[self.stage - 1]
        stages[self.stage - 1] = replace(
            current,
            name=self.stage_name.text().strip() or current.name,
            built_by=BuiltBy(self.stage_by.currentData()),
        )
        self._commit(replace(ht, stages=tuple(stages)))

    def add_stage(self) -> None:
        """Add a stage the family builds after the last one, and make it the current stage."""
        ht = self.house_type()
        n = len(ht.stages) + 1
        stage = Stage(number=n, name=self.tr("Stage %1").replace("%1", str(n)), built_by=BuiltBy.FAMILY)
        self.stage = n
        self._commit(replace(ht, stages=(*ht.stages, stage)))

    def _set_stage(self, value: int) -> None:
        self.stage = value
        self._refresh_all()

    def _set_level(self, value: int) -> None:
        self.level = value
        self.selected_room = self.selected_opening = None
        self._refresh_all()

    def save_toml(self, path: str) -> None:
        """Write the current type as TOML (the user's folder is where the library looks for it)."""
        from designer.io.house_library import save_house_type

        save_house_type(self.house_type(), path)
        self.status.setText(self.tr("Saved %1").replace("%1", path))

    def _save_dialog(self) -> None:  # pragma: no cover - a native file dialog
        from designer.io.house_library import user_house_types_dir

        folder = user_house_types_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save house type"), str(folder / f"{self.house_type().id}.toml"), "TOML (*.toml)"
        )
        if path:
            try:
                self.save_toml(path)
            except OSError as exc:
                self.status.setText(str(exc))
