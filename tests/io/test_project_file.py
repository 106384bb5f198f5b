"""The .jamii file: save → load is identity, saves are atomic, bad files are refused with file, JSON path and reason."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.io import project_file
from designer.io.project_file import document_to_bytes, load_project, save_project
from designer.model import Document, Household, Plot, ProjectFileError, ProjectInfo, WaterPoint
from designer.resources import sample_project_path
from tests.model.factories import small_document


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def saved_dict(tmp_path: Path) -> dict:
    path = tmp_path / "ok.jamii"
    save_project(small_document(), path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_save_then_load_gives_the_same_document(tmp_path):
    doc = small_document()
    path = tmp_path / "p.jamii"
    save_project(doc, path)
    again = load_project(path)
    assert document_to_bytes(again) == document_to_bytes(doc)
    assert again["wp-1"] == doc["wp-1"]
    assert again["wp-1"].price_per_20l == Decimal("2.50")


def test_file_is_utf8_json_with_format_and_schema_version(tmp_path):
    doc = Document(ProjectInfo(name="Mji wa Tumaini — façade ü"))
    path = tmp_path / "p.jamii"
    save_project(doc, path)
    data = json.loads(path.read_bytes().decode("utf-8"))
    assert data["format"] == "jamii-project"
    assert data["schema_version"] == project_file.SCHEMA_VERSION
    assert data["project"]["name"] == "Mji wa Tumaini — façade ü"


finite = st.floats(min_value=-1e5, max_value=1e5, allow_nan=False, allow_infinity=False)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@st.composite
def documents(draw):
    recs = []
    for i in range(draw(st.integers(0, 6))):
        x, y = draw(finite), draw(finite)
        w, h = draw(st.floats(1, 50)), draw(st.floats(1, 50))
        recs.append(
            Plot(id=f"plot-{i}", outline=((x, y), (x + w, y), (x + w, y + h), (x, y + h)), number=draw(text))
        )
    for i in range(draw(st.integers(0, 4))):
        recs.append(
            WaterPoint(
                id=f"wp-{i}",
                position=(draw(finite), draw(finite)),
                taps=draw(st.integers(0, 12)),
                price_per_20l=draw(st.decimals(min_value=0, max_value=1000, places=2)),
                name=draw(text),
            )
        )
    plot_ids = [r.id for r in recs if isinstance(r, Plot)]
    for i in range(draw(st.integers(0, 4))):
        recs.append(
            Household(
                id=f"hh-{i}",
                plot_id=draw(st.sampled_from(["", *plot_ids])),
                size_persons=draw(st.integers(1, 12)),
                income_per_month=draw(st.none() | st.decimals(min_value=0, max_value=10**6, places=2)),
                name=draw(text),
            )
        )
    return Document(
        ProjectInfo(name=draw(text) or "x", crs_epsg=draw(st.none() | st.integers(2000, 32760))), recs
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
def test_property_save_load_is_identity(tmp_path, doc):
    path = tmp_path / "prop.jamii"
    save_project(doc, path)
    again = load_project(path)
    assert {r.id: r for r in again.records()} == {r.id: r for r in doc.records()}
    assert document_to_bytes(again) == document_to_bytes(doc)


def test_the_bundled_sample_loads_and_round_trips(tmp_path):
    doc = load_project(sample_project_path())
    path = tmp_path / "copy.jamii"
    save_project(doc, path)
    assert path.read_bytes() == document_to_bytes(load_project(path))


# ------------------------------------------------------------------ bad files


def test_malformed_json_is_refused(tmp_path):
    path = tmp_path / "bad.jamii"
    path.write_text('{"format": "jamii-project", "schema_version": 1,', encoding="utf-8")
    with pytest.raises(ProjectFileError, match="is not valid JSON") as err:
        load_project(path)
    assert str(path) in str(err.value)


def test_not_a_project_file(tmp_path):
    with pytest.raises(ProjectFileError, match="not a Jamii project file"):
        load_project(write_json(tmp_path / "x.jamii", {"type": "FeatureCollection"}))


def test_wrong_type_names_the_json_path(tmp_path):
    data = saved_dict(tmp_path)
    data["records"]["water_point"][0]["taps"] = "two"
    with pytest.raises(ProjectFileError) as err:
        load_project(write_json(tmp_path / "bad.jamii", data))
    assert err.value.json_path == "$.records.water_point[0].taps"
    assert "expected a whole number" in err.value.reason


def test_unknown_field_and_missing_field_are_refused(tmp_path):
    data = saved_dict(tmp_path)
    data["records"]["plot"][1]["colour"] = "red"
    with pytest.raises(ProjectFileError, match=r"records.plot\[1\].*unknown field 'colour'"):
        load_project(write_json(tmp_path / "a.jamii", data))
    data = saved_dict(tmp_path)
    del data["records"]["plot"][0]["outline"]
    with pytest.raises(ProjectFileError, match="missing field 'outline'"):
        load_project(write_json(tmp_path / "b.jamii", data))


def test_bad_enum_value_lists_the_allowed_values(tmp_path):
    data = saved_dict(tmp_path)
    data["records"]["path"][0]["traffic"] = "heavy"
    with pytest.raises(ProjectFileError, match="'heavy' is not one of: pedestrian, light, busy"):
        load_project(write_json(tmp_path / "a.jamii", data))


def test_invalid_geometry_names_the_record_and_why(tmp_path):
    data = saved_dict(tmp_path)
    data["records"]["plot"][1]["outline"] = [[0, 0], [10, 10], [10, 0], [0, 10]]
    with pytest.raises(ProjectFileError) as err:
        load_project(write_json(tmp_path / "bad.jamii", data))
    assert err.value.json_path == "$.records.plot[1]"
    assert "plot-2" in str(err.value) and "crosses itself" in str(err.value)


def test_dangling_reference_is_refused(tmp_path):
    data = saved_dict(tmp_path)
    data["records"]["household"][0]["plot_id"] = "plot-404"
    with pytest.raises(ProjectFileError, match="plot_id refers to 'plot-404', which does not exist") as err:
        load_project(write_json(tmp_path / "bad.jamii", data))
    assert err.value.json_path == "$.records.household[0]"


def test_entity_in_unknown_option_is_refused(tmp_path):
    data = saved_dict(tmp_path)
    data["records"]["water_point"][0]["scope"] = "opt-gone"
    with pytest.raises(ProjectFileError, match="scope 'opt-gone' is not an option"):
        load_project(write_json(tmp_path / "bad.jamii", data))


def test_newer_schema_version_is_refused(tmp_path):
    data = saved_dict(tmp_path)
    data["schema_version"] = project_file.SCHEMA_VERSION + 1
    with pytest.raises(ProjectFileError, match="written by a newer Jamii"):
        load_project(write_json(tmp_path / "new.jamii", data))


def test_files_over_the_size_cap_are_refused_before_reading(tmp_path):
    path = tmp_path / "big.jamii"
    save_project(small_document(), path)
    with pytest.raises(ProjectFileError, match="more than the"):
        load_project(path, max_bytes=100)


def test_older_versions_are_migrated_step_by_step(tmp_path, monkeypatch):
    data = saved_dict(tmp_path)
    now = project_file.SCHEMA_VERSION
    data["project"]["title"] = data["project"].pop("name")  # pretend this version called it "title"
    calls = []

    def to_next(d):
        calls.append(1)
        d["project"]["name"] = d["project"].pop("title")
        d["schema_version"] = now + 1
        return d

    monkeypatch.setattr(project_file, "SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(project_file.MIGRATIONS, now, to_next)
    doc = load_project(write_json(tmp_path / "old.jamii", data))
    assert calls == [1]
    assert doc.project.name == "Test"


def test_a_version_1_file_gets_its_crs_as_wkt(tmp_path):
    data = saved_dict(tmp_path)
    data["schema_version"] = 1
    data["project"]["crs_epsg"] = 32737
    data["project"].pop("crs_wkt", None)
    doc = load_project(write_json(tmp_path / "v1.jamii", data))
    assert doc.project.crs_epsg == 32737
    assert "UTM zone 37S" in doc.project.crs_wkt


# ------------------------------------------------------------------ atomic save


def test_failed_save_keeps_the_previous_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "p.jamii"
    save_project(small_document(), path)
    before = path.read_bytes()

    def boom(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="No space left"):
        save_project(Document(ProjectInfo(name="Other")), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.jamii"]


SAVER = textwrap.dedent(
    """
    import sys
    from designer.io.project_file import save_project
    from benchmarks.synthetic import make_settlement
    doc = make_settlement(n_plots=3000, seed=1)
    print("ready", flush=True)
    while True:
        save_project(doc, sys.argv[1])
    """
)


@pytest.mark.slow
def test_killing_a_saving_process_never_corrupts_the_file(tmp_path):
    """Kill a process that saves in a loop at several moments; the file always loads."""
    import time

    from benchmarks.synthetic import make_settlement

    path = tmp_path / "p.jamii"
    save_project(small_document(), path)
    full_count = len(make_settlement(n_plots=3000, seed=1))
    repo = Path(__file__).resolve().parents[2]
    seen_counts = set()
    for delay_s in (0.05, 0.13, 0.21, 0.34, 0.55):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], cwd=repo, stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay_s)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        doc = load_project(path)  # either the old small file or a complete new one
        assert len(doc) in (11, full_count)
        seen_counts.add(len(doc))
    leftovers = [p for p in tmp_path.iterdir() if p.name != "p.jamii"]
    # A killed process may leave its temp file behind, but never in place of the project.
    assert all(p.name.startswith(".p.jamii.") for p in leftovers)
    assert full_count in seen_counts  # the saver did complete saves between kills
