"""The plan canvas: y-up metres, zoom to the cursor, panning that never edits, cosmetic pens,
muted existing conditions, pick tolerance in pixels, labels by level of detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from designer.canvas.styles import Status

pytestmark = pytest.mark.gui


def test_north_is_up_and_metres_convert_both_ways(window):
    v = window.view
    assert v.to_pixels(0, 10).y() < v.to_pixels(0, 0).y()
    assert v.to_pixels(10, 0).x() > v.to_pixels(0, 0).x()
    x, y = v.to_metres(v.to_pixels(12.0, 7.0))
    assert (x, y) == pytest.approx((12.0, 7.0), abs=1.0 / v.px_per_m)


def test_zoom_keeps_the_point_under_the_cursor(window):
    v = window.view
    pos = QPoint(300, 200)
    before = v.to_metres(pos)
    scale = v.px_per_m
    v.zoom_by(2.0, pos)
    assert v.px_per_m == pytest.approx(2 * scale)
    assert v.to_metres(pos) == pytest.approx(before, abs=2.0 / v.px_per_m)


def test_wheel_zooms_in_about_the_cursor(qapp, window):
    from PySide6.QtGui import QWheelEvent

    v = window.view
    pos = QPointF(250, 180)
    before = v.to_metres(pos.toPoint())
    scale = v.px_per_m
    event = QWheelEvent(
        pos,
        v.viewport().mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    qapp.sendEvent(v.viewport(), event)
    assert v.px_per_m > scale
    assert v.to_metres(pos.toPoint()) == pytest.approx(before, abs=2.0 / v.px_per_m)


def test_middle_button_pans_without_editing(qtbot, window):
    window.set_tool("plot")
    v = window.view
    start = v.to_metres(QPoint(200, 200))
    QTest.mousePress(
        v.viewport(), Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 200)
    )
    QTest.mouseMove(v.viewport(), QPoint(260, 230))
    QTest.mouseRelease(
        v.viewport(), Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(260, 230)
    )
    after = v.to_metres(QPoint(200, 200))
    assert after[0] == pytest.approx(start[0] - 60 / v.px_per_m, abs=2 / v.px_per_m)
    assert window.stack.count() == 0
    assert window.view.tool.state.name == "IDLE"


def test_space_drag_pans(qtbot, window):
    window.set_tool("plot")
    v = window.view
    start = v.to_metres(QPoint(200, 200))
    QTest.keyPress(v, Qt.Key.Key_Space)
    QTest.mousePress(
        v.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 200)
    )
    QTest.mouseMove(v.viewport(), QPoint(200, 260))
    QTest.mouseRelease(
        v.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 260)
    )
    QTest.keyRelease(v, Qt.Key.Key_Space)
    assert v.to_metres(QPoint(200, 200))[1] == pytest.approx(start[1] + 60 / v.px_per_m, abs=2 / v.px_per_m)
    assert window.stack.count() == 0


def test_pens_are_cosmetic_and_paths_have_their_real_width(window):
    plot = window.scene.item_for("plot-0")
    main = window.scene.item_for("wm-0")
    path = window.scene.item_for("path-0")
    assert plot.pen().isCosmetic()
    assert main.pen().isCosmetic()
    assert not path.pen().isCosmetic()
    assert path.pen().widthF() == pytest.approx(3.0)


def test_existing_conditions_are_muted_under_an_option(window):
    existing = window.scene.item_for("bldg-0").brush().color()
    window.set_scope("opt-a")
    muted = window.scene.item_for("bldg-0").brush().color()
    assert window.scene.status_of(window.doc["bldg-0"]) is Status.MUTED
    assert muted.lightness() > existing.lightness()


def test_pick_tolerance_is_a_constant_number_of_pixels(window):
    v = window.view
    v.set_scale(4.0)
    assert window.ctx.tolerance_m == pytest.approx(v.pick_px / 4.0)
    v.set_scale(40.0)
    assert window.ctx.tolerance_m == pytest.approx(v.pick_px / 40.0)


def test_workshop_mode_makes_symbols_and_targets_bigger(window):
    from designer.canvas.items import SymbolItem

    window.set_scope("opt-a")
    window.set_tool("standpipe")
    from tests.gui.helpers import click_at

    click_at(None, window, 25, 21)
    symbol = next(i for i in window.scene.items() if isinstance(i, SymbolItem))
    small = symbol.boundingRect().width()
    tolerance = window.ctx.tolerance_m
    window.set_workshop(True)
    assert symbol.boundingRect().width() > small
    assert window.ctx.tolerance_m > tolerance
    window.set_workshop(False)


def test_plot_numbers_appear_only_when_they_fit(window, monkeypatch):
    v = window.view
    asked = []
    real = v._label_pixmap
    monkeypatch.setattr(
        v, "_label_pixmap", lambda text, size_pt=None: asked.append(text) or real(text, size_pt)
    )
    v.set_scale(0.5)
    v.viewport().grab()
    assert "1" not in asked  # zoomed out: no plot numbers
    assert "Lane" in asked  # street names stay
    asked.clear()
    v.set_scale(20.0)
    v.centerOn(15.0, 7.5)
    v.viewport().grab()
    assert "2" in asked


def test_snap_indicator_follows_the_pointer(window):
    from designer.tools.snapping import SnapKind

    window.set_tool("plot")
    QTest.mouseMove(window.view.viewport(), window.view.to_pixels(10.1, 15.1))
    preview = window.scene.preview.data_
    assert preview is not None
    assert preview.snap is not None
    assert preview.snap.kind is SnapKind.VERTEX
    assert not window.scene.preview.boundingRect().isEmpty()


def test_snapping_can_be_switched_off_from_the_view_menu(window):
    from designer.tools.snapping import SnapKind

    window.snap_actions["vertices"].setChecked(False)
    window.snap_actions["edges"].setChecked(False)
    assert not window.ctx.snapper.vertices
    window.set_tool("plot")
    QTest.mouseMove(window.view.viewport(), window.view.to_pixels(10.1, 15.1))
    snap = window.scene.preview.data_.snap
    assert snap is None or snap.kind not in (SnapKind.VERTEX, SnapKind.EDGE)


def test_the_changes_halo_follows_edits_of_the_option(qtbot, window):
    import dataclasses

    from designer.model import AddRecord, ReplaceRecord, Toilet

    window.set_scope("opt-a")
    outline = window.scene.changes_outline
    toilet = Toilet(id="wc-1", scope="opt-a", position=(30.0, 25.0))
    window.stack.push(AddRecord(toilet))
    qtbot.waitUntil(lambda: outline().boundingRect().contains(QPointF(30.0, 25.0)))
    moved = dataclasses.replace(toilet, position=(5.0, 25.0))
    window.stack.push(ReplaceRecord(toilet, moved))
    qtbot.waitUntil(lambda: outline().boundingRect().contains(QPointF(5.0, 25.0)))
    assert not outline().boundingRect().contains(QPointF(30.0, 25.0))  # the old outline is gone
    window.stack.undo()
    qtbot.waitUntil(lambda: outline().boundingRect().contains(QPointF(30.0, 25.0)))
