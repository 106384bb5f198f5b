"""Approximate plots from building footprints: Voronoi cells of the buildings, clipped to street blocks.

Where no parcel map exists, the Million Neighborhoods method (Brelsford et al., prclz) partitions
each street block among its buildings: every point of the block goes to the nearest building.
Each building gets its own plot, also where footprints touch (shared walls become plot boundaries)
or overlap (the overlap goes to the larger footprint); only a footprint drawn inside another shares
its plot. Each footprint's own outline (not the merged blob of its neighbours) is sampled every
``spacing_m`` and the Voronoi cells of the samples are merged per building. The result is then made exact: each plot contains its whole
cluster (the part inside the block), plots never overlap, and together they tile the block.
A plot that would enclose another (a courtyard ring) absorbs it, because a plot is a simple ring.

All geometry is in one metric CRS (project CRS or local metres).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["SLIT_M", "FootprintPlot", "blocks_around_buildings", "plots_from_footprints"]

SLIT_M = 0.01
"""Width of the cut that opens a plot around a hole of its block (rings in the model have no holes)."""


@dataclass(frozen=True)
class FootprintPlot:
    """A derived plot: its outline polygon (shapely, no holes) and the indices of the buildings on it."""

    polygon: Any
    building_indices: tuple[int, ...]
    block_index: int


def blocks_around_buildings(buildings: Sequence[Any], reach_m: float = 6.0) -> list[Any]:
    """Return approximate street blocks when none are known: buildings grown by ``reach_m`` and merged.

    Groups of buildings closer than 2 × ``reach_m`` form one block; the block edge lies
    ``reach_m`` beyond the outermost walls. A stand-in for real blocks (streets), said so to the user.
    """
    import shapely

    grown = shapely.union_all(shapely.buffer(list(buildings), reach_m, quad_segs=2, join_style="mitre"))
    return [shapely.Polygon(p.exterior) for p in shapely.get_parts(grown)]


def plots_from_footprints(
    buildings: Sequence[Any], blocks: Sequence[Any], *, spacing_m: float = 1.0
) -> list[FootprintPlot]:
    """Partition each block among the building clusters whose footprints lie (mostly) in it.

    Args:
        buildings: building footprint polygons (metres).
        blocks: street block polygons (metres); a building belongs to the block containing its
            representative point. Buildings in no block get no plot.
        spacing_m: distance between samples of the cluster outlines for the Voronoi diagram.

    Returns:
        One FootprintPlot per cluster; in each block the plots tile the block.
    """
    import numpy as np
    import shapely

    bldgs = np.asarray(shapely.make_valid(np.array(list(buildings), dtype=object)), dtype=object)
    blks = np.asarray(shapely.make_valid(np.array(list(blocks), dtype=object)), dtype=object)
    if len(bldgs) == 0 or len(blks) == 0:
        return []
    points = shapely.point_on_surface(bldgs)
    tree = shapely.STRtree(blks)
    pt_idx, blk_idx = tree.query(points, predicate="within")
    # One block per building even where blocks overlap (first wins).
    first: dict[int, int] = {}
    for p, b in zip(pt_idx.tolist(), blk_idx.tolist(), strict=True):
        first.setdefault(p, b)
    per_block: dict[int, list[int]] = {}
    for p, b in first.items():
        per_block.setdefault(b, []).append(p)
    out: list[FootprintPlot] = []
    for b, members in sorted(per_block.items()):
        try:
            out.extend(_partition_block(blks[b], bldgs, sorted(members), b, spacing_m))
        except shapely.errors.GEOSException:
            # Nearly degenerate input: retry on a 1 mm grid; failing that, the block stays one plot.
            try:
                snapped = shapely.set_precision(bldgs, 1e-3)
                out.extend(
                    _partition_block(
                        shapely.set_precision(blks[b], 1e-3), snapped, sorted(members), b, spacing_m
                    )
                )
            except shapely.errors.GEOSException:
                out.append(FootprintPlot(_no_holes(blks[b]), tuple(sorted(members)), b))
    return out


ABSORBED_SHARE = 0.1
"""A footprint with less than this share of its area outside larger overlapping ones shares their plot."""


def _clusters(bldgs: Any, members: list[int]) -> list[tuple[Any, tuple[int, ...]]]:
    """Return one (polygon, member indices) per building: touching footprints are kept apart.

    Overlapping footprints are made disjoint, larger first (the overlap goes to the larger one); a
    footprint left with less than ``ABSORBED_SHARE`` of its area (drawn inside another) joins the
    building that covers it, so its plot holds both and the import warns about it.
    """
    import numpy as np
    import shapely

    polys = [_largest_polygon(bldgs[i]) for i in members]
    order = sorted(range(len(members)), key=lambda k: -polys[k].area)
    tree = shapely.STRtree(np.array(polys, dtype=object))
    pieces: dict[int, Any] = {}
    owner: dict[int, int] = {}  # local index -> local index of the cluster it belongs to
    for k in order:
        near = [int(j) for j in tree.query(polys[k], predicate="intersects") if int(j) in pieces]
        piece = polys[k]
        if near:
            overlapping = [j for j in near if shapely.intersection(polys[k], pieces[j]).area > 1e-9]
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
    for k in range(len(members)):
        groups.setdefault(owner[k], []).append(members[k])
    return [(pieces[root], tuple(sorted(v))) for root, v in sorted(groups.items())]


def _largest_polygon(geom: Any) -> Any:
    import shapely

    parts = [
        p for p in shapely.get_parts(shapely.make_valid(geom)) if p.geom_type == "Polygon" and p.area > 0
    ]
    return max(parts, key=lambda p: p.area) if parts else shapely.Polygon()


def _partition_block(
    block: Any, bldgs: Any, members: list[int], block_index: int, spacing_m: float
) -> list[FootprintPlot]:
    import numpy as np
    import shapely

    clusters = _clusters(bldgs, members)
    if len(clusters) == 1:
        return [FootprintPlot(_no_holes(block), clusters[0][1], block_index)]
    # Sample every cluster outline; label samples by cluster; drop duplicates (GEOS merges them).
    coords, labels = [], []
    for k, (poly, _) in enumerate(clusters):
        ring_pts = shapely.get_coordinates(shapely.segmentize(shapely.boundary(poly), spacing_m))
        coords.append(ring_pts)
        labels.append(np.full(len(ring_pts), k))
    xy = np.concatenate(coords)
    lab = np.concatenate(labels)
    _, keep = np.unique(np.round(xy, 3), axis=0, return_index=True)
    keep.sort()
    xy, lab = xy[keep], lab[keep]
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(xy), extend_to=block, ordered=True)
    )
    n = len(clusters)
    raw = [_union(cells[lab == k]) for k in range(n)]
    polys = [c[0] for c in clusters]
    tree = shapely.STRtree(polys)
    plots = []
    for k in range(n):
        # Only clusters near this cell can be cut out of it (sampling error at close corners).
        near = [int(j) for j in tree.query(raw[k], predicate="intersects") if j != k]
        plot = shapely.union(raw[k], polys[k])
        if near:
            plot = shapely.difference(plot, shapely.union_all([polys[j] for j in near]))
        plots.append(shapely.intersection(plot, block))
    plots = _single_parts(plots, polys)
    groups = _absorb_enclosed(plots)
    result = []
    for outer, inner in groups:
        members_k = tuple(i for k in (outer, *inner) for i in clusters[k][1])
        poly = plots[outer] if not inner else shapely.union_all([plots[outer], *(plots[k] for k in inner)])
        result.append(FootprintPlot(_no_holes(poly), tuple(sorted(members_k)), block_index))
    return result


def _union(geoms: Any) -> Any:
    """Union of Voronoi cells; on a GEOS topology error (nearly collinear samples) snap to a 1 mm grid."""
    import shapely

    try:
        return shapely.union_all(geoms)
    except shapely.errors.GEOSException:
        return shapely.union_all(geoms, grid_size=1e-3)


def _single_parts(plots: list[Any], polys: list[Any]) -> list[Any]:
    """Give every stray part of a plot to the neighbour sharing the longest edge, so each plot is one piece."""
    import shapely

    plots = [shapely.make_valid(p) for p in plots]
    for _ in range(3):
        moved = False
        for k, plot in enumerate(plots):
            parts = [p for p in shapely.get_parts(plot) if p.geom_type == "Polygon" and p.area > 0]
            if len(parts) <= 1:
                continue
            main = max(parts, key=lambda p: p.intersection(polys[k]).area + p.area * 1e-9)
            for part in parts:
                if part is main:
                    continue
                # Bounding-box prefilter: only plots whose boxes meet the part can share an edge with it.
                minx, miny, maxx, maxy = part.bounds
                candidates = [
                    j
                    for j, other in enumerate(plots)
                    if j != k
                    and not other.is_empty
                    and other.bounds[0] <= maxx
                    and other.bounds[2] >= minx
                    and other.bounds[1] <= maxy
                    and other.bounds[3] >= miny
                ]
                best, best_len = None, 0.0
                for j in candidates:
                    shared = part.boundary.intersection(plots[j].buffer(1e-6)).length
                    if shared > best_len:
                        best, best_len = j, shared
                if best is not None:
                    plots[best] = shapely.union(plots[best], part)
                    moved = True
                else:
                    main = shapely.union(main, part)
            plots[k] = main
        if not moved:
            break
    return plots


def _absorb_enclosed(plots: list[Any]) -> list[tuple[int, tuple[int, ...]]]:
    """Return (outer, enclosed…) groups: a plot lying in another plot's hole joins that plot."""
    import shapely

    inside: dict[int, int] = {}
    for k, plot in enumerate(plots):
        for part in shapely.get_parts(plot):
            if part.geom_type != "Polygon" or not part.interiors:
                continue
            filled = shapely.Polygon(part.exterior)
            for j, other in enumerate(plots):
                if j != k and j not in inside and filled.contains(shapely.point_on_surface(other)):
                    inside[j] = k
    outers: dict[int, list[int]] = {}
    for k in range(len(plots)):
        if k not in inside:
            root = k
            outers.setdefault(root, [])
    for j, parent in inside.items():
        root = parent
        while root in inside:
            root = inside[root]
        outers.setdefault(root, []).append(j)
    return [(k, tuple(v)) for k, v in sorted(outers.items())]


def _no_holes(poly: Any) -> Any:
    """Return the largest polygon part as a simple ring: each hole is opened by a 1 cm slit to the outside.

    A hole here is land outside the block (e.g. an enclosed block); filling it would overlap the
    neighbour, and the model stores rings without holes, so a hairline cut is the honest compromise.
    """
    import shapely

    parts = [p for p in shapely.get_parts(shapely.make_valid(poly)) if p.geom_type == "Polygon"]
    biggest = max(parts, key=lambda p: p.area)
    for _ in range(100):
        if not biggest.interiors:
            break
        hole = shapely.LinearRing(biggest.interiors[0])
        cut = shapely.shortest_line(hole, biggest.exterior).buffer(SLIT_M / 2, cap_style="square")
        parts = [p for p in shapely.get_parts(biggest.difference(cut)) if p.geom_type == "Polygon"]
        biggest = max(parts, key=lambda p: p.area)
    return biggest
