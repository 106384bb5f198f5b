"""OpenStreetMap in: kinds and attributes from tags, unknown stays unknown, contributors never stored (issue 13)."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from designer.io.base_import import ImportRequest, import_survey
from designer.io.source_attributes import normalise_row, parse_opening_hours
from designer.model import (
    Building,
    Document,
    OperationalStatus,
    Path,
    PathKind,
    ProjectInfo,
    Surface,
    Toilet,
    ToiletAccess,
    ToiletKind,
    Traffic,
    WaterAccess,
    WaterPoint,
    WaterPointKind,
)
from designer.model.codec import encode_record
from tests.io.import_fixtures import (
    CHANGESET,
    CONTRIBUTOR,
    CONTRIBUTOR_UID,
    EMAIL,
    PHONE,
    osm_xml,
    overpass_geojson,
)


def _import(path):
    return import_survey(Document(ProjectInfo(name="t")), ImportRequest(source=path))


def _by_name(records, cls):
    return [r for r in records if isinstance(r, cls)]


def test_overpass_water_points_keep_their_own_facts_and_nothing_invented(tmp_path):
    result = _import(overpass_geojson(tmp_path / "osm.geojson"))
    taps = sorted(_by_name(result.records, WaterPoint), key=lambda w: dict(w.tags)["id"])
    paid, broken, private, plain, kiosk = taps
    assert paid.point_kind == WaterPointKind.STANDPIPE
    assert paid.managed_by == "Tandale Water Committee"
    assert paid.price_per_20l == Decimal("5")
    assert paid.open_hours == ((6.0, 10.0), (16.0, 20.0))
    assert paid.operational_status == OperationalStatus.FUNCTIONAL and paid.access == WaterAccess.PUBLIC
    assert ("wheelchair", "yes") in paid.tags and paid.note == ""
    assert broken.operational_status == OperationalStatus.BROKEN
    assert private.access == WaterAccess.PRIVATE
    # amenity=drinking_water with nothing more: every fact unknown, none invented.
    assert plain.point_kind is None
    assert plain.price_per_20l is None and plain.open_hours is None and plain.taps is None
    assert plain.flow_l_per_min is None and plain.access is None
    assert plain.operational_status == OperationalStatus.UNKNOWN
    assert kiosk.point_kind == WaterPointKind.KIOSK
    assert kiosk.price_per_20l == Decimal("0") and kiosk.open_hours == ((0.0, 24.0),)  # fee=no is a fact


def test_osm_toilets_roads_and_buildings_are_read_not_defaulted(tmp_path):
    result = _import(overpass_geojson(tmp_path / "osm.geojson"))
    (toilet,) = _by_name(result.records, Toilet)
    assert toilet.toilet_kind == ToiletKind.PIT_LATRINE
    assert toilet.access == ToiletAccess.SHARED  # access=customers
    assert toilet.price_per_use is None  # fee=yes without a charge: paid, amount unknown — not free
    assert toilet.open_hours is None
    (road,) = _by_name(result.records, Path)
    assert road.path_kind == PathKind.ROAD and road.traffic == Traffic.BUSY
    assert road.surface == Surface.ASPHALT and road.name == "Morogoro Road"
    assert dict(road.tags)["width_assumed"].startswith("width 7 m assumed from highway=primary")
    (house,) = _by_name(result.records, Building)
    assert str(house.wall_material) == "brick" and str(house.roof_material) == "iron_sheet"
    assert house.rooms is None and house.floor_material is None


def test_contributor_metadata_phone_numbers_and_emails_are_never_stored(tmp_path):
    result = _import(overpass_geojson(tmp_path / "osm.geojson"))
    stored = repr([encode_record(r) for r in result.records])
    for secret in (CONTRIBUTOR, CONTRIBUTOR_UID, CHANGESET, PHONE, EMAIL, "0712"):
        assert secret not in stored
    assert any("left out" in line and "personal values" in line for line in result.lines)


def test_osm_xml_is_read_through_gdal_with_other_tags(tmp_path):
    result = _import(osm_xml(tmp_path / "extract.osm"))
    (tap,) = _by_name(result.records, WaterPoint)
    assert tap.operational_status == OperationalStatus.BROKEN
    (toilet,) = _by_name(result.records, Toilet)
    assert toilet.price_per_use == Decimal("0") and toilet.open_hours == ((5.0, 22.0),)
    (road,) = _by_name(result.records, Path)
    assert road.traffic == Traffic.BUSY
    stored = repr([encode_record(r) for r in result.records])
    assert PHONE not in stored and CONTRIBUTOR not in stored
    assert "z_order" not in stored


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("24/7", ((0.0, 24.0),)),
        ("Mo-Sa 06:00-10:00,16:00-20:00", ((6.0, 10.0), (16.0, 20.0))),
        ("Mo-Fr 07:30-18:00; Sa 07:30-18:00; Su off", ((7.5, 18.0),)),
        ("Mo-Fr 8:00-5:00", None),  # ends before it starts: often meant 17:00, never guessed
        ("Mo-Fr 08:00-12:00; Sa 08:00-10:00", None),  # different days, different hours
        ("sunrise-sunset", None),
        (None, None),
    ],
)
def test_opening_hours_are_parsed_or_left_unknown(text, hours):
    assert parse_opening_hours(text) == hours


def test_flat_hot_export_properties_and_hstore_tags_are_normalised():
    row, dropped = normalise_row(
        {"osm_id": 5, "amenity": "drinking_water", "osm_user": CONTRIBUTOR, "other_tags": '"fee"=>"no"'}
    )
    assert row == {"osm_id": "5", "amenity": "drinking_water", "fee": "no"}
    assert dropped == 1


@pytest.mark.shared_data
def test_makueni_extract_keeps_broken_points_and_no_contributor(shared_data):
    src = shared_data / "osm-makueni" / "mapkibera_makueni_osm_wash_pois_2018.geojson"
    result = _import(src)
    points = _by_name(result.records, WaterPoint)
    assert len(points) > 80
    assert sum(p.operational_status == OperationalStatus.BROKEN for p in points) >= 15
    assert sum(p.price_per_20l is None for p in points) > 0  # unknown prices stay unknown
    stored = repr([encode_record(r) for r in result.records])
    assert "Peter Agenga" not in stored and "4570042" not in stored


def test_columns_are_normalised_once_per_distinct_value_with_the_same_rows_and_counts():
    from designer.io.source_attributes import normalise_columns

    toilet = '{"amenity": "toilets", "fee": "no"}'
    columns = {
        "id": np.array([1, 2, 3], dtype=object),
        "tags": np.array(
            [toilet, toilet, '{"amenity": "toilets", "phone": "+254 712 345 678"}'], dtype=object
        ),
        "meta": np.array(
            ['{"user": "a", "uid": "1", "changeset": "9"}', '{"user": "b"}', "not json"], dtype=object
        ),
        "floors": [["2"], ["2"], None],  # a list field (unhashable): read each time
    }
    rows, dropped = normalise_columns(columns, 3)
    assert rows[0] == {"id": "1", "amenity": "toilets", "fee": "no", "floors": "['2']"}
    assert rows[1] == {"id": "2", "amenity": "toilets", "fee": "no", "floors": "['2']"}
    assert rows[2] == {"id": "3", "amenity": "toilets"}
    assert rows[0] is not rows[1]  # each feature its own dict
    # meta: 3 + 1 + 1 (an unreadable cell counts one), the phone number: 1
    assert dropped == 6
    # All cells JSON objects: the column is parsed in one call, same count
    metas = ['{"user": "a", "uid": "1", "timestamp": "2020"}', "{}", '{"changeset": "9"}']
    assert normalise_columns({"meta": metas}, 3) == ([{}, {}, {}], 3 + 1 + 1)


def test_attributes_read_once_per_tag_set_still_keep_each_feature_its_own_tags():
    from designer.io.source_attributes import AttributeReader, FieldMapping

    read = AttributeReader(FieldMapping(fields={"HOURS": "opening_hours"}))
    first, kept_first, _ = read("water_point", {"man_made": "water_tap", "HOURS": "24/7", "id": "1"})
    first["open_hours"] = "changed by the caller"
    second, kept_second, _ = read("water_point", {"man_made": "water_tap", "HOURS": "24/7", "id": "2"})
    assert second["open_hours"] == ((0.0, 24.0),)  # the user's field is read; the memo was not changed
    assert kept_first == (("id", "1"),) and kept_second == (("id", "2"),)
    third, kept_third, notes = read("water_point", {"man_made": "water_tap", "HOURS": "sunrise", "note": "x"})
    assert third["open_hours"] is None and kept_third == (("note", "x"),)
    assert notes == ["opening_hours 'sunrise' cannot be read; hours kept unknown"]
