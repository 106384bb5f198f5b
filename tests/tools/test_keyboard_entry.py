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
