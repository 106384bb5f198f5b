"""Safety nets: read-only figures, questions before deleting records, the bundled sample opened as a copy."""

from __future__ import annotations

import pytest

from designer.model import WorkshopRecord
from tests.gui.helpers import forget_changes

pytestmark = pytest.mark.gui


def test_cost_and_comparison_tables_do_not_accept_typing(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableWidgetItem

    window.set_scope("opt-a")
    for table in (window.costs_dock.table, window.comparison_dock.table):
        table.setRowCount(max(table.rowCount(), 1))
        table.setItem(0, 0, QTableWidgetItem("x"))
        table.show()
        rect = table.visualItemRect(table.item(0, 0))
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.keyClicks(table.viewport(), "999")
        assert table.item(0, 0).text() == "x"
        assert table.state() != table.State.EditingState


def test_the_bundled_sample_opens_as_an_untitled_copy(qtbot, isolated_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from designer.gui.main_window import MainWindow
    from designer.resources import sample_project_path

    before = sample_project_path().read_bytes()
    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    assert window.open_path(sample_project_path())
    assert window.path is None
    assert "shipped with Jamii" in window.statusBar().currentMessage()
    assert window.recent_files() == []
    target = tmp_path / "my settlement.jamii"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save()  # Save asks where: it never writes into the program
    assert target.is_file() and window.path == target
    assert sample_project_path().read_bytes() == before


def test_deleting_a_workshop_record_asks_first(qtbot, isolated_settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from designer.gui.main_window import MainWindow
    from designer.gui.people import delete_latest_workshop
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    window.set_document(load_project(sample_project_path()), None)
    asked = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answers.pop(0)
    )
    window.findChild(type(window.act_save), "action_delete_workshop").trigger()
    assert len(window.doc.of_type(WorkshopRecord)) == 1
    assert "31 ballots" in asked[0] and "cannot be undone" in asked[0]
    assert delete_latest_workshop(window)
    assert window.doc.of_type(WorkshopRecord) == []
