"""Design → Costing assumptions…: per-project values, checked before saving, one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from designer.gui.dialogs.assumptions import AssumptionsDialog

pytestmark = pytest.mark.gui


def _set(dialog: AssumptionsDialog, name: str, value: str) -> None:
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)
    dialog.table.item(row, 1).setText(value)


def test_bad_values_are_named_and_not_saved(qtbot, plan_doc):
    dialog = AssumptionsDialog(plan_doc.project)
    qtbot.addWidget(dialog)
    _set(dialog, "contingency_pct", "ten")
    dialog.accept()
    assert dialog.project is None and "contingency_pct = 'ten' is not a number" in dialog.error.text()
    _set(dialog, "contingency_pct", "7.5")
    dialog.accept()
    assert dialog.project is not None and dialog.project.assumptions == (("contingency_pct", "7.5"),)


def test_the_design_menu_saves_them_in_the_project_and_the_bill_uses_them(qtbot, window):
    from designer.estimate.pricing import cost_option

    def fill() -> None:
        dialog = window.findChild(AssumptionsDialog)
        _set(dialog, "contingency_pct", "7.5")
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.act_assumptions.trigger()
    assert window.doc.project.assumptions == (("contingency_pct", "7.5"),)
    assert cost_option(window.doc, "opt-a").summary.contingency_pct == 7.5
    window.stack.undo()
    assert window.doc.project.assumptions == ()
