"""Outline samples for plots from footprints: dense where another building is near, sparse where not."""

from __future__ import annotations

import numpy as np
import shapely

from designer.io.outline_samples import SPARSE_FACTOR, outline_samples


def _spacing_along(xy, y):
    """Distances between consecutive samples lying on the line y = ``y``, sorted by x."""
    on = np.sort(xy[np.isclose(xy[:, 1], y)][:, 0])
    return np.diff(on)


def test_an_edge_facing_a_close_neighbour_is_sampled_densely_and_a_lonely_edge_sparsely():
    # Two 20 m wide houses, 1 m apart: their facing walls (y = 10 and y = 11) are dense, the far ones
    # (y = 0 and y = 21) see nothing within 4 m and are sampled every 4 m.
    houses = np.array([shapely.box(0, 0, 20, 10), shapely.box(0, 11, 20, 21)], dtype=object)
    xy, owner = outline_samples(houses, 1.0)
    assert np.allclose(_spacing_along(xy[owner == 0], 10.0), 1.0)
    assert np.allclose(_spacing_along(xy[owner == 1], 11.0), 1.0)
    assert np.allclose(_spacing_along(xy[owner == 0], 0.0), SPARSE_FACTOR)
    assert np.allclose(_spacing_along(xy[owner == 1], 21.0), SPARSE_FACTOR)


def test_a_gap_between_the_extremes_sets_the_spacing_and_every_vertex_is_kept():
    houses = np.array([shapely.box(0, 0, 12, 10), shapely.box(0, 12.5, 12, 20)], dtype=object)
    xy, owner = outline_samples(houses, 1.0)
    # 2.5 m apart: the facing walls are cut into ceil(12 / 2.5) = 5 equal pieces of 2.4 m.
    assert np.allclose(_spacing_along(xy[owner == 0], 10.0), 2.4)
    for k, house in enumerate(houses):
        corners = shapely.get_coordinates(house)[:-1]
        mine = xy[owner == k]
        assert all(np.isclose(mine, c).all(axis=1).any() for c in corners)


def test_samples_are_the_points_shapely_segmentize_gives_each_edge_at_its_spacing():
    """So a script doing the same work (the benchmark's raw baseline) samples the very same points."""
    rnd = np.random.default_rng(3)
    placed = rnd.uniform((0, 0, 0), (40, 40, 90), (12, 3))  # x, y, angle
    houses = np.array(
        [
            shapely.affinity.rotate(shapely.box(x, y, x + 5, y + 4), a, origin="centroid")
            for x, y, a in placed.tolist()
        ],
        dtype=object,
    )
    houses = np.asarray(shapely.make_valid(houses), dtype=object)
    xy, owner = outline_samples(houses, 1.0)
    for k, house in enumerate(houses):
        ring = shapely.get_coordinates(house.exterior)
        edges = shapely.linestrings(np.stack([ring[:-1], ring[1:]], axis=1))
        others = np.delete(houses, k)
        clearance = np.minimum(shapely.distance(edges[:, None], others[None, :]).min(axis=1), 4.0)
        expected = []
        for line, step in zip(edges, np.clip(clearance, 1.0, 4.0), strict=True):
            expected.extend(shapely.get_coordinates(shapely.segmentize(line, step))[:-1].tolist())
        assert np.array_equal(xy[owner == k], np.array(expected))
