"""Every export shape a federation's survey comes in: Kobo values and labels exports (CSV, XLSX with a
sheet per repeat), ODK Central CSV zips with repeat CSVs, select_multiple in one column or 0/1 columns."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from designer.io.households_import import HouseholdImportError, household_record_id, import_households
from designer.io.project_file import load_project
from designer.model import Document, Household
from designer.model.survey import answer_of
from tests.io.survey_fixtures import small_form

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def doc() -> Document:
    return load_project(DATA / "settlement.jamii")


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def household(doc: Document, key: str) -> Household:
    h = doc[household_record_id(key, doc.project.pseudonym_secret)]
    assert isinstance(h, Household)
    return h


def test_odk_central_zip_with_a_repeat_csv(tmp_path, doc):
    path = tmp_path / "enumeration.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "enumeration.csv",
            csv_text(
                [
                    ["SubmissionDate", "hh_id", "water-water_source", "meta-instanceID", "KEY"],
                    ["2026-11-01T10:00:00Z", "E-1", "kiosk", "uuid:a", "uuid:a"],
                    ["2026-11-01T11:00:00Z", "E-2", "piped_yard", "uuid:b", "uuid:b"],
                ]
            ),
        )
        zf.writestr(
            "enumeration-people.csv",
            csv_text(
                [
                    ["people-sex", "people-age", "PARENT_KEY", "KEY"],
                    ["f", "30", "uuid:a", "uuid:a/people[1]"],
                    ["m", "6", "uuid:a", "uuid:a/people[2]"],
                    ["f", "40", "uuid:b", "uuid:b/people[1]"],
                ]
            ),
        )
    report = import_households(doc, path, form=small_form(tmp_path / "form.xlsx"))
    assert report.source == "odk"
    assert report.repeat_links == {"enumeration.zip [enumeration-people.csv]": "PARENT_KEY → KEY"}
    e1 = household(doc, "E-1")
    assert (e1.size_persons, e1.children) == (2, 1)
    assert answer_of(e1.survey, "water_source").value == "Water kiosk"
    assert [answer_of(m, "sex").value for m in e1.members] == ["Female", "Male"]


def test_a_damaged_row_inside_a_zip_names_the_zip_and_the_member(tmp_path, doc):
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("form.csv", "KEY,hh_id\nuuid:a,A,extra\n")
    with pytest.raises(HouseholdImportError, match=r"bad.zip \[form.csv\] row 2: has 3 cells"):
        import_households(doc, path)


def test_kobo_labels_export_is_read_back_to_question_names_and_codes(tmp_path, doc):
    main = tmp_path / "labels.csv"
    main.write_text(
        csv_text(
            [
                [
                    "Household number",
                    "Water/Main drinking water source",
                    "Water/Items owned/Radio",
                    "Water/Items owned/Television",
                    "_uuid",
                    "_submission_time",
                    "_index",
                ],
                ["L-1", "Water kiosk", "1", "0", "u1", "2026-11-01", "1"],
            ]
        ),
        encoding="utf-8",
    )
    import_households(doc, main, form=small_form(tmp_path / "form.xlsx"))
    h = household(doc, "L-1")
    src = answer_of(h.survey, "water_source")
    assert src is not None and (src.value, src.code) == ("Water kiosk", "kiosk")
    items = answer_of(h.survey, "items")
    assert items is not None and (items.value, items.code) == ("Radio", "radio")


def test_kobo_xlsx_values_export_with_a_sheet_per_repeat_and_one_column_select_multiple(tmp_path, doc):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "enumeration"
    ws.append(["hh_id", "water/items", "water/water_minutes", "_uuid", "_submission_time", "_index"])
    ws.append(["X-1", "radio tv", 12, "u1", "2026-11-01", 1])
    rep = wb.create_sheet("people")
    rep.append(
        ["people/sex", "people/age", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"]
    )
    rep.append(["f", 70, 1, "enumeration", 1, "u1"])
    path = tmp_path / "kobo.xlsx"
    wb.save(path)
    report = import_households(doc, path, form=small_form(tmp_path / "form.xlsx"))
    assert report.repeat_links == {"kobo.xlsx [people]": "_parent_index → _index"}
    h = household(doc, "X-1")
    assert answer_of(h.survey, "items").value == "Radio; Television"
    assert answer_of(h.survey, "water_minutes").value == "12"
    assert answer_of(h.members[0], "age").value == "70"


def test_select_multiple_zero_one_columns_without_a_form(tmp_path, doc):
    main = tmp_path / "hh.csv"
    main.write_text(
        csv_text([["KEY", "HHITEMS/Radio", "HHITEMS/Oven", "HHITEMS/Noitems"], ["uuid:1", "1", "0", "0"]]),
        encoding="utf-8",
    )
    import_households(doc, main)
    items = answer_of(household(doc, "uuid:1").survey, "HHITEMS")
    assert items is not None and (items.kind, items.value) == ("choices", "Radio")
