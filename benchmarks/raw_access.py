"""The raw baseline of the access summary of ``jamii check``: the same rules in plain shapely and scipy.

The summary (``designer.analysis.access_diagnosis.diagnose_access(..., centrelines=False).summary()``)
counts blocks, plots facing public space, interior and enclosed plots, the block complexity k and the
plots a stretcher, a fire hose, a handcart and a fire engine can leave by. This module works out the
same figures the direct GIS way, with no Jamii code, from a drawing already held as shapely arrays
(``raw_access_inputs``, not timed):

* plots cut by the drawn paths' corridors (flat-ended buffers, one city-wide union, one difference);
* blocks: pieces within the touch tolerance of each other (``STRtree.query(..., "dwithin")``, scipy's
  connected components); each block's polygon: its pieces grown by half the tolerance, united, holes
  filled (courtyards); a block inside another's courtyard belongs to it;
* frontage: each plot's outline within 0.6 × the tolerance of its block's outer ring, less what lies
  within the tolerance of a building outside the plots, plus what lies within the tolerance of a
  corridor (GEOS overlays, plot by plot in vectorised calls); direct access from ``min_frontage_m``;
* depth: neighbours share ``min_passage_m`` of outline within the tolerance (GEOS intersection per
  pair), a breadth-first search from the plots with direct access (scipy);
* the way out: the drawn paths noded into a network (one union); the settlement's edge is the blocks
  grown by the outer margin, holes filled; for each emergency width, the network's segments at least
  that wide, their connected components, and whether the component of the segment nearest a plot's
  entrance (the middle of its longest frontage piece) holds an exit (a vertex within its half-width +
  1 m of the edge, or a road).

It is the geometric work of the old implementation of the summary, in the most direct form; the
product now measures frontage, touch and shared outline edge by edge in numpy and unites the blocks
one by one. The figures agree (``tests/analysis/test_raw_access_baseline.py``); frontages differ by
the centimetre the outline method adds past each corner where two plots meet.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["raw_access_figures", "raw_access_inputs", "raw_access_summary"]


def raw_access_inputs(doc: Any, option_id: str | None) -> dict[str, Any]:
    """Return the drawing of a view as shapely arrays and the rules' numbers (not timed)."""
    import shapely

    from designer.analysis.access_rules import load_access_rules
    from designer.analysis.layout import build_layout
    from designer.model.entities import PathKind

    lay = build_layout(doc, option_id)
    rules = load_access_rules()
    free = lay.building_plot < 0 if len(lay.buildings) else np.zeros(0, bool)
    return {
        "plots": shapely.make_valid(np.asarray(lay.plot_polygons, dtype=object)),
        "routes": [p.route for p in lay.paths],
        "widths_m": np.array([p.width_m for p in lay.paths], dtype=float),
        "road": np.array([p.path_kind == PathKind.ROAD for p in lay.paths], dtype=bool),
        "obstacles": lay.building_polygons[free] if len(lay.buildings) else np.empty(0, dtype=object),
        "tol_m": rules.derive.touch_tolerance_m,
        "margin_m": rules.derive.outer_margin_m,
        "min_frontage_m": rules.derive.min_frontage_m,
        "min_passage_m": rules.derive.min_passage_m,
        "widths_needed_m": dict(rules.widths_m),
    }


def raw_access_summary(inp: dict[str, Any]) -> dict[str, Any]:
    """Return the access summary's figures (see the module docstring)."""
    return raw_access_figures(inp)[0]


def raw_access_figures(inp: dict[str, Any]) -> tuple[dict[str, Any], np.ndarray]:
    """Return (the access summary's figures, each plot's frontage in metres)."""
    import shapely
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components, dijkstra

    plots, tol = inp["plots"], inp["tol_m"]
    n = len(plots)
    lines = np.array([shapely.LineString(r) for r in inp["routes"]], dtype=object)
    corridors = shapely.buffer(lines, inp["widths_m"] / 2.0, cap_style="flat")
    # Each plot with the union of the corridors it meets (a spatial join and a dissolve).
    near_plot, near_c = shapely.STRtree(corridors).query(plots, predicate="intersects")
    cut_plots, cutter = _union_by(near_plot, corridors[near_c])
    cut = plots.copy()
    cut[cut_plots] = shapely.difference(plots[cut_plots], cutter)
    # Blocks: the pieces of the plots the corridors leave, touching within the tolerance.
    pieces, piece_plot = shapely.get_parts(cut, return_index=True)
    pieces, piece_plot = (
        pieces[shapely.get_type_id(pieces) == 3],
        piece_plot[shapely.get_type_id(pieces) == 3],
    )
    i, j = shapely.STRtree(pieces).query(pieces, predicate="dwithin", distance=tol)
    m = len(pieces)
    _, comp = connected_components(coo_matrix((np.ones(len(i)), (i, j)), shape=(m, m)), directed=False)
    grown = shapely.buffer(pieces, tol / 2.0, quad_segs=2, join_style="mitre")
    _, block_parts = _union_by(comp, grown)
    parts_, part_of = shapely.get_parts(block_parts, return_index=True)
    _, filled = _union_by(part_of, shapely.polygons(shapely.get_exterior_ring(parts_)))
    # A block inside another's courtyard belongs to it.
    inner, outer = shapely.STRtree(filled).query(filled, predicate="within")
    top = np.arange(len(filled))
    top[inner[inner != outer]] = outer[inner != outer]
    kept = np.unique(top)
    piece_block = top[comp]
    largest = np.lexsort((-shapely.area(pieces), piece_plot))
    first = largest[np.r_[True, piece_plot[largest][1:] != piece_plot[largest][:-1]]]
    plot_block = np.full(n, -1)
    plot_block[piece_plot[first]] = piece_block[first]
    bnd = shapely.boundary(plots)
    front = _raw_front(inp, bnd, filled, plot_block, corridors)
    parts, owner = shapely.get_parts(shapely.line_merge(front), return_index=True)
    lengths = shapely.length(parts)
    frontage = np.bincount(owner, weights=lengths, minlength=n)
    direct = frontage >= inp["min_frontage_m"]
    # Depth: neighbours sharing a passage, breadth first from the plots with direct access.
    a, b = shapely.STRtree(plots).query(plots, predicate="dwithin", distance=tol)
    a, b = a[a < b], b[a < b]
    shared = shapely.length(shapely.intersection(bnd[a], shapely.buffer(plots[b], tol, quad_segs=2)))
    ok = shared >= inp["min_passage_m"]
    graph = coo_matrix((np.ones(int(ok.sum())), (a[ok], b[ok])), shape=(n, n)).tocsr()
    depth = np.full(n, np.inf)
    if direct.any():
        depth = (
            dijkstra(graph, directed=False, indices=np.flatnonzero(direct), unweighted=True, min_only=True)
            + 1
        )
    ks = [
        max(depth[(plot_block == k) & np.isfinite(depth)])
        for k in kept
        if np.isfinite(depth[plot_block == k]).any()
    ]
    summary = {
        "plots": n,
        "plots_with_direct_access": int(direct.sum()),
        "plots_without_access": int(n - direct.sum()),
        "plots_enclosed": int((~np.isfinite(depth)).sum()),
        "blocks": len(kept),
        "blocks_with_interior_plots": len(
            {int(plot_block[k]) for k in np.flatnonzero(~direct) if plot_block[k] >= 0}
        ),
        "max_complexity_k": int(max(ks)) if ks else None,
        "plots_passable_by": _passable(inp, lines, filled[kept], parts, owner, lengths, direct),
    }
    return summary, frontage


def _raw_front(inp: dict[str, Any], bnd: Any, filled: Any, plot_block: np.ndarray, corridors: Any) -> Any:
    """Return each plot's frontage lines: its outline near its block's outer ring, less near buildings
    outside plots, plus near corridors (GEOS overlays, the corridors and buildings joined plot by plot)."""
    import shapely

    tol, plots = inp["tol_m"], inp["plots"]
    ring_of_block = shapely.buffer(shapely.boundary(filled), 0.6 * tol, quad_segs=2)
    front = np.array([shapely.LineString()] * len(bnd), dtype=object)
    has = plot_block >= 0
    front[has] = shapely.intersection(bnd[has], ring_of_block[plot_block[has]])
    if len(inp["obstacles"]):
        grown_o = shapely.buffer(inp["obstacles"], tol, quad_segs=2)
        po, oi = shapely.STRtree(grown_o).query(plots, predicate="intersects")
        hit, near = _union_by(po, grown_o[oi])
        front[hit] = shapely.difference(front[hit], near)
    if len(corridors):
        grown_c = shapely.buffer(corridors, tol, quad_segs=2)
        pc, cc = shapely.STRtree(grown_c).query(plots, predicate="intersects")
        hit, near = _union_by(pc, grown_c[cc])
        front[hit] = shapely.union(front[hit], shapely.intersection(bnd[hit], near))
    return front


def _union_by(keys: np.ndarray, geoms: Any) -> tuple[np.ndarray, Any]:
    """Return (the distinct keys, the union of the geometries of each): one ``union_all`` along the
    rows of a (groups, size) array per group size (shapely's vectorised form of a dissolve)."""
    import shapely

    if not len(keys):
        return np.zeros(0, np.int64), np.empty(0, dtype=object)
    order = np.argsort(keys, kind="stable")
    keys, geoms = keys[order], geoms[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    counts = np.diff(np.r_[starts, len(keys)])
    out = geoms[starts].copy()
    for size in np.unique(counts[counts > 1]).tolist():
        groups = np.flatnonzero(counts == size)
        out[groups] = shapely.union_all(geoms[starts[groups][:, None] + np.arange(size)], axis=1)
    return keys[starts], out


def _passable(
    inp: dict[str, Any],
    lines: Any,
    blocks: Any,
    parts: Any,
    owner: np.ndarray,
    lengths: np.ndarray,
    direct: Any,
) -> dict[str, int]:
    """Return, per emergency width, how many plots with direct access reach an exit on paths that wide."""
    import shapely
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    names = sorted(inp["widths_needed_m"])
    if not len(lines) or not direct.any():
        return dict.fromkeys(names, 0)
    noded = shapely.get_parts(shapely.union_all(lines))
    xy, of = shapely.get_coordinates(noded, return_index=True)
    same = of[1:] == of[:-1]
    seg = np.stack([xy[:-1][same], xy[1:][same]], axis=1)
    src = shapely.STRtree(lines).query_nearest(shapely.points(seg.mean(axis=1)), all_matches=False)[1]
    width = inp["widths_m"][src]
    _, node = np.unique(np.round(seg.reshape(-1, 2) * 1000).astype(np.int64), axis=0, return_inverse=True)
    node = node.reshape(-1, 2)
    vertex_xy = np.zeros((int(node.max()) + 1, 2))
    vertex_xy[node.reshape(-1)] = seg.reshape(-1, 2)
    env = shapely.union_all(shapely.buffer(blocks, inp["margin_m"], quad_segs=4, join_style="mitre"))
    env = shapely.union_all(shapely.polygons(shapely.get_exterior_ring(shapely.get_parts(env))))
    env = shapely.union(
        env, shapely.union_all(shapely.buffer(lines, inp["widths_m"] / 2.0, cap_style="flat"))
    )
    edge = shapely.get_coordinates(shapely.segmentize(shapely.get_exterior_ring(shapely.get_parts(env)), 1.0))
    half = np.zeros(len(vertex_xy))
    np.maximum.at(half, node[:, 0], width / 2.0)
    np.maximum.at(half, node[:, 1], width / 2.0)
    exit_ = cKDTree(edge).query(vertex_xy)[0] <= half + 1.0
    exit_[node[inp["road"][src]].reshape(-1)] = True
    # Each plot's entrance: the middle of its longest frontage piece; it joins the nearest segment.
    best = np.lexsort((np.arange(len(parts)), -lengths, owner))
    best = best[np.r_[True, owner[best][1:] != owner[best][:-1]]]
    entrance = shapely.line_interpolate_point(parts[best], 0.5, normalized=True)
    plots_in = owner[best]
    keep = direct[plots_in]
    near = shapely.STRtree(shapely.linestrings(seg)).query_nearest(entrance[keep], all_matches=False)[1]
    out = {}
    nv = len(vertex_xy)
    for name in names:
        wide = width >= inp["widths_needed_m"][name]
        g = coo_matrix((np.ones(int(wide.sum())), (node[wide, 0], node[wide, 1])), shape=(nv, nv))
        _, label = connected_components(g, directed=False)
        reach = np.zeros(label.max() + 1, bool)
        reach[label[exit_]] = True
        out[name] = int((wide[near] & reach[label[node[near, 0]]]).sum())
    return out
