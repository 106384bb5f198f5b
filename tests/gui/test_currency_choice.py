"""The currency follows the imported data's country in the GUI, shows in the status bar, and can be changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.model import Document
from designer.model.project import ProjectInfo
from tests.io.import_fixtures import squares_at, write_layer

pytestmark = pytest.mark.gui

DJIBOUTI_LONLAT = (43.145, 11.59)


def test_importing_djibouti_plots_into_a_new_project_prices_it_in_djf(qtbot, window, tmp_path):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog

    window.set_document(Document(ProjectInfo(name="New")), None)
    assert window.project_label.text().endswith("KES")
    src = write_layer(tmp_path / "dj.gpkg", squares_at("EPSG:32638", DJIBOUTI_LONLAT), crs="EPSG:32638")
    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    dlg.load(src)
    preview = dlg.preview.toPlainText()
    assert "currency: DJF, the currency of Djibouti (DJ)" in preview
    assert "The cost library jamii-default prices in KES, the project in DJF" in preview
    dlg.start_import()
    assert dlg.outcome == "done", dlg.outcome
    assert window.doc.project.currency == "DJF"
    assert window.project_label.text() == "EPSG:32638 · DJF"
    assert "chosen from the country the data lies in" in window.project_label.toolTip()
    assert "currency DJF" in window.statusBar().currentMessage()
    window.stack.undo()  # the import, currency included, is one step
    assert window.doc.project.currency == "KES"


def test_the_properties_control_changes_the_currency_as_one_undo_step(qtbot, window):
    window.ctx.selection.clear()
    dock = window.properties_dock
    dock.refresh()
    combo = dock.editors["currency"]
    assert combo.currentText() == "KES" and combo.findText("DJF") >= 0
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "usd")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert (window.doc.project.currency, window.doc.project.currency_source) == ("USD", "user")
    assert window.project_label.text().endswith("USD")
    assert "prices in KES, the project in USD" in window.statusBar().currentMessage()
    window.stack.undo()
    assert window.doc.project.currency == "KES"


def test_a_bad_currency_in_properties_is_refused_with_a_message(qtbot, window):
    window.ctx.selection.clear()
    window.properties_dock.refresh()
    assert not window.properties_dock.set_currency("shillings")
    assert window.doc.project.currency == "KES"
    assert "not a currency code" in window.statusBar().currentMessage()
