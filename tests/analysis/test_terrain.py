"""Ground levels from a terrain model (the shared 2 m lidar DTM, NAD83 / UTM 18N) and from spot levels.

Independent reader: ``gdallocationinfo`` gives the raster's value of a pixel; at a pixel's centre the
bilinear interpolation must return exactly that value.
"""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from designer.analysis.check import check_option
from designer.analysis.terrain import DemSource, terrain_levels
from designer.model import (
    Document,
    ProjectInfo,
    SupplyBasis,
    SupplyPoint,
    WaterMain,
    WaterPoint,
)

ORIGIN = (321600.0, 4297700.0)  # inside the DTM: x 321498–322064, y 4297500–4298018
UL = (321498.0, 4298018.0)


def _centre(col: int, row: int) -> tuple[float, float]:
    """Local metres of the centre of pixel (col, row) of the 2 m DTM."""
    return UL[0] + (col + 0.5) * 2 - ORIGIN[0], UL[1] - (row + 0.5) * 2 - ORIGIN[1]


def _gdal_value(path, col: int, row: int) -> float:
    if shutil.which("gdallocationinfo") is None:
        pytest.skip("gdallocationinfo (gdal-bin) is not installed")
    out = subprocess.run(
        ["gdallocationinfo", "-valonly", str(path), str(col), str(row)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def test_levels_at_pixel_centres_are_the_rasters_values_and_outside_is_unknown(shared_data):
    pytest.importorskip("rasterio")
    path = shared_data / "dem" / "opengeos_lidar_dtm_2m.tif"
    dem = DemSource(str(path), 26918, *ORIGIN)
    xy = np.array([_centre(100, 100), _centre(200, 150), (5000.0, 5000.0)])
    res = terrain_levels(xy, [], dem)
    assert res.level_m[0] == pytest.approx(_gdal_value(path, 100, 100), abs=1e-4)
    assert res.level_m[1] == pytest.approx(_gdal_value(path, 200, 150), abs=1e-4)
    assert np.isnan(res.level_m[2]) and res.from_dem.tolist() == [True, True, False]
    assert any("1 of 3 points lie outside the terrain model" in w for w in res.warnings)
    # a spot level fills what the model does not cover
    res = terrain_levels(xy, [(5000.0, 5000.0, 99.0)], dem)
    assert res.level_m[2] == 99.0 and res.level_m[0] == pytest.approx(_gdal_value(path, 100, 100), abs=1e-4)


def test_pressure_over_real_terrain_matches_a_hand_written_epanet_network(shared_data):
    """Supply 30 m over the ground at pixel (100, 100); tap at pixel (200, 150) 223.6 m away by HDPE 25 mm."""
    pytest.importorskip("rasterio")
    from tests.analysis.hydraulics import hand_epanet_pressure, hazen_williams_loss_m

    path = shared_data / "dem" / "opengeos_lidar_dtm_2m.tif"
    a, b = _centre(100, 100), _centre(200, 150)
    doc = Document(
        ProjectInfo(crs_epsg=26918, origin_x_m=ORIGIN[0], origin_y_m=ORIGIN[1], terrain_dem=str(path)),
        [
            SupplyPoint(id="sup", position=a, given_as=SupplyBasis.PRESSURE, pressure_m=30.0),
            WaterMain(id="wm", route=(a, b), diameter_mm=25),
            WaterPoint(id="sp", position=(b[0], b[1] + 1.0), taps=1),
        ],
    )
    result = check_option(doc, None)
    z_sup, z_tap = _gdal_value(path, 100, 100), _gdal_value(path, 200, 150)
    length = float(np.hypot(b[0] - a[0], b[1] - a[1]))
    by_hand = z_sup + 30.0 - hazen_williams_loss_m(length, 0.000125, 0.0204) - z_tap
    epanet = hand_epanet_pressure(z_sup + 30.0, length, 0.0204, z_tap, 0.125)
    point = result.pressure.points[0]
    assert point.status == "ok"
    assert point.pressure_m == pytest.approx(by_hand, abs=0.05)
    assert point.pressure_m == pytest.approx(epanet, abs=0.01)
    assert any("terrain model opengeos_lidar_dtm_2m.tif" in n for n in result.pressure.assumptions)


def test_a_missing_terrain_model_is_reported_and_spot_levels_used(tmp_path):
    doc_dem = DemSource(str(tmp_path / "nope.tif"), 32737)
    res = terrain_levels(np.array([[0.0, 0.0]]), [(0.0, 0.0, 5.0)], doc_dem)
    assert res.level_m.tolist() == [5.0]
    assert any("nope.tif: no such file" in w for w in res.warnings)
    res = terrain_levels(np.array([[0.0, 0.0]]), [], DemSource(str(tmp_path / "x.tif"), None))
    assert np.isnan(res.level_m[0]) and any("the project has no CRS" in w for w in res.warnings)


def _contour_file(tmp_path, origin=(250000.0, 9860000.0)):
    """Two contours in a GeoJSON (WGS 84): level 10 along local y = 0 and 12 along y = 20, x −100…100."""
    import json

    from pyproj import Transformer

    to_ll = Transformer.from_crs("EPSG:32737", "EPSG:4326", always_xy=True)

    def ll(x, y):
        lon, lat = to_ll.transform(x + origin[0], y + origin[1])
        return [round(lon, 9), round(lat, 9)]

    feats = [
        {
            "type": "Feature",
            "properties": {"ELEV": level},
            "geometry": {"type": "LineString", "coordinates": [ll(-100, y), ll(100, y)]},
        }
        for level, y in ((10.0, 0.0), (12.0, 20.0))
    ]
    path = tmp_path / "contours.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    return path, origin


def test_levels_between_two_contours_are_linear_in_the_distances(tmp_path):
    """By hand: at y = 5, 5 m from the 10 m contour and 15 m from the 12 m one → 10 + 2 × 5/20 = 10.5."""
    path, origin = _contour_file(tmp_path)
    dem = DemSource("", 32737, *origin, contours=str(path))
    xy = np.array([[0.0, 5.0], [0.0, 10.0], [30.0, 0.0], [0.0, 500.0]])
    res = terrain_levels(xy, [(0.0, 500.0, 40.0)], dem)
    assert res.level_m[:3] == pytest.approx([10.5, 11.0, 10.0], abs=1e-3)
    assert res.level_m[3] == 40.0  # beyond the contours' reach: the spot level
    assert any("contours contours.geojson at 3 of 4 points" in n for n in res.notes)


def test_a_contour_file_without_an_elevation_field_is_one_clear_line(tmp_path):
    path = tmp_path / "bad.geojson"
    path.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},'
        '"geometry":{"type":"LineString","coordinates":[[36,-1],[36.001,-1]]}}]}',
        encoding="utf-8",
    )
    res = terrain_levels(np.array([[0.0, 0.0]]), [], DemSource("", 32737, contours=str(path)))
    assert np.isnan(res.level_m[0])
    assert any("bad.geojson: no elevation field" in w and "its fields: name" in w for w in res.warnings)


def test_pressure_check_takes_the_ground_from_the_contours(tmp_path):
    """Supply 20 m over the ground on the 10 m contour (head 30 m); 20 m of HDPE 25 mm to a tap on the 12 m
    contour: pressure = 30 − loss − 12, as a hand-written EPANET network gives."""
    from tests.analysis.hydraulics import hand_epanet_pressure, hazen_williams_loss_m

    path, origin = _contour_file(tmp_path)
    doc = Document(
        ProjectInfo(crs_epsg=32737, origin_x_m=origin[0], origin_y_m=origin[1], terrain_contours=str(path)),
        [
            SupplyPoint(id="sup", position=(0.0, 0.0), given_as=SupplyBasis.PRESSURE, pressure_m=20.0),
            WaterMain(id="wm", route=((0.0, 0.0), (0.0, 20.0)), diameter_mm=25),
            WaterPoint(id="sp", position=(1.0, 20.0), taps=1),
        ],
    )
    point = check_option(doc, None).pressure.points[0]
    assert point.pressure_m == pytest.approx(
        30.0 - hazen_williams_loss_m(20, 0.000125, 0.0204) - 12.0, abs=0.02
    )
    assert point.pressure_m == pytest.approx(hand_epanet_pressure(30.0, 20.0, 0.0204, 12.0, 0.125), abs=0.01)
