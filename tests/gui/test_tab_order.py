"""Tab goes where the eye goes: plan, coordinate line, the docks in reading order, and never gets stuck."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

pytestmark = pytest.mark.gui


def _dock_of(widget):
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else ""


def _tab_round(qtbot, start, key=Qt.Key.Key_Tab, limit=80):
    """Press Tab from ``start`` until focus is back on it; return the widgets visited."""
    start.setFocus()
    visited = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key)
        focus = QApplication.focusWidget()
        if focus is start:
            return visited
        assert focus not in visited, f"Tab is stuck in {_dock_of(focus) or focus.objectName()}"
        visited.append(focus)
    raise AssertionError("Tab never came back to the plan")


def test_tab_goes_round_the_window_in_reading_order(qtbot, window):
    window.resize(1900, 1000)  # wide enough for the left column (designer.gui.dock_fit)
    qtbot.waitUntil(lambda: not window.layers_dock.isHidden())
    window.activateWindow()
    window.ctx.selection.clear()
    window.properties_dock.raise_()
    window.properties_dock.refresh()
    qtbot.wait(50)  # the new editors show once the event loop runs
    visited = _tab_round(qtbot, window.view)
    assert visited[0] is window.coordinate_entry.line
    docks = [d for d in (_dock_of(w) for w in visited) if d]
    order = list(dict.fromkeys(docks))  # first visit of each dock
    assert order.index("dock_options") < order.index("dock_properties") < order.index("dock_layers")
    # Properties' editors (rebuilt on every selection) are visited top to bottom, not in creation order.
    editors = [w for w in visited if w.objectName().startswith("prop_")]
    assert [e.objectName() for e in editors][:2] == ["prop_name", "prop_place"]
    ys = [e.mapTo(window, QPoint(0, 0)).y() for e in editors]
    assert ys == sorted(ys)
    assert any(w.objectName() == "prop_currency" for w in editors)


def test_shift_tab_goes_back(qtbot, window):
    window.activateWindow()
    backwards = _tab_round(qtbot, window.view, Qt.Key.Key_Backtab)
    forwards = _tab_round(qtbot, window.view)
    assert backwards == list(reversed(forwards))


def test_a_table_gives_tab_back(qtbot, window):
    window.activateWindow()
    window.costs_dock.raise_()
    table = window.costs_dock.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_a_dialog_is_chained_in_reading_order(qtbot, window):
    from designer.gui.dialogs.import_dialogs import SurveyImportDialog
    from designer.gui.tab_order import focus_chain

    dlg = SurveyImportDialog(window.session, "gis", window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    chain = focus_chain(dlg)
    assert chain[0] is dlg.crs_edit and chain[-1] in dlg.buttons.buttons()
    chain[0].setFocus()
    assert QApplication.focusWidget() is chain[0]
    for expected in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
