"""The households screens are reachable from the main window: dock, People menu, voting page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_households_dock_follows_the_opened_project(qtbot, window):
    dock = window.households_dock
    assert dock.objectName() == "dock_households"
    assert dock.panel is not None
    assert dock.panel.visible_rows() == 2
    dock.show_plot("plot-1")
    assert window.ctx.selection.ids == ("plot-1",)


def test_voting_page_opens_for_the_latest_workshop(qtbot, window):
    from designer.model import AddRecord, WorkshopRecord

    page = window.voting_page
    page.open()
    assert window.pages.currentWidget() is page
    assert page.voting is None  # no workshop recorded yet: the page offers to record one
    window.stack.push(AddRecord(WorkshopRecord(id="ws-1", date="2026-11-27", place="Hall")))
    page.open()
    assert page.voting is not None
    page.back.click()
    assert window.pages.currentWidget() is window.view


def test_people_menu_has_the_import_and_workshop_actions(window):
    from PySide6.QtGui import QAction

    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"action_import_households", "action_workshop_record", "action_vote"} <= names


def test_an_unplaced_household_is_placed_by_clicking_a_plot_in_one_undo_step(qtbot, window):
    import dataclasses

    from designer.model import Household, ReplaceRecord

    doc = window.doc
    first = sorted(doc.of_type(Household), key=lambda h: h.id)[0]
    window.stack.push(ReplaceRecord(first, dataclasses.replace(first, plot_id=""), "unplace"))
    panel = window.households_dock.panel
    assert "1 not placed on a plot" in panel.summary.text()
    panel.unmatched_check.setChecked(True)
    assert panel.visible_rows() == 1
    panel.table.selectRow(0)
    panel.place_button.setChecked(True)
    window.ctx.selection.set(["plot-1"])  # what a click on the plot does with the select tool
    assert doc[first.id].plot_id == "plot-1"
    assert not panel.place_button.isChecked()
    assert "not placed" not in panel.summary.text()
    window.stack.undo()
    assert doc[first.id].plot_id == ""
