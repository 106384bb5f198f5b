"""GeoPackage and GeoJSON export read back with pyogrio, ogrinfo and pyproj."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from designer.io.errors import ExportError
from designer.model import Document, Plot, ProjectInfo
from designer.render.gis import export_geojson, export_gpkg
from tests.io.drawing_fixtures import EPSG, ORIGIN, small_settlement


def test_gpkg_has_one_layer_per_feature_type_in_the_project_crs(tmp_path):
    out = tmp_path / "a.gpkg"
    counts = export_gpkg(small_settlement(), out, option_id="opt-a")
    layers = {name for name, _ in pyogrio.list_layers(out)}
    assert layers == set(counts)
    assert {
        "plot",
        "building",
        "core_house",
        "path",
        "water_main",
        "water_point",
        "toilet",
        "street_light",
    } <= layers
    info = pyogrio.read_info(out, layer="plot")
    assert info["crs"] == f"EPSG:{EPSG}"
    assert {"jamii_id", "dxf_layer", "status", "option", "number"} <= set(info["fields"])


def test_gpkg_features_keep_coordinates_and_attributes(tmp_path):
    out = tmp_path / "a.gpkg"
    export_gpkg(small_settlement(), out, option_id="opt-a")
    meta, _, geoms, fields = pyogrio.raw.read(out, layer="water_point")
    rows = {fields[meta["fields"].tolist().index("jamii_id")][i]: i for i in range(len(geoms))}
    taps = fields[meta["fields"].tolist().index("taps")]
    layer = fields[meta["fields"].tolist().index("dxf_layer")]
    i = rows["wp-1"]
    assert taps[i] == 4
    assert layer[i] == "C-WATR-APPT-N"
    pt = shapely.from_wkb(geoms[i])
    assert (pt.x, pt.y) == pytest.approx((12.5 + ORIGIN[0], 16 + ORIGIN[1]))
    _, _, _, bfields = pyogrio.raw.read(out, layer="building", columns=["jamii_id", "status"])
    status = dict(zip(bfields[0], bfields[1], strict=True))
    assert status["bldg-1"] == "demolish" and status["bldg-2"] == "move" and status["bldg-3"] == "existing"


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs ogrinfo (Debian gdal-bin)")
def test_ogrinfo_reads_every_gpkg_layer(tmp_path):
    out = tmp_path / "a.gpkg"
    counts = export_gpkg(small_settlement(), out, option_id="opt-a")
    for layer, n in counts.items():
        text = subprocess.run(
            ["ogrinfo", "-ro", "-so", str(out), layer], capture_output=True, text=True, check=True
        ).stdout
        assert f"Feature Count: {n}" in text
        assert f'ID["EPSG",{EPSG}]' in text


def test_geojson_is_rfc7946_wgs84_with_right_hand_rings_and_7_decimals(tmp_path):
    out = tmp_path / "a.geojson"
    n = export_geojson(small_settlement(), out, option_id="opt-a")
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    decimals = [len(m) for m in re.findall(r"\[-?\d+\.(\d+),", text)]
    assert decimals and max(decimals) <= 7
    assert "crs" not in data and len(data["features"]) == n
    back = Transformer.from_crs("EPSG:4326", f"EPSG:{EPSG}", always_xy=True)
    for feat in data["features"]:
        geom = feat["geometry"]
        coords = np.array(
            geom["coordinates"][0] if geom["type"] == "Polygon" else geom["coordinates"], dtype=float
        )
        coords = np.atleast_2d(coords)
        assert np.all(np.abs(coords[:, 1]) < 5) and np.all(np.abs(coords[:, 0] - 36.8) < 1)  # Nairobi lon/lat
        if geom["type"] == "Polygon":
            assert shapely.Polygon(coords).exterior.is_ccw
    plot = next(f for f in data["features"] if f["properties"]["jamii_id"] == "plot-2")
    x, y = back.transform(*plot["geometry"]["coordinates"][0][0])
    first = small_settlement()["plot-2"].outline
    assert min(np.hypot(x - (px + ORIGIN[0]), y - (py + ORIGIN[1])) for px, py in first) < 0.02
    assert plot["properties"]["number"] == "2" and plot["properties"]["feature_type"] == "plot"


def test_geojson_without_a_project_crs_is_refused_with_a_reason(tmp_path):
    doc = Document(ProjectInfo(name="no crs"), [Plot(id="plot-1", outline=((0, 0), (5, 0), (5, 5)))])
    with pytest.raises(ExportError, match="no coordinate reference system"):
        export_geojson(doc, tmp_path / "x.geojson", mode="existing")
    assert not (tmp_path / "x.geojson").exists()
