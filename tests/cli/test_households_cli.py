"""`jamii households`, `jamii workshop`, `jamii votes` and `jamii share` from the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.io.households_import import household_record_id
from designer.io.project_file import load_project, save_project
from designer.model import AddRecord, Household, Option, WorkshopRecord

DATA = Path(__file__).resolve().parent.parent / "data" / "households"


@pytest.fixture
def project(tmp_path) -> Path:
    """The six-plot fixture settlement with two options, as a file in tmp."""
    doc = load_project(DATA / "settlement.jamii")
    AddRecord(Option(id="opt-kiosk", name="Water kiosks", colour="#1f78b4")).do(doc)
    AddRecord(Option(id="opt-yard", name="Yard taps", colour="#33a02c")).do(doc)
    path = tmp_path / "p.jamii"
    save_project(doc, path)
    return path


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_households_import_json_reports_and_saves(project, capsys):
    report = run_json(capsys, "households", "import", str(project), str(DATA / "kobo_households.csv"))
    assert report["source"] == "kobo"
    assert (report["added"], report["matched_by_number"], report["matched_by_point"]) == (5, 3, 1)
    assert report["unmatched"][0]["row"] == 5
    assert report["saved"] is True
    saved = load_project(project)
    assert len(saved.households) == 5
    assert "hhmap-kobo" in saved


def test_households_import_twice_does_not_duplicate(project, capsys):
    main(["households", "import", str(project), str(DATA / "odk_households.csv")])
    capsys.readouterr()
    report = run_json(capsys, "households", "import", str(project), str(DATA / "odk_households.csv"))
    assert (report["added"], report["unchanged"]) == (0, 3)
    assert len(load_project(project).households) == 3


def test_dry_run_does_not_change_the_file(project, capsys):
    before = project.read_bytes()
    assert main(["households", "import", str(project), str(DATA / "plain_households.csv"), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert project.read_bytes() == before


def test_malformed_csv_is_one_line_exit_2_and_file_untouched(project):
    before = project.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "designer",
            "households",
            "import",
            str(project),
            str(DATA / "kobo_households_malformed.csv"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "row 4, column 'household/hh_size'" in lines[0]
    assert project.read_bytes() == before


def test_mapping_file_recodes_values(project, tmp_path, capsys):
    mapping = tmp_path / "map.toml"
    mapping.write_text(
        '[columns]\nhousehold_id = "household_id"\nplot_number = "plot_number"\nhead_sex = "head_sex"\n'
        '[values.head_sex]\n"mama" = "female"\n"baba" = "male"\n',
        encoding="utf-8",
    )
    csv_path = tmp_path / "hh.csv"
    csv_path.write_text("household_id,plot_number,head_sex\nQ-1,T-01,Mama\nQ-2,T-02,baba\n", encoding="utf-8")
    report = run_json(capsys, "households", "import", str(project), str(csv_path), "--mapping", str(mapping))
    assert report["mapping"] == {
        "household_id": "household_id",
        "plot_number": "plot_number",
        "head_sex": "head_sex",
    }
    doc = load_project(project)
    q1 = doc[household_record_id("Q-1", doc.project.pseudonym_secret)]
    assert isinstance(q1, Household)
    assert q1.head_sex.value == "female"


def test_households_list_hides_names_unless_asked(project, capsys):
    main(["households", "import", str(project), str(DATA / "kobo_households.csv")])
    capsys.readouterr()
    assert main(["households", "list", str(project)]) == 0
    out = capsys.readouterr().out
    assert "Amina" not in out
    assert "T-01" in out
    assert "5 households, 20 persons, 1 without a plot" in out
    listing = run_json(capsys, "households", "list", str(project), "--personal")
    assert {h["name"] for h in listing["households"]} >= {"Amina Wanjiru"}


def test_households_savings_json(project, capsys):
    main(["households", "import", str(project), str(DATA / "kobo_households.csv")])
    capsys.readouterr()
    s = run_json(capsys, "households", "savings", str(project))
    assert s["total_balance"] == "7500"
    assert s["by_head_sex"]["female"]["households"] == 3
    assert {g["name"] for g in s["groups"]} == {"Tumaini Women", "Mama Mboga Savers"}


def test_workshop_add_ballots_and_votes(project, tmp_path, capsys):
    assert (
        main(
            [
                "workshop",
                "add",
                str(project),
                "--date",
                "2026-11-07",
                "--place",
                "Chief's camp",
                "--count",
                "female:adult=3",
                "--count",
                "male:adult=2",
                "--count",
                "female:youth=1",
            ]
        )
        == 0
    )
    ws_id = capsys.readouterr().out.strip()
    assert ws_id.startswith("ws-")
    ballots = tmp_path / "ballots.csv"
    ballots.write_text(
        "sex,age_group,choice_1\nF,adult,Water kiosks\nfemale,youth,opt-yard\nM,,water KIOSKS\nmale,adult,Yard taps\nF,adult,opt-kiosk\n",
        encoding="utf-8",
    )
    assert main(["workshop", "ballots", str(project), ws_id, str(ballots)]) == 0
    assert "5 paper ballots added" in capsys.readouterr().out
    w = load_project(project)[ws_id]
    assert isinstance(w, WorkshopRecord)
    assert all(b.paper for b in w.ballots)

    votes = run_json(capsys, "votes", str(project))
    v = votes["workshops"][0]["votes"]
    by_id = {r["id"]: r for r in v["results"]}
    assert by_id["opt-kiosk"]["votes"]["female"] == 2
    assert by_id["opt-kiosk"]["votes"]["male"] == 1
    assert by_id["opt-yard"]["votes"]["total"] == 2
    assert v["paper_ballots"] == 5
    assert v["winners"] == ["opt-kiosk"]
    assert votes["workshops"][0]["participants"]["by_sex"]["female"] == 4

    assert main(["votes", str(project)]) == 0
    text = capsys.readouterr().out
    assert "Water kiosks" in text
    assert "most support: Water kiosks (opt-kiosk)" in text


def test_bad_ballot_row_names_row_and_column_and_adds_nothing(project, tmp_path, capsys):
    main(["workshop", "add", str(project), "--date", "2026-11-07"])
    ws_id = capsys.readouterr().out.strip()
    before = project.read_bytes()
    ballots = tmp_path / "ballots.csv"
    ballots.write_text("sex,choice_1\nF,opt-kiosk\nM,Flying cars\n", encoding="utf-8")
    assert main(["workshop", "ballots", str(project), ws_id, str(ballots)]) == 2
    assert "row 3, column 'choice_1': 'Flying cars' is not one of the choices" in capsys.readouterr().err
    assert project.read_bytes() == before


def test_budget_workshop_with_prices_csv(project, tmp_path, capsys):
    main(["workshop", "add", str(project), "--date", "2026-11-08", "--method", "budget", "--budget", "1000"])
    ws_id = capsys.readouterr().out.strip()
    prices = tmp_path / "prices.csv"
    prices.write_text(
        "item_id,label,price\nkiosk,Water kiosk,600\ndrain,Drain on Mto Lane,300\nlights,Street lights,250\n",
        encoding="utf-8",
    )
    ballots = tmp_path / "b.csv"
    ballots.write_text(
        "sex,choices\nF,kiosk;drain\nF,Water kiosk;Street lights\nM,drain;lights\nM,kiosk;drain;lights\n",
        encoding="utf-8",
    )
    assert main(["workshop", "ballots", str(project), ws_id, str(ballots), "--prices", str(prices)]) == 0
    capsys.readouterr()
    votes = run_json(capsys, "votes", str(project), "--workshop", ws_id, "--prices", str(prices))
    v = votes["workshops"][0]["votes"]
    assert v["invalid"] == [{"ballot": 4, "reason": "the cart costs 1150 but the budget is 1000"}]
    by_id = {r["id"]: r for r in v["results"]}
    assert by_id["kiosk"]["votes"] == {"female": 2, "male": 0, "other": 0, "unknown": 0, "total": 2}
    # Three-way tie on 2 votes: cheaper components are funded first while they fit the budget.
    assert (by_id["lights"]["funded"], by_id["drain"]["funded"], by_id["kiosk"]["funded"]) == (
        True,
        True,
        False,
    )
    assert v["funded_total"] == "550"


def test_workshop_add_refuses_a_bad_date(project, capsys):
    assert main(["workshop", "add", str(project), "--date", "7/11/2026"]) == 2
    assert "expected an ISO date" in capsys.readouterr().err


def test_share_writes_a_copy_without_names(project, tmp_path, capsys):
    main(["households", "import", str(project), str(DATA / "kobo_households.csv")])
    out = tmp_path / "share.jamii"
    assert main(["share", str(project), str(out)]) == 0
    assert "left out" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "Amina" not in text
    assert "0712000001" not in text
    assert len(load_project(out).households) == 5
    assert "Amina" in project.read_text(encoding="utf-8")  # the original keeps them
    assert main(["share", str(project), str(project)]) == 2


def test_fixture_copy_is_independent(tmp_path):
    shutil.copy(DATA / "settlement.jamii", tmp_path / "s.jamii")
    assert load_project(tmp_path / "s.jamii").project.crs_epsg == 32737
