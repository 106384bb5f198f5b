"""House editor dialog: draw and resize rooms on the grid, doors on walls, stages, live figures and rules."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from designer.gui.house_editor import EditorTool, HouseEditorDialog
from designer.io.house_library import load_house_type
from designer.model.housing import (
    HouseRules,
    HouseType,
    OpeningKind,
    Room,
    RoomUse,
    WallKind,
    analyse,
    rect_ring,
)

pytestmark = pytest.mark.gui

RULES = HouseRules(
    min_room_area_m2={"bedroom": 5.0},
    habitable_min_area_m2=4.0,
    max_persons_per_habitable_room=3.0,
    min_floor_area_per_person_m2=3.5,
    max_plot_coverage=0.6,
)


def start_type() -> HouseType:
    return HouseType(
        id="draft",
        name="Draft house",
        grid_m=0.5,
        storey_height_m=2.5,
        plot_width_m=8.0,
        plot_depth_m=10.0,
        rooms=(Room(key="r1", name="Living", use=RoomUse.LIVING, outline=rect_ring(1.0, 1.0, 3.0, 4.0)),),
    )


@pytest.fixture
def dialog(qtbot):
    dlg = HouseEditorDialog(start_type(), rules=RULES, persons=2)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def mouse(dlg: HouseEditorDialog, kind: QEvent.Type, x_m: float, y_m: float) -> None:
    """Send a real mouse event to the plan view at a point given in metres."""
    view = dlg.view
    pos = QPointF(view.scene_to_widget(x_m, y_m))
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        button,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag(dlg: HouseEditorDialog, start: tuple[float, float], end: tuple[float, float]) -> None:
    mouse(dlg, QEvent.Type.MouseButtonPress, *start)
    mouse(dlg, QEvent.Type.MouseMove, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    mouse(dlg, QEvent.Type.MouseMove, *end)
    mouse(dlg, QEvent.Type.MouseButtonRelease, *end)


def test_drawing_a_room_snaps_to_the_grid_and_derives_the_shared_wall(dialog):
    dialog.set_tool(EditorTool.ROOM)
    drag(dialog, (4.1, 1.15), (6.4, 4.9))
    ht = dialog.house_type()
    assert len(ht.rooms) == 2
    assert ht.rooms[1].outline == rect_ring(4.0, 1.0, 2.5, 4.0)
    internal = [w for w in analyse(ht).walls if w.kind is WallKind.INTERNAL]
    assert len(internal) == 1
    assert internal[0].length_m == pytest.approx(4.0)


def test_resizing_a_room_by_its_corner_handle(dialog):
    mouse(dialog, QEvent.Type.MouseButtonPress, 2.0, 2.0)  # select the living room
    mouse(dialog, QEvent.Type.MouseButtonRelease, 2.0, 2.0)
    assert dialog.selected_room == "r1"
    drag(dialog, (4.0, 5.0), (4.6, 5.4))  # top-right corner to 4.5, 5.5 on the 0.5 m grid
    assert dialog.house_type().room("r1").outline == rect_ring(1.0, 1.0, 3.5, 4.5)


def test_moving_a_room_keeps_it_on_the_grid(dialog):
    drag(dialog, (2.0, 2.0), (2.9, 2.1))  # 0.9 m right → 1.0 m on the 0.5 m grid
    assert dialog.house_type().room("r1").outline == rect_ring(2.0, 1.0, 3.0, 4.0)


def test_door_snaps_onto_the_wall_clicked(dialog):
    dialog.set_tool(EditorTool.DOOR)
    mouse(dialog, QEvent.Type.MouseButtonPress, 2.5, 1.1)
    mouse(dialog, QEvent.Type.MouseButtonRelease, 2.5, 1.1)
    (door,) = dialog.house_type().openings
    assert door.kind is OpeningKind.DOOR
    assert door.at == pytest.approx((2.5, 1.0))
    assert dialog.selected_opening == 0
    dialog.set_tool(EditorTool.WINDOW)
    mouse(dialog, QEvent.Type.MouseButtonPress, 2.5, 3.0)  # in the middle of the room: no wall there
    assert len(dialog.house_type().openings) == 1
    assert "wall" in dialog.status.text()


def test_live_figures_and_rules_follow_every_edit(dialog):
    before = dialog.live_figures()
    # Living 3 × 4 m with 0.2 m walls: 2.8 × 3.8 = 10.64 m² clear for 2 persons.
    assert before["floor_area_m2"] == pytest.approx(10.64)
    assert before["floor_area_per_person_m2"] == pytest.approx(5.32)
    assert before["plot_coverage"] == pytest.approx(3.2 * 4.2 / 80)
    assert "✓" in dialog.figures.text() or "m²" in dialog.figures.text()
    failing = {r.rule for r in dialog.rule_results if not r.ok}
    assert "light_opening" in failing  # no window yet
    dialog.set_tool(EditorTool.ROOM)
    drag(dialog, (4.0, 1.0), (5.5, 2.5))  # a 1.5 × 1.5 m multipurpose room: too small to live in
    failing = {(r.rule, r.subject) for r in dialog.rule_results if not r.ok}
    assert ("habitable_room_area", "room r2") in failing
    assert dialog.rules_list.count() == len(dialog.rule_results)
    assert dialog.rules_list.item(0).text().startswith("✗")
    assert dialog.live_figures()["floor_area_m2"] > before["floor_area_m2"]


def test_stages_a_room_added_later_and_the_view_by_stage(dialog):
    dialog.add_stage()
    assert len(dialog.house_type().stages) == 2
    assert dialog.stage == 2
    dialog.set_tool(EditorTool.ROOM)
    drag(dialog, (4.0, 1.0), (7.0, 5.0))
    room = dialog.house_type().rooms[-1]
    assert room.stage == 2
    shared = next(w for w in analyse(dialog.house_type()).walls if len(w.rooms) == 2)
    assert (shared.stage, shared.kind) == (
        1,
        WallKind.EXTERNAL,
    )  # the core's wall, internal once stage 2 is built
    with_stage_2 = dialog.live_figures()["floor_area_m2"]
    dialog.stage_spin.setValue(1)
    assert dialog.live_figures()["floor_area_m2"] < with_stage_2
    assert "r2" not in dialog.view.room_items


def test_undo_redo_and_delete(dialog):
    dialog.set_tool(EditorTool.ROOM)
    drag(dialog, (4.0, 1.0), (6.0, 5.0))
    assert len(dialog.house_type().rooms) == 2
    dialog.delete_selection()
    assert len(dialog.house_type().rooms) == 1
    dialog.undo()
    assert len(dialog.house_type().rooms) == 2
    dialog.undo()
    assert len(dialog.house_type().rooms) == 1
    dialog.redo()
    assert len(dialog.house_type().rooms) == 2


def test_room_properties_and_save_as_toml(dialog, tmp_path):
    mouse(dialog, QEvent.Type.MouseButtonPress, 2.0, 2.0)
    mouse(dialog, QEvent.Type.MouseButtonRelease, 2.0, 2.0)
    dialog.room_name.setText("Sebule")
    dialog.room_use.setCurrentIndex(dialog.room_use.findData("bedroom"))
    dialog.room_name.editingFinished.emit()
    room = dialog.house_type().room("r1")
    assert (room.name, room.use) == ("Sebule", RoomUse.BEDROOM)
    path = tmp_path / "draft.toml"
    dialog.save_toml(str(path))
    assert load_house_type(path) == dialog.house_type()


def _room_beside(ht: HouseType) -> tuple[tuple[float, float], tuple[float, float]]:
    """A drag that draws a 2 m × 2 m room against the right side of the house (metres)."""
    x = max(p[0] for r in ht.rooms for p in r.outline)
    y = min(p[1] for r in ht.rooms for p in r.outline)
    return (x + 0.02, y + 0.02), (x + 2.02, y + 2.02)


def _open_editor_from_the_menu(qtbot, window, type_id: str):
    from PySide6.QtGui import QAction

    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Design" in menus
    window.findChild(QAction, "action_house_types").trigger()
    types = window.house_types_dialog
    qtbot.waitExposed(types)
    row = [t.id for t in types.types()].index(type_id)
    types.list.setCurrentRow(row)
    types.edit_current()
    editor = types.editor
    qtbot.waitExposed(editor)
    return editor


def test_house_types_open_from_the_design_menu_and_undo_restores_the_type_exactly(qtbot, window):
    from designer.io.house_library import load_library
    from designer.model import AddRecord

    window.stack.push(AddRecord(load_library(include_user=False).get("core-1room")))
    before = window.doc["core-1room"]
    editor = _open_editor_from_the_menu(qtbot, window, "core-1room")
    editor.set_tool(EditorTool.ROOM)
    drag(editor, *_room_beside(before))
    edited = window.doc["core-1room"]
    assert len(edited.rooms) == len(before.rooms) + 1
    assert window.bridge.undo_action.text().endswith("Draw room")  # one step on the project's stack
    window.bridge.undo_action.trigger()
    assert window.doc["core-1room"] == before
    assert editor.house_type() == before  # the editor shows the type as it is
    editor.accept()


def test_a_library_type_edited_joins_the_project_and_cancel_takes_it_back(qtbot, window):
    editor = _open_editor_from_the_menu(qtbot, window, "core-1room")
    shipped = editor.house_type()
    assert "core-1room" not in window.doc
    editor.set_tool(EditorTool.ROOM)
    drag(editor, *_room_beside(shipped))
    editor.name_edit.setText("Our core house")
    editor.name_edit.editingFinished.emit()
    assert window.doc["core-1room"].name == "Our core house"
    assert window.stack.labels()[-2:] == ["Draw room", "Rename house type"]
    editor.reject()  # Cancel
    assert "core-1room" not in window.doc
    assert window.stack.index == 0
