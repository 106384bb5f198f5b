"""The XLSForm read: questions, groups, repeats and labels in every language; answers kept typed, choice
codes shown as labels, nothing dropped, personal answers kept apart (never exported)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from designer.io.households_import import household_record_id, import_households, load_mapping_file
from designer.io.project_file import document_to_bytes, load_project
from designer.io.xlsform import XLSFormError, read_xlsform
from designer.model import Document, Household
from designer.model.privacy import strip_personal
from designer.model.survey import answer_of
from tests.io.survey_fixtures import small_form

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def doc() -> Document:
    return load_project(DATA / "settlement.jamii")


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_form_questions_groups_repeats_and_languages(tmp_path):
    form = read_xlsform(small_form(tmp_path / "form.xlsx"))
    assert form.languages == ["English (en)", "Kiswahili (sw)"]
    q = form.questions["water_source"]
    assert (q.type, q.list_name, q.group, q.kind) == ("select_one", "source", "water", "choice")
    assert form.questions["age"].repeat == "people"
    assert form.label("water_source", "sw") == "Chanzo kikuu cha maji"
    assert form.choice_label("source", "kiosk", "sw") == "Kioski cha maji"
    assert form.choice_label("source", "kiosk", "en") == "Water kiosk"


def test_answers_are_typed_decoded_in_the_project_language_and_none_dropped(tmp_path, doc):
    form = small_form(tmp_path / "form.xlsx")
    main = write_csv(
        tmp_path / "hh.csv",
        [
            [
                "water/hh_id",
                "head_name",
                "water/water_source",
                "water/water_minutes",
                "water/items/radio",
                "water/items/tv",
                "moved_in",
                "wall_other",
                "_uuid",
                "_submission_time",
                "_index",
            ],
            ["A-1", "Amina W.", "kiosk", "25", "1", "1", "2019-04-01", "mabati", "u1", "2026-11-01", "1"],
            ["A-2", "Juma K.", "piped_yard", "", "0", "0", "", "", "u2", "2026-11-01", "2"],
        ],
    )
    members = write_csv(
        tmp_path / "people.csv",
        [
            ["people/sex", "people/age", "_index", "_submission__uuid"],
            ["f", "34", "1", "u1"],
            ["m", "3", "2", "u1"],
        ],
    )
    report = import_households(doc, main, repeat_paths=[members], form=form)
    assert report.added == 2
    a = doc[household_record_id("A-1", doc.project.pseudonym_secret)]
    assert isinstance(a, Household)
    src = answer_of(a.survey, "water_source")
    assert src is not None and (src.kind, src.value, src.code) == ("choice", "Water kiosk", "kiosk")
    minutes = answer_of(a.survey, "water_minutes")
    assert minutes is not None and (minutes.kind, minutes.value) == ("number", "25")
    items = answer_of(a.survey, "items")
    assert items is not None and (items.kind, items.value) == ("choices", "Radio; Television")
    assert answer_of(a.survey, "moved_in").kind == "date"
    # names and free text are personal: kept, but apart from the exportable answers
    assert answer_of(a.survey, "head_name") is None and answer_of(a.survey, "wall_other") is None
    assert a.name == "Amina W."  # a known question goes to its field (personal too)
    assert {x.question for x in a.survey_personal} == {"wall_other"}
    assert [answer_of(m, "sex").value for m in a.members] == ["Female", "Male"]
    assert a.size_persons == 2
    b = doc[household_record_id("A-2", doc.project.pseudonym_secret)]
    assert answer_of(b.survey, "items").value == ""  # asked, nothing owned: an answer, not a gap
    assert answer_of(b.survey, "water_minutes") is None  # not answered stays unknown

    shared = document_to_bytes(strip_personal(doc))
    assert b"Amina W." not in shared and b"mabati" not in shared
    assert b"Water kiosk" in shared


def test_swahili_project_gets_swahili_labels(tmp_path, doc):
    import dataclasses

    doc = Document(
        dataclasses.replace(doc.project, language="sw"), [r for r in doc.records() if r.id != doc.project.id]
    )
    form = small_form(tmp_path / "form.xlsx")
    main = write_csv(tmp_path / "hh.csv", [["hh_id", "water_source"], ["A-1", "kiosk"]])
    import_households(doc, main, form=form)
    assert (
        answer_of(doc[household_record_id("A-1", doc.project.pseudonym_secret)].survey, "water_source").value
        == "Kioski cha maji"
    )


def test_mapping_can_mark_a_question_public_or_personal(tmp_path, doc):
    form = small_form(tmp_path / "form.xlsx")
    main = write_csv(tmp_path / "hh.csv", [["hh_id", "wall_other", "water_minutes"], ["A-1", "mabati", "5"]])
    mapping_file = tmp_path / "map.toml"
    mapping_file.write_text(
        '[columns]\nhousehold_id = "hh_id"\n\n[survey]\npublic = ["wall_other"]\npersonal = ["water_minutes"]\n',
        encoding="utf-8",
    )
    mapping = load_mapping_file(mapping_file, "plain")
    import_households(doc, main, mapping=mapping, form=form)
    h = doc[household_record_id("A-1", doc.project.pseudonym_secret)]
    assert [x.question for x in h.survey] == ["wall_other"]
    assert [x.question for x in h.survey_personal] == ["water_minutes"]


def test_a_file_that_is_not_a_form_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "data"
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(XLSFormError, match=r"x.xlsx: has no 'survey' sheet"):
        read_xlsform(tmp_path / "x.xlsx")


@pytest.mark.shared_data
def test_real_epfl_form_and_export_keep_every_question(shared_data, doc):
    forms = shared_data / "survey-forms"
    form = read_xlsform(forms / "epfl_nairobi_2021_xlsform.xls")
    assert form.questions["ToiletFacilitySHARE"].group == "group_HH_sanitation"
    report = import_households(
        doc,
        forms / "epfl_household_data.csv",
        repeat_paths=[forms / "epfl_individual_data_repeat.csv"],
        form=form,
    )
    households = [doc[i] for i in report.household_ids]
    with open(forms / "epfl_household_data.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    expected = {h.split("/")[0] for h in header[1:]} - {"uuid", "KEY", "Sex_HH"}
    kept = {a.question for h in households for a in (*h.survey, *h.survey_personal)}
    assert expected == kept  # 38 questions plus City and Site: none dropped
    first = households[0]
    assert answer_of(first.survey, "DrinkingWater_Private").value == "PIPED: into dwelling"
    assert sum(len(h.members) for h in households) == 6284


@pytest.mark.shared_data
def test_real_bilingual_form_gives_arabic_labels(shared_data):
    form = read_xlsform(shared_data / "survey-forms" / "reach_cleaningtools_kobo_form_water_survey.xlsx")
    assert form.languages[:2] == ["English (en)", "Arabic (ar)"]
    q = form.questions["enumerator_num"]
    assert form.label(q.name, "ar") == "رقم العامل"
    assert form.choice_label("sex", "female", "ar") == "انثى"
    assert form.choice_label("sex", "female", "en") == "Female"
