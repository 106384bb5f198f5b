"""`jamii check`: per household and summary, stable JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from designer.cli import main
from designer.io.project_file import save_project
from designer.resources import sample_project_path
from tests.analysis.layouts import busy_road


def test_json_of_an_option_of_the_sample(capsys):
    assert main(["check", str(sample_project_path()), "--option", "opt-a", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["schema"] == "jamii-check/1"
    assert out["option"] == {"id": "opt-a", "name": "Standpipes on the main path"}
    assert out["standard"]["id"] == "sphere-2018"
    sc = out["scorecard"]
    assert sc["households"] == len(out["households"]) == 135
    assert sc["households_water_within_standard"] <= sc["households"]
    assert sc["pressure_failures"] is not None
    row = out["households"][0]
    for key in (
        "household_id",
        "plot_id",
        "water_m",
        "toilet_m",
        "water_crossings",
        "problems",
        "deprivations_before",
    ):
        assert key in row
    assert {p["plot_id"] for p in out["plots"]} >= {row["plot_id"]}
    assert all("water_point_id" in w for w in out["water_points"])
    # personal data never leaves the project file
    text = json.dumps(out)
    assert "phone" not in text and "+254" not in text


def test_json_is_stable_between_runs(capsys):
    args = ["check", str(sample_project_path()), "--option", "opt-c", "--format", "json", "--no-pressure"]
    main(args)
    first = capsys.readouterr().out
    main(args)
    assert capsys.readouterr().out == first


def test_text_reports_summary_and_households_with_problems(tmp_path, capsys):
    path = tmp_path / "road.jamii"
    save_project(busy_road(), path)
    assert main(["check", str(path), "--no-pressure"]) == 0
    out = capsys.readouterr().out
    assert "Check of the existing conditions against Sphere Handbook 2018" in out
    assert "children crossing a busy road to water" in out and "2 in 1 households" in out
    assert "hP" in out and "children_cross_busy_road" in out


def test_json_of_a_hand_built_project_has_the_known_answer(tmp_path, capsys):
    path = tmp_path / "road.jamii"
    save_project(busy_road(), path)
    assert main(["check", str(path), "--format", "json", "--no-pressure"]) == 0
    out = json.loads(capsys.readouterr().out)
    (row,) = out["households"]
    assert row["water_m"] == 16.0 and row["water_crossings"] == 1 and row["water_safe_m"] == 66.0
    assert out["pressure"] is None


def test_local_standard_by_path(tmp_path, capsys):
    pack = tmp_path / "strict.toml"
    pack.write_text(
        '[pack]\nid = "strict"\nname = "Strict"\n\n[water]\nmax_distance_m = 10\n', encoding="utf-8"
    )
    path = tmp_path / "road.jamii"
    save_project(busy_road(), path)
    assert main(["check", str(path), "--standard", str(pack), "--format", "json", "--no-pressure"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["standard"]["id"] == "strict"
    assert out["households"][0]["water_within_standard"] is False
    assert "water_too_far" in out["households"][0]["problems"]


@pytest.mark.parametrize(
    ("extra", "words"),
    [(["--option", "nope"], "no option 'nope'"), (["--standard", "nope"], "no rule pack 'nope'")],
)
def test_bad_option_or_standard_is_one_line_and_exit_2(extra, words):
    result = subprocess.run(
        [sys.executable, "-m", "designer", "check", str(sample_project_path()), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0]


def test_a_drawing_without_toilets_or_water_points_says_unknown_not_the_bottom_rung(tmp_path, capsys):
    """Six plots and nothing else drawn: text and JSON say the ladders cannot be told, and why."""
    from pathlib import Path

    project = Path(__file__).resolve().parent.parent / "data" / "households" / "settlement.jamii"
    assert main(["check", str(project)]) == 0
    out = capsys.readouterr().out
    assert "JMP sanitation" in out and "unknown 6 (toilets not drawn)" in out
    assert "unknown 6 (water points not drawn)" in out
    assert "open defecation" not in out.replace("not open defecation", "")
    assert "no_toilet" not in out and "no_water" not in out
    assert main(["check", str(project), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    sc = data["scorecard"]
    # Rows: null (cannot be told), not false ("not within the standard")
    assert len(data["households"]) == 6
    assert {h["water_within_standard"] for h in data["households"]} == {None}
    assert {h["toilet_within_standard"] for h in data["households"]} == {None}
    assert sc["sanitation_ladder"] == {"unknown": 6} and sc["water_ladder"] == {"unknown": 6}
    assert sc["ladders_unknown_because"] == {
        "hygiene": "toilets_not_drawn",
        "sanitation": "toilets_not_drawn",
        "water": "water_points_not_drawn",
    }


def test_plots_only_check_says_path_access_unknown_with_the_plots_facing_public_space(tmp_path, capsys):
    """32 plots and no path: not "32 without path access" but unknown, and how many face the street."""
    from tests.analysis.parcels import parcel_grid

    path = tmp_path / "parcels.jamii"
    save_project(parcel_grid(2, 1, 4, households=True), path)
    assert main(["check", str(path), "--no-pressure"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "without path access" in x)
    assert line.split("without path access")[1].strip() == (
        f"unknown (paths not drawn: `jamii access derive {path}` derives the public-space network from "
        "the plots; 24 of 32 plots face public space)"
    )
    assert "plot(s) have no path access" not in out and "no_path_access" not in out
    assert "paths not drawn: path access is unknown, not 'no path access'" in out
    assert "plots facing public space / interior / enclosed  24 / 8 / 0" in out  # the summary, once
    assert main(["check", str(path), "--no-pressure", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    sc = data["scorecard"]
    assert sc["households_without_path_access"] is None
    assert sc["path_access_unknown_because"] == "paths_not_drawn"
    assert {h["path_access"] for h in data["households"]} == {None}
    assert {p["path_access"] for p in data["plots"]} == {None}
    assert data["access"]["plots_with_direct_access"] == 24


def test_facilities_without_paths_print_the_told_count_and_the_rest_unknown(tmp_path, capsys):
    """A household toilet on one plot, no path: "1 of 32, the rest unknown", not 31 open defecation."""
    from designer.model import Document
    from tests.analysis.parcels import household_toilet, parcel_grid

    base = parcel_grid(2, 1, 4, households=True)
    wc = household_toilet("P00-00")
    path = tmp_path / "parcels.jamii"
    save_project(Document(base.project, [*(r for r in base.records() if r is not base.project), wc]), path)
    assert main(["check", str(path), "--no-pressure"]) == 0
    out = capsys.readouterr().out
    assert "toilet within 50 m" in out and "1 of 32, the rest unknown (paths not drawn)" in out
    assert "basic 1, unknown 31 (paths not drawn)" in out
    assert "open defecation" not in out.replace("not 'no water point' or open defecation", "")
    assert "no_toilet" not in out
