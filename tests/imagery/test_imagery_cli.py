"""`jamii import-base --from ortho.tif` and `jamii imagery list|set|relink|overviews` on generated GeoTIFFs."""

from __future__ import annotations

import json

import pytest
from pyproj import CRS, Transformer

from designer.cli import main
from designer.io.project_file import load_project
from designer.io.raster import inspect_raster
from designer.model.background import RasterLayer
from tests.imagery.rasters import UTM36N, UTM_ORIGIN, write_geotiff


def _layers(path):
    return load_project(path).of_type(RasterLayer)


def test_import_base_adds_a_georeferenced_layer_with_its_crs_checksum_and_relative_path(tmp_path, capsys):
    image = write_geotiff(tmp_path / "drone.tif")
    project = tmp_path / "site.jamii"
    assert main(["import-base", str(project), "--from", str(image), "--date", "2025-03-18"]) == 0
    out = capsys.readouterr().out
    assert "added imagery drone.tif: 400 × 300 px, 40.0 × 30.0 m in EPSG:32636" in out
    (layer,) = _layers(project)
    assert layer.path == "drone.tif" and layer.date == "2025-03-18" and len(layer.sha256) == 64
    doc = load_project(project)
    assert doc.project.crs_epsg == UTM36N
    assert (doc.project.origin_x_m, doc.project.origin_y_m) == UTM_ORIGIN
    raw = json.loads(project.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 3
    assert "pixels" not in json.dumps(raw["records"]["raster_layer"])  # references, never the pixels
    assert project.stat().st_size < 10_000


def test_a_wgs84_image_gives_a_new_project_the_local_utm_zone(tmp_path, capsys):
    lon, lat = Transformer.from_crs(UTM36N, 4326, always_xy=True).transform(*UTM_ORIGIN)
    image = write_geotiff(
        tmp_path / "sat.tif", width=100, height=100, epsg=4326, top_left=(lon, lat), pixel_size=1e-5
    )
    project = tmp_path / "site.jamii"
    assert main(["import-base", str(project), "--from", str(image)]) == 0
    assert "reprojected from EPSG:4326" in capsys.readouterr().out
    assert load_project(project).project.crs_epsg == UTM36N


def test_an_image_without_georeference_asks_for_two_points_and_writes_nothing(tmp_path, capsys):
    image = write_geotiff(tmp_path / "scan.tif", epsg=None)
    project = tmp_path / "site.jamii"
    assert main(["import-base", str(project), "--from", str(image)]) == 2
    err = capsys.readouterr().err
    assert "has no georeference" in err and "--ref1" in err and "Traceback" not in err
    assert not project.exists()
    # placed by two points it becomes a scan background, as before
    args = ["--ref1", "0,0=452000,35030", "--ref2", "400,0=452040,35030"]
    assert main(["import-base", str(project), "--from", str(image), *args]) == 0
    assert len(load_project(project).of_kind("background_image")) == 1


def test_an_image_at_sea_is_refused_and_the_project_is_untouched(tmp_path, capsys):
    project = tmp_path / "site.jamii"
    assert main(["import-base", str(project), "--from", str(write_geotiff(tmp_path / "a.tif"))]) == 0
    before = project.read_bytes()
    # EPSG:4326 coordinates in the Gulf of Guinea: no land there
    sea = write_geotiff(tmp_path / "sea.tif", epsg=4326, top_left=(-20.0, -20.0), pixel_size=1e-4)
    assert main(["import-base", str(project), "--from", str(sea)]) == 2
    err = capsys.readouterr().err.strip()
    assert "sea.tif" in err and len(err.splitlines()) == 1
    assert project.read_bytes() == before


def test_a_moved_image_is_reported_and_relinked(tmp_path, capsys):
    image = write_geotiff(tmp_path / "drone.tif")
    project = tmp_path / "site.jamii"
    main(["import-base", str(project), "--from", str(image)])
    moved = tmp_path / "flights" / "drone-2025.tif"
    moved.parent.mkdir()
    image.rename(moved)
    capsys.readouterr()
    assert main(["imagery", "list", str(project)]) == 1
    assert "missing" in capsys.readouterr().out
    assert main(["imagery", "relink", str(project), "drone", str(moved)]) == 0
    (layer,) = _layers(project)
    assert layer.path == "flights/drone-2025.tif"
    assert main(["imagery", "list", str(project), "--verify"]) == 0
    # another picture with the same name is not a re-link
    other = write_geotiff(tmp_path / "other.tif", width=200, height=100)
    assert main(["imagery", "relink", str(project), "drone", str(other)]) == 2
    assert "200 × 100 px" in capsys.readouterr().err


def test_a_changed_file_is_reported_by_its_size(tmp_path, capsys):
    image = write_geotiff(tmp_path / "drone.tif")
    project = tmp_path / "site.jamii"
    main(["import-base", str(project), "--from", str(image)])
    write_geotiff(image, width=600)  # same name, another picture
    capsys.readouterr()
    assert main(["imagery", "list", str(project)]) == 1
    assert "changed" in capsys.readouterr().out


def test_set_changes_layer_settings_and_refuses_bad_values(tmp_path, capsys):
    project = tmp_path / "site.jamii"
    main(["import-base", str(project), "--from", str(write_geotiff(tmp_path / "a.tif"))])
    main(["import-base", str(project), "--from", str(write_geotiff(tmp_path / "b.tif"))])
    a, b = sorted(_layers(project), key=lambda r: r.name)
    assert (a.order, b.order) == (1, 2)  # each new layer on top
    args = ["--opacity", "0.4", "--order", "5", "--visible", "no", "--brightness", "0.2", "--contrast", "1.5"]
    assert main(["imagery", "set", str(project), "a", *args]) == 0
    a = next(r for r in _layers(project) if r.name == "a")
    assert (a.opacity, a.order, a.visible, a.brightness, a.contrast) == (0.4, 5, False, 0.2, 1.5)
    before = project.read_bytes()
    assert main(["imagery", "set", str(project), "a", "--opacity", "1.7"]) == 2
    assert "opacity must be between 0 and 1" in capsys.readouterr().err
    assert project.read_bytes() == before


def test_overviews_are_built_beside_the_image_with_progress(tmp_path, capsys):
    image = write_geotiff(tmp_path / "big.tif", width=1200, height=900)
    project = tmp_path / "site.jamii"
    main(["import-base", str(project), "--from", str(image)])
    assert inspect_raster(image).overview_factors == ()
    assert main(["imagery", "overviews", str(project), "big"]) == 0
    captured = capsys.readouterr()
    assert "100 %" in captured.err
    assert (tmp_path / "big.tif.ovr").is_file()
    assert inspect_raster(image).overview_factors == (2, 4, 8)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".jamii-ovr")] == []


def test_cancelled_overview_build_leaves_nothing(tmp_path):
    from designer.io.raster_overviews import OverviewsCancelled, build_overviews

    image = write_geotiff(tmp_path / "big.tif", width=1200, height=900)
    with pytest.raises(OverviewsCancelled):
        build_overviews(image, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.tif"]


def test_placement_survives_the_round_trip_through_the_project_file(tmp_path):
    from designer.io.raster import RasterSource, resolve_path

    project = tmp_path / "site.jamii"
    main(["import-base", str(project), "--from", str(write_geotiff(tmp_path / "a.tif"))])
    doc = load_project(project)
    (layer,) = doc.of_type(RasterLayer)
    with RasterSource(resolve_path(layer.path, tmp_path), CRS.from_wkt(doc.project.crs_wkt)) as src:
        # pixel (0, 0)'s corner lies at the project's origin + (0, 30) m
        x, y = src.transform @ (0, 0)
        assert (x - doc.project.origin_x_m, y - doc.project.origin_y_m) == pytest.approx((0.0, 30.0))
