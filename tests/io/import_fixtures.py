"""Small GIS files that reproduce real-world import failures (written with pyogrio in each test)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyogrio.raw
import shapely
from pyproj import Transformer

LO31_NORTH_UP = (
    'PROJCS["Hartebeesthoek94_Lo31_local",GEOGCS["GCS_Hartebeesthoek_1994",DATUM["D_Hartebeesthoek_1994",'
    'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],'
    'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],'
    'PARAMETER["Central_Meridian",31.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],'
    'UNIT["Meter",1.0]]'
)
"""A South African "Lo31" zone as surveyors' .prj files write it: east/north axes, no EPSG code."""

DURBAN_LONLAT = (30.98, -29.86)
DAR_LONLAT = (39.24, -6.80)


def write_layer(
    path: Any,
    geoms: list[Any],
    fields: dict[str, list[Any]] | None = None,
    crs: str | None = None,
    *,
    layer: str | None = None,
    driver: str | None = None,
) -> Any:
    """Write geometries with attribute columns; return the path."""
    fields = fields or {"name": [f"f{i}" for i in range(len(geoms))]}
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
    return path


def squares_at(crs: str, lonlat: tuple[float, float], n: int = 3, size_m: float = 10.0) -> list[Any]:
    """``n`` squares of ``size_m`` side, 20 m apart, around lon/lat, in ``crs`` coordinates."""
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(*lonlat)
    return [shapely.box(x + 20 * i, y, x + 20 * i + size_m, y + size_m) for i in range(n)]


CONTRIBUTOR = "Amina Wanjiru Mwangi"
CONTRIBUTOR_UID = "4570042"
CHANGESET = "58848349"
PHONE = "+254 712 345678"
EMAIL = "water.committee@example.org"


def overpass_geojson(path: Any, lonlat: tuple[float, float] = DAR_LONLAT) -> Any:
    """An Overpass export (nested ``tags`` and ``meta``) with the tags issue 13 names, contributor names,
    a phone number and an e-mail address, broken and private taps, and a primary road."""
    import json

    lon, lat = lonlat

    def node(i: int, tags: dict[str, str], dx: float = 0.0) -> dict[str, Any]:
        return {
            "type": "Feature",
            "id": f"node/{i}",
            "properties": {
                "type": "node",
                "id": str(i),
                "tags": tags,
                "relations": [],
                "meta": {
                    "timestamp": "2018-05-10T12:00:24Z",
                    "version": "2",
                    "changeset": CHANGESET,
                    "user": CONTRIBUTOR,
                    "uid": CONTRIBUTOR_UID,
                },
            },
            "geometry": {"type": "Point", "coordinates": [lon + dx, lat]},
        }

    features = [
        node(
            1,
            {
                "man_made": "water_tap",
                "operator": "Tandale Water Committee",
                "fee": "yes",
                "charge": "5 KES/20 l",
                "opening_hours": "Mo-Sa 06:00-10:00,16:00-20:00",
                "operational_status": "operational",
                "access": "yes",
                "wheelchair": "yes",
            },
        ),
        node(2, {"man_made": "water_tap", "operational_status": "non_operational", "access": "yes"}, 0.0002),
        node(3, {"man_made": "water_tap", "access": "private", "contact:phone": PHONE}, 0.0004),
        node(
            4, {"amenity": "drinking_water", "description": f"ask the caretaker, {PHONE} or {EMAIL}"}, 0.0006
        ),
        node(5, {"shop": "water", "opening_hours": "24/7", "fee": "no"}, 0.0008),
        node(
            6,
            {"amenity": "toilets", "fee": "yes", "access": "customers", "toilets:disposal": "pitlatrine"},
            0.0010,
        ),
        {
            "type": "Feature",
            "id": "way/7",
            "properties": {
                "type": "way",
                "id": "7",
                "tags": {"highway": "primary", "surface": "asphalt", "name": "Morogoro Road"},
                "meta": {"user": CONTRIBUTOR, "uid": CONTRIBUTOR_UID, "changeset": CHANGESET},
            },
            "geometry": {
                "type": "LineString",
                "coordinates": [[lon, lat - 0.0005], [lon + 0.0015, lat - 0.0005]],
            },
        },
        {
            "type": "Feature",
            "id": "way/8",
            "properties": {
                "type": "way",
                "id": "8",
                "tags": {"building": "house", "building:material": "brick", "roof:material": "metal"},
                "meta": {"user": CONTRIBUTOR, "uid": CONTRIBUTOR_UID, "changeset": CHANGESET},
            },
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [
                        [lon, lat + 0.0003],
                        [lon + 0.0001, lat + 0.0003],
                        [lon + 0.0001, lat + 0.0004],
                        [lon, lat + 0.0004],
                        [lon, lat + 0.0003],
                    ]
                ],
            },
        },
    ]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh)
    return path


def osm_xml(path: Any, lonlat: tuple[float, float] = DAR_LONLAT) -> Any:
    """A .osm file (read by GDAL's OSM driver): a broken tap with a phone tag, a toilet, a primary road."""
    lon, lat = lonlat
    who = f'user="{CONTRIBUTOR}" uid="{CONTRIBUTOR_UID}" changeset="{CHANGESET}" version="1"'
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="jamii-test">
  <node id="1" lat="{lat}" lon="{lon}" {who}>
    <tag k="man_made" v="water_tap"/><tag k="operational_status" v="broken"/><tag k="phone" v="{PHONE}"/>
  </node>
  <node id="2" lat="{lat + 0.0001}" lon="{lon + 0.0001}" {who}>
    <tag k="amenity" v="toilets"/><tag k="fee" v="no"/><tag k="opening_hours" v="Mo-Su 05:00-22:00"/>
  </node>
  <node id="3" lat="{lat - 0.0005}" lon="{lon}" {who}/>
  <node id="4" lat="{lat - 0.0005}" lon="{lon + 0.0015}" {who}/>
  <way id="10" {who}><nd ref="3"/><nd ref="4"/><tag k="highway" v="primary"/></way>
</osm>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path
