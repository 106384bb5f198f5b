"""Drawing with the keyboard only: typed points, offsets, polar offsets and lengths drive the tools (issue 16)."""

from __future__ import annotations

import pytest

from designer.model import Building, Path, Plot, WaterPoint
from designer.tools.keyboard_entry import EntryError, KeyboardDrawing, TypedEntry, parse_entry
from designer.tools.point_tool import PointTool
from designer.tools.polygon_tool import PolygonTool
from designer.tools.polyline_tool import PolylineTool
from designer.tools.rectangle_tool import RectangleTool


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("12.5, 30", TypedEntry("point", x_m=12.5, y_m=30.0)),
        ("12.5 30", TypedEntry("point", x_m=12.5, y_m=30.0)),
        ("12,5; 30", TypedEntry("point", x_m=12.5, y_m=30.0)),
        ("@5, -2", TypedEntry("offset", x_m=5.0, y_m=-2.0)),
        ("@5<90", TypedEntry("polar", length_m=5.0, angle_deg=90.0)),
        ("5 < 180", TypedEntry("polar", length_m=5.0, angle_deg=180.0)),
        ("length 5", TypedEntry("polar", length_m=5.0)),
        ("7.5", TypedEntry("polar", length_m=7.5)),
        ("", TypedEntry("finish")),
    ],
)
def test_typed_forms(text, entry):
    assert parse_entry(text) == entry


@pytest.mark.parametrize("text", ["twelve", "1, 2, 3", "@0<90", "length -3", "nan, 4", "@"])
def test_what_is_not_a_point_is_refused_with_the_forms(text):
    with pytest.raises(EntryError, match=r"is not a point|positive number"):
        parse_entry(text)


def test_a_path_typed_point_by_point_is_one_undo_step(doc, stack, ctx):
    keys = KeyboardDrawing()
    keys.attach(PolylineTool(ctx, "path", width_m=2.0))
    keys.submit("30, 30")
    keys.submit("@10<0")
    keys.submit("length 5")  # on in the same direction
    keys.submit("@0, 8")
    keys.submit("")  # Enter on an empty line: finish
    path = next(p for p in doc.of_type(Path))
    assert path.route == ((30, 30), (40, 30), (45, 30), (45, 38))
    assert stack.count() == 1 and stack.undo_text() == "Draw path"
    stack.undo()
    assert doc.of_type(Path) == []


def test_a_plot_typed_exactly_even_beside_other_corners(doc, stack, ctx):
    ctx.tolerance_m = 5.0  # a mouse click this near another plot's corner would snap to it; a typed one not
    keys = KeyboardDrawing()
    keys.attach(PolygonTool(ctx, "plot"))
    for text in ("20.5, 0", "@12<0", "@10<90", "@12<180", ""):
        keys.submit(text)
    plot = next(p for p in doc.of_type(Plot) if p.id not in ("plot-a", "plot-b"))
    assert plot.outline == ((20.5, 0), (32.5, 0), (32.5, 10), (20.5, 10))
    assert stack.count() == 1


def test_esc_drops_the_shape_being_typed(doc, stack, ctx):
    keys = KeyboardDrawing()
    keys.attach(PolygonTool(ctx, "plot"))
    keys.submit("30, 30")
    keys.submit("@5<0")
    keys.escape()
    keys.submit("")
    assert stack.count() == 0


def test_a_tap_at_typed_coordinates_then_the_next_relative_to_it(doc, stack, ctx):
    ctx.set_scope("opt-1")
    keys = KeyboardDrawing()
    keys.attach(PointTool(ctx, "standpipe"))
    keys.submit("5, 17")
    keys.submit("@25<0")
    assert sorted(w.position for w in doc.of_type(WaterPoint)) == [(5, 17), (30, 17)]
    assert stack.count() == 2  # one step per tap


def test_a_rectangle_house_by_two_corners_and_its_depth(doc, ctx):
    keys = KeyboardDrawing()
    keys.attach(RectangleTool(ctx, "building"))
    for text in ("31, 31", "@6<0", "@8<90"):
        keys.submit(text)
    house = next(b for b in doc.of_type(Building) if b.id != "bldg-a")
    assert sorted(house.outline) == [(31, 31), (31, 39), (37, 31), (37, 39)]


def test_relative_entries_need_a_first_point(ctx):
    keys = KeyboardDrawing()
    keys.attach(PolylineTool(ctx, "path"))
    with pytest.raises(EntryError, match="first point"):
        keys.submit("@5<90")
    keys.attach(None)
    with pytest.raises(EntryError, match="tool"):
        keys.submit("1, 2")


def test_a_plot_split_by_two_typed_points(doc, ctx):
    from designer.tools.split_tool import SplitTool

    keys = KeyboardDrawing()
    keys.attach(SplitTool(ctx))
    keys.submit("-1, 7.5")
    keys.submit("@12<0")  # across plot 1 (0–10 m) from side to side
    assert len(doc.of_type(Plot)) == 3


def test_a_house_marked_for_demolition_by_a_typed_point(doc, stack, ctx):
    from designer.model import Demolition
    from designer.tools.mark_tool import MarkTool

    ctx.set_scope("opt-1")
    keys = KeyboardDrawing()
    keys.attach(MarkTool(ctx, "demolish"))
    keys.submit("5, 5")  # inside the building on plot 1
    marks = doc.of_type(Demolition)
    assert len(marks) == 1 and marks[0].scope == "opt-1" and stack.count() == 1


def test_a_water_main_typed_to_the_existing_main_joins_it(doc, ctx):
    from designer.model import WaterMain

    keys = KeyboardDrawing()
    keys.attach(PolylineTool(ctx, "water_main"))
    keys.submit("15, 40")
    keys.submit("@20<270")  # ends on the existing main at (15, 20): it is split there, a shared node
    keys.submit("")
    routes = sorted(m.route for m in doc.of_type(WaterMain))
    assert ((15, 40), (15, 20)) in routes and len(routes) == 3


# ---------------------------------------------------------------- the tools that drag: typed move, rotate, corner
@pytest.mark.parametrize(
    ("text", "angle"), [("rotate 30", 30.0), ("rot -15", -15.0), ("r 2,5", 2.5), ("rotate 45°", 45.0)]
)
def test_typed_rotations(text, angle):
    assert parse_entry(text) == TypedEntry("rotate", angle_deg=angle)


@pytest.mark.parametrize("text", ["rotate", "rotate 0", "rot -0.0"])
def test_a_rotation_needs_a_non_zero_angle(text):
    with pytest.raises(EntryError) as caught:
        parse_entry(text)
    assert caught.value.reason == "angle"


def _select_tool(ctx, *ids):
    from designer.tools.select_tool import SelectTool

    ctx.selection.set(ids)
    keys = KeyboardDrawing()
    keys.attach(SelectTool(ctx))
    return keys


def test_a_selection_moved_by_a_typed_offset_is_one_undo_step(doc, stack, ctx):
    keys = _select_tool(ctx, "bldg-a", "wm-a")
    applied = keys.submit("@1.5, -1")
    assert (applied.kind, applied.dx_m, applied.dy_m) == ("moved", 1.5, -1.0)
    assert doc.get("bldg-a").outline == ((3.5, 1), (9.5, 1), (9.5, 8), (3.5, 8))
    assert doc.get("wm-a").route == ((1.5, 19), (41.5, 19))
    assert stack.count() == 1 and stack.undo_text() == "Move"
    stack.undo()
    assert doc.get("bldg-a").outline == ((2, 2), (8, 2), (8, 9), (2, 9))


def test_a_selection_moved_by_a_typed_length_and_angle(doc, ctx):
    keys = _select_tool(ctx, "bldg-a")
    assert keys.submit("@2<90").kind == "moved"  # 2 m north
    assert doc.get("bldg-a").outline == ((2, 4), (8, 4), (8, 11), (2, 11))


def test_a_typed_move_needs_a_selection_and_a_direction(doc, stack, ctx):
    keys = _select_tool(ctx)
    with pytest.raises(EntryError) as caught:
        keys.submit("@1, 0")
    assert caught.value.reason == "no_selection"
    ctx.selection.set(["bldg-a"])
    with pytest.raises(EntryError) as caught:
        keys.submit("length 3")
    assert caught.value.reason == "move_form"
    assert stack.count() == 0


def test_a_typed_point_with_the_select_tool_selects_what_is_there(ctx):
    keys = _select_tool(ctx)
    keys.submit("5, 5")
    assert ctx.selection.ids == ("bldg-a",)


def test_existing_conditions_cannot_be_moved_by_typing_while_an_option_is_designed(doc, stack, ctx):
    ctx.set_scope("opt-1")
    keys = _select_tool(ctx, "bldg-a")
    with pytest.raises(EntryError, match="select what to move"):
        keys.submit("@1, 0")
    assert stack.count() == 0


def test_a_selection_rotated_by_a_typed_angle_about_its_centre(doc, stack, ctx):
    keys = _select_tool(ctx, "bldg-a")
    applied = keys.submit("rotate 90")
    assert (applied.kind, applied.angle_deg) == ("rotated", 90.0)
    outline = [(round(x, 9), round(y, 9)) for x, y in doc.get("bldg-a").outline]
    # Centre (5, 5.5): the 6 × 7 m house turned a quarter anticlockwise becomes 7 × 6 m.
    assert outline == [(8.5, 2.5), (8.5, 8.5), (1.5, 8.5), (1.5, 2.5)]
    assert stack.count() == 1 and stack.undo_text() == "Rotate"
    stack.undo()
    assert doc.get("bldg-a").outline == ((2, 2), (8, 2), (8, 9), (2, 9))


def test_the_rotate_tool_takes_a_typed_rotation_and_others_refuse_it(doc, ctx):
    from designer.tools.rotate_tool import RotateTool

    ctx.selection.set(["plot-b"])
    keys = KeyboardDrawing()
    keys.attach(RotateTool(ctx))
    assert keys.submit("rotate 180").kind == "rotated"
    assert sorted((round(x, 9), round(y, 9)) for x, y in doc.get("plot-b").outline) == [
        (10, 0),
        (10, 15),
        (20, 0),
        (20, 15),
    ]
    keys.attach(PolylineTool(ctx, "path"))
    with pytest.raises(EntryError) as caught:
        keys.submit("rotate 30")
    assert caught.value.reason == "no_selection"


def _vertex_tool(ctx, entity_id):
    from designer.tools.vertex_tool import VertexTool

    ctx.selection.set([entity_id])
    tool = VertexTool(ctx)
    keys = KeyboardDrawing()
    keys.attach(tool)
    return keys, tool


def test_a_corner_picked_by_typing_then_moved_by_typing(doc, stack, ctx):
    keys, tool = _vertex_tool(ctx, "bldg-a")
    assert keys.submit("8, 9").kind == "point"  # on the corner: picks it, changes nothing
    assert tool.picked_corner() == (8, 9) and stack.count() == 0
    applied = keys.submit("9, 10")
    assert (applied.kind, applied.point) == ("corner", (9.0, 10.0))
    assert doc.get("bldg-a").outline == ((2, 2), (8, 2), (9, 10), (2, 9))
    assert keys.submit("@0, -1").kind == "corner"  # relative to the corner
    assert doc.get("bldg-a").outline == ((2, 2), (8, 2), (9, 9), (2, 9))
    assert stack.count() == 2 and stack.undo_text() == "Move vertex"
    stack.undo()
    stack.undo()
    assert doc.get("bldg-a").outline == ((2, 2), (8, 2), (8, 9), (2, 9))


def test_a_corner_move_that_makes_the_outline_cross_itself_is_refused(doc, stack, ctx):
    keys, tool = _vertex_tool(ctx, "bldg-a")
    reported = []
    tool.failed.connect(reported.append)
    keys.submit("8, 9")
    applied = keys.submit("-5, 5")  # past the opposite side: a bow tie
    assert applied.kind == "refused"
    assert len(reported) == 1
    assert doc.get("bldg-a").outline == ((2, 2), (8, 2), (8, 9), (2, 9)) and stack.count() == 0
