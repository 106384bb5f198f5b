"""The footprint-plots benchmark's raw baseline makes the plots the product makes (so its ratio is fair).

``benchmarks/raw_footprint_plots.py`` partitions the blocks among the buildings in plain scipy/shapely;
the product does it through ``designer.io.footprints``. Both must give the same buildings on every plot
and the same plot areas: a baseline doing less work would flatter the product, one doing more would hide
its overhead.

Tolerance: both cut the same Voronoi diagram of the same samples with the same GEOS operations, so a
plot's area agrees to rounding (1e-6 m², far below the 0.02 m repeated-point filter of the plot
records). The one place the two may part is a region cut into pieces by a crooked block edge: each gives
a stray piece to the neighbour sharing the longest boundary, and a tie can go either way; at most 1 % of
the plots of the real slice may differ there, and each block is still tiled exactly by both.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pytest
import shapely

from benchmarks.raw_footprint_plots import raw_blocks, raw_footprint_plots, raw_partition, raw_read
from designer.io.footprints import blocks_around_buildings, plots_from_footprints

AREA_TOLERANCE_M2 = 1e-6


def _compare(buildings, blocks):
    """Raw and product plots of the same buildings and blocks: (differing plots, plots) after the checks."""
    raw = {members: poly for poly, members in raw_partition(buildings, blocks)}
    product = plots_from_footprints(list(buildings), list(blocks))
    ours = {p.building_indices: p.polygon for p in product}
    assert len(raw) == len(ours)
    assert sorted(raw) == sorted(ours)  # the same buildings on every plot
    keys = sorted(ours)
    raw_area = shapely.area(np.array([raw[k] for k in keys], dtype=object))
    our_area = shapely.area(np.array([ours[k] for k in keys], dtype=object))
    # Each block is tiled by both: the same total area per block.
    per_block_raw, per_block_ours = defaultdict(float), defaultdict(float)
    block_of = {p.building_indices: p.block_index for p in product}
    for k, a_raw, a_ours in zip(keys, raw_area.tolist(), our_area.tolist(), strict=True):
        per_block_raw[block_of[k]] += a_raw
        per_block_ours[block_of[k]] += a_ours
    for b, total in per_block_ours.items():
        assert per_block_raw[b] == pytest.approx(total, rel=1e-9), b
    differing = int((np.abs(raw_area - our_area) > AREA_TOLERANCE_M2).sum())
    return differing, len(keys)


def test_raw_blocks_are_the_products_approximate_blocks():
    houses = [shapely.box(0, 0, 5, 5), shapely.box(8, 0, 13, 5), shapely.box(100, 100, 105, 105)]
    raw = sorted(raw_blocks(houses).tolist(), key=lambda p: p.bounds)
    ours = sorted(blocks_around_buildings(houses), key=lambda p: p.bounds)
    assert len(raw) == len(ours) == 2
    assert all(shapely.equals_exact(a, b, 1e-9) for a, b in zip(raw, ours, strict=True))


def test_raw_baseline_splits_a_file_of_touching_shacks_as_the_product_does(tmp_path):
    """Terraces sharing walls, a shack overlapping its neighbour, one drawn inside another, huts at angles."""
    from tests.io.import_fixtures import write_layer

    x0, y0 = 529_000.0, 9_248_000.0
    terrace = [shapely.box(4 * k, 0, 4 * k + 4, 5) for k in range(8)]
    back = [shapely.affinity.rotate(shapely.box(4 * k, 5, 4 * k + 4, 9), 3, origin=(0, 5)) for k in range(6)]
    huts = [
        shapely.affinity.rotate(shapely.box(x, 14, x + 3, 17), a, origin="centroid")
        for x, a in ((1, 20), (6, -15), (11, 40), (16, 5))
    ]
    overlapping = [shapely.box(40, 0, 45, 5), shapely.box(44, 0, 49, 5)]
    inside = [shapely.box(41, 1, 43, 3)]
    shacks = [shapely.affinity.translate(s, x0, y0) for s in terrace + back + huts + overlapping + inside]
    src = write_layer(tmp_path / "shacks.geojson", shacks, {"building": ["yes"] * len(shacks)}, "EPSG:32737")

    buildings = raw_read(src, 32737)
    assert len(buildings) == 21
    differing, plots = _compare(buildings, raw_blocks(buildings))
    assert plots == 20  # one plot per shack; the one drawn inside another shares its plot
    assert differing == 0
    # The one-call form reads the file the same way.
    assert sorted(m for _, m in raw_footprint_plots(src, 32737)) == sorted(
        p.building_indices for p in plots_from_footprints(list(buildings), list(raw_blocks(buildings)))
    )


@pytest.mark.shared_data
def test_raw_baseline_partitions_a_slice_of_djibouti_as_the_product_does(shared_data):
    buildings = raw_read(shared_data / "settlement-djibouti" / "buildings_DJI.1.1_1.geojson", 32638)
    centre = shapely.get_coordinates(shapely.centroid(buildings))
    # The 600 buildings nearest the middle of the neighbourhood.
    nearest = np.argsort(np.hypot(*(centre - np.median(centre, axis=0)).T))[:600]
    part = buildings[np.sort(nearest)]
    blocks = raw_blocks(part)
    assert len(blocks) > 10
    differing, plots = _compare(part, blocks)
    assert plots > 550
    assert differing <= 0.01 * plots
