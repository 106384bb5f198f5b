"""Plots from building footprints: every building inside exactly one plot; plots tile each block."""

from __future__ import annotations

import csv
from collections import defaultdict

import numpy as np
import pytest
import shapely
from pyproj import CRS

from designer.io.footprints import SLIT_M, blocks_around_buildings, plots_from_footprints
from designer.io.gis_import import read_gis


def _check_partition(buildings, blocks, plots):
    polys = np.array([p.polygon for p in plots], dtype=object)
    assert all(p.geom_type == "Polygon" and not p.interiors for p in polys)
    # Every building (its representative point) in exactly one plot, and it is listed on that plot.
    tree = shapely.STRtree(polys)
    reps = shapely.point_on_surface(np.array(buildings, dtype=object))
    b_idx, p_idx = tree.query(reps, predicate="within")
    per_building = np.bincount(b_idx, minlength=len(buildings))
    assert (per_building == 1).all()
    for b, p in zip(b_idx, p_idx, strict=True):
        assert b in plots[p].building_indices
    # Each building lies in its plot as far as it lies in its block (less what overlaps other footprints).
    b_tree = shapely.STRtree(np.array(buildings, dtype=object))
    for p in plots:
        block = shapely.make_valid(blocks[p.block_index])
        for i in p.building_indices:
            others = [int(j) for j in b_tree.query(buildings[i], predicate="intersects") if int(j) != i]
            overlap = (
                buildings[i].intersection(shapely.union_all([buildings[j] for j in others])).area
                if others
                else 0.0
            )
            inside_block = buildings[i].intersection(block).area - overlap
            # (up to a 1 cm slit that opens a plot around a hole of its block)
            assert buildings[i].intersection(p.polygon).area >= inside_block - 0.01 * 30
    # Plots of a block tile it: no overlaps, no gaps.
    by_block = defaultdict(list)
    for p in plots:
        by_block[p.block_index].append(p.polygon)
    for k, ps in by_block.items():
        union = shapely.union_all(ps)
        block = shapely.make_valid(blocks[k])  # a block may have holes (an enclosed block)
        assert sum(p.area for p in ps) == pytest.approx(union.area, rel=1e-6)
        slits = SLIT_M * block.length  # hairline cuts around holes of the block at most
        assert union.symmetric_difference(block).area == pytest.approx(0.0, abs=slits + 1e-6)
    return by_block


def test_a_row_of_houses_splits_the_block_between_them():
    block = shapely.box(0, 0, 60, 20)
    houses = [shapely.box(x, 5, x + 6, 12) for x in (3, 18, 33, 48)]
    plots = plots_from_footprints(houses, [block])
    assert len(plots) == 4
    _check_partition(houses, [block], plots)
    # Boundaries fall half-way between neighbours (Voronoi of equal houses).
    first = next(p for p in plots if p.building_indices == (0,))
    assert first.polygon.bounds[2] == pytest.approx(13.5, abs=0.6)  # walls at x = 9 and 18


def test_touching_shacks_get_one_plot_each_split_at_the_shared_wall():
    block = shapely.box(0, 0, 60, 20)
    shacks = [shapely.box(5 + 4 * k, 6, 9 + 4 * k, 10) for k in range(8)]  # a terrace of 8 sharing walls
    plots = plots_from_footprints(shacks, [block])
    assert sorted(p.building_indices for p in plots) == [(k,) for k in range(8)]
    _check_partition(shacks, [block], plots)
    for p in plots:
        (k,) = p.building_indices
        assert p.polygon.contains(shacks[k].buffer(-0.01))
        # the shared walls are plot boundaries: no plot reaches into a neighbour's shack
        others = [shacks[j] for j in range(8) if j != k]
        assert p.polygon.intersection(shapely.union_all(others)).area < 1e-6


def test_overlapping_footprints_are_split_and_one_inside_another_shares_its_plot():
    block = shapely.box(0, 0, 40, 40)
    houses = [
        shapely.box(2, 2, 8, 8),
        shapely.box(7, 2, 13, 8),  # overlaps the first by 1 m
        shapely.box(30, 30, 36, 36),
        shapely.box(31, 31, 33, 33),  # drawn inside the third (a room or a re-survey)
    ]
    plots = plots_from_footprints(houses, [block])
    assert sorted(p.building_indices for p in plots) == [(0,), (1,), (2, 3)]
    _check_partition(houses, [block], plots)


def test_without_blocks_buildings_are_grouped_into_approximate_blocks():
    houses = [shapely.box(0, 0, 5, 5), shapely.box(8, 0, 13, 5), shapely.box(100, 100, 105, 105)]
    blocks = blocks_around_buildings(houses, reach_m=6.0)
    assert len(blocks) == 2
    plots = plots_from_footprints(houses, blocks)
    _check_partition(houses, blocks, plots)


@pytest.mark.shared_data
@pytest.mark.slow
def test_djibouti_every_building_in_exactly_one_plot_and_plots_tile_each_block(shared_data):
    folder = shared_data / "settlement-djibouti"
    survey = read_gis(folder / "buildings_DJI.1.1_1.geojson", target_crs=CRS.from_epsg(32638))
    buildings = [f.geometry for f in survey.features]
    csv.field_size_limit(1 << 30)
    with open(folder / "blocks_DJI.1.1_1.csv", newline="", encoding="utf-8") as fh:
        wkt = [row["geometry"] for row in csv.DictReader(fh)]
    from pyproj import Transformer

    tr = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    blocks = list(
        shapely.transform(shapely.from_wkt(wkt), lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    )
    plots = plots_from_footprints(buildings, blocks)
    assert len(buildings) == 3855
    by_block = _check_partition(buildings, blocks, plots)
    assert len(by_block) > 150
    assert 3000 < len(plots) <= 3855


def _dense_cluster():
    """A real-like fragment of dense fabric: a crooked terrace of shacks sharing walls, huts set at
    angles, a compound of rooms round a yard, one footprint overlapping its neighbour and one drawn
    inside another (a re-survey). 17 footprints, 16 plots (the one inside shares its host's plot)."""
    terrace = [
        shapely.affinity.rotate(shapely.box(4 * k, 0, 4 * k + 4, 5), 7, origin=(0, 0)) for k in range(6)
    ]
    huts = [
        shapely.affinity.rotate(shapely.box(x, y, x + 3.5, y + 3), a, origin="centroid")
        for x, y, a in ((2, 10, 20), (8, 11, -15), (14, 9.5, 40), (20, 11, 5))
    ]
    compound = [
        shapely.box(30, 0, 36, 3),
        shapely.box(30, 7, 36, 10),
        shapely.box(30, 3, 32, 7),
        shapely.box(34, 3, 36, 7),
    ]
    overlapping = [shapely.box(40, 0, 45, 5), shapely.box(44, 0, 49, 5)]  # 1 m drawn twice
    inside = [shapely.box(41, 1, 43, 3)]  # inside the first of the overlapping pair
    return terrace + huts + compound + overlapping + inside


def test_dense_real_like_cluster_gets_one_plot_per_building_and_the_import_says_so(tmp_path):
    """Pins the result of plots from footprints (as it was before the vectorised rewrite): one plot
    per building, the footprint drawn inside another shares its plot, and the import warns about it."""
    from designer.io.base_import import ImportRequest, import_survey
    from designer.model.document import Document
    from designer.model.entities import Building, Plot
    from designer.model.project import ProjectInfo
    from tests.io.import_fixtures import write_layer

    houses = _dense_cluster()
    blocks = blocks_around_buildings(houses)
    plots = plots_from_footprints(houses, blocks)
    assert sorted(p.building_indices for p in plots) == [(k,) for k in range(14)] + [(14, 16), (15,)]
    _check_partition(houses, blocks, plots)
    for p in plots:
        for k in p.building_indices:
            assert p.polygon.buffer(0.01).contains(
                houses[k].difference(
                    shapely.union_all([houses[j] for j in range(len(houses)) if j not in p.building_indices])
                )
            )

    # The same through the one import function, from a UTM file (EPSG:32737, Dar es Salaam).
    x0, y0 = 529_000.0, 9_248_000.0
    src = write_layer(
        tmp_path / "shacks.geojson",
        [shapely.affinity.translate(h, x0, y0) for h in houses],
        {"building": ["yes"] * len(houses)},
        "EPSG:32737",
    )
    result = import_survey(
        Document(ProjectInfo(name="t")), ImportRequest(source=src, plots_from_footprints=True)
    )
    derived = [r for r in result.records if isinstance(r, Plot)]
    buildings = [r for r in result.records if isinstance(r, Building)]
    assert len(derived) == 16 and len(buildings) == 17
    assert all(b.plot_id in {p.id for p in derived} for b in buildings)
    assert "note: buildings per derived plot: 15 with 1, 1 with 2" in result.lines
    assert any(
        line.startswith("note: warning: 1 derived plots hold several buildings") for line in result.lines
    )


def test_regions_chained_from_the_triangulation_match_the_regions_noded_by_geos():
    """The fast path (Voronoi edges walked into rings per cluster) gives the same regions as GEOS
    polygonize of the same edges, including a cluster enclosing another (a ring with a hole) and a
    grid of cocircular samples; a broken chain is refused so the caller falls back to GEOS."""
    from designer.io.footprints import _between_edges, _faces_by_polygonize, _faces_from_rings

    rnd = np.random.default_rng(13)
    grid = np.array([(x, y) for x in range(6) for y in range(6)], dtype=float) + 500_000.0
    ring = np.array([(np.cos(t) * 8 + 2.5, np.sin(t) * 8 + 2.5) for t in np.linspace(0, 6.2, 40)]) + 500_000.0
    xy = np.concatenate([grid, ring, rnd.uniform(-30, 30, (60, 2)) + 500_000.0])
    label = np.concatenate([np.arange(36) % 4, np.full(40, 4), 5 + np.arange(60) % 7])
    frame = np.array([(-1e3, -1e3), (1e3, -1e3), (1e3, 1e3), (-1e3, 1e3)]) + 500_000.0
    sites = np.concatenate([xy, frame])
    labels = np.concatenate([label, np.full(4, -1)])
    centre, src, dst, left, right = _between_edges(sites, labels)
    fast, fast_owner = _faces_from_rings(centre, src, dst, left, right)
    slow, slow_owner = _faces_by_polygonize(sites, labels, centre, src, dst)
    for k in range(12):
        a = shapely.union_all(fast[fast_owner == k])
        b = shapely.union_all(slow[slow_owner == k])
        assert b.area > 0
        assert shapely.symmetric_difference(a, b).area < 1e-6 * b.area, k
    assert any(shapely.get_num_interior_rings(fast[fast_owner == 4]) > 0)  # the ring round the grid
    with pytest.raises(ValueError, match="cluster"):
        _faces_from_rings(centre, src, dst, left, np.roll(right, 1))


def test_a_block_whose_rings_do_not_chain_is_redone_alone_by_geos():
    """All blocks are chained in one pass; when one block's edges do not close into rings (here its
    labels are scrambled, as a degenerate triangulation would), that block is noded by GEOS and the
    regions of every block come out as they would cleanly."""
    from designer.io.footprints import _faces, _triangulation

    rnd = np.random.default_rng(7)
    blocks = [shapely.box(0, 0, 40, 40), shapely.box(100, 0, 140, 40)]
    triangulations = [
        _triangulation(rnd.uniform(x + 2, x + 38, (50, 2)), first + np.arange(50) % 5, block)
        for x, first, block in ((0, 0, blocks[0]), (100, 5, blocks[1]))
    ]
    clean_faces, clean_owner = _faces(triangulations)
    sites, label, centre, src, dst, left, right = triangulations[1]
    scrambled = [triangulations[0], (sites, label, centre, src, dst, left, np.roll(right, 1))]
    faces, owner = _faces(scrambled)
    assert sorted(set(owner.tolist())) == list(range(10))
    for k in range(10):
        a = shapely.union_all(faces[owner == k])
        b = shapely.union_all(clean_faces[clean_owner == k])
        assert shapely.symmetric_difference(a, b).area < 1e-6 * b.area, k
