"""Design → Add an item by hand…: a priced item on the shown option, one undoable step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer

from designer.gui.dialogs.manual_item import ManualItemDialog
from designer.model import ManualItem

pytestmark = pytest.mark.gui


def test_the_dialog_makes_a_valid_item_and_says_plainly_what_is_wrong(qtbot):
    dialog = ManualItemDialog("opt-a")
    qtbot.addWidget(dialog)
    dialog.description.setText("Notice board")
    dialog.unit.setCurrentText("nr")
    dialog.quantity.setText("1,5")
    dialog.rate.setText("4500")
    dialog.accept()
    assert dialog.item is None and "'1,5' is not a number" in dialog.error.text()
    dialog.quantity.setText("2")
    dialog.code.setText("WS-TAP")  # a rate and a code: one of them only
    dialog.accept()
    assert dialog.item is None and "either a rate or a cost-library code" in dialog.error.text()
    dialog.code.setText("")
    dialog.accept()
    item = dialog.item
    assert item is not None and (item.option_id, item.unit, item.quantity, item.rate, item.bill) == (
        "opt-a",
        "nr",
        Decimal(2),
        Decimal(4500),
        10,
    )


def test_the_design_menu_adds_it_to_the_shown_option_as_one_undoable_step(qtbot, window):
    window.set_scope("opt-a")

    def fill() -> None:
        dialog = window.findChild(ManualItemDialog)
        dialog.description.setText("Community notice board")
        dialog.quantity.setText("1")
        dialog.rate.setText("9000")
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.act_manual_item.trigger()
    items = list(window.doc.of_type(ManualItem))
    assert [(m.option_id, m.description) for m in items] == [("opt-a", "Community notice board")]
    window.stack.undo()
    assert not list(window.doc.of_type(ManualItem))
