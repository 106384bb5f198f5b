"""Import dialogs: a GIS base survey with its layer mapping, and a background image by two points."""

from __future__ import annotations

import json

import pytest

from designer.model import Building, Plot

pytestmark = pytest.mark.gui


def test_geojson_survey_import_is_one_undo_step(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog

    src = tmp_path / "survey.geojson"
    x, y = 259500, 9857700  # in the sample settlement (UTM 37S)
    square = [[x, y], [x + 12, y], [x + 12, y + 10], [x, y + 10], [x, y]]
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


def test_the_preview_shows_counts_crs_place_fields_and_a_picture(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog
    from tests.io.import_fixtures import overpass_geojson

    src = overpass_geojson(tmp_path / "osm.geojson", lonlat=(36.82, -1.31))
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    dlg.show()
    loaded = []
    dlg.load(src, done=lambda: loaded.append(True))
    assert loaded, dlg.message.text()
    text = dlg.preview.toPlainText()
    assert "5 water_points" in text and "1 toilet" in text and "EPSG:32737" in text and "landed at" in text
    assert "fields:" in text and "left out" in text  # contributor metadata said, not stored
    assert len(dlg.picture.paths) == 8
    image = dlg.picture.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
    dlg.grab().save(str(tmp_path / "preview.png"))
    assert (tmp_path / "preview.png").stat().st_size > 0
    # The layer's kinds come from each feature's tags: importing keeps them (nothing forced to one kind).
    assert dlg.import_button.isEnabled()
    before = len(window.doc.of_type(Plot))
    dlg.start_import()
    assert dlg.outcome == "done", dlg.outcome
    from designer.model import Toilet, WaterPoint

    assert len(window.doc.of_type(Toilet)) >= 1 and len(window.doc.of_type(WaterPoint)) >= 5
    assert len(window.doc.of_type(Plot)) == before


def test_a_file_without_crs_is_refused_until_the_user_types_one(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog
    from tests.io.import_fixtures import squares_at, write_layer

    src = write_layer(
        tmp_path / "nocrs.shp", squares_at("EPSG:32737", (36.82, -1.31)), driver="ESRI Shapefile"
    )
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    dlg.load(src)
    assert "does not say its coordinate reference system" in dlg.message.text()
    dlg.crs_edit.setText("EPSG:32737")
    dlg._crs_changed()
    assert "landed at 1.3" in dlg.preview.toPlainText()


def test_the_import_dialog_refuses_a_fifo_before_any_parser_opens_it(qtbot, window, tmp_path):
    """Issue 20: the caps the CLI applies hold in the GUI too (a FIFO used to block the reader forever)."""
    import os

    from designer.gui.dialogs.import_dialogs import SurveyImportDialog

    src = tmp_path / "survey.geojson"
    os.mkfifo(src)
    before = len(list(window.doc.records()))
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    loaded = []
    dlg.load(src, done=lambda: loaded.append(True))
    qtbot.waitUntil(lambda: "pipe (FIFO)" in dlg.message.text(), timeout=3_000)
    assert not loaded
    assert len(list(window.doc.records())) == before


def _squares(path, crs, x, y):
    square = [[x, y], [x + 12, y], [x + 12, y + 10], [x, y + 10], [x, y]]
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{crs}"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"building": "yes"},
                        "geometry": {"type": "Polygon", "coordinates": [square]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_the_dialog_refuses_a_survey_in_the_wrong_utm_zone_and_names_the_right_one(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog
    from designer.io.base_import import ImportRequest, import_survey
    from designer.model.document import Document
    from designer.model.project import ProjectInfo

    first = _squares(tmp_path / "first.geojson", 32737, 259_500, 9_857_700)  # Nairobi, UTM 37S
    result = import_survey(Document(ProjectInfo(name="Mathare")), ImportRequest(source=first))
    window.session.set_document(Document(result.project, result.records), None)
    # The same numbers in a file that says zone 36S: on land, ~660 km west.
    src = _squares(tmp_path / "wrong.geojson", 32736, 259_520, 9_857_700)
    before = len(list(window.doc.records()))
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    dlg.load(src)
    text = dlg.message.text()
    assert text.startswith("Not imported:") and "km from the project's drawing" in text
    assert "EPSG:32737" in text and "would put it in place" in text
    assert len(list(window.doc.records())) == before  # the open document is untouched


def test_the_place_field_cross_checks_a_first_import(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog, import_request
    from designer.model.document import Document
    from designer.model.project import ProjectInfo

    assert import_request(tmp_path / "a.geojson", {}, "", "-1.29,36.82").near == "-1.29,36.82"
    assert import_request(tmp_path / "a.geojson", {}, "", " KE ").country == "KE"
    window.session.set_document(Document(ProjectInfo(name="new")), None)
    src = _squares(tmp_path / "nairobi.geojson", 32737, 259_500, 9_857_700)  # Nairobi, right zone
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    dlg.load(src)
    assert "placement not cross-checked: the project is empty" in dlg.preview.toPlainText()
    dlg.place_edit.setText("DJ")
    dlg.load(src)
    assert "km from --country DJ (Djibouti)" in dlg.message.text()
    dlg.place_edit.setText("-1.29,36.82")
    dlg.load(src)
    assert "placement cross-checked against --near -1.29,36.82" in dlg.preview.toPlainText()
    assert dlg.import_button.isEnabled()
