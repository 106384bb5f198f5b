"""Survey export shapes: an unnamed index column, members linked by KEY / PARENT_KEY / _parent_index /
_submission__uuid (detected and reported), households without a place imported unplaced."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from designer.io.households_import import HouseholdImportError, household_record_id, import_households
from designer.io.project_file import load_project
from designer.io.survey_shapes import find_link, multi_choice_columns
from designer.model import Document, Household

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def doc() -> Document:
    return load_project(DATA / "settlement.jamii")


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_unnamed_index_column_is_dropped_and_said(tmp_path, doc):
    main = write_csv(
        tmp_path / "hh.csv",
        [["", "KEY", "Sex_HH"], ["0", "uuid:a", "F"], ["1", "uuid:b", "M"]],
    )
    report = import_households(doc, main)
    assert report.added == 2
    assert any("row index" in n for n in report.notes)
    assert report.mapping is not None and report.mapping.column_for("household_id") == "KEY"
    assert doc[household_record_id("uuid:a", doc.project.pseudonym_secret)].head_sex.value == "female"


def test_unnamed_first_column_that_is_not_an_index_is_refused(tmp_path, doc):
    main = write_csv(tmp_path / "hh.csv", [["", "KEY"], ["Amina", "uuid:a"]])
    with pytest.raises(HouseholdImportError, match=r"hh.csv row 1: header cell 1 is empty"):
        import_households(doc, main)
    assert not doc.of_type(Household) or all(
        h.id != household_record_id("uuid:a", doc.project.pseudonym_secret) for h in doc.of_type(Household)
    )


@pytest.mark.parametrize(
    ("main_headers", "repeat_headers", "expected"),
    [
        (["KEY", "SubmissionDate"], ["PARENT_KEY", "KEY", "age"], ("PARENT_KEY", "KEY")),
        (["_uuid", "_index"], ["_parent_index", "_submission__uuid", "age"], ("_parent_index", "_index")),
        (["_uuid", "_submission_time"], ["_submission__uuid", "age"], ("_submission__uuid", "_uuid")),
    ],
)
def test_link_columns_are_detected(main_headers, repeat_headers, expected):
    link = find_link(repeat_headers, main_headers)
    assert link is not None and (link.repeat_column, link.main_column) == expected


def test_members_linked_by_the_households_key(tmp_path, doc):
    main = write_csv(tmp_path / "hh.csv", [["", "KEY"], ["0", "uuid:a"], ["1", "uuid:b"]])
    members = write_csv(
        tmp_path / "people.csv",
        [
            ["", "KEY", "Sex"],
            ["0", "uuid:a", "F"],
            ["1", "uuid:a", "M"],
            ["2", "uuid:a", "M"],
            ["3", "uuid:b", "F"],
        ],
    )
    report = import_households(doc, main, repeat_paths=[members])
    assert report.repeat_links == {"people.csv": "KEY → KEY"}
    assert doc[household_record_id("uuid:a", doc.project.pseudonym_secret)].size_persons == 3
    assert doc[household_record_id("uuid:b", doc.project.pseudonym_secret)].size_persons == 1


def test_kobo_repeat_csv_linked_by_submission_uuid(tmp_path, doc):
    main = write_csv(
        tmp_path / "kobo.csv",
        [
            ["hh_id", "_uuid", "_submission_time", "_index"],
            ["A", "u-1", "2026-11-01", "1"],
            ["B", "u-2", "2026-11-01", "2"],
        ],
    )
    members = write_csv(
        tmp_path / "members.csv",
        [["age", "_index", "_submission__uuid"], ["30", "1", "u-1"], ["4", "2", "u-1"], ["50", "3", "u-2"]],
    )
    report = import_households(doc, main, repeat_paths=[members])
    assert report.repeat_links == {"members.csv": "_submission__uuid → _uuid"}
    a = doc[household_record_id("A", doc.project.pseudonym_secret)]
    assert (a.size_persons, a.children) == (2, 1)


def test_a_file_that_links_to_no_household_is_refused_with_the_columns_it_lacks(tmp_path, doc):
    main = write_csv(tmp_path / "hh.csv", [["KEY"], ["uuid:a"]])
    other = write_csv(tmp_path / "other.csv", [["KEY", "x"], ["uuid:zzz", "1"]])
    with pytest.raises(HouseholdImportError, match=r"other.csv: is not a repeat table of this export"):
        import_households(doc, main, repeat_paths=[other])


def test_households_without_place_import_unplaced_and_are_counted(tmp_path, doc):
    main = write_csv(tmp_path / "hh.csv", [["KEY", "plot_no"], ["uuid:a", ""], ["uuid:b", "T-99"]])
    report = import_households(doc, main)
    assert report.added == 2
    assert report.unplaced == 1
    assert [n.household_id for n in report.unmatched] == [
        household_record_id("uuid:b", doc.project.pseudonym_secret)
    ]
    assert doc[household_record_id("uuid:a", doc.project.pseudonym_secret)].plot_id == ""


def test_select_multiple_split_columns_are_found():
    groups = multi_choice_columns(["KEY", "HHITEMS/Radio", "HHITEMS/Oven", "HHROOMS"])
    assert groups == {"HHITEMS": ["HHITEMS/Radio", "HHITEMS/Oven"]}


@pytest.mark.shared_data
def test_real_epfl_export_imports_with_its_members(shared_data, doc):
    forms = shared_data / "survey-forms"
    report = import_households(
        doc, forms / "epfl_household_data.csv", repeat_paths=[forms / "epfl_individual_data_repeat.csv"]
    )
    assert report.added == 1714
    assert report.repeat_links == {"epfl_individual_data_repeat.csv": "KEY → KEY"}
    assert report.unplaced == 1714
    households = [h for h in doc.of_type(Household) if h.id in set(report.household_ids)]
    assert sum(h.size_persons for h in households) == 6284
