"""The raw baseline of the footprint-plots benchmark: the same partition in plain pyogrio, scipy and shapely.

What a GIS script must do at least to give every building of a footprint file its own plot, with no
Jamii code (``designer.io.footprints`` is the product's way):

* read the file, reproject to UTM, build the shapely polygons (``raw_read``, as the plain import row);
* approximate street blocks: every footprint grown by 6 m (mitre joins, ``quad_segs=2``) in one buffer,
  each part's outer ring a block (``raw_blocks``);
* each building's block: the block containing its representative point (the first where blocks overlap);
* overlapping footprints made disjoint, larger first (the overlap goes to the larger one); a footprint
  left with less than 10 % of its area outside larger ones shares their plot (the only loop, over the
  few overlapping footprints);
* the outlines sampled along each edge at its clearance to the other outlines (a dwithin query and
  shapely distance; every metre where another is within a metre, every 4 m where none is within 4 m),
  shapely segmentize per edge;
* in each block holding several buildings: the samples (shared walls once),
  ``scipy.spatial.Voronoi`` of the samples and of a frame of four far points, the Voronoi ridges between
  samples of different buildings, GEOS polygonize of those ridges, each face given to the building of the
  sample nearest its representative point (a KD-tree), a building's faces united where it has several;
  each region then made to hold its whole footprint and none of the others' (a shared wall's samples
  go to one of the two buildings, so the other's region can reach into it);
* every region clipped to its block; a block holding one building is that building's plot;
* a region the block's edge cuts into pieces keeps the piece with its building, and every other piece
  goes to the neighbour sharing the longest boundary with it (a loop over those regions).

The product does the same, and also absorbs a plot enclosed by another and opens plots around holes of
their block: work on rare exceptions, not done here. ``tests/io/test_raw_footprint_plots.py``
checks that both give the same buildings per plot and the same areas (within the tolerance it explains).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["raw_blocks", "raw_footprint_plots", "raw_partition", "raw_read"]

REACH_M = 6.0  # as designer.io.footprints.blocks_around_buildings
SPACING_M = 1.0  # as designer.io.footprints.plots_from_footprints
ABSORBED_SHARE = 0.1  # as designer.io.footprints.ABSORBED_SHARE


def raw_read(src: Path, epsg: int) -> Any:
    """Read a footprint file into shapely polygons in UTM ``epsg`` (pyogrio, pyproj, shapely)."""
    import pyogrio.raw
    import shapely
    from pyproj import Transformer

    meta, _, wkb, _ = pyogrio.raw.read(src)
    tr = Transformer.from_crs(meta["crs"] or "EPSG:4326", f"EPSG:{epsg}", always_xy=True)
    return shapely.transform(
        shapely.from_wkb(wkb), lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))
    )


def raw_blocks(buildings: Any, reach_m: float = REACH_M) -> Any:
    """Approximate street blocks: all footprints grown by ``reach_m`` in one buffer, outer rings only."""
    import shapely

    grown = shapely.buffer(
        shapely.geometrycollections(np.asarray(buildings, dtype=object)),
        reach_m,
        quad_segs=2,
        join_style="mitre",
    )
    return shapely.polygons(shapely.get_exterior_ring(shapely.get_parts(grown)))


def raw_footprint_plots(src: Path, epsg: int) -> list[tuple[Any, tuple[int, ...]]]:
    """Read, reproject, draw approximate blocks and partition them: (plot polygon, building indices)."""
    buildings = raw_read(src, epsg)
    return raw_partition(buildings, raw_blocks(buildings))


def raw_partition(
    buildings: Any, blocks: Any, spacing_m: float = SPACING_M
) -> list[tuple[Any, tuple[int, ...]]]:
    """Each building's share of its block (nearest building wins): (plot polygon, building indices)."""
    import shapely

    bldgs = np.asarray(shapely.make_valid(np.asarray(buildings, dtype=object)), dtype=object)
    blks = np.asarray(blocks, dtype=object)
    pt, blk = shapely.STRtree(blks).query(shapely.point_on_surface(bldgs), predicate="within")
    pt, first = np.unique(pt, return_index=True)
    polys, members, cluster_block = _disjoint(bldgs[pt], pt, blk[first])
    plots = blks[cluster_block]  # a block holding one building is its plot
    regions = plots.copy()
    shared = np.bincount(cluster_block)[cluster_block] > 1
    xy, of = _samples(polys[shared], spacing_m)
    label = np.flatnonzero(shared)[of]  # the cluster of each sample
    by_block = np.argsort(cluster_block[label], kind="stable")
    xy, label = xy[by_block], label[by_block]
    starts = np.flatnonzero(np.diff(cluster_block[label])) + 1
    for pts, lab in zip(np.split(xy, starts), np.split(label, starts), strict=True):
        clusters = np.unique(lab)
        regions[clusters] = _voronoi_regions(
            pts, np.searchsorted(clusters, lab), len(clusters), blks[cluster_block[lab[0]]]
        )
    # Each plot holds its whole footprint and none of the others' (a shared wall's samples went to one
    # of the two buildings, so the other's region can reach into it); footprints are disjoint by now.
    cut = shared & ~shapely.covers(regions, polys)
    regions[cut] = shapely.union(regions[cut], polys[cut])
    a, b = shapely.STRtree(polys).query(regions, predicate="intersects")
    pair = (a != b) & shared[a] & (cluster_block[a] == cluster_block[b])
    a, b = a[pair], b[pair]
    rank = np.arange(len(a)) - np.searchsorted(a, a)  # a is sorted: the n-th footprint in region a
    for r in range(int(rank.max()) + 1 if len(rank) else 0):
        sel = rank == r
        regions[a[sel]] = shapely.difference(regions[a[sel]], polys[b[sel]])
    plots[shared] = shapely.intersection(regions[shared], plots[shared])
    _one_piece(plots, polys, cluster_block)
    return list(zip(plots.tolist(), members, strict=True))


def _one_piece(plots: Any, polys: Any, blocks: Any) -> None:
    """A region cut into pieces by its block's edge keeps the piece with its building; every other piece
    goes to the plot of the same block sharing the longest boundary with it (in place)."""
    import shapely

    for _ in range(3):  # a piece given to a neighbour can leave it in pieces: a few rounds
        several = np.flatnonzero(shapely.get_num_geometries(plots) > 1)
        if not len(several):
            return
        _pieces_to_neighbours(plots, polys, blocks, several)


def _pieces_to_neighbours(plots: Any, polys: Any, blocks: Any, several: Any) -> None:
    import shapely

    tree = shapely.STRtree(plots)
    for k in several.tolist():
        parts = shapely.get_parts(plots[k])
        keep = int(np.argmax(shapely.area(shapely.intersection(parts, polys[k]))))
        plots[k] = parts[keep]
        for piece in np.delete(parts, keep):
            near = [j for j in tree.query(piece).tolist() if j != k and blocks[j] == blocks[k]]
            # (within 1 µm of the piece's outline: clipping leaves the two outlines a rounding apart)
            corridor = shapely.buffer(piece.boundary, 1e-6)
            shared = shapely.length(shapely.intersection(shapely.boundary(plots[near]), corridor))
            if near and shared.max() > 0:
                j = near[int(np.argmax(shared))]
                plots[j] = shapely.union(plots[j], piece)
            else:
                plots[k] = shapely.union(plots[k], piece)


def _disjoint(polys: Any, ids: Any, blocks: Any) -> tuple[Any, list[tuple[int, ...]], Any]:
    """Overlapping footprints of a block made disjoint, larger first; one drawn inside joins its host."""
    import shapely

    polys = np.array(polys, dtype=object)
    multi = shapely.get_type_id(polys) != 3
    for k in np.flatnonzero(multi).tolist():  # a footprint repaired into pieces: its largest piece
        parts = shapely.get_parts(polys[k])
        parts = parts[shapely.get_type_id(parts) == 3]
        polys[k] = parts[np.argmax(shapely.area(parts))] if len(parts) else shapely.Polygon()
    a, b = shapely.STRtree(polys).query(polys, predicate="intersects")
    pair = (a != b) & (blocks[a] == blocks[b])
    a, b = a[pair], b[pair]
    overlap = shapely.area(shapely.intersection(polys[a], polys[b])) > 1e-9
    a, b = a[overlap], b[overlap]
    area = shapely.area(polys)
    host = np.arange(len(polys))
    pieces = polys.copy()
    for k in sorted(set(a.tolist()), key=lambda k: -area[k]):
        larger = [j for j in b[a == k].tolist() if (area[j], -j) > (area[k], -k) and host[j] == j]
        if not larger:
            continue
        piece = shapely.difference(polys[k], shapely.union_all(pieces[larger]))
        if shapely.area(piece) < ABSORBED_SHARE * area[k]:
            shares = shapely.area(shapely.intersection(polys[k], pieces[larger]))
            host[k] = larger[int(np.argmax(shares))]
            continue
        parts = shapely.get_parts(piece)
        pieces[k] = parts[np.argmax(shapely.area(parts))]
    roots = np.flatnonzero(host == np.arange(len(polys)))
    members = [tuple(sorted(int(ids[j]) for j in np.flatnonzero(host == r))) for r in roots.tolist()]
    return pieces[roots], members, blocks[roots]


def _samples(polys: Any, spacing_m: float) -> tuple[Any, Any]:
    """Points along the outlines, each edge cut into pieces no longer than its clearance to the other
    outlines (within [spacing_m, 4 × spacing_m]), and the outline of each: shapely segmentize per edge."""
    import shapely

    rings, ring_owner = shapely.get_rings(polys, return_index=True)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    edge = ring[1:] == ring[:-1]
    lines = shapely.linestrings(np.stack([xy[:-1][edge], xy[1:][edge]], axis=1))
    owner = ring_owner[ring[:-1][edge]]
    reach = 4.0 * spacing_m
    e, j = shapely.STRtree(polys).query(lines, predicate="dwithin", distance=reach)
    other = owner[e] != j
    clearance = np.full(len(lines), reach)
    np.minimum.at(clearance, e[other], shapely.distance(lines[e[other]], polys[j[other]]))
    pts, of = shapely.get_coordinates(
        shapely.segmentize(lines, np.clip(clearance, spacing_m, reach)), return_index=True
    )
    last = np.append(of[1:] != of[:-1], True)  # an edge's end is the next edge's start
    return pts[~last], owner[of[~last]]


def _voronoi_regions(xy: Any, label: Any, count: int, block: Any) -> Any:
    """The Voronoi region of each of ``count`` outlines of one block, from its samples ``xy`` labelled
    0 … count - 1 (scipy Voronoi, GEOS polygonize)."""
    import shapely
    from scipy.spatial import KDTree, Voronoi

    # A shared wall's samples once (two equal sites would be one Voronoi site for two buildings).
    _, once = np.unique(np.rint(xy * 1000.0), axis=0, return_index=True)
    xy, label = xy[once], label[once]
    bounds = shapely.bounds(block)
    lo, hi = np.minimum(xy.min(axis=0), bounds[:2]), np.maximum(xy.max(axis=0), bounds[2:])
    # Every point of the block is nearer a sample (at most the diagonal) than the frame.
    pad = 2.0 * float(np.hypot(*(hi - lo))) + 10.0
    frame = np.array([[lo[0] - pad, lo[1] - pad], [hi[0] + pad, lo[1] - pad], [hi[0] + pad, hi[1] + pad],
                      [lo[0] - pad, hi[1] + pad]])  # fmt: skip
    sites = np.concatenate([xy, frame])
    labels = np.concatenate([label, np.full(4, -1)])
    shift = (lo + hi) / 2  # qhull on coordinates near zero: UTM-sized ones lose digits
    vor = Voronoi(sites - shift)
    ridge_points, ridge_vertices = vor.ridge_points, np.asarray(vor.ridge_vertices)
    between = (labels[ridge_points[:, 0]] != labels[ridge_points[:, 1]]) & (ridge_vertices >= 0).all(axis=1)
    segments = vor.vertices[ridge_vertices[between]] + shift
    faces = shapely.get_parts(shapely.polygonize(shapely.linestrings(segments)))
    _, nearest = KDTree(sites).query(shapely.get_coordinates(shapely.point_on_surface(faces)))
    owner = labels[nearest]
    regions = np.array([shapely.Polygon()] * count, dtype=object)
    counts = np.bincount(owner[owner >= 0], minlength=count)
    once_owned = (owner >= 0) & (counts[np.maximum(owner, 0)] == 1)
    regions[owner[once_owned]] = faces[once_owned]
    for k in np.flatnonzero(counts > 1).tolist():
        regions[k] = shapely.union_all(faces[owner == k])
    return regions
