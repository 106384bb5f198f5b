"""Any CRS in, a metric north-up project CRS out, and placement checked (issue 13, item 1 and 2)."""

from __future__ import annotations

import pytest
import shapely
from pyproj import CRS, Transformer

from designer.io.crs import CrsPlacementError, parse_crs, project_target
from designer.io.errors import ImportBaseError
from designer.io.gis_import import read_gis
from tests.io.import_fixtures import DAR_LONLAT, DURBAN_LONLAT, LO31_NORTH_UP, squares_at, write_layer


def test_a_local_tm_prj_without_epsg_code_is_used_and_kept(tmp_path):
    src = write_layer(
        tmp_path / "lo31.shp",
        squares_at(LO31_NORTH_UP, DURBAN_LONLAT),
        crs=LO31_NORTH_UP,
        driver="ESRI Shapefile",
    )
    survey = read_gis(src, target_crs=None)
    assert survey.crs_epsg is None
    assert survey.crs.coordinate_operation.method_name == "Transverse Mercator"
    assert [a.direction for a in survey.crs.axis_info] == ["east", "north"]
    x0 = shapely.total_bounds([f.geometry for f in survey.features])[0]
    assert x0 == pytest.approx(squares_at(LO31_NORTH_UP, DURBAN_LONLAT)[0].bounds[0])  # kept, not reprojected


def test_crs_option_takes_proj_strings_wkt_esri_codes_and_prj_paths(tmp_path):
    prj = tmp_path / "zone.prj"
    prj.write_text(LO31_NORTH_UP, encoding="utf-8")
    assert parse_crs(str(prj)).coordinate_operation.method_name == "Transverse Mercator"
    assert parse_crs("+proj=utm +zone=37 +south +datum=WGS84").utm_zone == "37S"
    assert parse_crs("ESRI:102022").name.startswith("Africa_Albers")
    assert parse_crs("32737").to_epsg() == 32737
    assert parse_crs(CRS.from_epsg(21037).to_wkt()).to_epsg() == 21037
    with pytest.raises(ImportBaseError, match="not a coordinate reference system"):
        parse_crs("EPSG:99999999")


def test_south_oriented_epsg_code_for_east_north_data_is_refused_with_candidates(tmp_path):
    # The file holds east/north Lo31 numbers; the user names the closest EPSG code, which is south-oriented.
    src = write_layer(tmp_path / "lo.shp", squares_at(LO31_NORTH_UP, DURBAN_LONLAT), driver="ESRI Shapefile")
    with pytest.raises(CrsPlacementError) as err:
        read_gis(src, target_crs=None, source_crs=parse_crs("EPSG:2054"))
    message = str(err.value)
    assert "would land at" in message and "°N" in message  # the Mediterranean, not Durban
    assert "outside the area of use" in message
    assert "+proj=tmerc" in message and "+lon_0=31" in message  # the north-up twin is offered


def test_south_oriented_source_becomes_its_north_up_twin():
    lo31 = CRS.from_epsg(2054)
    target, why = project_target(lo31, DURBAN_LONLAT)
    assert [a.direction for a in target.axis_info] == ["east", "north"]
    assert "south" in why
    x, y = Transformer.from_crs("EPSG:4326", target, always_xy=True).transform(*DURBAN_LONLAT)
    assert y < 0 and abs(x) < 10_000  # Durban is just west of 31°E, south of the equator


def test_a_wrong_utm_zone_that_lands_in_the_pacific_is_refused(tmp_path):
    src = write_layer(tmp_path / "dar.shp", squares_at("EPSG:32737", DAR_LONLAT), driver="ESRI Shapefile")
    with pytest.raises(CrsPlacementError) as err:
        read_gis(src, target_crs=None, source_crs=parse_crs("EPSG:32707"))
    message = str(err.value)
    assert "CRS from --crs" in message  # not "from the data"
    assert "at sea" in message and "°W" in message
    assert "33S–37S" in message or "–37S" in message  # the zones that put it on land are candidates


def test_utm_eastings_outside_the_zone_are_implausible(tmp_path):
    src = write_layer(
        tmp_path / "far.geojson", [shapely.box(5_000, 9_250_000, 5_010, 9_250_010)], crs="EPSG:32737"
    )
    with pytest.raises(CrsPlacementError, match=r"eastings .* outside the 100–900 km"):
        read_gis(src, target_crs=None)


def test_web_mercator_parcels_are_reprojected_to_utm_with_true_areas(tmp_path):
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32737", always_xy=True)
    x, y = to_utm.transform(*DAR_LONLAT)
    true_square = shapely.box(x, y, x + 20, y + 20)  # 400 m² on the ground
    to_merc = Transformer.from_crs("EPSG:32737", "EPSG:3857", always_xy=True)
    merc = shapely.transform(
        true_square, lambda xy: __import__("numpy").column_stack(to_merc.transform(xy[:, 0], xy[:, 1]))
    )
    assert merc.area > 400 * 1.005  # Web Mercator inflates areas
    src = write_layer(tmp_path / "parcels.gpkg", [merc], {"number": ["7"]}, crs="EPSG:3857", layer="parcels")
    survey = read_gis(src, target_crs=None)
    assert survey.crs_epsg == 32737
    assert any("Web Mercator" in n for n in survey.notes)
    assert survey.features[0].geometry.area == pytest.approx(400, rel=1e-3)
