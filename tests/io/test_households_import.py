"""Household survey import: Kobo, ODK (with repeats), plain CSV and XLSX; all-or-nothing, re-import updates."""

from __future__ import annotations

import csv
import dataclasses
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from designer.io.households_import import (
    HouseholdImportError,
    detect_source,
    guess_mapping,
    household_record_id,
    import_households,
    load_mapping_file,
    mapping_to_toml,
    preview,
    read_survey,
)
from designer.io.project_file import document_to_bytes, load_project, save_project
from designer.model import Document, Household, ProjectInfo, SavingsGroup, Sex, Tenure, UndoStack
from designer.model.household_mapping import HouseholdMapping

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def doc() -> Document:
    return load_project(DATA / "settlement.jamii")


def hh(doc: Document, survey_id: str) -> Household:
    rec = doc[household_record_id(survey_id, doc.project.pseudonym_secret)]
    assert isinstance(rec, Household)
    return rec


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


# --------------------------------------------------------------------------- detection and mapping


def test_sources_are_detected_by_their_header_signature():
    assert detect_source(["start", "_id", "_uuid", "_submission_time", "_index"]) == "kobo"
    assert detect_source(["SubmissionDate", "hh-hh_id", "meta-instanceID", "KEY"]) == "odk"
    assert detect_source(["household_id", "plot_number", "latitude"]) == "plain"
    assert detect_source(["_uuid", "hh_id"]) == "plain"  # one half of a signature is not enough


def test_kobo_semicolon_export_is_read_and_its_geopoint_columns_found():
    survey = read_survey(DATA / "kobo_households.csv")
    assert survey.source == "kobo"
    assert len(survey.main.rows) == 5
    mapping = guess_mapping(survey)
    assert mapping.column_for("latitude") == "household/_gps_latitude"
    assert mapping.column_for("longitude") == "household/_gps_longitude"
    assert mapping.column_for("precision_m") == "household/_gps_precision"
    assert mapping.column_for("household_id") == "household/hh_id"
    assert mapping.column_for("head_sex") == "household/head_sex"
    # The select_multiple detail columns "water/sources/tap" are not mistaken for anything.
    assert all(not c.startswith("water/") for _, c in mapping.columns)


def test_odk_export_maps_dash_separated_geopoint_and_finds_its_repeat_file():
    survey = read_survey(DATA / "odk_households.csv")
    assert survey.source == "odk"
    assert [t.label for t in survey.repeats] == ["odk_households-members.csv"]
    mapping = guess_mapping(survey)
    assert mapping.column_for("latitude") == "hh-location-Latitude"
    assert mapping.column_for("precision_m") == "hh-location-Accuracy"
    assert mapping.column_for("member_age") == "members-age"


def test_mapping_survives_toml_round_trip(tmp_path):
    mapping = HouseholdMapping(
        id="hhmap-odk",
        source="odk",
        columns=(("household_id", "hh-hh_id"), ("head_sex", 'hh-"sex"')),
        values=(("head_sex", "F", "female"), ("head_sex", "M", "male")),
        max_precision_m=7.5,
    )
    path = tmp_path / "map.toml"
    path.write_text(mapping_to_toml(mapping), encoding="utf-8")
    assert load_mapping_file(path, "odk") == mapping


def test_mapping_file_with_unknown_field_is_refused(tmp_path):
    path = tmp_path / "map.toml"
    path.write_text('[columns]\nhousehold_id = "hh_id"\nfavourite_colour = "colour"\n', encoding="utf-8")
    with pytest.raises(HouseholdImportError, match="'favourite_colour' is not a household field"):
        load_mapping_file(path, "plain")


# --------------------------------------------------------------------------- Kobo


def test_kobo_import_attaches_households_to_plots_and_reports_the_rest(doc):
    report = import_households(doc, DATA / "kobo_households.csv")
    assert (report.rows, report.added, report.updated) == (5, 5, 0)
    assert hh(doc, "TUM-001").plot_id == "plot-t01"
    assert hh(doc, "TUM-002").plot_id == "plot-t02"  # no plot number: by its GPS point
    assert hh(doc, "TUM-003").plot_id == "plot-t03"
    assert hh(doc, "TUM-004").plot_id == ""
    assert hh(doc, "TUM-005").plot_id == "plot-t05"
    assert report.matched_by_point == 1
    assert report.matched_by_number == 3
    assert [(n.row, n.household_id) for n in report.unmatched] == [
        (5, household_record_id("TUM-004", doc.project.pseudonym_secret))
    ]
    assert "T-99" in report.unmatched[0].detail
    assert [(n.row, n.household_id) for n in report.low_precision] == [
        (4, household_record_id("TUM-003", doc.project.pseudonym_secret))
    ]
    assert "18 m" in report.low_precision[0].detail


def test_kobo_import_reads_values_and_savings_groups(doc):
    report = import_households(doc, DATA / "kobo_households.csv")
    amina = hh(doc, "TUM-001")
    assert amina.head_sex is Sex.FEMALE
    assert amina.tenure is Tenure.TENANT
    assert (amina.size_persons, amina.children) == (5, 3)
    assert amina.income_per_month == Decimal("9000")
    assert amina.savings_balance == Decimal("2400")
    assert amina.savings_group_id == "sg-tumaini"  # matched to the existing group by name
    assert (amina.name, amina.phone) == ("Amina Wanjiru", "0712000001")
    assert report.savings_groups_created == ["Mama Mboga Savers"]
    new_group = doc[hh(doc, "TUM-003").savings_group_id]
    assert isinstance(new_group, SavingsGroup)
    assert new_group.name == "Mama Mboga Savers"


def test_the_mapping_is_saved_with_the_project_and_reused(doc, tmp_path):
    import_households(doc, DATA / "kobo_households.csv")
    saved = doc["hhmap-kobo"]
    assert isinstance(saved, HouseholdMapping)
    path = tmp_path / "p.jamii"
    save_project(doc, path)
    reloaded = load_project(path)
    assert reloaded["hhmap-kobo"] == saved
    assert len(reloaded.households) == 5


def test_import_is_one_undo_step_and_undo_restores_the_document(doc):
    before = document_to_bytes(doc)
    stack = UndoStack(doc)
    import_households(doc, DATA / "kobo_households.csv", stack=stack)
    assert stack.count() == 1
    assert stack.undo_text() == "Import households from kobo_households.csv"
    stack.undo()
    assert document_to_bytes(doc) == before
    stack.redo()
    assert len(doc.households) == 5


def test_reimport_updates_by_household_id_instead_of_duplicating(doc, tmp_path):
    stack = UndoStack(doc)
    import_households(doc, DATA / "kobo_households.csv", stack=stack)
    # A value typed in Jamii that the survey does not carry must survive the re-import.
    amina = hh(doc, "TUM-001")
    doc._replace(amina, dataclasses.replace(amina, willingness_to_pay_per_month=Decimal("500")))

    again = import_households(doc, DATA / "kobo_households.csv", stack=stack)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert stack.count() == 1  # nothing changed: no empty undo step

    edited = tmp_path / "kobo_households.csv"
    text = (DATA / "kobo_households.csv").read_text(encoding="utf-8")
    edited.write_text(
        text.replace(
            ";TUM-001;T-01;Amina Wanjiru;0712000001;female;5;3;",
            ";TUM-001;T-01;Amina Wanjiru;0712000001;female;6;3;",
        ),
        encoding="utf-8",
    )
    third = import_households(doc, edited, stack=stack)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 4)
    assert len(doc.households) == 5
    assert hh(doc, "TUM-001").size_persons == 6
    assert hh(doc, "TUM-001").willingness_to_pay_per_month == Decimal("500")
    assert len(doc.of_type(SavingsGroup)) == 2  # "Mama Mboga Savers" was not created twice


# --------------------------------------------------------------------------- malformed input


def test_malformed_row_names_row_and_column_and_nothing_is_imported(doc):
    before = document_to_bytes(doc)
    stack = UndoStack(doc)
    with pytest.raises(HouseholdImportError) as err:
        import_households(doc, DATA / "kobo_households_malformed.csv", stack=stack)
    message = str(err.value)
    assert "row 4" in message
    assert "'household/hh_size'" in message
    assert "'six' is not a whole number" in message
    assert document_to_bytes(doc) == before
    assert stack.count() == 0


def test_children_more_than_household_size_is_refused_with_both_columns(doc):
    before = document_to_bytes(doc)
    with pytest.raises(HouseholdImportError) as err:
        import_households(doc, DATA / "plain_households_bad_children.csv")
    assert "row 3" in str(err.value)
    assert "household_size" in str(err.value)
    assert "children" in str(err.value)
    assert document_to_bytes(doc) == before


def test_duplicate_household_id_names_both_rows(doc):
    with pytest.raises(HouseholdImportError, match=r"row 4.*'P-01'|row 4.*already used in row 2"):
        import_households(doc, DATA / "plain_households_duplicate.csv")
    assert doc.households == []


def test_swapped_latitude_and_longitude_are_caught(doc):
    with pytest.raises(HouseholdImportError) as err:
        import_households(doc, DATA / "odk_households_swapped.csv")
    message = str(err.value)
    assert "row 3" in message
    assert "'hh-location-Latitude'" in message
    assert "swapped" in message
    assert doc.households == []


def test_row_longer_than_header_is_refused(tmp_path, doc):
    path = write_csv(
        tmp_path / "x.csv", [["household_id", "plot_number"], ["A", "T-01"], ["B", "T-02", "extra"]]
    )
    with pytest.raises(HouseholdImportError, match="row 3: has 3 cells but the header has 2 columns"):
        import_households(doc, path)


def test_an_excel_windows_1252_csv_is_read_and_reported(tmp_path, doc):
    """Was: a traceback, then a refusal; Excel's everyday "CSV" on Windows is cp1252."""
    path = tmp_path / "cp1252.csv"
    path.write_bytes("household_id,name\nA,Zo\xe9 \u2019s\n".encode("cp1252"))
    report = import_households(doc, path)
    assert report.added == 1
    assert doc[household_record_id("A", doc.project.pseudonym_secret)].name == "Zo\xe9 \u2019s"
    assert any("Windows-1252" in n for n in report.notes)


def test_gps_points_need_a_project_crs(tmp_path):
    doc = Document(ProjectInfo(name="no crs"))
    path = write_csv(
        tmp_path / "p.csv", [["household_id", "latitude", "longitude"], ["A", "-1.30179", "36.81623"]]
    )
    with pytest.raises(HouseholdImportError, match="no CRS"):
        import_households(doc, path)


def test_mapping_naming_a_missing_column_is_refused(doc, tmp_path):
    path = tmp_path / "map.toml"
    path.write_text('[columns]\nhousehold_id = "household/hh_id"\nhead_sex = "hoh/sex"\n', encoding="utf-8")
    with pytest.raises(HouseholdImportError, match="puts head_sex in column 'hoh/sex'"):
        import_households(doc, DATA / "kobo_households.csv", mapping=path)


# --------------------------------------------------------------------------- coordinates and plots


def test_reprojection_puts_a_point_one_metre_inside_the_neighbouring_plot(tmp_path, doc):
    """Local (14, 7.5) m lies in T-02 (x 10..20), 4 m from T-01: lat/lon order and origin both matter."""
    path = write_csv(
        tmp_path / "p.csv",
        [["household_id", "latitude", "longitude", "accuracy"], ["A", "-1.3017910", "36.8163181", "3"]],
    )
    report = import_households(doc, path)
    assert report.matched_by_point == 1
    assert hh(doc, "A").plot_id == "plot-t02"


def test_plain_table_with_projected_coordinates_matches_by_point(doc):
    report = import_households(doc, DATA / "plain_households.csv")
    assert hh(doc, "P-03").plot_id == "plot-t05"  # no plot number; easting/northing in T-05
    assert hh(doc, "P-02").income_per_month == Decimal("12500.50")
    assert report.matched_by_point == 1
    assert report.matched_by_number == 2


def test_disagreeing_plot_number_and_point_is_reported_and_the_number_wins(tmp_path, doc):
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["household_id", "plot_number", "latitude", "longitude", "accuracy"],
            ["A", "T-06", "-1.3017909", "36.8162372", "3"],
        ],
    )
    report = import_households(doc, path)
    assert hh(doc, "A").plot_id == "plot-t06"
    assert len(report.conflicts) == 1
    assert "plot-t01" in report.conflicts[0].detail


# --------------------------------------------------------------------------- ODK repeats and XLSX


def test_odk_repeat_gives_household_size_and_children(doc):
    report = import_households(doc, DATA / "odk_households.csv")
    assert report.repeat_files == ["odk_households-members.csv"]
    halima = hh(doc, "TUM-101")
    assert (halima.size_persons, halima.children) == (3, 2)
    assert halima.plot_id == "plot-t04"
    assert hh(doc, "TUM-102").plot_id == "plot-t06"  # by point
    assert hh(doc, "TUM-103").plot_id == "plot-t02"  # by number, no GPS
    assert hh(doc, "TUM-103").name == "Wanjiku, Esther"  # quoted comma in a CSV cell
    assert (hh(doc, "TUM-103").size_persons, hh(doc, "TUM-103").children) == (2, 1)
    assert hh(doc, "TUM-101").head_sex is Sex.FEMALE  # "F" recoded by the default value map


def test_kobo_xlsx_with_a_repeat_sheet(tmp_path, doc):
    import openpyxl

    wb = openpyxl.Workbook()
    main = wb.active
    main.title = "Tumaini enumeration"
    main.append(
        [
            "household/hh_id",
            "household/plot_no",
            "household/head_sex",
            "_id",
            "_uuid",
            "_submission_time",
            "_index",
        ]
    )
    main.append(["X-1", "T-01", "female", 201, "aaaa-1", "2026-11-04T08:00:00", 1])
    main.append(["X-2", "T-02", "male", 202, "aaaa-2", "2026-11-04T08:30:00", 2])
    rep = wb.create_sheet("members")
    rep.append(
        ["members/age", "members/sex", "_index", "_parent_table_name", "_parent_index", "_submission__uuid"]
    )
    for i, (age, parent) in enumerate([(30, 1), (8, 1), (3, 1), (12, 1), (45, 2)], start=1):
        rep.append([age, "f", i, "Tumaini enumeration", parent, f"aaaa-{parent}"])
    path = tmp_path / "kobo.xlsx"
    wb.save(path)

    report = import_households(doc, path)
    assert report.source == "kobo"
    assert report.added == 2
    assert (hh(doc, "X-1").size_persons, hh(doc, "X-1").children) == (4, 3)
    assert (hh(doc, "X-2").size_persons, hh(doc, "X-2").children) == (1, 0)


def test_preview_shows_mapped_values_and_flags_bad_rows():
    survey = read_survey(DATA / "kobo_households_malformed.csv")
    rows = preview(survey, guess_mapping(survey))
    assert [r["row"] for r in rows] == ["2", "3", "4"]
    assert rows[0]["household_id"] == "TUM-001"
    assert rows[0]["error"] == ""
    assert "'six' is not a whole number" in rows[2]["error"]


def test_copied_fixture_keeps_repeat_discovery_beside_the_file(tmp_path, doc):
    for name in ("odk_households.csv", "odk_households-members.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    report = import_households(doc, tmp_path / "odk_households.csv")
    assert report.repeat_files == ["odk_households-members.csv"]


def test_point_far_from_the_site_is_refused_with_its_distance(tmp_path, doc):
    path = write_csv(
        tmp_path / "p.csv",
        [["household_id", "latitude", "longitude"], ["A", "-1.3017909", "36.8162372"], ["B", "-3.0", "36.8"]],
    )
    with pytest.raises(
        HouseholdImportError, match=r"row 3, column 'latitude': the point \(-3.0, 36.8\) lies 18\d km"
    ):
        import_households(doc, path)
    assert doc.households == []
