"""The same outline in two layers (neighbourhoods that overlap at their borders) is imported once: the
repeat is counted and named, and where it says something else (its use) that is said, never merged."""

from __future__ import annotations

import re

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from designer.cli import main
from designer.io.gis_import import repeat_keys
from designer.io.project_file import load_project
from designer.model import Building, Plot
from tests.io.import_fixtures import DAR_LONLAT, write_layer

UTM = "EPSG:32737"


def _two_layers(tmp_path):
    """north-buildings: three houses; south-buildings: house a0 again (ring started elsewhere and drawn
    the other way, use commercial), a1 again (same use), a2 moved 5 cm (not the same), one new house."""
    x, y = Transformer.from_crs("EPSG:4326", UTM, always_xy=True).transform(*DAR_LONLAT)
    x, y = round(x), round(y)
    houses = [shapely.box(x + 20 * i, y, x + 20 * i + 8, y + 6) for i in range(3)]
    src = tmp_path / "wards.gpkg"
    write_layer(
        src,
        houses,
        {"name": ["a0", "a1", "a2"], "use": ["residential", "residential", "residential"]},
        crs=UTM,
        layer="north-buildings",
    )
    ring = list(houses[0].exterior.coords)[:-1]
    a0_again = shapely.Polygon(list(reversed(ring[2:] + ring[:2])))
    write_layer(
        src,
        [
            a0_again,
            houses[1],
            shapely.affinity.translate(houses[2], 0.05),
            shapely.box(x, y + 20, x + 8, y + 26),
        ],
        {
            "name": ["b0", "b1", "b2", "b3"],
            "use": ["commercial", "residential", "residential", "residential"],
        },
        crs=UTM,
        layer="south-buildings",
    )
    return src


def test_an_outline_in_two_layers_is_one_building_and_the_repeats_are_named(tmp_path, capsys):
    out = tmp_path / "w.jamii"
    assert main(["import-base", str(out), "--from", str(_two_layers(tmp_path))]) == 0
    printed = capsys.readouterr().out
    read, added, repeats = (
        int(v)
        for v in re.search(r"read (\d+) features: added (\d+), left out (\d+) repeats", printed).groups()
    )
    assert (read, added, repeats) == (7, 5, 2)
    assert read == added + repeats
    assert (
        "left out 2 footprints repeated in another layer or feature: "
        "south-buildings name b0 = north-buildings name a0; south-buildings name b1 = north-buildings name a1"
    ) in printed
    assert (
        "of which 1 disagree on use: the first feature's values kept; "
        "south-buildings name b0 use commercial ≠ residential (kept: north-buildings name a0)"
    ) in printed
    buildings = load_project(out).of_type(Building)
    assert len(buildings) == 5  # the one 5 cm off is another building, not a repeat
    a0 = [
        b
        for b in buildings
        if min(p[0] for p in b.outline) == min(min(p[0] for p in c.outline) for c in buildings)
    ]
    assert sorted(b.use for b in a0) == [
        "residential",
        "residential",
    ]  # a0 and b3 (north of it); no commercial
    assert "commercial" not in {b.use for b in buildings}


def test_repeat_keys_ignore_ring_start_and_direction_but_not_5_cm_kind_or_line_direction():
    square = shapely.box(500000.0, 9250000.0, 500008.0, 9250006.0)
    ring = list(square.exterior.coords)[:-1]
    turned = shapely.Polygon(list(reversed(ring[1:] + ring[:1])))
    within_mm = shapely.affinity.translate(square, 0.0002)
    moved = shapely.affinity.translate(square, 0.05)
    line = shapely.LineString([(0, 0), (10, 0), (10, 5)])
    back = shapely.LineString(list(reversed(line.coords)))
    keys = repeat_keys(
        ["building"] * 4 + ["plot", "sewer", "sewer"],
        np.array([square, turned, within_mm, moved, square, line, back], dtype=object),
    )
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] != keys[0]  # 5 cm off: another feature
    assert keys[4] != keys[0]  # a plot with a building's outline is not a repeat of it
    assert keys[5] != keys[6]  # a sewer drawn the other way flows the other way


def test_spot_levels_at_one_place_with_different_heights_are_not_repeats():
    a, b = shapely.Point(1.0, 2.0, 10.0), shapely.Point(1.0, 2.0, 11.5)
    keys = repeat_keys(["spot_level"] * 3, np.array([a, b, shapely.Point(1.0, 2.0, 10.0)], dtype=object))
    assert keys[0] != keys[1] and keys[0] == keys[2]


@pytest.mark.shared_data
@pytest.mark.slow
def test_ramani_huria_wards_overlap_and_their_shared_buildings_come_in_once(shared_data, tmp_path, capsys):
    src = shared_data / "osm-dar-es-salaam" / "ramani_huria_tandale_mchikichini_ndugumbi_2015.zip"
    out = tmp_path / "tan.jamii"
    args = ["import-base", str(out), "--from", str(src), "--plots-from-footprints", "--country", "TZ"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    # Measured: 1,988 footprints (1,991 identical pairs, some outlines three times) and 215 road lines.
    assert "left out 1988 footprints and 215 paths repeated in another layer or feature" in printed
    read, added, slivers, repeats = (
        int(v)
        for v in re.search(
            r"read (\d+) features: added (\d+), left out (\d+) slivers, left out (\d+) repeats", printed
        ).groups()
    )
    assert read == added + slivers + repeats == 21737
    doc = load_project(out)
    buildings = doc.of_type(Building)
    assert len(buildings) == 19860 - 1988
    outlines = [shapely.Polygon(b.outline) for b in buildings]
    keys = repeat_keys(["building"] * len(outlines), np.array(outlines, dtype=object))
    assert len(set(keys)) == len(keys)  # so no plot holds two buildings with one outline
    assert "derived plots hold several buildings" in printed
    assert int(re.search(r"warning: (\d+) derived plots hold several", printed).group(1)) < 100  # was 2003
    assert doc.of_type(Plot)
