"""Commands that write a project run one at a time, and no output of a command replaces its input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.io.project_lock import ProjectLock
from designer.model import Household, WorkshopRecord
from tests.io.drawing_fixtures import small_settlement

DATA = Path(__file__).resolve().parent.parent / "data" / "households"
JAMII = [sys.executable, "-c", "import sys; from designer.cli import main; sys.exit(main(sys.argv[1:]))"]


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "p.jamii"
    save_project(load_project(DATA / "settlement.jamii"), path)
    return path


def _start(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*JAMII, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_workshop_adds_at_once_both_land(project):
    """Was: both exited 0 and one workshop was lost in 29 of 30 rounds."""
    for round_no in range(3):
        runs = [
            _start("workshop", "add", str(project), "--date", f"2026-11-0{round_no + 1}") for _ in range(2)
        ]
        outs = [r.communicate(timeout=120) for r in runs]
        assert [r.returncode for r in runs] == [0, 0], outs
        added = {out.strip() for out, _ in outs}
        have = {w.id for w in load_project(project).of_type(WorkshopRecord)}
        assert added <= have
    assert len(load_project(project).of_type(WorkshopRecord)) == 6


def test_a_households_import_and_a_workshop_add_at_once_lose_nothing(project):
    """Was: a households import lost all its households when another command saved meanwhile."""
    runs = [
        _start("households", "import", str(project), str(DATA / "kobo_households.csv")),
        _start("workshop", "add", str(project), "--date", "2026-11-07"),
    ]
    outs = [r.communicate(timeout=120) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    doc = load_project(project)
    assert len(doc.of_type(Household)) == 5 and len(doc.of_type(WorkshopRecord)) == 1


def test_a_command_is_refused_while_the_designer_has_the_project_open(project, capsys):
    before = project.read_bytes()
    with ProjectLock(project, "the Jamii designer", brief=False):
        assert main(["workshop", "add", str(project), "--date", "2026-11-07"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is open for writing by the Jamii designer (process" in err
    assert project.read_bytes() == before


@pytest.fixture
def settlement(tmp_path) -> Path:
    path = tmp_path / "t.jamii"
    save_project(small_settlement(), path)
    return path


@pytest.mark.parametrize(
    "outputs",
    [
        ["--strip-personal", "{p}"],  # was: erased every name and phone of the original, exit 0
        ["--csv", "{p}"],  # was: replaced the project by a CSV
        ["--xlsx", "{d}/../{d.name}/t.jamii"],  # the same file by another spelling
        ["--csv", "{d}/b.csv", "--xlsx", "{d}/b.csv"],  # two outputs of one run
        ["--csv", "{d}/b.csv", "--pdf", "{d}/b-summary.csv"],  # the CSV's summary file
        ["--dxf", "{d}/a.dxf", "--csv", "{d}/a.layers.csv"],  # the DXF's layer key
    ],
)
def test_export_refuses_an_output_that_is_an_input_or_another_output(settlement, capsys, outputs):
    before = settlement.read_bytes()
    argv = [o.format(p=settlement, d=settlement.parent) for o in outputs]
    assert main(["export", str(settlement), "--option", "opt-a", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and (
        "would overwrite the input FILE" in err or "would write the same file" in err
    )
    assert settlement.read_bytes() == before
    assert sorted(p.name for p in settlement.parent.iterdir()) == ["t.jamii"]


def test_export_through_a_symlink_to_the_project_is_refused(settlement, capsys):
    link = settlement.parent / "link.jamii"
    link.symlink_to(settlement)
    before = settlement.read_bytes()
    assert main(["export", str(settlement), "--strip-personal", str(link)]) == 2
    assert "would overwrite the input FILE" in capsys.readouterr().err
    assert settlement.read_bytes() == before


def test_share_refuses_to_overwrite_the_original_by_another_spelling(settlement, capsys):
    before = settlement.read_bytes()
    other = settlement.parent / "." / settlement.name
    assert main(["share", str(settlement), str(other)]) == 2
    assert "would overwrite the input FILE" in capsys.readouterr().err
    assert settlement.read_bytes() == before


def test_house_place_output_must_differ_from_the_project(settlement, capsys):
    before = settlement.read_bytes()
    rc = main(
        [
            "house",
            "place",
            str(settlement),
            "--type",
            "core-1room",
            "--option",
            "opt-a",
            "--plots",
            "x",
            "--output",
            str(settlement.parent / "." / "t.jamii"),
        ]
    )
    assert rc == 2 and "would overwrite the input FILE" in capsys.readouterr().err
    assert settlement.read_bytes() == before
