"""Points along building outlines for a Voronoi partition: dense only where another building is near.

The Voronoi diagram of points sampled along two outlines approximates the line half-way between them.
A point at distance ``h`` from an outline sampled every ``s`` is at most ``h + s² / (8 h)`` from the
nearest sample, so the boundary half-way across a gap of ``c`` (``h = c / 2``) moves by at most
``s² / (8 c)``. Sampling every edge at ``s = c`` (its clearance: the distance to the nearest other
outline) keeps that error within 1/8 of the gap everywhere, which is what uniform 1 m sampling gives
between outlines 1 m apart; edges closer than ``spacing_m`` are sampled every ``spacing_m`` as before,
and no edge more sparsely than ``SPARSE_FACTOR × spacing_m``. On the dense Djibouti fabric this keeps
about 42 % of the points of uniform 1 m sampling (40,000 of 94,700).
"""

from __future__ import annotations

from typing import Any

__all__ = ["SPARSE_FACTOR", "outline_samples"]

SPARSE_FACTOR = 4.0
"""The sparsest sampling, as a multiple of the densest (an edge with no outline within that reach)."""


def outline_samples(polygons: Any, spacing_m: float) -> tuple[Any, Any]:
    """Return (xy, owner): points along every ring of ``polygons`` and the index of the polygon of each.

    Each edge is cut into equal pieces no longer than its clearance to the other polygons, clamped to
    ``[spacing_m, SPARSE_FACTOR × spacing_m]``; every vertex is a sample. Rings are walked as stored,
    without their closing point.
    """
    import numpy as np
    import shapely

    rings, ring_owner = shapely.get_rings(polygons, return_index=True)
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    # Edges join consecutive points of one ring (the closing point is the last point of each ring).
    edge = ring_of[1:] == ring_of[:-1]
    start, end = xy[:-1][edge], xy[1:][edge]
    owner = ring_owner[ring_of[:-1][edge]]
    delta = end - start
    length = np.sqrt(delta[:, 0] * delta[:, 0] + delta[:, 1] * delta[:, 1])  # as GEOS measures a segment
    reach = SPARSE_FACTOR * spacing_m
    clearance = np.full(len(start), reach)
    lines = shapely.linestrings(np.stack([start, end], axis=1))
    near_edge, near_polygon = shapely.STRtree(polygons).query(lines, predicate="dwithin", distance=reach)
    other = owner[near_edge] != near_polygon
    near_edge, near_polygon = near_edge[other], near_polygon[other]
    np.minimum.at(clearance, near_edge, shapely.distance(lines[near_edge], polygons[near_polygon]))
    step = np.clip(clearance, spacing_m, reach)
    # As GEOS densifies (shapely.segmentize): ceil(length / step) equal pieces, sample k at the
    # fraction k × (length / n) / length, so a script doing the same gets the very same points.
    pieces = np.where(length <= step, 1, np.ceil(length / step)).astype(np.int64)
    of_edge = np.repeat(np.arange(len(start)), pieces)
    k = np.arange(len(of_edge)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    edge_length = length[of_edge]
    with np.errstate(invalid="ignore", divide="ignore"):  # a zero-length edge: its start only
        t = np.nan_to_num(k * (edge_length / pieces[of_edge]) / edge_length)[:, None]
    samples = start[of_edge] + (end[of_edge] - start[of_edge]) * t
    return samples, owner[of_edge]
