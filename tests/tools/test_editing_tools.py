"""Select, move, rotate, vertex edit, split and mark tools, without Qt."""

from __future__ import annotations

import pytest

from designer.model import Building, Demolition, Plot, Relocation
from designer.model.geometry import ring_area_m2
from designer.tools.base import Button, Key
from designer.tools.mark_tool import MarkTool
from designer.tools.rotate_tool import RotateTool
from designer.tools.select_tool import SelectTool
from designer.tools.split_tool import SplitTool
from designer.tools.vertex_tool import VertexTool
from tests.tools.events import click, ev


def test_click_selects_the_topmost_thing_and_shift_toggles(ctx):
    tool = SelectTool(ctx)
    click(tool, 5, 5)  # inside the building, which is inside plot-a
    assert ctx.selection.ids == ("bldg-a",)
    click(tool, 15, 5, shift=True)
    assert ctx.selection.ids == ("bldg-a", "plot-b")
    click(tool, 5, 5, shift=True)
    assert ctx.selection.ids == ("plot-b",)
    click(tool, 500, 500)
    assert ctx.selection.ids == ()


def test_rubber_band_selects_what_lies_inside(ctx):
    tool = SelectTool(ctx)
    tool.press(ev(-1, -1))
    tool.move(ev(10.5, 16, Button.NONE))
    assert tool.state is SelectTool.State.BANDING
    assert tool.preview.band == (-1, -1, 10.5, 16)
    tool.release(ev(10.5, 16))
    assert set(ctx.selection.ids) == {"plot-a", "bldg-a"}


def test_drag_moves_the_selection_as_one_undo_step(doc, stack, ctx):
    ctx.snapper.vertices = ctx.snapper.edges = ctx.snapper.right_angles = False
    tool = SelectTool(ctx)
    tool.press(ev(5, 5))
    tool.move(ev(6, 5, Button.NONE))
    tool.move(ev(8, 6, Button.NONE))
    tool.release(ev(8, 6))
    assert doc["bldg-a"].outline[0] == (5.0, 3.0)
    assert stack.count() == 1
    assert stack.undo_text() == "Move"
    stack.undo()
    assert doc["bldg-a"].outline[0] == (2.0, 2.0)


def test_existing_conditions_cannot_be_moved_inside_an_option(doc, stack, ctx):
    ctx.set_scope("opt-1")
    tool = SelectTool(ctx)
    tool.press(ev(5, 5))
    tool.move(ev(9, 9, Button.NONE))
    tool.release(ev(9, 9))
    assert doc["bldg-a"].outline[0] == (2.0, 2.0)
    assert stack.count() == 0


def test_delete_key_removes_the_selection(doc, stack, ctx):
    tool = SelectTool(ctx)
    click(tool, 5, 5)
    tool.key(Key.DELETE)
    assert "bldg-a" not in doc
    stack.undo()
    assert "bldg-a" in doc


def test_rotate_tool_turns_the_selection_about_its_centre(doc, ctx):
    ctx.selection.set(["bldg-a"])
    tool = RotateTool(ctx)
    tool.type_text("90")
    tool.key(Key.ENTER)
    xs = sorted(round(p[0], 6) for p in doc["bldg-a"].outline)
    ys = sorted(round(p[1], 6) for p in doc["bldg-a"].outline)
    # 6 × 7 m about (5, 5.5): becomes 7 wide, 6 tall.
    assert xs[-1] - xs[0] == pytest.approx(7.0)
    assert ys[-1] - ys[0] == pytest.approx(6.0)


def test_vertex_tool_moves_inserts_and_deletes_vertices(doc, stack, ctx):
    ctx.snapper.vertices = ctx.snapper.edges = ctx.snapper.right_angles = False
    ctx.selection.set(["bldg-a"])
    tool = VertexTool(ctx)
    tool.press(ev(8, 9))
    tool.move(ev(9, 10, Button.NONE))
    tool.release(ev(9, 10))
    assert (9.0, 10.0) in doc["bldg-a"].outline
    tool.press(ev(5, 2, clicks=2))  # double click on the bottom edge: insert
    assert len(doc["bldg-a"].outline) == 5
    assert (5.0, 2.0) in doc["bldg-a"].outline
    tool.press(ev(5, 2, ctrl=True))  # ctrl-click on it: delete
    assert len(doc["bldg-a"].outline) == 4
    assert stack.labels() == ["Move vertex", "Insert vertex", "Delete vertex"]


def test_split_tool_cuts_an_existing_plot_in_two(doc, stack, ctx):
    tool = SplitTool(ctx)
    click(tool, 0, 7.5)
    click(tool, 10, 7.5)
    plots = [p for p in doc.of_type(Plot) if p.id != "plot-b"]
    assert len(plots) == 2
    assert sorted(ring_area_m2(p.outline) for p in plots) == pytest.approx([75.0, 75.0])
    assert doc["plot-a"] in plots
    assert stack.count() == 1


def test_split_in_an_option_replots_without_touching_the_survey(doc, ctx):
    ctx.set_scope("opt-1")
    before = doc["plot-a"]
    tool = SplitTool(ctx)
    click(tool, 5, 0)
    click(tool, 5, 15)
    new = doc.entities("opt-1")
    assert len(new) == 2
    assert all(isinstance(p, Plot) and p.replaces == ("plot-a",) for p in new)
    assert doc["plot-a"] == before
    assert "plot-a" in doc.option_view("opt-1").removed_ids()


def test_mark_tool_marks_and_unmarks_a_building_in_the_option(doc, stack, ctx):
    errors = []
    tool = MarkTool(ctx, "demolish")
    tool.failed.connect(errors.append)
    click(tool, 5, 5)
    assert errors  # no option chosen yet
    ctx.set_scope("opt-1")
    click(tool, 5, 5)
    assert [d.building_id for d in doc.of_type(Demolition)] == ["bldg-a"]
    assert "bldg-a" not in {b.id for b in doc.option_view("opt-1").of_type(Building)}
    click(tool, 5, 5)
    assert doc.of_type(Demolition) == []
    mover = MarkTool(ctx, "relocate")
    mover.press(ev(5, 5))
    assert doc.of_type(Relocation) == []  # waiting for the destination plot
    mover.press(ev(15, 5))
    moves = doc.of_type(Relocation)
    assert [(r.building_id, r.destination_plot_id) for r in moves] == [("bldg-a", "plot-b")]
    assert mover.state is MarkTool.State.IDLE


def test_relocation_without_destination_on_enter(doc, ctx):
    ctx.set_scope("opt-1")
    mover = MarkTool(ctx, "relocate")
    mover.press(ev(5, 5))
    mover.key(Key.ENTER)
    assert [(r.building_id, r.destination_plot_id) for r in doc.of_type(Relocation)] == [("bldg-a", "")]


def test_escape_drops_a_relocation_half_way(doc, ctx):
    ctx.set_scope("opt-1")
    mover = MarkTool(ctx, "relocate")
    mover.press(ev(5, 5))
    mover.key(Key.ESCAPE)
    assert doc.of_type(Relocation) == []
    assert mover.state is MarkTool.State.IDLE
