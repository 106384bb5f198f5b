"""Approximate plots from building footprints: Voronoi cells of the buildings, clipped to street blocks.

Where no parcel map exists, the Million Neighborhoods method (Brelsford et al., prclz) partitions
each street block among its buildings: every point of the block goes to the nearest building.
Each building gets its own plot, also where footprints touch (shared walls become plot boundaries)
or overlap (the overlap goes to the larger footprint); only a footprint drawn inside another shares
its plot. Each footprint's own outline (not the merged blob of its neighbours) is sampled every
``spacing_m`` where another building is that close, more sparsely where none is (at most 4 ×, see
``designer.io.outline_samples``); the Voronoi diagram of the samples of one block (qhull's Delaunay)
is reduced to the edges between samples of different buildings, and each building's edges, chained
into rings, are its region (GEOS polygonize only where a triangulation is degenerate).
The result is then made exact: each plot contains its whole cluster (the part inside the block),
plots never overlap, and together they tile the block. A plot that would enclose another (a
courtyard ring) absorbs it, because a plot is a simple ring.

The geometry work is vectorised over all buildings (shapely 2 array functions); Python loops run
per block or over the rare exceptions (overlapping footprints, plots in pieces, enclosed plots).
All geometry is in one metric CRS (project CRS or local metres).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from designer.io.outline_samples import outline_samples

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["SLIT_M", "FootprintPlot", "blocks_around_buildings", "plots_from_footprints"]

SLIT_M = 0.01
"""Width of the cut that opens a plot around a hole of its block (rings in the model have no holes)."""

NO_AREA_M2 = 1e-9
"""An area smaller than this (an overlap, a hole) is rounding noise, not land."""


@dataclass(frozen=True)
class FootprintPlot:
    """A derived plot: its outline polygon (shapely, no holes) and the indices of the buildings on it."""

    polygon: Any
    building_indices: tuple[int, ...]
    block_index: int


@dataclass
class _Clusters:
    """Buildings made disjoint, as parallel arrays: one outline, member buildings and block per cluster."""

    polygons: Any  # numpy object array of shapely Polygons
    members: list[tuple[int, ...]]
    blocks: Any  # numpy int array: index of each cluster's block

    def subset(self, keep: Any) -> _Clusters:
        import numpy as np

        keep = np.asarray(keep)
        return _Clusters(self.polygons[keep], [self.members[k] for k in keep.tolist()], self.blocks[keep])


def blocks_around_buildings(buildings: Sequence[Any], reach_m: float = 6.0) -> list[Any]:
    """Return approximate street blocks when none are known: buildings grown by ``reach_m`` and merged.

    Groups of buildings closer than 2 × ``reach_m`` form one block; the block edge lies
    ``reach_m`` beyond the outermost walls. A stand-in for real blocks (streets), said so to the user.
    """
    import numpy as np
    import shapely

    # One buffer of all footprints: GEOS nodes the offset curves together, cheaper than a union of buffers.
    grown = shapely.buffer(
        shapely.geometrycollections(np.array(list(buildings), dtype=object)),
        reach_m,
        quad_segs=2,
        join_style="mitre",
    )
    return [shapely.Polygon(p.exterior) for p in shapely.get_parts(grown)]


def plots_from_footprints(
    buildings: Sequence[Any], blocks: Sequence[Any], *, spacing_m: float = 1.0
) -> list[FootprintPlot]:
    """Partition each block among the building clusters whose footprints lie (mostly) in it.

    Args:
        buildings: building footprint polygons (metres).
        blocks: street block polygons (metres); a building belongs to the block containing its
            representative point. Buildings in no block get no plot.
        spacing_m: distance between samples of the cluster outlines for the Voronoi diagram where
            other buildings are that close (sparser, up to 4 ×, where they are farther).

    Returns:
        One FootprintPlot per cluster, ordered by block; in each block the plots tile the block.
    """
    import numpy as np
    import shapely

    bldgs = np.asarray(shapely.make_valid(np.array(list(buildings), dtype=object)), dtype=object)
    blks = np.asarray(shapely.make_valid(np.array(list(blocks), dtype=object)), dtype=object)
    if len(bldgs) == 0 or len(blks) == 0:
        return []
    pt_idx, blk_idx = shapely.STRtree(blks).query(shapely.point_on_surface(bldgs), predicate="within")
    # One block per building even where blocks overlap (first wins).
    _, first = np.unique(pt_idx, return_index=True)
    if not len(first):
        return []
    clusters = _clusters(bldgs, pt_idx[first], blk_idx[first])
    try:
        return _partition(blks, clusters, spacing_m)
    except (shapely.errors.GEOSException, ValueError, RuntimeError):  # RuntimeError: scipy's QhullError
        pass
    # A nearly degenerate block spoiled the vectorised pass: redo block by block, so only that block
    # is retried on a 1 mm grid and, failing that, stays one plot.
    out: list[FootprintPlot] = []
    for b in np.unique(clusters.blocks).tolist():
        part = clusters.subset(np.flatnonzero(clusters.blocks == b))
        try:
            out.extend(_partition(blks, part, spacing_m))
        except (shapely.errors.GEOSException, ValueError, RuntimeError):
            try:
                snapped = _Clusters(shapely.set_precision(part.polygons, 1e-3), part.members, part.blocks)
                out.extend(_partition(shapely.set_precision(blks, 1e-3), snapped, spacing_m))
            except (shapely.errors.GEOSException, ValueError, RuntimeError):
                members = tuple(sorted(i for m in part.members for i in m))
                out.append(FootprintPlot(_no_holes(blks[b]), members, b))
    return out


ABSORBED_SHARE = 0.1
"""A footprint with less than this share of its area outside larger overlapping ones shares their plot."""


def _clusters(bldgs: Any, building_idx: Any, block_idx: Any) -> _Clusters:
    """Return one cluster per building: touching footprints are kept apart.

    Overlapping footprints (in the same block) are made disjoint, larger first (the overlap goes to
    the larger one); a footprint left with less than ``ABSORBED_SHARE`` of its area (drawn inside
    another) joins the building that covers it, so its plot holds both and the import warns about it.
    """
    import numpy as np
    import shapely

    polys = _largest_polygons(bldgs[building_idx])
    tree = shapely.STRtree(polys)
    a, b = tree.query(polys, predicate="intersects")
    pair = (a < b) & (block_idx[a] == block_idx[b])
    a, b = a[pair], b[pair]
    overlaps = shapely.area(shapely.intersection(polys[a], polys[b])) > NO_AREA_M2
    involved = np.unique(np.concatenate([a[overlaps], b[overlaps]]))
    alone = np.setdiff1d(np.arange(len(polys)), involved)
    out_polys = list(polys[alone])
    members: list[tuple[int, ...]] = [(int(i),) for i in building_idx[alone].tolist()]
    blocks = block_idx[alone].tolist()
    # The rare overlapping footprints: settled one by one, larger first, block by block.
    for blk in np.unique(block_idx[involved]).tolist():
        local = involved[block_idx[involved] == blk]
        for piece, group in _overlapping(polys[local], building_idx[local].tolist()):
            out_polys.append(piece)
            members.append(group)
            blocks.append(blk)
    return _Clusters(np.array(out_polys, dtype=object), members, np.array(blocks, dtype=np.int64))


def _overlapping(polys: Any, ids: list[int]) -> list[tuple[Any, tuple[int, ...]]]:
    """Make overlapping footprints of one block disjoint, larger first; absorb those drawn inside."""
    import shapely

    order = sorted(range(len(polys)), key=lambda k: -polys[k].area)
    tree = shapely.STRtree(polys)
    pieces: dict[int, Any] = {}
    owner: dict[int, int] = {}  # local index -> local index of the cluster it belongs to
    for k in order:
        near = [int(j) for j in tree.query(polys[k], predicate="intersects") if int(j) in pieces]
        piece = polys[k]
        if near:
            overlapping = [j for j in near if shapely.intersection(polys[k], pieces[j]).area > NO_AREA_M2]
            if overlapping:
                piece = _largest_polygon(
                    shapely.difference(piece, shapely.union_all([pieces[j] for j in overlapping]))
                )
        if piece.is_empty or piece.area < ABSORBED_SHARE * polys[k].area:
            host = max(near, key=lambda j: shapely.intersection(polys[k], pieces[j]).area) if near else None
            if host is not None:
                owner[k] = owner[host]
                continue
            piece = polys[k]
        pieces[k] = piece
        owner[k] = k
    groups: dict[int, list[int]] = {}
    for k in range(len(polys)):
        groups.setdefault(owner[k], []).append(ids[k])
    return [(pieces[root], tuple(sorted(v))) for root, v in sorted(groups.items())]


def _largest_polygons(geoms: Any) -> Any:
    """The largest polygon of each geometry (vectorised; plain polygons pass through untouched)."""
    import numpy as np
    import shapely

    out = np.array(geoms, dtype=object)
    plain = (shapely.get_type_id(out) == 3) & (shapely.area(out) > 0)
    for k in np.flatnonzero(~plain).tolist():
        out[k] = _largest_polygon(out[k])
    return out


def _largest_polygon(geom: Any) -> Any:
    import shapely

    parts = [
        p for p in shapely.get_parts(shapely.make_valid(geom)) if p.geom_type == "Polygon" and p.area > 0
    ]
    return max(parts, key=lambda p: p.area) if parts else shapely.Polygon()


def _partition(blks: Any, clusters: _Clusters, spacing_m: float) -> list[FootprintPlot]:
    """Plots of every block holding the clusters: the whole block where it holds one cluster."""
    import numpy as np
    import shapely

    per_block = np.bincount(clusters.blocks, minlength=len(blks))
    shared = per_block[clusters.blocks] > 1
    single = np.flatnonzero(~shared)
    result = [
        (int(clusters.blocks[k]), _no_holes(blks[clusters.blocks[k]]), clusters.members[k])
        for k in single.tolist()
    ]
    if shared.any():
        part = clusters.subset(np.flatnonzero(shared))
        raw = _regions(blks, part, spacing_m)
        plots = _exact(blks, part, raw)
        plots = _single_parts(plots, part)
        for outer, inner in _absorb_enclosed(plots, part.blocks):
            members = tuple(sorted(i for k in (outer, *inner) for i in part.members[k]))
            poly = (
                plots[outer] if not inner else shapely.union_all([plots[outer], *(plots[k] for k in inner)])
            )
            result.append((int(part.blocks[outer]), poly, members))
    result.sort(key=lambda r: (r[0], r[2]))
    polygons = _no_holes_all(np.array([r[1] for r in result], dtype=object))
    return [FootprintPlot(p, m, b) for p, (b, _, m) in zip(polygons, result, strict=True)]


def _regions(blks: Any, clusters: _Clusters, spacing_m: float) -> Any:
    """Each cluster's Voronoi region among the clusters of its block (not yet clipped to the block)."""
    import numpy as np
    import shapely

    xy, owner = outline_samples(clusters.polygons, spacing_m)
    # Samples repeated within a block (shared walls) would be one Voronoi site for two clusters.
    # (the first of each block and millimetre; integer keys sort much faster than rows of floats)
    mm = np.rint(xy * 1000.0).astype(np.int64)
    by_key = np.lexsort((mm[:, 1], mm[:, 0], clusters.blocks[owner]))  # stable: first index first
    ordered = np.column_stack([clusters.blocks[owner][by_key], mm[by_key]])
    first = np.ones(len(by_key), dtype=bool)
    first[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    keep = np.sort(by_key[first])
    xy, owner = xy[keep], owner[keep]
    sample_block = clusters.blocks[owner]
    order = np.argsort(sample_block, kind="stable")
    xy, owner, sample_block = xy[order], owner[order], sample_block[order]
    bounds = [*np.unique(sample_block, return_index=True)[1].tolist(), len(order)]
    triangulations = [
        _triangulation(xy[start:end], owner[start:end], blks[sample_block[start]])
        for start, end in pairwise(bounds)
    ]
    all_faces, all_owner = _faces(triangulations)
    regions = np.array([shapely.Polygon()] * len(clusters.members), dtype=object)
    counts = np.bincount(all_owner, minlength=len(regions))
    once = counts[all_owner] == 1
    regions[all_owner[once]] = all_faces[once]
    for k in np.flatnonzero(counts > 1).tolist():
        regions[k] = shapely.union_all(all_faces[all_owner == k])
    return regions


def _triangulation(xy: Any, owner: Any, block: Any) -> tuple[Any, ...]:
    """One block's samples and a frame of far sites (label -1), and the Voronoi edges between clusters.

    A frame of far sites keeps every cluster's edges finite. Returns (sites, labels, then what
    :func:`_between_edges` returns).
    """
    import numpy as np
    import shapely

    minx, miny, maxx, maxy = np.concatenate([xy.min(axis=0), xy.max(axis=0)]).tolist()
    bminx, bminy, bmaxx, bmaxy = shapely.bounds(block).tolist()
    minx, miny, maxx, maxy = min(minx, bminx), min(miny, bminy), max(maxx, bmaxx), max(maxy, bmaxy)
    # Any point of the block is nearer to a sample (≤ diag) than to the frame (≥ pad).
    pad = 2.0 * float(np.hypot(maxx - minx, maxy - miny)) + 10.0
    lo_x, lo_y, hi_x, hi_y = minx - pad, miny - pad, maxx + pad, maxy + pad
    mid_x, mid_y = (lo_x + hi_x) / 2, (lo_y + hi_y) / 2
    frame = np.array(
        [
            [lo_x, lo_y],
            [mid_x, lo_y],
            [hi_x, lo_y],
            [hi_x, mid_y],
            [hi_x, hi_y],
            [mid_x, hi_y],
            [lo_x, hi_y],
            [lo_x, mid_y],
        ]
    )
    sites = np.concatenate([xy, frame])
    label = np.concatenate([owner, np.full(len(frame), -1)])
    return (sites, label, *_between_edges(sites, label))


def _faces(triangulations: list[tuple[Any, ...]]) -> tuple[Any, Any]:
    """Polygons where the nearest sample belongs to one cluster, and that cluster, for all blocks.

    The rings of all blocks are chained in one pass (vertex numbers offset per block); a block whose
    triangulation is degenerate (or whose ring crosses itself) is noded by GEOS instead.
    """
    import numpy as np
    import shapely

    degenerate = [not np.isfinite(t[2]).all() or bool((t[4] < 0).any()) for t in triangulations]
    fast = [k for k, bad in enumerate(degenerate) if not bad]
    offsets = np.cumsum([0, *(len(triangulations[k][2]) for k in fast)])
    try:
        faces, owner = _faces_from_rings(
            np.concatenate([triangulations[k][2] for k in fast]),
            np.concatenate([triangulations[k][3] + off for k, off in zip(fast, offsets, strict=False)]),
            np.concatenate([triangulations[k][4] + off for k, off in zip(fast, offsets, strict=False)]),
            np.concatenate([triangulations[k][5] for k in fast]),
            np.concatenate([triangulations[k][6] for k in fast]),
        )
    except ValueError:  # a chain that does not close: find its block by doing them one by one
        faces, owner = np.array([], dtype=object), np.array([], dtype=np.int64)
        degenerate = [True] * len(triangulations)
    # The triangulation each cluster was in (its samples' labels).
    block_of = {int(c): k for k, t in enumerate(triangulations) for c in np.unique(t[1][t[1] >= 0])}
    crossed = {block_of[int(c)] for c in owner[~shapely.is_valid(faces)].tolist()}
    redo = [k for k in range(len(triangulations)) if degenerate[k] or k in crossed]
    if redo:
        keep = np.array([block_of[int(c)] not in set(redo) for c in owner.tolist()], dtype=bool)
        parts_faces, parts_owner = [faces[keep]], [owner[keep]]
        for k in redo:
            sites, label, centre, src, dst, left, right = triangulations[k]
            try:
                f, o = _faces_from_rings(centre, src, dst, left, right)
                if not shapely.is_valid(f).all():
                    raise ValueError("a ring crosses itself")
            except ValueError:  # a degenerate triangulation: let GEOS node the edges instead
                f, o = _faces_by_polygonize(sites, label, centre, src, dst)
            parts_faces.append(f)
            parts_owner.append(o)
        faces, owner = np.concatenate(parts_faces), np.concatenate(parts_owner)
    return faces, owner


def _faces_from_rings(centre: Any, src: Any, dst: Any, left: Any, right: Any) -> tuple[Any, Any]:
    """Each cluster's region read straight from the triangulation: its boundary edges chained into rings.

    Every Voronoi edge between two clusters is walked once with each cluster on its left; at a
    Voronoi vertex (a Delaunay triangle) a cluster has at most one edge in and one out, so the
    edges of one cluster chain into closed rings, counter-clockwise around the region and clockwise
    around its holes. No noding of lines nor nearest-sample search (GEOS polygonize) is needed.
    Raises ValueError where the chaining is not clean; the caller checks the faces are valid.
    """
    import numpy as np
    import shapely

    if not np.isfinite(centre).all() or (dst < 0).any():
        raise ValueError("degenerate triangles")
    # Directed edges: the left cluster walks src -> dst, the right one dst -> src (it is then on the left).
    owner = np.concatenate([left, right])
    start = np.concatenate([src, dst])
    end = np.concatenate([dst, src])
    mine = owner >= 0  # the frame's own rings are not wanted
    owner, start, end = owner[mine], start[mine], end[mine]
    order, ring_of = _chain(owner, start, end, int(centre.shape[0]))
    ring = int(ring_of.max()) + 1 if len(ring_of) else 0
    xy = centre[start[order]]
    size = np.bincount(ring_of, minlength=ring)
    # Shoelace area of each ring, signed: > 0 around a region, < 0 around a hole.
    nxt = np.arange(len(order)) + 1
    ring_first = np.concatenate([[0], np.cumsum(size)[:-1]])
    nxt[np.cumsum(size) - 1] = ring_first
    signed = np.bincount(ring_of, weights=xy[:, 0] * xy[nxt, 1] - xy[nxt, 0] * xy[:, 1], minlength=ring) / 2.0
    ring_owner = owner[order[ring_first]]
    usable = (size >= 3) & (np.abs(signed) > 0)
    # Rings closed by shapely (linearrings appends the first point).
    pick = usable[ring_of]
    _, dense = np.unique(ring_of[pick], return_inverse=True)
    rings = shapely.linearrings(xy[pick], indices=dense)
    ring_owner, signed = ring_owner[usable], signed[usable]
    polygons = shapely.polygons(rings)
    outer = signed > 0
    count = np.bincount(ring_owner, minlength=int(ring_owner.max()) + 1 if len(ring_owner) else 0)
    simple = outer & (count[ring_owner] == 1)
    faces = list(polygons[simple])
    face_owner = ring_owner[simple].tolist()
    # Clusters with a hole or in pieces: the region is the XOR of its rings' interiors (rings never cross).
    for k in np.unique(ring_owner[~simple]).tolist():
        parts = polygons[ring_owner == k]
        region = parts[0]
        for part in parts[1:]:
            region = shapely.symmetric_difference(region, part)
        faces.append(region)
        face_owner.append(k)
    return np.array(faces, dtype=object), np.array(face_owner, dtype=np.int64)


def _chain(owner: Any, start: Any, end: Any, nodes: int) -> tuple[Any, Any]:
    """Order directed edges into closed rings: (edge order, ring of each ordered edge).

    An edge is followed by the edge of the same owner leaving the node where it ends.
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    key_start = owner.astype(np.int64) * nodes + start
    key_end = owner.astype(np.int64) * nodes + end
    by_start = np.argsort(key_start)
    sorted_start = key_start[by_start]
    if (sorted_start[1:] == sorted_start[:-1]).any():
        raise ValueError("a cluster leaves a Voronoi vertex twice")
    at = np.searchsorted(sorted_start, key_end)
    if (at >= len(sorted_start)).any() or (sorted_start[np.minimum(at, len(at) - 1)] != key_end).any():
        raise ValueError("a cluster boundary does not close")
    successor = by_start[at]
    # The cycles of the successor permutation are the rings: each is cut before its smallest edge
    # and ranked by pointer jumping (log2 of the longest ring numpy passes, no Python loop per edge).
    n = len(successor)
    edge = np.arange(n)
    rings, ring_of = connected_components(
        coo_matrix((np.ones(n, dtype=np.int8), (edge, successor)), shape=(n, n)), connection="weak"
    )
    first_edge = np.full(rings, n, dtype=np.int64)
    np.minimum.at(first_edge, ring_of, edge)
    step = np.where(successor == first_edge[ring_of], edge, successor)
    to_end = (step != edge).astype(np.int64)
    while True:
        jumped = step[step]
        if (jumped == step).all():
            break
        to_end += to_end[step]
        step = jumped
    order = np.lexsort((-to_end, ring_of))
    return order, ring_of[order]


def _faces_by_polygonize(sites: Any, label: Any, centre: Any, src: Any, dst: Any) -> tuple[Any, Any]:
    """The same faces, with GEOS noding the edges (slow, robust): for degenerate triangulations."""
    import numpy as np
    import shapely
    from scipy.spatial import KDTree

    segments = np.stack([centre[src], centre[np.maximum(dst, 0)]], axis=1)[dst >= 0]
    # Cocircular samples give triangles with one circumcentre: drop the zero-length edges between them.
    keep = np.isfinite(segments).all(axis=(1, 2)) & (segments[:, 0] != segments[:, 1]).any(axis=1)
    polygons, cuts, dangles, invalid = shapely.polygonize_full(shapely.linestrings(segments[keep]))
    if not (shapely.is_empty(cuts) and shapely.is_empty(dangles) and shapely.is_empty(invalid)):
        # Edges that cross or end loose (numerical trouble): a face would be missing, a gap left.
        raise ValueError("the Voronoi edges of a block do not close into faces")
    faces = shapely.get_parts(polygons)
    _, nearest = KDTree(sites).query(shapely.get_coordinates(shapely.point_on_surface(faces)))
    face_owner = label[nearest]
    inside = face_owner >= 0
    return faces[inside], face_owner[inside]


def _between_edges(sites: Any, label: Any) -> tuple[Any, Any, Any, Any, Any]:
    """The Voronoi edges between sites of different labels, from the Delaunay triangulation (qhull).

    The Voronoi edge dual to a Delaunay edge joins the circumcentres of the two triangles sharing
    it. Returns the circumcentres (one per triangle, the Voronoi vertices) and, per edge, its two
    triangles (src, dst: -1 outside the hull) and the labels on its left and right walking src -> dst.
    Vectorised, and half the work of scipy's Voronoi, which also builds every region as Python lists.
    """
    import numpy as np
    from scipy.spatial import Delaunay

    # Around the middle: circumcentres of thin triangles lose digits on UTM-sized coordinates.
    shift = (sites.min(axis=0) + sites.max(axis=0)) / 2
    local = sites - shift
    tri = Delaunay(local, qhull_options="Qbb Qz")  # Qz: robust with cocircular samples (grids)
    corners = local[tri.simplices]
    a = corners[:, 0]
    b, c = corners[:, 1] - a, corners[:, 2] - a  # relative to a: fewer digits lost
    bb, cc = (b * b).sum(axis=1), (c * c).sum(axis=1)
    d = 2.0 * (b[:, 0] * c[:, 1] - b[:, 1] * c[:, 0])
    with np.errstate(divide="ignore", invalid="ignore"):
        centre = a + np.column_stack([c[:, 1] * bb - b[:, 1] * cc, b[:, 0] * cc - c[:, 0] * bb]) / d[:, None]
    labels = label[tri.simplices]
    # The edge opposite corner k joins corners k+1 and k+2; its other triangle is neighbors[:, k].
    other = tri.neighbors
    u_label, v_label = labels[:, [1, 2, 0]], labels[:, [2, 0, 1]]
    between = (u_label != v_label) & ((other > np.arange(len(other))[:, None]) | (other < 0))
    t, k = np.nonzero(between)
    # Walking from this triangle's centre across edge u -> v (counter-clockwise triangle), v is on
    # the left; a clockwise triangle swaps the sides.
    ccw = d[t] > 0
    u, v = u_label[t, k], v_label[t, k]
    left, right = np.where(ccw, v, u), np.where(ccw, u, v)
    return centre + shift, t, other[t, k], left, right


def _exact(blks: Any, clusters: _Clusters, raw: Any) -> Any:
    """Each region made to hold its whole cluster and none of its neighbours, clipped to the block."""
    import numpy as np
    import shapely

    polys = clusters.polygons
    # Most regions already cover their cluster; the union is for the few cut at close corners.
    plots = raw.copy()
    cut = ~shapely.covers(raw, polys)
    plots[cut] = shapely.union(raw[cut], polys[cut])
    # Clipped to the block first (only the plots that leave it: a clip costs the block's vertices),
    # so the neighbours below are searched within the block only.
    block = blks[clusters.blocks]
    shapely.prepare(block)
    leaving = ~shapely.contains(block, plots)
    plots[leaving] = shapely.intersection(plots[leaving], block[leaving])
    # Only clusters near a region can be cut out of it (sampling error at close corners).
    a, b = shapely.STRtree(polys).query(plots, predicate="intersects")
    near = (a != b) & (clusters.blocks[a] == clusters.blocks[b])
    a, b = a[near], b[near]
    order = np.argsort(a, kind="stable")
    a, b = a[order], b[order]
    rank = np.arange(len(a)) - np.searchsorted(a, a)  # n-th neighbour of its region
    for r in range(int(rank.max()) + 1 if len(rank) else 0):
        sel = rank == r
        plots[a[sel]] = shapely.difference(plots[a[sel]], polys[b[sel]])
    return shapely.make_valid(plots)


def _single_parts(plots: Any, clusters: _Clusters) -> Any:
    """Give every stray part of a plot to the neighbour sharing the longest edge, so each plot is one piece."""
    import numpy as np
    import shapely

    polys = clusters.polygons
    for _ in range(3):
        several = np.flatnonzero(shapely.get_num_geometries(plots) > 1).tolist()
        if not several:
            break
        tree = shapely.STRtree(plots)
        grown: set[int] = set()
        moved = False
        for k in several:
            parts = [p for p in shapely.get_parts(plots[k]) if p.geom_type == "Polygon" and p.area > 0]
            if len(parts) <= 1:
                continue
            main = max(parts, key=lambda p: p.intersection(polys[k]).area + p.area * 1e-9)
            for piece in parts:
                if piece is main:
                    continue
                near = [
                    j
                    for j in sorted(set(tree.query(piece).tolist()) | grown)
                    if j != k and clusters.blocks[j] == clusters.blocks[k] and not plots[j].is_empty
                ]
                best = _longest_shared_edge(piece, plots, near)
                if best is not None:
                    plots[best] = shapely.union(plots[best], piece)
                    grown.add(best)
                    moved = True
                else:
                    main = shapely.union(main, piece)
            plots[k] = main
        if not moved:
            break
    return plots


def _longest_shared_edge(piece: Any, plots: Any, near: list[int]) -> int | None:
    """The plot among ``near`` sharing the longest boundary with ``piece``, None if none touches it.

    The shared boundary is the plot's outline within 1 µm of the piece's (noding leaves the two
    outlines a rounding apart): one small buffer, one vectorised call for all the neighbours.
    """
    import numpy as np
    import shapely

    if not near:
        return None
    corridor = shapely.buffer(piece.boundary, 1e-6)  # small: a stray part, not the neighbours
    shared = shapely.length(shapely.intersection(shapely.boundary(plots[near]), corridor))
    k = int(np.argmax(shared))  # the first of equals, as the loop over ``near`` in order did
    return near[k] if shared[k] > 0.0 else None


def _absorb_enclosed(plots: Any, blocks: Any) -> list[tuple[int, tuple[int, ...]]]:
    """Return (outer, enclosed…) groups: a plot lying in another plot's hole joins that plot."""
    import numpy as np
    import shapely

    holed = (shapely.get_num_interior_rings(plots) > 0) | (shapely.get_type_id(plots) != 3)
    inside: dict[int, int] = {}
    if holed.any():
        reps = shapely.STRtree(shapely.point_on_surface(plots))
        for k in np.flatnonzero(holed).tolist():
            for part in shapely.get_parts(plots[k]):
                if part.geom_type != "Polygon" or not part.interiors:
                    continue
                filled = shapely.Polygon(part.exterior)
                for j in sorted(reps.query(filled, predicate="contains").tolist()):
                    if j != k and j not in inside and blocks[j] == blocks[k]:
                        inside[j] = k
    outers: dict[int, list[int]] = {k: [] for k in range(len(plots)) if k not in inside}
    for j, parent in inside.items():
        root = parent
        while root in inside:
            root = inside[root]
        outers[root].append(j)
    return [(k, tuple(v)) for k, v in sorted(outers.items())]


def _no_holes_all(polys: Any) -> Any:
    """:func:`_no_holes` of each polygon; plain polygons without holes pass through (vectorised test)."""
    import numpy as np
    import shapely

    out = np.array(polys, dtype=object)
    plain = (shapely.get_type_id(out) == 3) & (shapely.get_num_interior_rings(out) == 0)
    for k in np.flatnonzero(~plain).tolist():
        out[k] = _no_holes(out[k])
    return out


def _no_holes(poly: Any) -> Any:
    """Return the largest polygon part as a simple ring: each hole is opened by a 1 cm slit to the outside.

    A hole here is land outside the block (e.g. an enclosed block); filling it would overlap the
    neighbour, and the model stores rings without holes, so a hairline cut is the honest compromise.
    """
    import shapely

    parts = [p for p in shapely.get_parts(shapely.make_valid(poly)) if p.geom_type == "Polygon"]
    biggest = max(parts, key=lambda p: p.area)
    for _ in range(100):
        # A hole of no area (left where slits or clips meet) is no land: dropped, not cut open.
        kept = [h for h in biggest.interiors if shapely.Polygon(h).area > NO_AREA_M2]
        if len(kept) < len(biggest.interiors):
            biggest = shapely.Polygon(biggest.exterior, kept)
        if not biggest.interiors:
            break
        hole = shapely.LinearRing(biggest.interiors[0])
        cut = shapely.shortest_line(hole, biggest.exterior).buffer(SLIT_M / 2, cap_style="square")
        parts = [p for p in shapely.get_parts(biggest.difference(cut)) if p.geom_type == "Polygon"]
        biggest = max(parts, key=lambda p: p.area)
    return biggest
