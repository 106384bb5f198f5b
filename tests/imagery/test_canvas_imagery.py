"""Imagery on the canvas: tiles from the right level, placed by the geotransform, under the plan, not hit."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from designer.io.imagery import add_raster_layer
from designer.model import Document, Plot, ProjectInfo
from designer.model.background import RasterLayer
from designer.model.commands import ReplaceRecord
from tests.gui.helpers import forget_changes
from tests.imagery.rasters import UTM36N, UTM_ORIGIN, write_geotiff


@pytest.fixture
def imagery_window(qtbot, tmp_path):
    """A window on a UTM project with one plot (0..10 × 0..15 m) over a 40 × 30 m quadrant image."""
    from designer.gui.main_window import MainWindow

    project = tmp_path / "site.jamii"
    image = write_geotiff(tmp_path / "drone.tif")  # local 0..40 × 0..30 m: red top-left, green top-right
    base = Document(
        ProjectInfo(name="Site", crs_epsg=UTM36N, origin_x_m=UTM_ORIGIN[0], origin_y_m=UTM_ORIGIN[1])
    )
    added = add_raster_layer(base, image, project)
    doc = Document(
        added.project,
        [added.layer, Plot(id="plot-1", outline=((0, 0), (10, 0), (10, 15), (0, 15)), number="1")],
    )
    w = MainWindow(autosave_folder=tmp_path / "autosave")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.set_document(doc, project)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.view.set_scale(4.0)  # 4 px per metre: the 40 m image fits the view
    w.view.centerOn(20.0, 15.0)
    yield w, added.layer
    w.stack.set_clean()
    w.close()


def _colour_at(qtbot, w, item, x_m: float, y_m: float) -> QColor:
    """The colour the view shows at a plan position, once the tile loader has caught up."""
    w.view.viewport().grab()
    qtbot.waitUntil(item.ready, timeout=5000)
    image = w.view.viewport().grab().toImage()
    pos = w.view.to_pixels(x_m, y_m)
    assert image.rect().contains(pos), (pos, image.size())
    return image.pixelColor(w.view.to_pixels(x_m, y_m))


def test_the_image_is_drawn_at_its_georeferenced_place(qtbot, imagery_window):
    w, layer = imagery_window
    item = w.scene.imagery_item(layer.id)
    assert item is not None
    rect = item.sceneBoundingRect()
    assert (rect.left(), rect.top(), rect.right(), rect.bottom()) == pytest.approx((0, 0, 40, 30))
    red, green = _colour_at(qtbot, w, item, 2, 28), _colour_at(qtbot, w, item, 38, 28)
    assert (red.red(), red.green(), red.blue()) == (255, 0, 0)
    assert (green.red(), green.green(), green.blue()) == (0, 255, 0)
    assert item.cache.size_bytes > 0


def test_zoomed_out_the_view_reads_a_coarse_level(qtbot, imagery_window):
    w, layer = imagery_window
    item = w.scene.imagery_item(layer.id)
    w.view.set_scale(0.5)  # 0.5 px per metre = 0.05 px per source pixel: level 4 (1/16) at least
    w.view.viewport().grab()
    qtbot.waitUntil(item.ready, timeout=5000)
    levels = {k.z for k in list(item.cache._tiles) if k.layer == layer.id}
    assert max(levels) >= 1


def test_imagery_is_neither_hit_nor_selected_and_snapping_works_over_it(qtbot, imagery_window):
    from designer.tools.snapping import SnapKind

    w, layer = imagery_window
    assert w.scene.ids_at(30.0, 25.0, 1.0) == []  # only imagery there
    assert layer.id not in w.scene.shown_ids()
    w.set_tool("plot")
    QTest.mouseMove(w.view.viewport(), w.view.to_pixels(10.1, 15.1))
    snap = w.scene.preview.data_.snap
    assert snap is not None and snap.kind is SnapKind.VERTEX


def test_opacity_visibility_and_contrast_change_the_drawn_layer(qtbot, imagery_window):
    w, layer = imagery_window
    item = w.scene.imagery_item(layer.id)
    w.stack.push(ReplaceRecord(layer, dataclasses.replace(layer, opacity=0.25, contrast=0.0)))
    assert w.scene.imagery_item(layer.id) is item  # restyled, not reopened
    assert item.opacity() == 0.25
    grey = _colour_at(qtbot, w, item, 38, 28)
    assert abs(grey.red() - grey.green()) < 10  # contrast 0: flat grey, no green left
    current = w.doc.get(layer.id)
    w.stack.push(ReplaceRecord(current, dataclasses.replace(current, visible=False)))
    assert not item.isVisible()


def test_a_missing_image_is_reported_not_drawn(qtbot, tmp_path, imagery_window):
    w, layer = imagery_window
    (tmp_path / "drone.tif").rename(tmp_path / "moved.tif")
    w.scene.rebuild_imagery()
    assert w.scene.imagery_item(layer.id) is None
    assert "image file missing" in w.scene.imagery_problems[layer.id]


def test_layer_order_puts_the_newer_image_on_top(qtbot, tmp_path, imagery_window):
    w, layer = imagery_window
    second = write_geotiff(tmp_path / "satellite.tif")
    added = add_raster_layer(w.doc, second, tmp_path / "site.jamii")
    from designer.model.commands import AddRecord

    w.stack.push(AddRecord(added.layer))
    assert isinstance(w.doc.get(added.layer.id), RasterLayer)
    top = w.scene.imagery_item(added.layer.id)
    assert top.zValue() > w.scene.imagery_item(layer.id).zValue()
    assert top.zValue() < 0  # still under the plan


def test_opening_a_project_whose_image_moved_says_so(qtbot, tmp_path, imagery_window):
    w, _layer = imagery_window
    (tmp_path / "drone.tif").rename(tmp_path / "moved.tif")
    errors = []
    w.session.error.connect(errors.append)
    w.set_document(w.doc, tmp_path / "site.jamii")
    assert errors and "image file missing" in errors[-1] and "drone" in errors[-1]


def test_a_partial_repaint_does_not_cancel_the_rest_of_the_screens_tiles(qtbot, tmp_path):
    from designer.canvas.raster_item import TileLoader, TileNotifier
    from designer.canvas.raster_tiles import TileCache, TileKey

    image = write_geotiff(tmp_path / "a.tif")
    base = Document(
        ProjectInfo(name="Site", crs_epsg=UTM36N, origin_x_m=UTM_ORIGIN[0], origin_y_m=UTM_ORIGIN[1])
    )
    layer = add_raster_layer(base, image, tmp_path / "site.jamii").layer
    notifier = TileNotifier()
    loader = TileLoader(image, None, layer, TileCache(10**6), (400, 300), notifier)
    loader.stop()
    loader._thread.join(5)
    screen = [TileKey(layer.id, (0.0, 1.0), 0, tx, 0) for tx in range(2)]
    loader.want(screen)
    loader.want([screen[1]])  # one tile's rect repainted
    assert loader._wanted == [screen[1], screen[0]]
    loader.want([TileKey(layer.id, (0.0, 1.0), 1, 0, 0)])  # zoomed out: level-0 wishes are stale
    assert [k.z for k in loader._wanted] == [1]
