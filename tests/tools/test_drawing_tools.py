"""Drawing tools driven by synthetic pointer events, without Qt."""

from __future__ import annotations

import pytest

from designer.model import EXISTING, Building, Path, Plot, Toilet, WaterMain, WaterPoint, WaterPointKind
from designer.model.geometry import ring_area_m2
from designer.tools.base import Button, Key
from designer.tools.measure_tool import MeasureTool
from designer.tools.point_tool import PointTool
from designer.tools.polygon_tool import PolygonTool
from designer.tools.polyline_tool import PolylineTool
from designer.tools.rectangle_tool import RectangleTool
from designer.tools.snapping import SnapKind
from tests.tools.events import click, ev


def test_polygon_tool_draws_a_plot_by_clicks_and_closes_on_first_corner(doc, stack, ctx):
    tool = PolygonTool(ctx, "plot")
    for x, y in [(30, 0), (42, 0), (42, 10), (30, 10)]:
        click(tool, x, y)
    assert tool.state is PolygonTool.State.DRAWING
    click(tool, 30.1, 0.1)  # on the first corner: closes
    plots = [p for p in doc.of_type(Plot) if p.id not in ("plot-a", "plot-b")]
    assert len(plots) == 1
    assert plots[0].outline == ((30, 0), (42, 0), (42, 10), (30, 10))
    assert tool.state is PolygonTool.State.IDLE
    assert stack.undo_text() == "Draw plot"
    stack.undo()
    assert len(doc.of_type(Plot)) == 2


def test_polygon_tool_escape_cancels_without_changing_the_document(doc, stack, ctx):
    tool = PolygonTool(ctx, "plot")
    for x, y in [(30, 0), (42, 0), (42, 10)]:
        click(tool, x, y)
    tool.key(Key.ESCAPE)
    assert tool.state is PolygonTool.State.IDLE
    assert tool.preview.is_empty()
    assert stack.count() == 0


def test_polygon_tool_typed_lengths_and_enter_finish(doc, stack, ctx):
    ctx.snapper.right_angles = False
    tool = PolygonTool(ctx, "building")
    click(tool, 31, 31)
    tool.move(ev(40, 31, Button.NONE))
    tool.type_text("6")
    tool.key(Key.ENTER)
    tool.move(ev(37, 50, Button.NONE))
    tool.type_text("8")
    tool.key(Key.ENTER)
    tool.key(Key.ENTER)  # nothing typed: finish
    b = next(b for b in doc.of_type(Building) if b.id != "bldg-a")
    assert b.outline == ((31, 31), (37, 31), (37, 39))
    assert ring_area_m2(b.outline) == pytest.approx(24.0)


def test_building_on_a_plot_is_linked_to_it(doc, ctx):
    tool = RectangleTool(ctx, "building")
    click(tool, 12, 2)
    click(tool, 18, 2)
    click(tool, 15, 10)
    new = next(b for b in doc.of_type(Building) if b.id != "bldg-a")
    assert new.plot_id == "plot-b"
    assert ring_area_m2(new.outline) == pytest.approx(48.0)


def test_rectangle_tool_typed_width_by_depth(doc, ctx):
    tool = RectangleTool(ctx, "building")
    click(tool, 100, 100)
    tool.move(ev(110, 100.2, Button.NONE))
    tool.type_text("6x8")
    tool.key(Key.ENTER)
    new = next(b for b in doc.of_type(Building) if b.id != "bldg-a")
    xs = sorted({round(p[0], 6) for p in new.outline})
    assert ring_area_m2(new.outline) == pytest.approx(48.0)
    assert len(new.outline) == 4
    assert xs[0] == pytest.approx(100.0)


def test_path_tool_uses_the_width_and_double_click_finishes(doc, ctx):
    tool = PolylineTool(ctx, "path", width_m=6.0)
    click(tool, 0, -5)
    click(tool, 20, -5)
    tool.press(ev(20, -5, clicks=2))
    paths = doc.of_type(Path)
    assert len(paths) == 1
    assert paths[0].width_m == 6.0
    assert paths[0].route == ((0, -5), (20, -5))
    assert paths[0].path_kind.value == "road"


def test_water_main_ending_on_an_existing_main_splits_it_at_the_junction(doc, stack, ctx):
    tool = PolylineTool(ctx, "water_main")
    click(tool, 15, 30)
    click(tool, 15.2, 20.1)  # snaps onto the main's edge at (15.2, 20)
    tool.key(Key.ENTER)
    mains = doc.of_type(WaterMain)
    assert len(mains) == 3
    routes = sorted(m.route for m in mains)
    assert ((0.0, 20.0), (15.2, 20.0)) in routes
    assert ((15.2, 20.0), (40.0, 20.0)) in routes
    assert ((15.0, 30.0), (15.2, 20.0)) in routes
    assert doc["wm-a"].route == ((0.0, 20.0), (15.2, 20.0))  # the original keeps its id
    stack.undo()
    assert [m.route for m in doc.of_type(WaterMain)] == [((0.0, 20.0), (40.0, 20.0))]


def test_new_run_through_a_network_node_is_split_there(doc, ctx):
    tool = PolylineTool(ctx, "water_main")
    click(tool, 40, 40)
    click(tool, 40.2, 20.2)  # snaps to the end node of wm-a at (40, 20)
    click(tool, 40, 0)
    tool.key(Key.ENTER)
    new = sorted(m.route for m in doc.of_type(WaterMain) if m.id != "wm-a")
    assert new == [((40.0, 20.0), (40.0, 0.0)), ((40.0, 40.0), (40.0, 20.0))]


def test_existing_main_is_not_split_while_designing_an_option(doc, ctx):
    ctx.set_scope("opt-1")
    tool = PolylineTool(ctx, "water_main")
    click(tool, 15, 30)
    click(tool, 15, 20)
    tool.key(Key.ENTER)
    assert doc["wm-a"].route == ((0.0, 20.0), (40.0, 20.0))
    proposed = doc.entities("opt-1")
    assert [e.route for e in proposed] == [((15.0, 30.0), (15.0, 20.0))]


def test_point_tool_adds_a_standpipe_in_the_current_option(doc, stack, ctx):
    ctx.set_scope("opt-1")
    tool = PointTool(ctx, "standpipe")
    click(tool, 5, 17)
    wps = doc.of_type(WaterPoint)
    assert len(wps) == 1
    assert wps[0].point_kind is WaterPointKind.STANDPIPE
    assert wps[0].scope == "opt-1"
    assert stack.undo_text() == "Add standpipe"
    PointTool(ctx, "toilet").press(ev(6, 17))
    assert len(doc.of_type(Toilet)) == 1


def test_snapping_prefers_vertices_then_edges_then_right_angles(doc, ctx):
    s = ctx.snapper.snap((10.2, 14.8))
    assert s.kind is SnapKind.VERTEX
    assert s.point == (10.0, 15.0)
    s = ctx.snapper.snap((10.3, 7.0))
    assert s.kind is SnapKind.EDGE
    assert s.point == (10.0, 7.0)
    s = ctx.snapper.snap((60.0, 50.8), anchor=(50.0, 50.0), before=(50.0, 40.0))
    assert s.kind is SnapKind.RIGHT_ANGLE
    assert s.point[1] == pytest.approx(50.0)
    ctx.snapper.grid_m = 1.0
    s = ctx.snapper.snap((70.4, 80.6))
    assert (s.kind, s.point) == (SnapKind.GRID, (70.0, 81.0))


def test_snap_indicator_is_in_the_preview_while_drawing(ctx):
    tool = PolygonTool(ctx, "plot")
    tool.move(ev(10.1, 0.2, Button.NONE))
    assert tool.preview.snap is not None
    assert tool.preview.snap.kind is SnapKind.VERTEX


def test_measure_tool_reports_length_and_area_and_changes_nothing(doc, stack, ctx):
    ctx.snapper.vertices = ctx.snapper.edges = False
    tool = MeasureTool(ctx)
    for x, y in [(100, 100), (103, 100), (103, 104)]:
        click(tool, x, y)
    tool.key(Key.ENTER)
    assert tool.state is MeasureTool.State.DONE
    assert tool.length_m == pytest.approx(7.0)
    assert tool.area_m2 == pytest.approx(6.0)
    assert stack.count() == 0


def test_invalid_outline_is_reported_not_raised(doc, stack, ctx):
    errors = []
    tool = PolygonTool(ctx, "plot")
    tool.failed.connect(errors.append)
    for x, y in [(100, 100), (110, 110), (110, 100), (100, 110)]:  # a bow tie
        click(tool, x, y)
    tool.key(Key.ENTER)
    assert len(errors) == 1
    assert "crosses itself" in str(errors[0])
    assert stack.count() == 0
    assert doc.get("plot-a") is not None
    assert all(p.scope == EXISTING for p in doc.of_type(Plot))
