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
