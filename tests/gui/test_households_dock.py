"""The Households dock: table, filter, names hidden by default, selecting a row emits its plot."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.gui.households.households_dock import NAME_COLUMNS
from designer.io.households_import import household_record_id, import_households
from designer.io.project_file import load_project
from designer.model import AddRecord, Household, RemoveRecord, UndoStack

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def doc():
    d = load_project(DATA / "settlement.jamii")
    import_households(d, DATA / "kobo_households.csv")
    return d


@pytest.fixture
def panel(qtbot, doc):
    from designer.gui.households import HouseholdsPanel

    p = HouseholdsPanel(doc)
    qtbot.addWidget(p)
    return p


def cell_texts(panel, column: int) -> list[str]:
    return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]


def test_table_lists_households_with_plot_numbers_and_hides_names(panel):
    assert panel.visible_rows() == 5
    assert "T-01" in cell_texts(panel, 1)
    assert panel.table.isColumnHidden(NAME_COLUMNS[0])
    assert panel.table.isColumnHidden(NAME_COLUMNS[1])
    assert "5 of 5 households · 20 persons" in panel.summary.text()


def test_filter_by_text_and_without_plot(panel, doc):
    panel.filter_edit.setText("Mama Mboga")
    assert panel.visible_rows() == 1
    panel.filter_edit.setText("")
    panel.unmatched_check.setChecked(True)
    assert panel.visible_rows() == 1
    assert cell_texts(panel, 0) == [household_record_id("TUM-004", doc.project.pseudonym_secret)]


def test_hidden_names_cannot_be_found_by_typing_them(panel):
    panel.filter_edit.setText("Amina")
    assert panel.visible_rows() == 0
    panel.set_names_visible(True)
    assert panel.visible_rows() == 1
    assert not panel.table.isColumnHidden(NAME_COLUMNS[0])


def test_selecting_a_household_emits_its_plot(qtbot, panel, doc):
    with qtbot.waitSignal(panel.plot_selected, timeout=1000) as sig:
        assert panel.select_household(household_record_id("TUM-005", doc.project.pseudonym_secret))
    assert sig.args == ["plot-t05"]


def test_table_follows_document_changes_and_undo(panel, doc):
    stack = UndoStack(doc)
    stack.push(AddRecord(Household(id="hh-0000000000aa", plot_id="plot-t06", size_persons=7)))
    assert panel.visible_rows() == 6
    stack.push(RemoveRecord(doc[household_record_id("TUM-001", doc.project.pseudonym_secret)]))
    assert panel.visible_rows() == 5
    stack.undo()
    stack.undo()
    assert panel.visible_rows() == 5
    assert "20 persons" in panel.summary.text()


def test_dock_wraps_the_panel(qtbot, doc):
    from designer.gui.households import HouseholdsDock

    dock = HouseholdsDock(doc)
    qtbot.addWidget(dock)
    assert dock.objectName() == "dock_households"
    assert dock.panel.visible_rows() == 5


def test_replacing_a_household_or_renumbering_a_plot_updates_the_row(panel, doc):
    import dataclasses

    from designer.model import ReplaceRecord

    stack = UndoStack(doc)
    hid = household_record_id("TUM-001", doc.project.pseudonym_secret)
    stack.push(ReplaceRecord(doc[hid], dataclasses.replace(doc[hid], size_persons=9)))
    panel.set_names_visible(False)
    assert panel.select_household(hid)
    row = panel.table.currentIndex().row()
    assert panel.proxy.index(row, 2).data() == 9
    plot = doc["plot-t01"]
    stack.push(ReplaceRecord(plot, dataclasses.replace(plot, number="T-1A")))
    assert panel.select_household(hid)  # the table is sorted by plot: the row may have moved
    row = panel.table.currentIndex().row()
    assert panel.proxy.index(row, 1).data() == "T-1A"
    assert "24 persons" in panel.summary.text()


def test_money_columns_sort_as_numbers(panel):
    from PySide6.QtCore import Qt

    panel.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    balances = [float(x) for x in cell_texts(panel, 7)]
    assert balances == sorted(balances, reverse=True)
    assert balances[0] == 3100.0  # 3100 > 800 although "800" > "3100" as text


def test_survey_answers_are_shown_and_filterable_by_question(tmp_path, qtbot, doc):
    import csv

    from designer.gui.households import HouseholdsPanel

    path = tmp_path / "survey.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [["KEY", "ToiletFacilitySHARE", "City"], ["uuid:1", "Y", "Nairobi"], ["uuid:2", "N", "Nairobi"]]
        )
    import_households(doc, path)
    p = HouseholdsPanel(doc)
    qtbot.addWidget(p)
    col = p.model.columnCount() - 3  # the survey column sits before the hidden name and phone
    texts = cell_texts(p, col)
    assert "ToiletFacilitySHARE: Y; City: Nairobi" in texts
    p.filter_edit.setText("ToiletFacilitySHARE = y")
    assert p.visible_rows() == 1
    assert cell_texts(p, 0) == [household_record_id("uuid:1", doc.project.pseudonym_secret)]
    assert "3 not placed on a plot" in p.summary.text()  # TUM-004 (no such plot) and the two new ones
