"""Every control of the window, its docks, the workshop screens and the dialogs has an accessible name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _unnamed(root) -> list[str]:
    from designer.gui.accessibility import CONTROL_TYPES

    out = []
    for w in [root, *root.findChildren(object)]:
        if isinstance(w, CONTROL_TYPES) and w.isVisible() and not w.accessibleName().strip():
            out.append(f"{type(w).__name__} {w.objectName()!r}")
    return out


def test_every_visible_control_has_an_accessible_name(qtbot, isolated_settings):
    from designer.gui.households import WorkshopRecordDialog
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.model import WorkshopRecord
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    window.set_document(load_project(sample_project_path()), None)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    for dock in (window.costs_dock, window.comparison_dock, window.standards_dock):
        dock.show()
    unnamed = _unnamed(window)
    assert unnamed == [], "\n".join(unnamed)
    tool = window.tools_bar.widgetForAction(window.tool_actions["toilet"])
    assert tool.accessibleName() == "Add toilet"
    window.set_workshop(True)
    window.voting_page.open()
    assert _unnamed(window) == []
    (w,) = window.doc.of_type(WorkshopRecord)
    dialog = WorkshopRecordDialog(window.doc, window.stack, w, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    assert dialog.place_edit.accessibleName() == "Place"


def test_a_control_nothing_describes_is_reported(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from designer.gui.accessibility import name_controls

    root = QWidget()
    qtbot.addWidget(root)
    bare = QLineEdit()
    QVBoxLayout(root).addWidget(bare)
    assert name_controls(root) == [bare]
