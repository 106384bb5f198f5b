"""House-editing tools without Qt: pointer events in, one undoable command per finished edit."""

from __future__ import annotations

import pytest

from designer.model import Document, ProjectInfo
from designer.model.housing import HouseType, OpeningKind, Room, RoomUse, analyse, rect_ring
from designer.model.undo import UndoStack
from designer.tools.base import PointerEvent
from designer.tools.house_editing import (
    EditorTool,
    HouseEditing,
    HouseSelectTool,
    OpeningTool,
    RoomTool,
    make_house_tool,
)


def draft() -> HouseType:
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
def editing() -> HouseEditing:
    doc = Document(ProjectInfo(name="P"), [draft()])
    return HouseEditing(doc, UndoStack(doc), draft())


def drag(tool, start, end) -> None:
    tool.press(PointerEvent(*start))
    tool.move(PointerEvent((start[0] + end[0]) / 2, (start[1] + end[1]) / 2))
    tool.move(PointerEvent(*end))
    tool.release(PointerEvent(*end))


def test_drawing_a_room_is_one_undoable_step_snapped_to_the_grid(editing):
    before = editing.house_type
    tool = RoomTool(editing)
    tool.press(PointerEvent(4.1, 1.15))
    tool.move(PointerEvent(6.4, 4.9))
    assert tool.state is RoomTool.State.DRAWING
    assert tool.preview == (4.0, 1.0, 6.5, 5.0)
    tool.release(PointerEvent(6.4, 4.9))
    assert tool.state is RoomTool.State.IDLE and tool.preview is None
    ht = editing.doc["draft"]
    assert ht.rooms[1].outline == rect_ring(4.0, 1.0, 2.5, 4.0)
    assert editing.selected_room == ht.rooms[1].key
    assert editing.stack.labels() == ["Draw room"]
    editing.stack.undo()
    assert editing.doc["draft"] == before  # exactly the type it was
    assert editing.house_type == before


def test_a_click_is_not_a_room_and_escape_drops_the_drawing(editing):
    tool = RoomTool(editing)
    tool.press(PointerEvent(5.0, 5.0))
    tool.release(PointerEvent(5.1, 5.1))
    tool.press(PointerEvent(5.0, 5.0))
    tool.move(PointerEvent(7.0, 7.0))
    tool.cancel()
    tool.release(PointerEvent(7.0, 7.0))
    assert editing.stack.labels() == []


def test_select_tool_moves_and_resizes_a_room_on_the_grid(editing):
    tool = HouseSelectTool(editing)
    drag(tool, (2.0, 2.0), (2.9, 2.1))  # 0.9 m right → 1.0 m on the 0.5 m grid
    assert editing.house_type.room("r1").outline == rect_ring(2.0, 1.0, 3.0, 4.0)
    assert editing.selected_room == "r1"
    drag(tool, (5.0, 5.0), (5.6, 5.4))  # the top-right corner handle to 5.5, 5.5
    assert editing.house_type.room("r1").outline == rect_ring(2.0, 1.0, 3.5, 4.5)
    assert editing.stack.labels() == ["Move room", "Resize room"]


def test_clicking_empty_ground_selects_nothing_and_changes_nothing(editing):
    tool = HouseSelectTool(editing)
    drag(tool, (2.0, 2.0), (2.0, 2.0))
    assert editing.selected_room == "r1"
    tool.press(PointerEvent(7.0, 8.0))
    tool.release(PointerEvent(7.0, 8.0))
    assert editing.selected_room is None
    assert editing.stack.labels() == []


def test_a_door_snaps_onto_the_wall_and_off_a_wall_nothing_is_added(editing):
    tool = make_house_tool(EditorTool.DOOR, editing)
    assert isinstance(tool, OpeningTool)
    tool.press(PointerEvent(2.5, 1.1))
    (door,) = editing.house_type.openings
    assert door.kind is OpeningKind.DOOR
    assert door.at == pytest.approx((2.5, 1.0))
    assert editing.selected_opening == 0
    window = make_house_tool(EditorTool.WINDOW, editing)
    window.press(PointerEvent(2.5, 3.0))  # the middle of the room: no wall
    assert len(editing.house_type.openings) == 1
    assert "wall" in editing.message
    assert editing.stack.labels() == ["Add door"]


def test_the_last_room_cannot_be_deleted_but_a_door_can(editing):
    editing.select(room="r1")
    editing.delete_selection()
    assert "at least one room" in editing.message
    assert editing.stack.labels() == []
    OpeningTool(editing, OpeningKind.DOOR).press(PointerEvent(2.5, 1.1))
    editing.delete_selection()
    assert editing.house_type.openings == ()
    assert editing.stack.labels() == ["Add door", "Delete door or window"]


def test_side_panel_edits_are_steps_and_stages_follow(editing):
    editing.select(room="r1")
    editing.edit_room("Sebule", RoomUse.BEDROOM, 1)
    editing.add_stage()
    assert editing.stage == 2
    drag(RoomTool(editing), (4.0, 1.0), (7.0, 5.0))
    assert editing.house_type.rooms[-1].stage == 2
    editing.rename("Nyumba")
    room = editing.house_type.room("r1")
    assert (room.name, room.use, editing.house_type.name) == ("Sebule", RoomUse.BEDROOM, "Nyumba")
    assert editing.stack.labels() == ["Edit room", "Add building stage", "Draw room", "Rename house type"]
    while editing.stack.can_undo():
        editing.stack.undo()
    editing.tidy()
    assert editing.house_type == draft()
    assert editing.stage == 1  # the added stage is gone again


def test_a_library_type_enters_the_project_on_its_first_edit(editing):
    doc = Document(ProjectInfo(name="P"))
    outside = draft()
    e = HouseEditing(doc, UndoStack(doc), outside)
    assert e.house_type is outside
    drag(RoomTool(e), (4.0, 1.0), (6.0, 5.0))
    assert "draft" in doc
    assert len(analyse(doc["draft"]).walls) > 4
    e.stack.undo()
    assert "draft" not in doc
    assert e.house_type is outside
