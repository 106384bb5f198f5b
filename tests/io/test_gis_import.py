"""GIS import: reprojection, UTM zone from the data, CRS never guessed, attributes kept."""

from __future__ import annotations

import numpy as np
import pyogrio.raw
import pytest
import shapely
from pyproj import CRS, Transformer

from designer.io.crs import utm_crs_for
from designer.io.errors import MissingCrsError
from designer.io.gis_import import guess_kind, read_gis, survey_records
from designer.model import Building, Path, PathKind, Surface, Traffic


def _write(path, geoms, fields: dict, crs: str | None, layer: str = "data", driver: str | None = None):
    pyogrio.raw.write(
        path,
        shapely.to_wkb(np.array(geoms, dtype=object)),
        [np.array(v, dtype=object) for v in fields.values()],
        list(fields),
        layer=layer,
        driver=driver,
        geometry_type=geoms[0].geom_type,
        crs=crs,
    )


def _nairobi_square(lon: float = 36.8, lat: float = -1.3, size_deg: float = 0.0001):
    return shapely.box(lon, lat, lon + size_deg, lat + size_deg)


def test_geojson_in_wgs84_goes_to_the_utm_zone_of_the_data(tmp_path):
    src = tmp_path / "b.geojson"
    _write(
        src,
        [_nairobi_square(), _nairobi_square(36.801)],
        {"building": ["yes", "house"], "building:levels": ["2", None]},
        "EPSG:4326",
    )
    survey = read_gis(src, target_crs=None)
    assert survey.crs_epsg == 32737 == utm_crs_for(36.8, -1.3).to_epsg()
    assert survey.counts() == {"building": 2}
    area = survey.features[0].geometry.area
    assert area == pytest.approx(11.1 * 11.1, rel=0.02)  # 0.0001° ≈ 11.1 m at the equator
    records, _ = survey_records(survey, (250000.0, 9850000.0))
    storeys = sorted(r.storeys for r in records if isinstance(r, Building))
    assert storeys == [1, 2]


@pytest.mark.filterwarnings("ignore:.crs. was not provided")
def test_a_shapefile_without_prj_is_never_guessed(tmp_path):
    src = tmp_path / "nocrs.shp"
    _write(
        src, [shapely.box(257000, 9851000, 257010, 9851012)], {"name": ["a"]}, None, driver="ESRI Shapefile"
    )
    assert not src.with_suffix(".prj").exists()
    with pytest.raises(MissingCrsError, match=r"without its \.prj.*--crs EPSG"):
        read_gis(src, target_crs=None)
    survey = read_gis(src, target_crs=None, source_crs=CRS.from_epsg(32737))
    assert survey.crs_epsg == 32737
    assert survey.features[0].geometry.bounds == pytest.approx((257000, 9851000, 257010, 9851012))


@pytest.mark.filterwarnings("ignore:.crs. was not provided")
def test_lonlat_without_crs_gets_a_hint_but_no_guess(tmp_path):
    src = tmp_path / "ll.shp"
    _write(src, [_nairobi_square()], {"name": ["a"]}, None, driver="ESRI Shapefile")
    with pytest.raises(MissingCrsError, match="EPSG:4326"):
        read_gis(src, target_crs=None)


def test_geopackage_is_reprojected_to_the_project_crs_with_attributes(tmp_path):
    src = tmp_path / "roads.gpkg"
    # In Arc 1960 / UTM 37S; the project is WGS 84 / UTM 37S.
    line = shapely.LineString([(257000, 9851000), (257100, 9851000)])
    _write(
        src,
        [line],
        {"highway": ["residential"], "name": ["Tumaini Rd"], "surface": ["murram"]},
        "EPSG:21037",
        "roads",
        "GPKG",
    )
    survey = read_gis(src, target_crs=CRS.from_epsg(32737))
    expected = Transformer.from_crs("EPSG:21037", "EPSG:32737", always_xy=True).transform(257000, 9851000)
    assert survey.features[0].geometry.coords[0] == pytest.approx(expected, abs=0.01)
    records, _ = survey_records(survey, (257000.0, 9851000.0))
    (road,) = records
    assert isinstance(road, Path) and road.path_kind == PathKind.ROAD and road.name == "Tumaini Rd"
    assert road.surface == Surface.MURRAM and road.traffic == Traffic.LIGHT
    assert road.note == ""  # source attributes never go to the free-text note


def test_projected_source_is_kept_when_the_project_has_no_crs(tmp_path):
    src = tmp_path / "p.gpkg"
    _write(
        src,
        [shapely.box(257000, 9851000, 257010, 9851010)],
        {"parcel": ["12"]},
        "EPSG:21037",
        "parcels",
        "GPKG",
    )
    survey = read_gis(src, target_crs=None)
    assert survey.crs_epsg == 21037
    assert survey.counts() == {"plot": 1}
    records, _ = survey_records(survey, (0.0, 0.0))
    assert records[0].number == "12"


def test_osm_tags_decide_point_kinds():
    assert guess_kind("points", "point", {"amenity": "toilets"}) == "toilet"
    assert guess_kind("points", "point", {"man_made": "water_tap"}) == "water_point"
    assert guess_kind("points", "point", {}) is None
    assert guess_kind("C-SSWR-STRC-N", "point") == "manhole"
    assert guess_kind("Footprints", "area") == "building"


@pytest.mark.shared_data
def test_djibouti_footprints_import_into_utm_38n(shared_data):
    survey = read_gis(shared_data / "settlement-djibouti" / "buildings_DJI.1.1_1.geojson", target_crs=None)
    assert survey.crs_epsg == 32638
    assert survey.counts() == {"building": 3855}
    records, _ = survey_records(survey, (247500.0, 1230300.0))
    assert len(records) == 3855
    assert all(dict(r.tags).get("osm_id") for r in records)  # unknown source fields are kept as tags
    assert all(r.wall_material is None and r.rooms is None for r in records)  # not invented
