"""The designer's imagery: adding a georeferenced image (one undo step), the layers dialog, overviews."""

from __future__ import annotations

import pytest

from designer.gui.dialogs.imagery_dialog import ImageryDialog, add_image, build_overviews_for
from designer.io.raster import inspect_raster
from designer.model import Document, ProjectInfo
from designer.model.background import RasterLayer
from tests.gui.helpers import forget_changes
from tests.imagery.rasters import write_geotiff


@pytest.fixture
def empty_window(qtbot, tmp_path):
    from designer.gui.main_window import MainWindow

    w = MainWindow(autosave_folder=tmp_path / "autosave")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.set_document(Document(ProjectInfo(name="Site")), tmp_path / "site.jamii")
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.stack.set_clean()
    w.close()


def _add(qtbot, w, path):
    before = len(w.doc.of_type(RasterLayer))
    add_image(w.session, path, w)
    qtbot.waitUntil(lambda: len(w.doc.of_type(RasterLayer)) == before + 1, timeout=5000)


def test_a_georeferenced_image_is_one_undo_step_that_also_sets_the_crs(qtbot, empty_window, tmp_path):
    w = empty_window
    _add(qtbot, w, write_geotiff(tmp_path / "drone.tif"))
    assert w.doc.project.crs_epsg == 32636
    assert w.scene.imagery_item(w.doc.of_type(RasterLayer)[0].id) is not None
    w.stack.undo()
    assert w.doc.of_type(RasterLayer) == [] and w.doc.project.crs_epsg is None


def test_a_bad_file_is_reported_and_nothing_is_added(qtbot, empty_window, tmp_path):
    w = empty_window
    bad = tmp_path / "photo.tif"
    bad.write_bytes(b"II*\x00" + b"\x00" * 100)  # a TIFF header and nothing else
    errors = []
    w.session.error.connect(errors.append)
    add_image(w.session, bad, w)
    assert errors and "photo.tif" in errors[0] and "\n" not in errors[0]
    assert w.doc.of_type(RasterLayer) == []
    assert not w.stack.can_undo() if hasattr(w.stack, "can_undo") else True


def test_the_layers_dialog_orders_hides_adjusts_and_relinks(qtbot, empty_window, tmp_path):
    w = empty_window
    _add(qtbot, w, write_geotiff(tmp_path / "satellite.tif"))
    _add(qtbot, w, write_geotiff(tmp_path / "drone.tif"))
    dlg = ImageryDialog(w.session, w)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 2
    assert dlg.current().name == "drone"  # top first
    dlg.move_layer(-1)
    names = [r.name for r in dlg.layers()]
    assert names == ["satellite", "drone"]
    sat, drone = (next(r for r in w.doc.of_type(RasterLayer) if r.name == n) for n in ("satellite", "drone"))
    assert sat.order > drone.order
    assert w.scene.imagery_item(sat.id).zValue() > w.scene.imagery_item(drone.id).zValue()
    dlg.list.setCurrentRow(0)
    dlg.opacity.setValue(0.3)
    dlg.contrast.setValue(1.5)
    dlg.visible.setChecked(False)
    sat = w.doc.get(sat.id)
    assert (sat.opacity, sat.contrast, sat.visible) == (0.3, 1.5, False)
    assert not w.scene.imagery_item(sat.id).isVisible()
    dlg.date.setText("2019-13-01")
    dlg.apply()
    assert "YYYY-MM-DD" in dlg.status.text() and w.doc.get(sat.id).date == ""
    # the file moves: reported in the list, re-linked from the dialog
    moved = tmp_path / "old" / "satellite-2019.tif"
    moved.parent.mkdir()
    (tmp_path / "satellite.tif").rename(moved)
    w.scene.rebuild_imagery()
    dlg.refresh()
    assert "file missing" in dlg.list.item(0).text()
    dlg.relink(moved)
    assert w.doc.get(sat.id).path == "old/satellite-2019.tif"
    assert "file missing" not in dlg.list.item(0).text()
    assert w.scene.imagery_item(sat.id) is not None


def test_overviews_are_built_from_the_designer_and_cancel_leaves_nothing(qtbot, empty_window, tmp_path):
    w = empty_window
    image = write_geotiff(tmp_path / "big.tif", width=1500, height=1000)
    _add(qtbot, w, image)
    job = build_overviews_for(w.session, image, w)
    job.cancel()
    qtbot.waitUntil(
        lambda: not (tmp_path / "big.tif.ovr").exists() and not any(tmp_path.glob(".jamii-ovr*")),
        timeout=10000,
    )
    qtbot.wait(300)
    messages = []
    w.session.message.connect(lambda text, _ms: messages.append(text))
    build_overviews_for(w.session, image, w)
    qtbot.waitUntil(lambda: any("overviews built" in m for m in messages), timeout=20000)
    assert inspect_raster(image).overview_factors == (2, 4, 8)


def test_a_scan_without_georeference_is_left_to_the_two_point_dialog(qtbot, empty_window, tmp_path):
    w = empty_window
    assert add_image(w.session, write_geotiff(tmp_path / "scan.tif", epsg=None), w) is False
    assert w.doc.of_type(RasterLayer) == []
