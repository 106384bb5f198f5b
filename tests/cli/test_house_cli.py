"""`jamii house …`: list, show, check, place (undoable, saved), plan (DXF and PDF), save/add a TOML type."""

from __future__ import annotations

import json

import pytest

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.model import CoreHouse, Document, HouseImprovement, Option, Path, Plot, ProjectInfo
from designer.model.entities import Building
from designer.model.housing import HouseType, rect_ring


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "appdata"
    monkeypatch.setenv("JAMII_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def project(tmp_path):
    doc = Document(
        ProjectInfo(name="Row street"),
        [
            *(
                Plot(id=f"p{i}", outline=rect_ring(4.2 * i, 0, 4.2, 12.6), number=str(i + 1))
                for i in range(3)
            ),
            Path(id="path", route=((-5.0, -1.0), (20.0, -1.0)), width_m=2.0),
            Building(id="b1", outline=rect_ring(30, 0, 5, 4)),
            Option(id="opt", name="Row houses"),
        ],
    )
    path = tmp_path / "t.jamii"
    save_project(doc, path)
    return path


def test_list_shows_the_shipped_types_as_stable_json(capsys):
    assert main(["house", "list", "--format", "json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["house_types"]}
    assert {"core-1room", "row-2room", "row-2storey", "core-expand", "improve-rfw"} <= set(rows)
    assert rows["row-2storey"]["storeys"] == 2
    assert rows["core-1room"]["origin"] == "shipped"


def test_show_prints_rooms_and_quantities_per_stage(capsys):
    assert main(["house", "show", "core-1room"]) == 0
    out = capsys.readouterr().out
    assert "Main room" in out
    assert "stage 2: Bedroom (built by family)" in out
    assert "door 0.90 × 2.10" in out


def test_check_reports_the_rules_for_a_household(capsys):
    assert main(["house", "check", "core-1room", "--persons", "4", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    failed = {(r["rule"], r["subject"]) for r in data["results"] if not r["ok"]}
    assert ("persons_per_room", "stage 1") in failed  # 4 people in the one-room core
    assert ("persons_per_room", "stage 2") not in failed


def test_place_row_houses_saves_and_checks_them_on_their_plots(project, capsys):
    assert main(["house", "place", str(project), "--option", "opt", "--type", "row-2room", "--plots", "1,2,3",
                 "--format", "json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert len(data["placed"]) == 3
    doc = load_project(project)
    houses = doc.of_type(CoreHouse)
    assert sorted(h.plot_id for h in houses) == ["p0", "p1", "p2"]
    assert isinstance(doc.get("row-2room"), HouseType)
    assert main(["house", "check", "--project", str(project), "--option", "opt", "--format", "json"]) == 0
    checked = json.loads(capsys.readouterr().out)
    assert len(checked["houses"]) == 3


def test_place_improvement_on_a_building(project, capsys):
    assert (
        main(
            ["house", "place", str(project), "--option", "opt", "--type", "improve-rfw", "--buildings", "b1"]
        )
        == 0
    )
    assert "improves b1" in capsys.readouterr().out
    (impr,) = load_project(project).of_type(HouseImprovement)
    assert (impr.roof, impr.floor, impr.walls, impr.house_type) == (True, True, True, "improve-rfw")


def test_bad_input_is_one_line_without_traceback(project, capsys):
    assert main(["house", "show", "no-such-type"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jamii: error: no house type 'no-such-type'")
    assert "Traceback" not in err
    assert (
        main(["house", "place", str(project), "--option", "opt", "--type", "row-2room", "--plots", "p9"]) == 2
    )
    assert "no plot" in capsys.readouterr().err


def test_plan_writes_dxf_and_pdf(tmp_path, capsys):
    dxf, pdf = tmp_path / "h.dxf", tmp_path / "h.pdf"
    assert (
        main(["house", "plan", "core-1room", "row-2room", "--dxf", str(dxf), "--pdf", str(pdf), "--no-cost"])
        == 0
    )
    out = capsys.readouterr().out
    assert "core-1room 1:50" in out
    assert "2 page(s)" in out
    assert dxf.read_bytes().startswith(b"  0\r\nSECTION") or b"SECTION" in dxf.read_bytes()[:200]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_save_a_type_as_toml_and_add_it_to_a_project(project, tmp_path, capsys):
    out = tmp_path / "mine.toml"
    assert main(["house", "save", "core-expand", str(out)]) == 0
    text = out.read_text(encoding="utf-8").replace('id = "core-expand"', 'id = "my-core"')
    out.write_text(text, encoding="utf-8")
    assert main(["house", "add", str(project), str(out)]) == 0
    capsys.readouterr()
    doc = load_project(project)
    assert doc.get("my-core").name == "Core house with expansion"  # type: ignore[union-attr]
    assert main(["house", "list", "--project", str(project), "--format", "json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["house_types"]}
    assert rows["my-core"]["origin"] == "project"
