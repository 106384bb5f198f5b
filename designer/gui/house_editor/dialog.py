"""The house editor: residents and community architects draw a house type room by room.

A QDialog over one house type of a document: ``HouseEditorDialog(house_type, doc=…, stack=…)``
(the main window opens it from Design → House types…). Every edit is one step on the document's
undo stack (the type is added to the project on the first edit, replaced after that), so the
Costs dock follows as rooms are drawn. Cancel takes back the dialog's steps; without a document
the dialog edits a private one (``house_type()`` is the result).

The editing itself is Qt-free (``designer.tools.house_editing``): the dialog maps mouse events to
:class:`PointerEvent` in metres for the active tool and widgets to the :class:`HouseEditing`
methods, and shows:

- the plan of the level and stages shown, the selection and the tool's preview;
- stages: show up to a stage, add a stage, name it and say who builds it; new rooms and openings
  belong to the current stage;
- live: floor area per person and plot coverage, and every rule check (thresholds from
  ``resources/house_rules.toml``) with ✓ or ✗. Ctrl+Z / Ctrl+Y undo and redo the dialog's steps.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from designer.model.document import Document
from designer.model.housing import (
    HABITABLE_USES,
    BuiltBy,
    HouseRules,
    HouseType,
    RoomUse,
    analyse,
    check_house,
    design_plot,
)
from designer.model.project import ProjectInfo
from designer.model.undo import UndoStack
from designer.tools.base import PointerEvent
from designer.tools.house_editing import EditorTool, HouseEditing, HouseTool, make_house_tool

if TYPE_CHECKING:
    from designer.model.geometry import Ring

__all__ = ["EditorTool", "HouseEditorDialog"]


_HANDLE_PX = 8.0  # a corner handle is this many pixels around the corner


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
        doc: Document | None = None,
        stack: UndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if rules is None:
            from designer.io.house_library import load_rules

            rules = load_rules()
        if doc is None or stack is None:
            doc = Document(ProjectInfo())
            stack = UndoStack(doc)
        self.setWindowTitle(self.tr("House type: %1").replace("%1", house_type.name))
        self._rules = rules
        self._plot = plot_in_house_frame
        self.stack = stack
        self._start_index = stack.index  # Cancel and the dialog's Undo go back no further
        self.editing = HouseEditing(
            doc,
            stack,
            house_type,
            room_name=lambda n: self.tr("Room %1").replace("%1", str(n)),
            stage_name=lambda n: self.tr("Stage %1").replace("%1", str(n)),
        )
        self.tool: HouseTool = make_house_tool(EditorTool.SELECT, self.editing)
        self._build(persons)
        self.editing.changed.connect(self._refresh_all)
        stack.index_changed.connect(self._stack_moved)
        self.finished.connect(self._disconnect)
        self._refresh_all()

    # ------------------------------------------------------------------ state

    def house_type(self) -> HouseType:
        return self.editing.house_type

    @property
    def stage(self) -> int:
        return self.editing.stage

    @property
    def level(self) -> int:
        return self.editing.level

    @property
    def selected_room(self) -> str | None:
        return self.editing.selected_room

    @property
    def selected_opening(self) -> int | None:
        return self.editing.selected_opening

    def _stack_moved(self, _index: int) -> None:
        """An edit, undo or redo: keep the selection valid and show the type as it is now."""
        self.editing.tidy()  # emits changed → _refresh_all
        self.type_changed.emit(self.house_type())

    def _disconnect(self, _result: int) -> None:
        self.editing.changed.disconnect(self._refresh_all)
        self.stack.index_changed.disconnect(self._stack_moved)

    def undo(self) -> None:
        """Undo the dialog's last step (steps made before it opened are left alone)."""
        if self.stack.index > self._start_index:
            self.stack.undo()

    def redo(self) -> None:
        if self.stack.can_redo():
            self.stack.redo()

    def reject(self) -> None:
        """Cancel: take back every step made in the dialog."""
        while self.stack.index > self._start_index and self.stack.can_undo():
            self.stack.undo()
        super().reject()

    def set_tool(self, tool: EditorTool) -> None:
        self.tool.cancel()
        self.tool.preview_changed.disconnect(self._redraw)
        self.tool = make_house_tool(tool, self.editing)
        self.tool.preview_changed.connect(self._redraw)
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
        delete.clicked.connect(self.editing.delete_selection)
        tools.addWidget(delete)
        left.addLayout(tools)
        self.view = HousePlanView(self)
        self.tool.preview_changed.connect(self._redraw)
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
        self.grid_spin.editingFinished.connect(lambda: self.editing.set_grid(self.grid_spin.value()))
        form.addRow(self.tr("Grid"), self.grid_spin)
        self.level_spin = QSpinBox()
        self.level_spin.setRange(0, 3)
        self.level_spin.valueChanged.connect(self.editing.show_level)
        form.addRow(self.tr("Level"), self.level_spin)
        side.addWidget(box)
        # Stages.
        box = QGroupBox(self.tr("Stages"))
        form = QFormLayout(box)
        self.stage_spin = QSpinBox()
        self.stage_spin.setRange(1, len(self.house_type().stages))
        self.stage_spin.setValue(self.stage)
        self.stage_spin.valueChanged.connect(self.editing.show_stage)
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
        add_stage.clicked.connect(self.editing.add_stage)
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
            self.editing.delete_selection
        )
        self.resize(1100, 720)

    # ------------------------------------------------------------------ refresh

    def _refresh_all(self) -> None:
        ht = self.house_type()
        self.status.setText(QCoreApplication.translate("HouseEditing", self.editing.message))
        self.stage_spin.blockSignals(True)
        self.stage_spin.setRange(1, len(ht.stages))
        self.stage_spin.setValue(self.stage)
        self.stage_spin.blockSignals(False)
        current = ht.stage(self.stage)
        self.stage_name.setText(current.name)
        self.stage_by.setCurrentIndex(self.stage_by.findData(current.built_by.value))
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
            self.tool.preview,
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

    def press_m(self, x: float, y: float) -> None:
        """Start an action at (x, y) metres with the current tool."""
        self.editing.handle_m = _HANDLE_PX * self.view.metres_per_pixel()
        self.tool.press(PointerEvent(x, y))

    def move_m(self, x: float, y: float) -> None:
        """Follow the pointer at (x, y) metres (the tool previews what a release would do)."""
        self.tool.move(PointerEvent(x, y))

    def release_m(self, x: float, y: float) -> None:
        """Finish the action at (x, y) metres: one step on the undo stack if something changed."""
        self.tool.release(PointerEvent(x, y))

    # ------------------------------------------------------------------ property edits

    def delete_selection(self) -> None:
        self.editing.delete_selection()

    def add_stage(self) -> None:
        """Add a stage the family builds after the last one, and make it the current stage."""
        self.editing.add_stage()

    def _apply_type_name(self) -> None:
        self.editing.rename(self.name_edit.text())

    def _apply_room(self) -> None:
        self.editing.edit_room(
            self.room_name.text(), RoomUse(self.room_use.currentData()), self.room_stage.value()
        )

    def _apply_opening(self) -> None:
        self.editing.edit_opening(self.opening_width.value(), self.opening_height.value())

    def _apply_stage(self) -> None:
        self.editing.edit_stage(self.stage_name.text(), BuiltBy(self.stage_by.currentData()))

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
