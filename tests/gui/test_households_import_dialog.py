"""The import dialog: mapping prefilled from the headers, live preview, one undoable import or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.io.households_import import household_record_id
from designer.io.project_file import document_to_bytes, load_project
from designer.model import Household, UndoStack

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def doc():
    return load_project(DATA / "settlement.jamii")


def make(qtbot, doc, path):
    from designer.gui.households import HouseholdImportDialog

    stack = UndoStack(doc)
    dlg = HouseholdImportDialog(doc, stack, str(path))
    qtbot.addWidget(dlg)
    return dlg, stack


def test_mapping_is_guessed_and_preview_shows_rows(qtbot, doc):
    dlg, _ = make(qtbot, doc, DATA / "odk_households.csv")
    m = dlg.mapping()
    assert m.source == "odk"
    assert m.column_for("latitude") == "hh-location-Latitude"
    assert dlg.preview_table.rowCount() == 3
    assert "ODK export, 3 rows" in dlg.source_label.text()
    assert "odk_households-members.csv" in dlg.source_label.text()


def test_changing_a_column_changes_mapping_and_preview(qtbot, doc):
    dlg, _ = make(qtbot, doc, DATA / "kobo_households.csv")
    dlg.set_column("name", None)
    dlg.set_column("phone", None)
    assert dlg.mapping().column_for("name") is None
    heads = [dlg.preview_table.horizontalHeaderItem(c).text() for c in range(dlg.preview_table.columnCount())]
    assert "name" not in heads


def test_import_pushes_one_undo_step_without_unmapped_names(qtbot, doc):
    dlg, stack = make(qtbot, doc, DATA / "kobo_households.csv")
    dlg.set_column("name", None)
    dlg.do_import()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.report.added == 5
    assert stack.count() == 1
    amina = doc[household_record_id("TUM-001", doc.project.pseudonym_secret)]
    assert isinstance(amina, Household)
    assert amina.name == ""  # not mapped, not imported
    assert doc["hhmap-kobo"].column_for("name") is None  # the chosen mapping is saved
    stack.undo()
    assert doc.households == []


def test_malformed_file_shows_row_and_column_and_changes_nothing(qtbot, doc):
    before = document_to_bytes(doc)
    dlg, stack = make(qtbot, doc, DATA / "kobo_households_malformed.csv")
    assert (
        "'six' is not a whole number" in dlg.preview_table.item(2, dlg.preview_table.columnCount() - 1).text()
    )
    dlg.do_import()
    assert "row 4, column 'household/hh_size'" in dlg.error_label.text()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert stack.count() == 0
    assert document_to_bytes(doc) == before


def test_unreadable_file_is_reported_in_the_dialog(qtbot, doc, tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_text("nope", encoding="utf-8")
    dlg, _ = make(qtbot, doc, bad)
    assert "is neither CSV, XLSX nor an ODK Central CSV zip" in dlg.error_label.text()
    assert not dlg.import_button.isEnabled()


def test_a_labels_export_with_its_form_imports_typed_answers_and_personal_marks(qtbot, doc, tmp_path):
    import csv

    from designer.model.household_mapping import mapping_id
    from designer.model.survey import answer_of
    from tests.io.survey_fixtures import small_form

    form = small_form(tmp_path / "form.xlsx")
    export = tmp_path / "labels.csv"
    with open(export, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["Household number", "Water/Main drinking water source", "Water/Minutes to fetch water"],
                ["L-1", "Water kiosk", "7"],
            ]
        )
    dlg, stack = make(qtbot, doc, export)
    assert dlg.load_form(str(form))
    assert dlg.mapping().column_for("household_id") == "hh_id"  # the label header read back to its name
    dlg.personal_edit.setText("water_minutes")
    dlg.do_import()
    h = doc[household_record_id("L-1", doc.project.pseudonym_secret)]
    assert answer_of(h.survey, "water_source").code == "kiosk"
    assert [a.question for a in h.survey_personal] == ["water_minutes"]
    assert doc[mapping_id("plain")].personal_questions == ("water_minutes",)  # saved with the project
    stack.undo()
    assert household_record_id("L-1", doc.project.pseudonym_secret) not in doc
