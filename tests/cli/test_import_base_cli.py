"""`jamii import-base`: new and existing projects, atomic save, errors as one line, images."""

from __future__ import annotations

import re

import numpy as np
import pyogrio.raw
import pytest
import shapely

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.model import Building, Plot
from tests.io.drawing_fixtures import background_kind, small_settlement

pytestmark = pytest.mark.usefixtures("background_kind")
_ = background_kind  # the fixture is used through pytestmark


def _geojson(path, boxes):
    geoms = np.array([shapely.box(*b) for b in boxes], dtype=object)
    pyogrio.raw.write(
        path,
        shapely.to_wkb(geoms),
        [np.array(["yes"] * len(geoms), dtype=object)],
        ["building"],
        driver="GeoJSON",
        geometry_type="Polygon",
        crs="EPSG:4326",
    )
    return path


def test_a_new_project_is_started_in_the_utm_zone_of_the_data(tmp_path, capsys):
    src = _geojson(
        tmp_path / "b.geojson", [(36.8, -1.3, 36.8001, -1.2999), (36.8003, -1.3, 36.8004, -1.2999)]
    )
    project = tmp_path / "new.jamii"
    assert (
        main(
            ["import-base", str(project), "--from", str(src), "--plots-from-footprints", "--name", "Mathare"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "added 2 buildings, 2 plots" in out and "EPSG:32737" in out
    doc = load_project(project)
    assert doc.project.name == "Mathare" and doc.project.crs_epsg == 32737
    assert doc.project.origin_x_m % 100 == 0 and doc.project.origin_y_m % 100 == 0
    plots = {p.id for p in doc.of_type(Plot)}
    assert all(b.plot_id in plots for b in doc.of_type(Building))


def test_an_existing_project_is_extended_and_keeps_its_records(tmp_path):
    project = tmp_path / "t.jamii"
    save_project(small_settlement(), project)
    before = load_project(project)
    src = _geojson(tmp_path / "b.geojson", [(36.7714, -1.3468, 36.7715, -1.3467)])
    assert main(["import-base", str(project), "--from", str(src)]) == 0
    after = load_project(project)
    assert len(after) == len(before) + 1
    assert after.project.origin_x_m == before.project.origin_x_m  # the project's frame is kept
    new = [b for b in after.of_type(Building) if b.id not in before]
    assert len(new) == 1 and 0 < new[0].outline[0][0] < 100  # lands beside the sample's plots (local metres)


def test_on_error_the_project_file_is_untouched(tmp_path, capsys):
    project = tmp_path / "t.jamii"
    save_project(small_settlement(), project)
    original = project.read_bytes()
    bad = tmp_path / "nocrs.csv"
    bad.write_text('geometry,name\n"POLYGON ((0 0, 10 0, 10 10, 0 0))",a\n', encoding="utf-8")
    assert main(["import-base", str(project), "--from", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "does not say its coordinate reference system" in err and "--crs" in err and err.count("\n") == 1
    assert project.read_bytes() == original


def test_a_dxf_with_wrong_units_is_explained(tmp_path, capsys):
    import ezdxf

    dxf = tmp_path / "mm.dxf"
    d = ezdxf.new("R2013", units=4)
    d.modelspace().add_lwpolyline(
        [(0, 0), (20, 0), (20, 30), (0, 30)], close=True, dxfattribs={"layer": "BLDG"}
    )
    d.saveas(dxf)
    project = tmp_path / "p.jamii"
    assert main(["import-base", str(project), "--from", str(dxf)]) == 2
    assert "--units m" in capsys.readouterr().err
    assert not project.exists()
    mapping = tmp_path / "map.toml"
    assert (
        main(
            ["import-base", str(project), "--from", str(dxf), "--units", "m", "--write-mapping", str(mapping)]
        )
        == 0
    )
    assert '"BLDG" = "building"' in mapping.read_text(encoding="utf-8")
    assert len(load_project(project).of_type(Building)) == 1


def test_an_image_is_placed_by_two_reference_points(tmp_path, capsys):
    from PIL import Image

    from designer.model.background import BackgroundImage

    Image.new("RGB", (400, 200), "white").save(tmp_path / "scan.png")
    project = tmp_path / "p.jamii"
    assert (
        main(
            [
                "import-base",
                str(project),
                "--from",
                str(tmp_path / "scan.png"),
                "--ref1",
                "0,200=0,0",
                "--ref2",
                "400,200=40,0",
            ]
        )
        == 0
    )
    assert "0.1000 m per pixel" in capsys.readouterr().out
    (img,) = load_project(project).of_type(BackgroundImage)
    assert img.path == "scan.png" and img.width_px == 400
    assert main(["import-base", str(project), "--from", str(tmp_path / "scan.png"), "--ref1", "0,200"]) == 2
    assert "--ref2" in capsys.readouterr().err


def test_a_truncated_image_is_one_line(tmp_path, capsys):
    """Was (make fuzz): a PNG cut inside its header crashed with Pillow's ValueError (exit 3)."""
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00IHDR")
    argv = [
        "import-base",
        str(tmp_path / "p.jamii"),
        "--from",
        str(scan),
        "--ref1",
        "0,0=0,0",
        "--ref2",
        "60,0",
    ]
    assert main([*argv, "--distance-m", "30"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not an image Jamii can read" in err


@pytest.mark.shared_data
@pytest.mark.slow
def test_djibouti_footprints_with_blocks_make_a_project(shared_data, tmp_path):
    folder = shared_data / "settlement-djibouti"
    project = tmp_path / "dj.jamii"
    rc = main(
        [
            "import-base",
            str(project),
            "--from",
            str(folder / "buildings_DJI.1.1_1.geojson"),
            "--plots-from-footprints",
            "--blocks",
            str(folder / "blocks_DJI.1.1_1.csv"),
            "--blocks-crs",
            "EPSG:4326",
        ]
    )
    assert rc == 0
    doc = load_project(project)
    assert doc.project.crs_epsg == 32638
    buildings = doc.of_type(Building)
    assert len(buildings) == 3855 and all(b.plot_id for b in buildings)


def test_every_import_says_where_it_landed_and_the_project_stores_its_crs_as_wkt(tmp_path, capsys):
    from tests.io.import_fixtures import LO31_NORTH_UP, squares_at, write_layer

    src = write_layer(
        tmp_path / "lo31.shp",
        squares_at(LO31_NORTH_UP, (30.98, -29.86)),
        crs=LO31_NORTH_UP,
        driver="ESRI Shapefile",
    )
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src)]) == 0
    printed = capsys.readouterr().out
    lat, lon = re.search(r"landed at ([\d.]+)°S ([\d.]+)°E", printed).groups()
    assert float(lat) == pytest.approx(29.86, abs=1e-3) and float(lon) == pytest.approx(30.98, abs=1e-3)
    assert "no EPSG code" in printed
    project = load_project(out).project
    assert project.crs_epsg is None
    assert "Transverse Mercator" in project.crs_wkt or "Transverse_Mercator" in project.crs_wkt


def test_a_misplaced_source_is_refused_with_one_line_and_exit_2(tmp_path, capsys):
    src = _geojson(tmp_path / "b.geojson", [(36.8, -1.3, 36.8001, -1.2999)])
    out = tmp_path / "p.jamii"
    assert main(["import-base", str(out), "--from", str(src), "--crs", "EPSG:32637"]) == 2
    err = capsys.readouterr().err
    assert "would land at" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
