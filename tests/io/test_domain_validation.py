"""Absurd values are refused at load and at import, one line naming the file, the JSON path and the value."""

from __future__ import annotations

import json

import pytest

from designer.cli import main
from designer.io.project_file import document_to_json, load_project
from designer.model import AddRecord, Document, Path, ProjectInfo, WaterPoint
from designer.model.errors import InvalidRecordError, ProjectFileError
from tests.io.drawing_fixtures import small_settlement


def _with(tmp_path, kind: str, field: str, value, index: int = 0):
    data = document_to_json(small_settlement())
    data["records"][kind][index][field] = value
    path = tmp_path / "p.jamii"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _kind_with(field: str) -> str:
    data = document_to_json(small_settlement())
    return next(k for k, items in data["records"].items() if items and field in items[0])


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("diameter_mm", -50, "diameter -50 mm is below"),  # was: option A KES 160,805 cheaper
        ("seats_unisex", 1_000_000, "number of seats 1000000 is above"),  # was: a toilet costing 86 billion
        ("width_m", 1e300, "width 1e+300 m is above"),  # was: crashed compare/export later
        ("price_per_20l", "1e999999", "price 1E+999999 is above"),
        ("taps", -3, "number of taps -3 is below"),
    ],
)
def test_absurd_values_are_refused_at_load_naming_path_and_value(tmp_path, field, value, says, capsys):
    kind = _kind_with(field)
    path = _with(tmp_path, kind, field, value)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert f"$.records.{kind}[0].{field}" in str(info.value) and says in str(info.value)
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and str(path) in err


def test_coordinates_far_from_the_origin_are_refused(tmp_path):
    data = document_to_json(small_settlement())
    outline = [list(p) for p in data["records"]["plot"][0]["outline"]]
    outline[0] = [1e300, 0.0]
    data["records"]["plot"][0]["outline"] = outline
    path = tmp_path / "p.jamii"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match=r"more than 1e\+08 m from the project origin"):
        load_project(path)


def test_the_reserved_option_id_existing_is_refused(tmp_path):
    data = document_to_json(small_settlement())
    data["records"]["option"][0]["id"] = "existing"
    for items in data["records"].values():
        for item in items:
            if item.get("scope") == "opt-a":
                item["scope"] = "existing"
    path = tmp_path / "p.jamii"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="'existing' is reserved for the existing conditions"):
        load_project(path)


def test_a_path_widening_itself_is_refused(tmp_path):
    data = document_to_json(small_settlement())
    item = data["records"]["path"][0]
    item["widens"] = item["id"]
    path = tmp_path / "p.jamii"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="widens refers to the record itself"):
        load_project(path)


def test_an_import_or_tool_cannot_add_an_absurd_record():
    doc = Document(ProjectInfo())
    with pytest.raises(InvalidRecordError, match="number of taps 5000 is above"):
        AddRecord(WaterPoint(id="wp-1", position=(0, 0), taps=5000)).do(doc)
    with pytest.raises(InvalidRecordError, match="reserved"):
        AddRecord(Path(id="existing", route=((0, 0), (10, 0)))).do(doc)
    assert len(list(doc.records())) == 1  # only the project


def test_the_shipped_sample_is_within_every_range():
    from designer.model.ranges import record_range_errors
    from designer.resources import sample_project_path

    doc = load_project(sample_project_path())
    assert [e for r in doc.records() for e in record_range_errors(r)] == []


def test_huge_integers_from_toml_are_one_line_not_an_overflow(tmp_path, capsys):
    """Found by `make fuzz`: a 400-digit integer in a house type crashed float() (OverflowError)."""
    from designer.resources import resource_path

    text = (resource_path("house_types") / "core-1room.toml").read_text(encoding="utf-8")
    toml = tmp_path / "t.toml"
    toml.write_text(
        text.replace("storey_height_m = 2.6", "storey_height_m = 1" + "0" * 400), encoding="utf-8"
    )
    project = tmp_path / "p.jamii"
    project.write_bytes((resource_path("samples") / "tumaini.jamii").read_bytes())
    assert main(["house", "add", str(project), str(toml)]) == 2
    err = capsys.readouterr().err
    # Refused when the TOML is read, naming the line and the key (was: the decoder's "$.storey_height_m").
    assert err.count("\n") == 1 and "storey_height_m = 1000" in err and "is not a finite number" in err


def test_an_absurd_household_size_names_file_row_and_column(tmp_path, capsys):
    from designer.io.project_file import save_project

    project = tmp_path / "p.jamii"
    save_project(small_settlement(), project)
    survey = tmp_path / "s.csv"
    survey.write_text("household_id,household_size\nA,4\nB,999999\n", encoding="utf-8")
    assert main(["households", "import", str(project), str(survey)]) == 2
    assert "s.csv row 3, column 'household_size': household size 999999 is above" in capsys.readouterr().err
