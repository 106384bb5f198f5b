"""Blocks and frontages from the plots' edges, measured segment by segment (no city-wide overlay).

The rules are those of ``designer.analysis.blocks`` (its module docstring); this module works them
out from plot edges in numpy, with GEOS only where a polygon must exist:

* **pieces**: a plot a drawn path's centreline crosses (or whose outline lies wholly in corridors) is
  cut by the corridors with GEOS, and each piece stands on its own; any other plot is one piece
  (a corridor along its edge does not split it);
* **touch**: two pieces touch when part of one's outline, outside every corridor, is within
  ``touch_tolerance_m`` of the other's (or their outlines cross); a **block** is a connected group
  (scipy's connected components). Each block's polygon is the union of its pieces grown by half the
  tolerance, less the corridors — one GEOS union per block, never a city-wide one;
* **frontage**: a point of a plot's outline faces public space when a probe of ``touch_tolerance_m``
  along its outward normal meets no other plot and it does not face a courtyard (a hole of a block's
  polygon), less what lies within the tolerance of a building outside the plots; plus, always, what
  lies within the tolerance of a drawn path's corridor. Courtyards are told by a point just outside
  the outline (three quarters of the tolerance out), tested against the blocks' holes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from designer.analysis import edge_intervals as ei

__all__ = [
    "EdgeBlocks",
    "absorb_courtyards",
    "edge_blocks",
    "fill_holes",
    "grouped_union",
    "route_lines",
    "shared_boundary_lengths",
]


@dataclass
class EdgeBlocks:
    """Blocks and frontages of a set of plots (see the module docstring)."""

    block_of_plot: np.ndarray  # (P,) index into ``blocks``, -1 for a plot wholly in corridors
    blocks: Any  # (B,) shapely polygons, holes filled, in reading order
    parts: Any  # (B,) the blocks' polygons with their holes (courtyards)
    frontage_m: np.ndarray  # (P,)
    entrance_xy: np.ndarray  # (P, 2), NaN without frontage
    envelope: Any  # the blocks grown by the outer margin, holes filled, plus the corridors beyond
    neighbours: tuple[np.ndarray, np.ndarray]  # plot pairs (i < j) sharing ``min_passage_m`` of boundary


def fill_holes(polys: Any) -> Any:
    """Return each polygon without its holes."""
    import shapely

    return shapely.polygons(shapely.get_exterior_ring(polys))


def absorb_courtyards(blocks: Any) -> tuple[Any, np.ndarray]:
    """Return (blocks, new index of each old block): a group of plots inside another block's courtyard
    is part of that block, since no street reaches it."""
    import shapely

    renum = np.arange(len(blocks))
    if len(blocks) < 2:
        return blocks, renum
    inner, outer = shapely.STRtree(blocks).query(blocks, predicate="within")
    inner_of = {int(i): int(o) for i, o in zip(inner.tolist(), outer.tolist(), strict=True) if i != o}
    if not inner_of:
        return blocks, renum
    keep_idx = np.array([k for k in range(len(blocks)) if k not in inner_of], dtype=np.int64)
    renum = np.full(len(blocks), -1, dtype=np.int64)
    renum[keep_idx] = np.arange(len(keep_idx))
    for i, first in inner_of.items():
        top = first
        while top in inner_of:
            top = inner_of[top]
        renum[i] = renum[top]
    return blocks[keep_idx], renum


def grouped_union(keys: np.ndarray, geoms: Any) -> tuple[np.ndarray, Any]:
    """Return (the distinct keys, the union of the geometries of each): none for the single ones, and
    one shapely call per group *size* for the others (``union_all`` along the rows of a (groups, size)
    array: the same GEOS union of each group as one call per group, without 10,000 Python calls)."""
    import shapely

    if not len(keys):
        return np.zeros(0, dtype=np.int64), np.empty(0, dtype=object)
    order = np.argsort(keys, kind="stable")
    keys, geoms = keys[order], geoms[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    counts = np.diff(np.r_[starts, len(keys)])
    out = geoms[starts].copy()
    for size in np.unique(counts[counts > 1]).tolist():
        groups = np.flatnonzero(counts == size)
        rows = geoms[starts[groups][:, None] + np.arange(size)]  # (groups, size), each row in key order
        out[groups] = shapely.union_all(rows, axis=1)
    return keys[starts], out


def _path_pieces(
    routes: list[tuple[tuple[float, float], ...]], widths_m: list[float]
) -> tuple[np.ndarray, ...]:
    """Return the corridors as (segment start, end, half-width) and (join centre, radius) arrays."""
    starts, ends, half, joins, join_r = [], [], [], [], []
    for route, width in zip(routes, widths_m, strict=True):
        xy = np.asarray(route, dtype=float)
        if len(xy) < 2:
            continue
        starts.append(xy[:-1])
        ends.append(xy[1:])
        half.append(np.full(len(xy) - 1, width / 2.0))
        joins.append(xy[1:-1])
        join_r.append(np.full(len(xy) - 2, width / 2.0))
    if not starts:
        z = np.zeros((0, 2))
        return z, z, np.zeros(0), z, np.zeros(0)
    return (
        np.concatenate(starts),
        np.concatenate(ends),
        np.concatenate(half),
        np.concatenate(joins),
        np.concatenate(join_r),
    )


def _near_corridors(
    segs: ei.Segments, paths: tuple[np.ndarray, ...], dists: tuple[float, ...]
) -> list[ei.Intervals]:
    """Return, for each distance, the parts of every segment within it of a corridor (0: inside)."""
    import shapely

    p, q, half, jc, jr = paths
    if not len(p) or not len(segs.a):
        return [ei.Intervals.empty() for _ in dists]
    reach = max(dists)
    b = segs.a + segs.d
    tree = shapely.STRtree(
        shapely.box(
            np.minimum(segs.a[:, 0], b[:, 0]),
            np.minimum(segs.a[:, 1], b[:, 1]),
            np.maximum(segs.a[:, 0], b[:, 0]),
            np.maximum(segs.a[:, 1], b[:, 1]),
        )
    )
    ci, si = tree.query(
        shapely.box(
            np.minimum(p[:, 0], q[:, 0]) - half - reach,
            np.minimum(p[:, 1], q[:, 1]) - half - reach,
            np.maximum(p[:, 0], q[:, 0]) + half + reach,
            np.maximum(p[:, 1], q[:, 1]) + half + reach,
        )
    )
    if len(jc):
        r = jr + reach
        ji, sj = tree.query(shapely.box(jc[:, 0] - r, jc[:, 1] - r, jc[:, 0] + r, jc[:, 1] + r))
    out = []
    for dist in dists:
        lo, hi = ei.corridor(segs.a[si], segs.d[si], p[ci], q[ci], half[ci], dist)
        keys, los, his = [si], [lo], [hi]
        if len(jc):
            jlo, jhi = ei.disc(segs.a[sj], segs.d[sj], jc[ji], jr[ji] + dist)
            keys.append(sj)
            los.append(jlo)
            his.append(jhi)
        out.append(ei.merge(np.concatenate(keys), np.concatenate(los), np.concatenate(his)))
    return out


def route_lines(routes: list[tuple[tuple[float, float], ...]]) -> Any:
    """Return the routes as shapely LineStrings (one vectorised call)."""
    import shapely

    if not routes:
        return np.empty(0, dtype=object)
    counts = np.array([len(r) for r in routes])
    xy = np.array([pt for r in routes for pt in r], dtype=float)
    return shapely.linestrings(xy, indices=np.repeat(np.arange(len(routes)), counts))


def _crossed(polys: Any, lines: Any) -> np.ndarray:
    """Return the plots a path's centreline enters (these are cut by the corridors)."""
    import shapely

    out = np.zeros(len(polys), bool)
    if not len(lines):
        return out
    tree = shapely.STRtree(polys)
    for pred in ("crosses", "within"):
        _, hit = tree.query(lines, predicate=pred)
        out[hit] = True
    return out


def _in_corridors(pieces: Any, segs: ei.Segments, in_corridor: ei.Intervals, corridors: Any) -> np.ndarray:
    """Return the pieces lying wholly in corridors (a ghost: frontage, but no block). Only a piece whose
    whole outline is in corridors can be; GEOS answers for those few (paths on every side of a plot
    cover its outline, not its middle)."""
    import shapely

    out = np.zeros(len(pieces), bool)
    if not len(in_corridor.key):
        return out
    metres = (in_corridor.hi - in_corridor.lo) * segs.length[in_corridor.key]
    inside_m = np.bincount(segs.owner[in_corridor.key], metres, len(pieces))
    perimeter = np.bincount(segs.owner, segs.length, len(pieces))
    cand = np.flatnonzero(inside_m >= perimeter - 1e-9)
    if len(cand):
        pi, ci = shapely.STRtree(corridors).query(pieces[cand], predicate="intersects")
        rows, near = grouped_union(pi, corridors[ci])
        out[cand[rows[shapely.covers(near, pieces[cand[rows]])]]] = True
    return out


def _pieces(polys: Any, crossed: np.ndarray, corridors: Any) -> tuple[Any, np.ndarray, np.ndarray]:
    """Return (pieces, plot of each piece, is the piece a ghost): crossed plots cut by the corridors
    (a plot wholly in corridors keeps its outline as a ghost: it has frontage, but no block)."""
    import shapely

    crossed = crossed | (shapely.get_type_id(polys) != 3)  # a plot of several parts: each part on its own
    idx = np.flatnonzero(crossed)
    if not len(idx):
        return polys, np.arange(len(polys)), np.zeros(len(polys), bool)
    cut = polys[idx].copy()
    if len(corridors):
        pi, ci = shapely.STRtree(corridors).query(polys[idx], predicate="intersects")
        rows, near = grouped_union(pi, corridors[ci])
        cut[rows] = shapely.difference(cut[rows], near)
    parts, owner = shapely.get_parts(cut, return_index=True)
    poly_parts = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    parts, owner = parts[poly_parts], idx[owner[poly_parts]]
    plots = idx
    ghosts = np.setdiff1d(plots, owner)
    keep = np.flatnonzero(~crossed)
    ghost_parts, ghost_of = shapely.get_parts(polys[ghosts], return_index=True)
    pieces = np.concatenate([polys[keep], parts, ghost_parts])
    piece_plot = np.concatenate([keep, owner, ghosts[ghost_of]])
    ghost = np.r_[np.zeros(len(keep) + len(parts), bool), np.ones(len(ghost_parts), bool)]
    order = np.argsort(piece_plot, kind="stable")
    return pieces[order], piece_plot[order], ghost[order]


def _segment_pairs(
    segs: ei.Segments, dist: float, live: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Return (segment i, segment j) of different polygons whose boxes are within ``dist`` (both
    orders), leaving out the polygons not ``live``."""
    import shapely

    b = segs.a + segs.d
    lo, hi = np.minimum(segs.a, b), np.maximum(segs.a, b)
    tree = shapely.STRtree(shapely.box(lo[:, 0], lo[:, 1], hi[:, 0], hi[:, 1]))
    si, sj = tree.query(shapely.box(lo[:, 0] - dist, lo[:, 1] - dist, hi[:, 0] + dist, hi[:, 1] + dist))
    keep = segs.owner[si] != segs.owner[sj]
    if live is not None:
        keep &= live[segs.owner[si]] & live[segs.owner[sj]]
    return si[keep], sj[keep]


def _proper_crossings(segs: ei.Segments, si: np.ndarray, sj: np.ndarray) -> np.ndarray:
    """Return, per segment pair, whether the two segments cross at a point inside both."""
    d, e = segs.d[si], segs.d[sj]
    r = segs.a[sj] - segs.a[si]
    den = d[:, 0] * e[:, 1] - d[:, 1] * e[:, 0]
    ok = np.abs(den) > 1e-12
    den = np.where(ok, den, 1.0)
    u = (r[:, 0] * e[:, 1] - r[:, 1] * e[:, 0]) / den
    v = (r[:, 0] * d[:, 1] - r[:, 1] * d[:, 0]) / den
    eps = 1e-9
    return np.asarray(ok & (u > eps) & (u < 1 - eps) & (v > eps) & (v < 1 - eps))


def _inside_parts(segs: ei.Segments, polys: Any, pi: np.ndarray, pj: np.ndarray) -> ei.Intervals:
    """Return the parts of polygon pi's segments inside polygon pj, for pairs whose outlines cross."""
    if not len(pi):
        return ei.Intervals.empty()
    both = np.unique(np.concatenate([np.stack([pi, pj], 1), np.stack([pj, pi], 1)]), axis=0)
    pi, pj = both[:, 0], both[:, 1]
    n = segs.first[pi + 1] - segs.first[pi]
    seg = np.repeat(segs.first[pi], n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    row, lo, hi = ei.inside(segs, seg, polys, np.repeat(pj, n), segs)
    return ei.merge(seg[row], lo, hi)


def _touching(
    segs: ei.Segments, si: np.ndarray, sj: np.ndarray, in_corridor: ei.Intervals, tol: float
) -> np.ndarray:
    """Return which segment pairs touch: part of si outside the corridors lies within ``tol`` of part
    of sj outside the corridors (the corridor's cut keeps the two plots apart elsewhere)."""
    touch = np.zeros(len(si), bool)
    in_c = np.zeros(len(segs.a), bool)
    in_c[in_corridor.key] = True
    # Pairs clear of every corridor: within the tolerance is all it takes.
    clear = np.flatnonzero(~in_c[si] & ~in_c[sj])
    a, b = si[clear], sj[clear]
    lo, hi = ei.capsule(segs.a[a], segs.d[a], segs.a[b], segs.a[b] + segs.d[b], tol)
    touch[clear[(hi - lo) * segs.length[a] > 1e-6]] = True
    near = np.flatnonzero(in_c[si] | in_c[sj])
    if not len(near):
        return touch
    si, sj = si[near], sj[near]
    every = np.arange(len(segs.a))
    outside = ei.minus(ei.Intervals(every, np.zeros(len(every)), np.ones(len(every))), in_corridor)
    # Stretches shorter than a micrometre are float noise where a corridor's end passes a vertex.
    real = (outside.hi - outside.lo) * segs.length[outside.key] > 1e-6
    outside = ei.Intervals(outside.key[real], outside.lo[real], outside.hi[real])
    # Each segment j by its stretches outside the corridors.
    part = _rekey(outside, sj)
    row = part.key
    p = segs.at(sj[row], part.lo)
    q = segs.at(sj[row], part.hi)
    s_i = si[row]
    lo, hi = ei.capsule(segs.a[s_i], segs.d[s_i], p, q, tol)
    ok = hi > lo
    row, s_i, lo, hi = row[ok], s_i[ok], lo[ok], hi[ok]
    key = np.arange(len(row))
    left = ei.minus(ei.Intervals(key, lo, hi), _rekey(in_corridor, s_i))
    residual = ei.total(left, len(row)) * segs.length[s_i]
    touch[near[row[residual > 1e-6]]] = True
    return touch


def _rekey(iv: ei.Intervals, seg_of_key: np.ndarray) -> ei.Intervals:
    """Return ``iv`` (keyed by segment) re-keyed onto rows whose segments are ``seg_of_key``."""
    if not len(iv.key) or not len(seg_of_key):
        return ei.Intervals.empty()
    start = np.searchsorted(iv.key, seg_of_key, side="left")
    stop = np.searchsorted(iv.key, seg_of_key, side="right")
    n = stop - start
    row = np.repeat(np.arange(len(seg_of_key)), n)
    at = np.repeat(start, n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    return ei.Intervals(row, iv.lo[at], iv.hi[at])


def edge_blocks(
    plot_polygons: Any,
    corridors: Any,
    path_routes: list[tuple[tuple[float, float], ...]],
    path_widths_m: list[float],
    obstacles: Any,
    tol: float,
    margin_m: float,
    min_passage_m: float,
    *,
    cut_all: bool = False,
) -> EdgeBlocks:
    """Return the blocks (grouped, ordered, courtyards absorbed), frontages and envelope of valid plot
    polygons. ``cut_all``: every block less the corridors (the public space needs them all so); by
    default only those where it changes a result."""
    import shapely

    polys = plot_polygons
    n = len(polys)
    if not n:
        env = shapely.union_all(corridors) if len(corridors) else shapely.Polygon()
        none = np.empty(0, dtype=object)
        z = np.zeros(0, np.int64)
        return EdgeBlocks(z, none, none, np.zeros(0), np.zeros((0, 2)), env, (z, z))
    paths = _path_pieces(path_routes, path_widths_m)
    pieces, piece_plot, ghost = _pieces(polys, _crossed(polys, route_lines(path_routes)), corridors)
    segs = ei.ring_segments(pieces)
    in_corridor, near_corridor = _near_corridors(segs, paths, (0.0, tol))
    ghost = ghost | _in_corridors(pieces, segs, in_corridor, corridors)
    si, sj = _segment_pairs(segs, tol, ~ghost)
    # Outlines that cross overlap: each one's part inside the other is covered (and they touch).
    crosses = _proper_crossings(segs, si, sj)
    touch = crosses | _touching(segs, si, sj, in_corridor, tol)
    comp = _components(segs.owner[si[touch]], segs.owner[sj[touch]], ghost)
    reach_m = margin_m + float(np.max(path_widths_m, initial=0.0)) / 2.0 + tol
    keys, merged, env = _block_outlines(pieces, comp, corridors, tol, margin_m, reach_m, cut_all=cut_all)
    parts, blocks, block_of_piece = _number_blocks(merged, keys, comp)
    block_of_plot = _plot_blocks(pieces, piece_plot, block_of_piece, n)
    obstacle_near = _near_polygons(segs, obstacles, tol)
    inside_other = _inside_parts(segs, pieces, segs.owner[si[crosses]], segs.owner[sj[crosses]])
    frontage, entrance = _frontages(
        segs, si, sj, tol, near_corridor, obstacle_near, inside_other, _all_holes(parts), ghost
    )
    per_plot = np.zeros(n)
    np.add.at(per_plot, piece_plot, frontage[0])
    # A plot of several pieces takes the entrance of its piece with the longest frontage piece.
    ent = np.full((n, 2), np.nan)
    pick = np.lexsort((np.arange(len(piece_plot)), -frontage[1], piece_plot))
    first = pick[np.r_[True, piece_plot[pick][1:] != piece_plot[pick][:-1]]]
    ent[piece_plot[first]] = entrance[first]
    neighbours = _plot_neighbours(segs, pieces, piece_plot, si, sj, tol, min_passage_m)
    return EdgeBlocks(block_of_plot, blocks, parts, per_plot, ent, env, neighbours)


def _components(pi: np.ndarray, pj: np.ndarray, ghost: np.ndarray) -> np.ndarray:
    """Return the connected group of each piece (scipy), -1 for a ghost."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    m = len(ghost)
    _, comp = connected_components(coo_matrix((np.ones(len(pi)), (pi, pj)), shape=(m, m)), directed=False)
    return np.where(ghost, -1, comp)


def _block_outlines(
    pieces: Any,
    comp: np.ndarray,
    corridors: Any,
    tol: float,
    margin_m: float,
    reach_m: float,
    *,
    cut_all: bool,
) -> tuple[np.ndarray, Any, Any]:
    """Return (group keys, each group's outline, the envelope): one GEOS union per block of its pieces
    grown by half the tolerance, less the corridors (shrunk by as much).

    The corridors are taken from the blocks that need it only (a difference per block and corridor is
    the costly part): those with courtyards (a path may open one), those within ``reach_m`` of the
    settlement's edge (the envelope), and all of them when ``cut_all`` (the public space is wanted).
    """
    import shapely

    live = np.flatnonzero(comp >= 0)
    grown = shapely.buffer(pieces[live], tol / 2.0, quad_segs=2, join_style="mitre")
    keys, merged = grouped_union(comp[live], grown)
    env = _envelope(_filled(merged), margin_m)
    if not len(corridors) or not len(merged):
        return keys, merged, env
    cut = shapely.get_num_interior_rings(merged) > 0
    edge = shapely.get_exterior_ring(shapely.get_parts(env))
    _, outer = shapely.STRtree(merged).query(edge, predicate="dwithin", distance=reach_m)
    cut[outer] = True
    cut |= cut_all
    which = np.flatnonzero(cut)
    bi, ci = shapely.STRtree(corridors).query(merged[which], predicate="intersects")
    # Less the corridors shrunk by half the tolerance: the pieces a corridor cuts are grown by half the
    # tolerance into it, as every block's pieces are grown.
    hit, at = np.unique(ci, return_inverse=True)
    inner = shapely.buffer(corridors[hit], -tol / 2.0, quad_segs=2)
    merged = _subtract_each(merged, which[bi], inner[at.reshape(-1)])
    merged[which] = _without_crumbs(merged[which], tol)
    if len(outer):
        env = _envelope(_filled(merged), margin_m)
    # Only the corridors reaching beyond the blocks' margin change the envelope.
    shapely.prepare(env)
    beyond = corridors[~shapely.contains(env, corridors)]
    return keys, merged, shapely.union_all([env, *beyond]) if len(beyond) else env


def _number_blocks(merged: Any, keys: np.ndarray, comp: np.ndarray) -> tuple[Any, Any, np.ndarray]:
    """Return (the blocks' polygons with their courtyards, the blocks with holes filled in reading
    order, each piece's block): a group inside another's courtyard joins it; -1 for ghosts."""
    import shapely

    # A block the corridors split stays one block (its plots touch beyond the corridor's end).
    parts, part_block = shapely.get_parts(merged, return_index=True)
    polygonal = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    parts, part_block = parts[polygonal], part_block[polygonal]
    if not len(parts):  # every plot lies wholly in corridors
        none = np.empty(0, dtype=object)
        return none, none, np.full(len(comp), -1, np.int64)
    _, filled = grouped_union(part_block, fill_holes(parts))
    has_part = np.zeros(len(merged), bool)
    has_part[part_block] = True
    dense = np.full(int(comp.max()) + 1 if len(comp) and comp.max() >= 0 else 0, -1, np.int64)
    dense[keys[has_part]] = np.arange(int(has_part.sum()))
    block_of_piece = np.where(comp >= 0, dense[np.maximum(comp, 0)], -1)
    blocks, renum = absorb_courtyards(filled)
    block_of_piece = np.where(block_of_piece >= 0, renum[np.maximum(block_of_piece, 0)], -1)
    # Reading order: north to south, then west to east (metres rounded so ties are stable).
    if len(blocks):
        c = shapely.get_coordinates(shapely.centroid(blocks))
        order = np.lexsort((np.round(c[:, 0]), -np.round(c[:, 1])))
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        blocks = blocks[order]
        block_of_piece = np.where(block_of_piece >= 0, rank[np.maximum(block_of_piece, 0)], -1)
    return parts, blocks, block_of_piece


def _filled(merged: Any) -> Any:
    """Return each (Multi)Polygon with its holes filled."""
    import shapely

    parts, owner = shapely.get_parts(merged, return_index=True)
    ok = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    return grouped_union(owner[ok], fill_holes(parts[ok]))[1]


def _envelope(blocks: Any, margin_m: float) -> Any:
    """Return the blocks grown by the margin, united, holes filled (a buffer of a union is the union of
    the buffers, and block by block is far cheaper)."""
    import shapely

    if not len(blocks):
        return shapely.Polygon()
    env = shapely.union_all(shapely.buffer(blocks, margin_m, quad_segs=4, join_style="mitre"))
    return shapely.union_all(fill_holes(shapely.get_parts(env)))


def _without_crumbs(geoms: Any, tol: float) -> Any:
    """Return each (Multi)Polygon without its crumbs: parts no thicker than the tolerance.

    Growing the plots before taking the corridors out leaves, where a plot's corner or edge lies
    under a corridor, its grown rim (half the tolerance beyond the plot, half inside the shrunk
    corridor) as a part of its own: a crumb that cutting before growing never made. Left in, each
    would be grown by the outer margin into a square of open ground (and twigs of centreline in it).
    A real piece is its cut plot grown by half the tolerance all round: always thicker than that.
    """
    import shapely

    parts, owner = shapely.get_parts(geoms, return_index=True)
    keep = np.ones(len(parts), bool)
    # Only small parts can be crumbs (a rim along a 50 m edge is 5 m²): shrinking a whole block is dear.
    small = np.flatnonzero(shapely.area(parts) < 50.0 * tol)
    keep[small] = ~shapely.is_empty(shapely.buffer(parts[small], -0.55 * tol, quad_segs=1))
    out = geoms.copy()
    dropped = np.unique(owner[~keep])
    if len(dropped):
        # A group of crumbs only is no block, as its plots, cut first, would have left nothing.
        out[dropped] = shapely.Polygon()
        sel = np.isin(owner, dropped) & keep
        rows, rebuilt = grouped_union(owner[sel], parts[sel])
        out[rows] = rebuilt
    return out


def _subtract_each(geoms: Any, which: np.ndarray, cutters: Any) -> Any:
    """Return ``geoms`` with each ``cutters[k]`` taken from ``geoms[which[k]]``: one vectorised
    difference per round, each round taking every geometry's next cutter (cheaper than uniting the
    cutters of each geometry first)."""
    import shapely

    out = geoms.copy()
    if not len(which):
        return out
    order = np.argsort(which, kind="stable")
    which, cutters = which[order], cutters[order]
    starts = np.flatnonzero(np.r_[True, which[1:] != which[:-1]])
    rank = np.arange(len(which)) - np.repeat(starts, np.diff(np.r_[starts, len(which)]))
    for k in range(int(rank.max()) + 1):
        sel = rank == k
        out[which[sel]] = shapely.difference(out[which[sel]], cutters[sel])
    return out


def _plot_blocks(pieces: Any, piece_plot: np.ndarray, block_of_piece: np.ndarray, n: int) -> np.ndarray:
    """Return each plot's block: that of its largest piece (-1 when it has none)."""
    import shapely

    out = np.full(n, -1, np.int64)
    area = np.where(block_of_piece >= 0, shapely.area(pieces), -1.0)
    order = np.lexsort((-area, piece_plot))
    first = order[np.r_[True, piece_plot[order][1:] != piece_plot[order][:-1]]]
    out[piece_plot[first]] = block_of_piece[first]
    return out


def _all_holes(parts: Any) -> Any:
    """Return every interior ring of ``parts`` as a polygon (the courtyards)."""
    import shapely

    counts = shapely.get_num_interior_rings(parts)
    if not len(parts) or not counts.max(initial=0):
        return np.empty(0, dtype=object)
    which = np.repeat(np.arange(len(parts)), counts)
    k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return shapely.polygons(shapely.get_interior_ring(parts[which], k))


def _near_polygons(segs: ei.Segments, polys: Any, tol: float) -> ei.Intervals:
    """Return the parts of every segment within ``tol`` of one of ``polys`` (or inside it)."""
    import shapely

    polys = np.asarray(polys if polys is not None else [], dtype=object)
    if not len(polys) or not len(segs.a):
        return ei.Intervals.empty()
    edges = ei.ring_segments(polys)
    seg_lines = shapely.linestrings(np.stack([segs.a, segs.a + segs.d], axis=1))
    si, oi = shapely.STRtree(polys).query(seg_lines, predicate="dwithin", distance=tol)
    if not len(si):
        return ei.Intervals.empty()
    n = edges.first[oi + 1] - edges.first[oi]
    row = np.repeat(np.arange(len(si)), n)
    edge = np.repeat(edges.first[oi], n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    s = si[row]
    lo, hi = ei.capsule(segs.a[s], segs.d[s], edges.a[edge], edges.a[edge] + edges.d[edge], tol)
    row, ilo, ihi = ei.inside(segs, si, polys, oi, edges)
    return ei.merge(np.concatenate([s, si[row]]), np.concatenate([lo, ilo]), np.concatenate([hi, ihi]))


def _frontages(
    segs: ei.Segments,
    si: np.ndarray,
    sj: np.ndarray,
    tol: float,
    near_corridor: ei.Intervals,
    obstacle_near: ei.Intervals,
    inside_other: ei.Intervals,
    holes: Any,
    ghost: np.ndarray,
) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """Return ((frontage metres, longest piece metres) per piece, entrance per piece)."""
    import shapely

    m = len(segs.first) - 1
    lo, hi = ei.probe(segs.a[si], segs.d[si], segs.normal[si], segs.a[sj], segs.a[sj] + segs.d[sj], tol)
    covered = ei.merge(
        np.concatenate([si, inside_other.key]),
        np.concatenate([lo, inside_other.lo]),
        np.concatenate([hi, inside_other.hi]),
    )
    every = np.arange(len(segs.a))
    whole = ei.Intervals(every, np.zeros(len(every)), np.ones(len(every)))
    open_ = ei.minus(whole, covered)
    # A ghost (a plot wholly in corridors) faces only its corridors.
    open_ = _drop(open_, ghost[segs.owner[open_.key]])
    if len(holes) and len(open_.key):
        mid = segs.at(open_.key, (open_.lo + open_.hi) / 2.0)
        out = mid + 0.75 * tol * segs.normal[open_.key]
        hit, _ = shapely.STRtree(holes).query(shapely.points(out), predicate="within")
        courtyard = np.zeros(len(open_.key), bool)
        courtyard[hit] = True
        open_ = _drop(open_, courtyard)
    front = ei.minus(open_, obstacle_near)
    front = ei.merge(
        np.concatenate([front.key, near_corridor.key]),
        np.concatenate([front.lo, near_corridor.lo]),
        np.concatenate([front.hi, near_corridor.hi]),
    )
    length = segs.length
    metres = (front.hi - front.lo) * length[front.key]
    frontage = np.zeros(m)
    np.add.at(frontage, segs.owner[front.key], metres)
    longest, entrance = _longest_runs(segs, front, metres, m)
    return (frontage, longest), entrance


def _drop(iv: ei.Intervals, mask: np.ndarray) -> ei.Intervals:
    return ei.Intervals(iv.key[~mask], iv.lo[~mask], iv.hi[~mask])


def _longest_runs(
    segs: ei.Segments, front: ei.Intervals, metres: np.ndarray, m: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return per piece the length of its longest run of frontage along its rings, and its middle.

    A run continues across a vertex (an interval ending at its segment's end, the next starting at
    the next segment's start, on one ring), and round the ring's closing vertex.
    """
    longest = np.zeros(m)
    entrance = np.full((m, 2), np.nan)
    if not len(front.key):
        return longest, entrance
    eps = 1e-9
    seg = front.key
    ring = segs.ring[seg]
    ring_first = np.searchsorted(segs.ring, ring, side="left")
    ring_last = np.searchsorted(segs.ring, ring, side="right") - 1
    joins = np.r_[
        False,
        (ring[1:] == ring[:-1])
        & (seg[1:] == seg[:-1] + 1)
        & (front.lo[1:] <= eps)
        & (front.hi[:-1] >= 1 - eps),
    ]
    run = np.cumsum(~joins) - 1
    # Round the closing vertex: the ring's last run joins its first when they meet there.
    first_of_ring = np.r_[True, ring[1:] != ring[:-1]]
    last_of_ring = np.r_[ring[1:] != ring[:-1], True]
    f_idx = np.flatnonzero(first_of_ring)
    l_idx = np.flatnonzero(last_of_ring)
    wrap = (
        (seg[f_idx] == ring_first[f_idx])
        & (front.lo[f_idx] <= eps)
        & (seg[l_idx] == ring_last[l_idx])
        & (front.hi[l_idx] >= 1 - eps)
        & (run[f_idx] != run[l_idx])
    )
    # Walk order: the wrapped tail first, so the run reads in ring order from its start.
    walk = np.arange(len(seg), dtype=float)
    tails = run[l_idx[wrap]]
    remap = np.arange(int(run.max()) + 1)
    remap[tails] = run[f_idx[wrap]]
    walk[np.isin(run, tails)] -= len(seg) + 1
    run = remap[run]
    order = np.lexsort((walk, run))
    run_o, met_o = run[order], metres[order]
    run_len = np.zeros(int(run.max()) + 1)
    np.add.at(run_len, run_o, met_o)
    owner = segs.owner[seg]
    run_owner = np.zeros(len(run_len), np.int64)
    run_owner[run] = owner
    # The longest run of each piece (the first of equals, in ring order).
    run_start = np.full(len(run_len), len(seg))
    np.minimum.at(run_start, run, np.arange(len(seg)))
    pick = np.lexsort((run_start, -run_len, run_owner))
    best = pick[np.r_[True, run_owner[pick][1:] != run_owner[pick][:-1]]]
    longest[run_owner[best]] = run_len[best]
    # Its middle: the interval where the running length passes half the run.
    cum = np.cumsum(met_o)
    start_of = np.r_[True, run_o[1:] != run_o[:-1]]
    base = np.maximum.accumulate(np.where(start_of, cum - met_o, 0.0))
    within = cum - base
    half = run_len[run_o] / 2.0
    is_best = np.zeros(len(run_len), bool)
    is_best[best] = True
    cand = np.flatnonzero(is_best[run_o] & (within >= half - 1e-12))
    firsts = cand[np.r_[True, run_o[cand][1:] != run_o[cand][:-1]]]
    k = order[firsts]
    before = within[firsts] - met_o[firsts]
    length = segs.length[seg[k]]
    u = front.lo[k] + (half[firsts] - before) / np.maximum(length, 1e-300)
    entrance[owner[k]] = segs.at(seg[k], np.minimum(u, front.hi[k]))
    return longest, entrance


def shared_boundary_lengths(
    polys: Any, tol: float, *, both_ways: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (i, j, metres) for pairs of polygons, i < j (or every ordered pair, ``both_ways``): the
    length of i's outline within ``tol`` of j (near j's outline, or inside j where outlines cross)."""
    z = np.zeros(0, np.int64)
    if len(polys) < 2:
        return z, z, np.zeros(0)
    segs = ei.ring_segments(polys)
    si, sj = _segment_pairs(segs, tol)
    if not both_ways:
        keep = segs.owner[si] < segs.owner[sj]
        si, sj = si[keep], sj[keep]
    return _shared(segs, polys, si, sj, tol)


def _shared(
    segs: ei.Segments, polys: Any, si: np.ndarray, sj: np.ndarray, tol: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (i, j, metres) for the polygon pairs of the segment pairs (si, sj): the length of i's
    outline within ``tol`` of j's, or inside j where the outlines cross."""
    n = len(polys)
    lo, hi = ei.capsule(segs.a[si], segs.d[si], segs.a[sj], segs.a[sj] + segs.d[sj], tol)
    # Key: (segment of i, polygon j) → one merged set of intervals per segment and neighbour.
    keys, los, his = [si * n + segs.owner[sj]], [lo], [hi]
    crosses = _proper_crossings(segs, si, sj)
    if crosses.any():
        pairs = np.unique(np.stack([segs.owner[si[crosses]], segs.owner[sj[crosses]]], 1), axis=0)
        cnt = segs.first[pairs[:, 0] + 1] - segs.first[pairs[:, 0]]
        rows = np.repeat(np.arange(len(pairs)), cnt)
        seg = (
            np.repeat(segs.first[pairs[:, 0]], cnt)
            + np.arange(cnt.sum())
            - np.repeat(np.cumsum(cnt) - cnt, cnt)
        )
        r, ilo, ihi = ei.inside(segs, seg, polys, pairs[rows, 1], segs)
        keys.append(seg[r] * n + pairs[rows[r], 1])
        los.append(ilo)
        his.append(ihi)
    iv = ei.merge(np.concatenate(keys), np.concatenate(los), np.concatenate(his))
    seg_of = iv.key // n
    pair_key = segs.owner[seg_of] * n + iv.key % n
    uniq, dense = np.unique(pair_key, return_inverse=True)
    shared = np.bincount(dense, weights=(iv.hi - iv.lo) * segs.length[seg_of], minlength=len(uniq))
    return uniq // n, uniq % n, shared


def _plot_neighbours(
    segs: ei.Segments,
    pieces: Any,
    piece_plot: np.ndarray,
    si: np.ndarray,
    sj: np.ndarray,
    tol: float,
    min_m: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Return plot pairs (i, j), i < j, where at least ``min_m`` of i's pieces' outline lies within
    ``tol`` of j's pieces (the rule of ``access_diagnosis.plot_neighbours``, from the same segment pairs)."""
    keep = piece_plot[segs.owner[si]] < piece_plot[segs.owner[sj]]
    a, b, metres = _shared(segs, pieces, si[keep], sj[keep], tol)
    n = int(piece_plot.max()) + 1 if len(piece_plot) else 0
    key, dense = np.unique(piece_plot[a] * n + piece_plot[b], return_inverse=True)
    total_m = np.bincount(dense, weights=metres, minlength=len(key))
    ok = total_m >= min_m
    return key[ok] // n, key[ok] % n
