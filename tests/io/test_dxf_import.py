"""DXF import of base surveys: mapping, geometry classes, units sanity check, damaged files, every sample."""

from __future__ import annotations

from pathlib import Path

import ezdxf
import pytest
from pyproj import CRS

from designer.io.dxf_import import read_dxf
from designer.io.errors import ImportBaseError
from designer.io.gis_import import load_mapping, survey_records, write_mapping
from designer.render.dxf import export_dxf
from tests.io.drawing_fixtures import EPSG, ORIGIN, small_settlement


def _survey_dxf(path: Path, units: int = 6, scale: float = 1.0) -> Path:
    doc = ezdxf.new("R2013", units=units)
    msp = doc.modelspace()
    s = scale
    msp.add_lwpolyline(
        [(0, 0), (20 * s, 0), (20 * s, 30 * s), (0, 30 * s)], close=True, dxfattribs={"layer": "PARCELS"}
    )
    msp.add_lwpolyline(
        [(2 * s, 2 * s), (8 * s, 2 * s), (8 * s, 9 * s), (2 * s, 9 * s)],
        close=True,
        dxfattribs={"layer": "Buildings"},
    )
    msp.add_circle((15 * s, 20 * s), 2 * s, dxfattribs={"layer": "Buildings"})  # a round hut
    msp.add_line((0, 35 * s), (40 * s, 35 * s), dxfattribs={"layer": "ROADS"})
    msp.add_lwpolyline(
        [(0, 32 * s), (10 * s, 33 * s), (20 * s, 32 * s)], dxfattribs={"layer": "C-WATR-PIPE-E"}
    )
    msp.add_point((12 * s, 31 * s), dxfattribs={"layer": "Water taps"})
    msp.add_text("Plot 7", dxfattribs={"layer": "ANNO"})
    msp.add_lwpolyline([(50 * s, 0), (51 * s, 1 * s), (52 * s, 0)], dxfattribs={"layer": "MYSTERY"})
    doc.saveas(path)
    return path


def test_layers_are_guessed_and_geometry_decides_the_kind(tmp_path):
    survey = read_dxf(_survey_dxf(tmp_path / "s.dxf"), target_crs=None)
    assert survey.counts() == {"plot": 1, "building": 2, "path": 1, "water_main": 1, "water_point": 1}
    # Lines on a layer whose name says nothing are not guessed to be paths: the user is told to map them.
    assert survey.guessed["PARCELS"] == "plot" and survey.guessed["MYSTERY"] == "ignore"
    assert any("MYSTERY" in n and "unknown type" in n for n in survey.notes)
    assert "ANNO" not in survey.guessed  # text only: nothing to import
    hut = [
        f for f in survey.features if f.kind == "building" and f.geometry.area > 10 and f.geometry.area < 14
    ]
    assert len(hut) == 1  # the circle became a closed outline of ~pi * 4 m²


def test_a_mapping_file_overrides_the_guess_and_can_ignore_layers(tmp_path):
    mapping_file = tmp_path / "map.toml"
    write_mapping({"MYSTERY": "drain", "ROADS": "ignore"}, mapping_file)
    survey = read_dxf(
        _survey_dxf(tmp_path / "s.dxf"), target_crs=None, mapping=load_mapping(mapping_file).layers
    )
    assert survey.counts()["drain"] == 1
    assert survey.counts()["path"] == 0  # ROADS ignored, MYSTERY is a drain
    assert survey.counts()["plot"] == 1 and survey.counts()["building"] == 2  # the guess for the rest stays


def test_a_bad_mapping_kind_is_refused(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[layers]\n"A" = "castle"\n', encoding="utf-8")
    with pytest.raises(ImportBaseError, match="castle"):
        load_mapping(bad)


def test_header_in_millimetres_with_numbers_in_metres_is_detected(tmp_path):
    path = _survey_dxf(tmp_path / "mm.dxf", units=4)  # says mm, drawn in metres
    with pytest.raises(ImportBaseError, match=r"millimetres.*--units m\b"):
        read_dxf(path, target_crs=None)
    survey = read_dxf(path, target_crs=None, units="m")
    assert survey.counts()["plot"] == 1


def test_drawing_in_millimetres_is_converted_to_metres(tmp_path):
    survey = read_dxf(_survey_dxf(tmp_path / "mm.dxf", units=4, scale=1000.0), target_crs=None)
    plot = next(f for f in survey.features if f.kind == "plot")
    assert plot.geometry.area == pytest.approx(600.0)


def test_dxf_coordinates_in_another_crs_are_reprojected_to_the_project(tmp_path):
    # A survey in Arc 1960 / UTM 37S imported into a WGS 84 / UTM 37S project: a shift of ~100-300 m.
    src = tmp_path / "arc.dxf"
    doc = ezdxf.new("R2013", units=6)
    doc.modelspace().add_lwpolyline(
        [(257000, 9851000), (257020, 9851000), (257020, 9851030)], close=True, dxfattribs={"layer": "BLDG"}
    )
    doc.saveas(src)
    same = read_dxf(src, target_crs=CRS.from_epsg(32737))
    moved = read_dxf(src, target_crs=CRS.from_epsg(32737), source_crs=CRS.from_epsg(21037))
    shift = same.features[0].geometry.centroid.distance(moved.features[0].geometry.centroid)
    assert 50 < shift < 500
    assert moved.features[0].geometry.area == pytest.approx(300.0, rel=1e-3)


def test_jamii_own_export_imports_back_with_the_same_buildings(tmp_path):
    out = tmp_path / "own.dxf"
    export_dxf(small_settlement(), out, mode="existing", paper_sizes=())
    survey = read_dxf(out, target_crs=CRS.from_epsg(EPSG))
    assert survey.counts()["building"] == 6 and survey.counts()["plot"] == 6
    records, notes = survey_records(survey, ORIGIN)
    kinds = sorted(r.KIND for r in records)
    assert kinds.count("building") == 6 and kinds.count("toilet") == 1 and kinds.count("water_point") == 1
    assert not notes


def test_damaged_and_garbage_files_give_one_clear_error(tmp_path):
    junk = tmp_path / "junk.dxf"
    junk.write_bytes(b"\x00\x01 this is not a drawing \xff" * 50)
    with pytest.raises(ImportBaseError, match=r"junk\.dxf"):
        read_dxf(junk, target_crs=None)
    with pytest.raises(ImportBaseError, match="no such file"):
        read_dxf(tmp_path / "missing.dxf", target_crs=None)


@pytest.mark.shared_data
def test_every_sample_dxf_imports_or_fails_with_one_clear_message(shared_data):
    samples = sorted(p for p in (shared_data / "dxf-samples").iterdir() if p.suffix.lower() == ".dxf")
    assert len(samples) >= 25
    imported = 0
    for path in samples:
        try:
            survey = read_dxf(path, target_crs=None)
        except ImportBaseError as exc:
            message = str(exc)
            assert path.name in message and "\n" not in message, message
        else:
            assert survey.features, path.name
            records, _ = survey_records(survey, (0.0, 0.0))
            # Everything read is either a record or reported (a sliver, or skipped with its name).
            assert len(records) + survey.slivers + len(survey.skipped) >= len(survey.features), path.name
            imported += 1
    # Lines on layers whose names say nothing (most samples draw on layer 0) are no longer taken for
    # paths: those samples now stop with the one-line "say what each layer is" message instead.
    assert imported >= 5


@pytest.mark.shared_data
def test_recover_mode_reads_the_damaged_sample_and_says_so(shared_data):
    path = shared_data / "dxf-samples" / "recover01.dxf"
    # Its lines are all on layer 0, whose name says nothing: not guessed, the user is told to map it.
    with pytest.raises(ImportBaseError, match=r"layers: 0 \(line\): 1441.*mapping file"):
        read_dxf(path, target_crs=None)
    survey = read_dxf(path, target_crs=None, mapping={"0": "path"})
    assert any("recover mode" in n for n in survey.notes)
    assert survey.counts()["path"] > 1000


def test_a_house_plan_s_notes_footings_and_dimensions_do_not_become_paths(tmp_path):
    doc = ezdxf.new("R2013", units=6)
    msp = doc.modelspace()
    msp.add_lwpolyline([(0, 0), (6, 0), (6, 4), (0, 4)], close=True, dxfattribs={"layer": "WALLS"})
    msp.add_lwpolyline(
        [(-0.3, -0.3), (6.3, -0.3), (6.3, 4.3), (-0.3, 4.3)], close=True, dxfattribs={"layer": "FOOTINGS"}
    )
    msp.add_line((0, -1), (6, -1), dxfattribs={"layer": "FOOTINGS"})
    msp.add_line((0, 5), (3, 6), dxfattribs={"layer": "NOTES"})
    msp.add_line((0, -2), (6, -2), dxfattribs={"layer": "DIMENSIONS"})
    path = tmp_path / "house.dxf"
    doc.saveas(path)
    survey = read_dxf(path, target_crs=None)
    assert survey.counts() == {"building": 1}
    assert {survey.guessed[k] for k in ("FOOTINGS", "NOTES", "DIMENSIONS")} == {"ignore"}
