"""Import dialogs: a GIS base survey with its layer mapping, and a background image by two points."""

from __future__ import annotations

import json

import pytest

from designer.model import Building, Plot

pytestmark = pytest.mark.gui


def test_geojson_survey_import_is_one_undo_step(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog

    src = tmp_path / "survey.geojson"
    square = [[100, 100], [112, 100], [112, 110], [100, 110], [100, 100]]
    src.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32737"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"layer": "plots"},
                        "geometry": {"type": "Polygon", "coordinates": [square]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    loaded = []
    dlg.load(src, done=lambda: loaded.append(True))
    qtbot.waitUntil(lambda: bool(loaded) or dlg.message.text().startswith("Not"), timeout=30_000)
    assert loaded, dlg.message.text()
    assert dlg.table.rowCount() >= 1
    before = len(window.doc.of_type(Plot))
    for layer in dlg.mapping:
        dlg.mapping[layer] = "plot"
    dlg.start_import()
    qtbot.waitUntil(lambda: dlg.outcome != "", timeout=30_000)
    assert dlg.outcome == "done", dlg.outcome
    assert len(window.doc.of_type(Plot)) == before + 1
    window.bridge.undo_action.trigger()
    assert len(window.doc.of_type(Plot)) == before
    assert len(window.doc.of_type(Building)) == 1


def test_background_image_by_two_reference_points(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from designer.gui.dialogs.import_dialogs import BackgroundImageDialog

    img = QImage(200, 100, QImage.Format.Format_RGB32)
    img.fill(QColor("#336699"))
    path = tmp_path / "aerial.png"
    img.save(str(path))
    dlg = BackgroundImageDialog(window.session, path, window)
    qtbot.addWidget(dlg)
    dlg.set_pixel(0, 0.0, 100.0)
    dlg.set_pixel(1, 200.0, 100.0)
    dlg.set_plan_point(0, 0.0, 0.0)
    dlg.set_plan_point(1, 40.0, 0.0)
    rec = dlg.record()
    assert rec.metres_per_pixel == pytest.approx(0.2)
    dlg.accept()
    images = window.doc.of_kind("background_image")
    assert len(images) == 1
    item = window.scene.item_for(images[0].id)
    assert item is not None
    top_left = item.mapToScene(0, 0)
    assert (top_left.x(), top_left.y()) == pytest.approx((0.0, 20.0))
