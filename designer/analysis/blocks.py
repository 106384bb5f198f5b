"""Blocks, public space and its centreline network, derived from the plots of a settlement.

How they are made (metres, the rules are ``[derive]`` of resources/access/access.toml):

* a **block** is a connected group of plots: plots closer than ``touch_tolerance_m`` touch (a drawn
  path's corridor separates them: only outline outside the corridors counts; a plot a path's centreline
  crosses is cut by the corridors and each piece stands on its own, the plot going with its largest).
  A block's outline is the union of its plots grown by half the tolerance, less the corridors, with
  its holes filled: an enclosed courtyard belongs to the block, not to the street, and so does a group
  of plots standing in it;
* the **public space** is the open ground between blocks: the blocks' union grown by
  ``outer_margin_m`` (the open ground assumed around the settlement, holes filled), plus the
  corridors of the drawn paths, minus the blocks and the buildings standing outside every plot;
* its **centreline network** is the medial axis of the public space, from the Voronoi edges of
  points sampled every ``sample_spacing_m`` along its boundary (the edges that lie inside the space);
  twigs running into corners are dropped. Each centreline piece carries its width: twice the
  clearance to the nearest block or building, the *least* along the piece (a piece is cut where the
  width changes by more than ``width_step``). Pieces on the outer margin are marked ``outer``: their
  width is the assumed margin, not a survey. Pieces lying on a drawn path are left out (the path is
  already there); ends cut by one are joined to its centreline;
* a plot's **frontage** is the length of its boundary facing public space: a point of it faces public
  space when a probe of ``touch_tolerance_m`` along its outward normal meets no other plot and it does
  not face a courtyard, unless it lies within the tolerance of a building outside the plots; and a
  point within the tolerance of a drawn path's corridor always does (a plot a path crosses: its cut
  edges along the corridor). Its **entrance** is the middle of its longest run of frontage along its
  outline (NaN where it has none). These are measured segment by segment in numpy
  (``designer.analysis.block_edges``), so no overlay is ever city-sized or made plot by plot.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.model.geometry import line_length_m

if TYPE_CHECKING:
    from designer.analysis.access_rules import DeriveRules

__all__ = ["Centreline", "PublicSpace", "clean_route", "derive_public_space"]

_GRID = 1000.0  # skeleton vertices closer than a millimetre are one vertex
Progress = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class Centreline:
    """One derived centreline piece: its route (local metres), least width and whether it is on the margin."""

    route: tuple[tuple[float, float], ...]
    width_m: float
    outer: bool

    @property
    def length_m(self) -> float:
        return line_length_m(self.route)


@dataclass
class PublicSpace:
    """Blocks, public space, centrelines and plot frontages of one settlement."""

    block_of_plot: np.ndarray  # (P,) index into ``blocks``, -1 for a plot wholly in drawn corridors
    blocks: Any  # (B,) shapely polygons, holes filled
    block_ids: list[str]  # "B1", "B2", … in reading order (north to south, west to east)
    envelope: Any  # the settlement's edge: blocks grown by the outer margin, plus drawn corridors
    frontage_m: np.ndarray  # (P,) metres of boundary facing public space
    entrance_xy: np.ndarray  # (P, 2), NaN where the plot has no frontage
    obstacles: Any = None  # (O,) buildings standing outside every plot
    # (min_passage_m, (i, j)): plot pairs sharing that much boundary, measured with the blocks
    neighbours: tuple[float, tuple[np.ndarray, np.ndarray]] | None = None
    centrelines: list[Centreline] = field(default_factory=list)
    sample_spacing_m: float = 0.0  # the boundary sampling the skeleton used
    warnings: list[str] = field(default_factory=list)
    timings_s: dict[str, float] = field(default_factory=dict)
    _space: Any = None

    @property
    def block_count(self) -> int:
        return len(self.block_ids)

    @property
    def space(self) -> Any:
        """The public space (shapely (Multi)Polygon): the envelope less the blocks and the buildings
        outside plots. Worked out on first use (the access summary never needs it)."""
        if self._space is None:
            import shapely

            all_blocks = shapely.union_all(self.blocks) if len(self.blocks) else shapely.Polygon()
            obstacles = self.obstacles if self.obstacles is not None else []
            solid = shapely.union_all([all_blocks, *obstacles]) if len(obstacles) else all_blocks
            self._space = shapely.difference(self.envelope, solid)
        return self._space


def _corridors(lines: list[tuple[tuple[float, float], ...]], widths_m: list[float]) -> Any:
    """Return the drawn paths' corridors: each centreline buffered by half its width, flat-ended."""
    import shapely

    from designer.analysis.block_edges import route_lines

    if not lines:
        return np.empty(0, dtype=object)
    return shapely.buffer(route_lines(lines), np.asarray(widths_m, dtype=float) / 2.0, cap_style="flat")


def derive_public_space(
    plot_polygons: Any,
    rules: DeriveRules,
    *,
    obstacles: Any = None,
    path_routes: list[tuple[tuple[float, float], ...]] | None = None,
    path_widths_m: list[float] | None = None,
    centrelines: bool = True,
    progress: Progress | None = None,
) -> PublicSpace:
    """Return the blocks, public space, centreline network and plot frontages.

    Args:
        plot_polygons: (P,) shapely polygons of the plots (metres).
        rules: the derivation rules.
        obstacles: shapely polygons standing in public space (buildings outside every plot).
        path_routes, path_widths_m: the drawn paths (centrelines and widths), public space already.
        centrelines: False skips the skeleton (diagnosis needs only blocks and frontages).
        progress: called with the fraction of the skeleton done (0–1), once per tile; it may raise
            to cancel.
    """
    import time

    import shapely

    from designer.analysis.block_edges import edge_blocks

    progress = progress or (lambda _f: None)
    clock = time.perf_counter
    t0 = clock()
    timings: dict[str, float] = {}
    polys = shapely.make_valid(np.asarray(plot_polygons, dtype=object))
    polys = _polygonal(polys)
    obstacles = np.asarray(obstacles if obstacles is not None else [], dtype=object)
    routes, widths = path_routes or [], path_widths_m or []
    corridors = _corridors(routes, widths)
    tol = rules.touch_tolerance_m
    found = edge_blocks(
        polys,
        corridors,
        routes,
        widths,
        obstacles,
        tol,
        rules.outer_margin_m,
        rules.min_passage_m,
        cut_all=centrelines,
    )
    blocks, env = found.blocks, found.envelope
    block_ids = [f"B{k + 1}" for k in range(len(blocks))]
    timings["blocks, frontages and envelope"] = clock() - t0
    out = PublicSpace(
        found.block_of_plot,
        blocks,
        block_ids,
        env,
        found.frontage_m,
        found.entrance_xy,
        obstacles=obstacles,
        neighbours=(rules.min_passage_m, found.neighbours),
        timings_s=timings,
    )
    if centrelines and not out.space.is_empty:
        t3 = clock()
        space = out.space
        samples, step, densest_m = _boundary_samples(space, rules)
        out.sample_spacing_m = step
        if step > rules.sample_spacing_m:
            out.warnings.append(
                f"public space too dense to sample every {rules.sample_spacing_m:g} m "
                f"({densest_m / 1000:,.0f} km of edge in one {rules.tile_m:g} m square): sampled every "
                f"{step:.1f} m, lanes narrower than about {2 * step:.0f} m may be missed"
            )
        drawn = (routes, widths)
        edges = _medial_edges(space, corridors, samples, rules.tile_m, rules.tile_halo_m, progress)
        out.centrelines = _skeleton(edges, env, np.concatenate([blocks, obstacles]), drawn, rules, step)
        timings["skeleton"] = clock() - t3
    return out


def _polygonal(geoms: Any) -> Any:
    """Return each geometry's polygonal part (``make_valid`` can add lines or points to a polygon)."""
    import shapely

    kinds = shapely.get_type_id(geoms)
    odd = np.flatnonzero(~np.isin(kinds, (3, 6)))
    if not len(odd):
        return geoms
    out = geoms.copy()
    for k in odd.tolist():
        parts = [g for g in shapely.get_parts(geoms[k]) if shapely.get_type_id(g) in (3, 6)]
        out[k] = shapely.union_all(parts) if parts else shapely.Polygon()
    return out


def _skeleton(
    coords: np.ndarray,
    env: Any,
    solids: Any,
    drawn: tuple[list[tuple[tuple[float, float], ...]], list[float]],
    rules: DeriveRules,
    step: float,
) -> list[Centreline]:
    """Return the centreline pieces of the public space from its medial edges (see ``_medial_edges``)."""
    import shapely
    from scipy.spatial import cKDTree

    if not len(coords):
        return []
    xy, inv = _snap_vertices(coords.reshape(-1, 2))
    u, v = inv[0::2], inv[1::2]
    keep = u != v
    u, v = u[keep], v[keep]
    # Clearance to the nearest block or building (not to the assumed outer edge), from the outline
    # *segments*: each distance is O(1), where a whole block outline would be O(n).
    ring_xy, ring_of = shapely.get_coordinates(shapely.get_parts(shapely.boundary(solids)), return_index=True)
    same = ring_of[1:] == ring_of[:-1]  # consecutive vertices of one ring make a segment
    tree = shapely.STRtree(shapely.linestrings(np.stack([ring_xy[:-1][same], ring_xy[1:][same]], axis=1)))
    clearance = np.asarray(tree.query_nearest(shapely.points(xy), return_distance=True, all_matches=False)[1])
    env_ring = shapely.get_exterior_ring(shapely.get_parts(env))
    env_dist, _ = cKDTree(shapely.get_coordinates(shapely.segmentize(env_ring, step))).query(xy)
    outer = env_dist <= clearance + 2 * step
    adj: dict[int, set[int]] = defaultdict(set)
    for a, b in zip(u.tolist(), v.tolist(), strict=True):
        adj[a].add(b)
        adj[b].add(a)
    _prune_spurs(adj, xy, clearance, rules.spur_factor)
    lines = [shapely.LineString(r) for r in drawn[0]]
    joiner = (shapely.STRtree(lines), lines, drawn[1]) if lines else None
    out: list[Centreline] = []
    for chain in _chains(adj):
        if len(adj[chain[0]]) == 1 and len(adj[chain[-1]]) == 1:
            # A lone twig (its junction was on a drawn path): a corner artefact unless it is long.
            length = float(np.hypot(*np.diff(xy[chain], axis=0).T).sum())
            if length < rules.spur_factor * float(clearance[chain].max()):
                continue
        for piece in _split_by_width(chain, clearance, rules.width_step):
            width = 2.0 * float(clearance[piece].min())
            if width < rules.min_path_width_m:
                continue  # too narrow to be a path: not worth drawing out
            route = [tuple(p) for p in xy[piece].tolist()]
            if joiner is not None:
                route = _join_ends(route, joiner, adj, piece)
            # A small tolerance: a simplified line that strays into a block would give false frontage.
            line = shapely.simplify(shapely.LineString(route), min(step / 2.0, 0.1))
            simple = clean_route(shapely.get_coordinates(line).tolist())
            if len(simple) < 2 or line.length < step or width < rules.min_path_width_m:
                continue
            out.append(
                Centreline(tuple(simple), math.floor(width * 10) / 10, bool(outer[piece].mean() > 0.5))
            )
    out.sort(key=lambda c: (c.route[0][1], c.route[0][0], len(c.route)))
    return out


def _unique_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (distinct rows of an (N, 2) integer array in (x, y) order, index of each row's one):
    ``np.unique(axis=0)`` without its slow row-as-bytes sort (one int64 per row instead)."""
    lo = keys.min(axis=0)
    span = int(keys[:, 1].max() - lo[1]) + 1
    packed = (keys[:, 0] - lo[0]) * span + (keys[:, 1] - lo[1])
    uniq, inv = np.unique(packed, return_inverse=True)
    return np.stack([uniq // span + lo[0], uniq % span + lo[1]], axis=1), inv.reshape(-1)


def _snap_vertices(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (distinct vertices, index of each point's vertex): points within a millimetre are one.

    Rounded to the millimetre, then a rounded point one millimetre step from another joins it: two
    tiles' diagrams can put the same vertex a hair either side of a half millimetre.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    uniq, inv = _unique_rows(np.round(points * _GRID).astype(np.int64))
    pairs = cKDTree(uniq).query_pairs(1.5, output_type="ndarray")
    if len(pairs):
        n = len(uniq)
        graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
        _, label = connected_components(graph, directed=False)
        # Each group is its first (lowest) member, so the result does not depend on the pair order.
        first = np.full(label.max() + 1, n, dtype=np.int64)
        np.minimum.at(first, label, np.arange(n))
        keep, new = np.unique(first[label], return_inverse=True)
        return uniq[keep] / _GRID, new.reshape(-1)[inv]
    return uniq / _GRID, inv


def _boundary_samples(space: Any, rules: DeriveRules) -> tuple[np.ndarray, float, float]:
    """Return (points every ``sample_spacing_m`` along the space's edges, the spacing, the metres of
    edge in the densest tile); coarser where one tile (with its halo) would hold more than ``max_samples``."""
    import shapely

    edges = shapely.boundary(space)

    def sample(step: float) -> np.ndarray:
        pts = shapely.get_coordinates(shapely.segmentize(edges, step))
        return _unique_rows(np.round(pts * _GRID).astype(np.int64))[0] / _GRID  # sorted by x, then y

    step = rules.sample_spacing_m
    samples = sample(step)
    if len(samples) < 3:
        return samples, step, 0.0
    span = rules.tile_m + 2 * rules.tile_halo_m
    cells = np.floor((samples - samples.min(axis=0)) / rules.tile_m).astype(np.int64)
    densest = float(np.bincount(_unique_rows(cells)[1]).max()) * (span / rules.tile_m) ** 2
    densest = min(densest, float(len(samples)))  # a settlement within one tile reads no halo
    densest_m = densest * step
    if densest > rules.max_samples:
        step = densest_m / max(rules.max_samples, 1.0)
        samples = sample(step)
    return samples, step, densest_m


def _medial_edges(
    space: Any, corridors: Any, samples: np.ndarray, tile_m: float, halo_m: float, progress: Progress
) -> np.ndarray:
    """Return (R, 2, 2) Voronoi edges of the boundary samples that lie inside the space, off drawn paths.

    Tile by tile (``tile_m`` squares): the diagram of the samples within ``halo_m`` of a tile is the
    whole diagram wherever the nearest samples are closer than ``halo_m`` — everywhere but in open
    ground wider than about twice the halo — and each edge is kept in the one tile holding its middle.
    A settlement within one tile is done in one piece, as before tiling. Each tile tests its edges
    against its own piece of the space, so no test or overlay is ever city-sized.
    """
    import shapely

    out: list[np.ndarray] = []
    tiles = list(_tiles(samples, tile_m))
    # Drawn paths are there already: skeleton edges on their corridors (plus a snap margin) are dropped.
    near = shapely.buffer(corridors, 0.5) if len(corridors) else None
    order = np.argsort(samples[:, 0], kind="stable")
    xs = samples[order, 0]
    for k, (x0, y0, x1, y1) in enumerate(tiles):
        progress(k / len(tiles))
        if len(tiles) == 1:
            local, piece = samples, space
        else:
            lo, hi = np.searchsorted(xs, [x0 - halo_m, x1 + halo_m])
            local = samples[np.sort(order[lo:hi])]  # in the samples' own order, as every tile sees them
            local = local[(local[:, 1] >= y0 - halo_m) & (local[:, 1] < y1 + halo_m)]
            # A quick rectangle clip (no noding): it only answers "is this edge inside the space".
            piece = shapely.clip_by_rect(space, x0 - halo_m, y0 - halo_m, x1 + halo_m, y1 + halo_m)
        if len(local) < 3:
            continue
        coords = _voronoi_edges(local)
        if len(tiles) > 1:
            mid = coords.mean(axis=1)
            inside = (mid[:, 0] >= x0) & (mid[:, 0] < x1) & (mid[:, 1] >= y0) & (mid[:, 1] < y1)
            coords = coords[inside]
        shapely.prepare(piece)
        coords = coords[shapely.contains_properly(piece, shapely.linestrings(coords))]
        if len(coords) and near is not None:
            # Each corridor (prepared once by the query) against the edges' middles near it.
            _, hit = shapely.STRtree(shapely.points(coords.mean(axis=1))).query(near, predicate="intersects")
            coords = np.delete(coords, np.unique(hit), axis=0)
        out.append(coords)
    progress(1.0)
    return np.concatenate(out) if out else np.zeros((0, 2, 2))


def _tiles(samples: np.ndarray, tile_m: float) -> list[tuple[float, float, float, float]]:
    """Return the (x0, y0, x1, y1) squares of side ``tile_m`` covering the samples (one when they fit)."""
    lo, hi = samples.min(axis=0), samples.max(axis=0)
    if (hi - lo).max() <= tile_m:
        return [(-math.inf, -math.inf, math.inf, math.inf)]
    lo, hi = lo - 1.0, hi + 1.0  # every edge's middle is strictly inside some square
    nx, ny = (max(1, math.ceil((hi[i] - lo[i]) / tile_m)) for i in (0, 1))
    return [
        (
            float(lo[0] + i * tile_m),
            float(lo[1] + j * tile_m),
            float(lo[0] + (i + 1) * tile_m),
            float(lo[1] + (j + 1) * tile_m),
        )
        for j in range(ny)
        for i in range(nx)
    ]


def _voronoi_edges(points: np.ndarray) -> np.ndarray:
    """Return (R, 2, 2) the finite edges of the Voronoi diagram of ``points``.

    From the Delaunay triangulation (qhull through scipy), all in arrays: a Voronoi edge joins the
    circumcentres of two triangles sharing a side. (``scipy.spatial.Voronoi`` gives the same diagram,
    slower, with its ridges as Python lists; GEOS's Voronoi is an order of magnitude slower still.)
    """
    from scipy.spatial import Delaunay

    tri = Delaunay(points)
    # Corners in the points' order: the same three points give the very same circumcentre, bit for
    # bit, in every tile that triangulates them (so tiles meet exactly).
    p = points[np.sort(tri.simplices, axis=1)]  # (T, 3, 2)
    # Circumcentres relative to each triangle's first corner (fewer digits lost far from the origin).
    a = p[:, 0]
    b, c = p[:, 1] - a, p[:, 2] - a
    d = 2.0 * (b[:, 0] * c[:, 1] - b[:, 1] * c[:, 0])
    ok = np.abs(d) > 1e-12  # a flat triangle has no circumcentre
    b2, c2 = (b * b).sum(axis=1), (c * c).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ux = (c[:, 1] * b2 - b[:, 1] * c2) / d
        uy = (b[:, 0] * c2 - c[:, 0] * b2) / d
    centres = a + np.stack([ux, uy], axis=1)
    t = np.repeat(np.arange(len(p)), 3)
    nb = tri.neighbors.reshape(-1)
    keep = (nb > t) & ok[t] & ok[np.maximum(nb, 0)]
    return np.stack([centres[t[keep]], centres[nb[keep]]], axis=1)


def clean_route(points: Any, min_step_m: float = 0.02) -> list[tuple[float, float]]:
    """Return points rounded to the millimetre, dropping any closer than ``min_step_m`` to the one kept before.

    The model refuses segments shorter than a centimetre; rounding and simplifying can make them.
    """
    out: list[tuple[float, float]] = []
    for x, y in points:
        pt = (round(float(x), 3), round(float(y), 3))
        if not out or math.dist(pt, out[-1]) >= min_step_m:
            out.append(pt)
    return out


def _prune_spurs(adj: dict[int, set[int]], xy: np.ndarray, clearance: np.ndarray, factor: float) -> None:
    """Drop dead-end twigs shorter than ``factor`` × the clearance of the junction they leave."""
    for _ in range(3):
        removed = False
        for leaf in sorted(
            k for k, nb in adj.items() if len(nb) == 1
        ):  # vertex order: the same however the edges came
            if len(adj.get(leaf, ())) != 1:
                continue
            chain, length = _walk_from_leaf(adj, xy, leaf)
            end = chain[-1]
            if len(adj[end]) >= 3 and length < factor * clearance[end]:
                for a, b in itertools.pairwise(chain):
                    adj[a].discard(b)
                    adj[b].discard(a)
                for a in chain[:-1]:
                    if not adj[a]:
                        del adj[a]
                removed = True
        if not removed:
            break


def _walk_from_leaf(adj: dict[int, set[int]], xy: np.ndarray, leaf: int) -> tuple[list[int], float]:
    """Return (vertices from ``leaf`` to the first junction or end, length in metres)."""
    chain, length, prev, cur = [leaf], 0.0, -1, leaf
    while True:
        nxt = [x for x in adj[cur] if x != prev]
        if (cur != leaf and len(adj[cur]) != 2) or not nxt:
            return chain, length
        length += float(np.hypot(*(xy[nxt[0]] - xy[cur])))
        prev, cur = cur, nxt[0]
        chain.append(cur)


def _chains(adj: dict[int, set[int]]) -> list[list[int]]:
    """Return the vertex chains between junctions and ends (and closed loops), deterministically."""
    seen: set[tuple[int, int]] = set()
    chains: list[list[int]] = []
    ends = sorted(k for k, nb in adj.items() if len(nb) != 2)
    for s in [*ends, *sorted(adj)]:  # from junctions and ends first, then what is left: loops
        for nb in sorted(adj[s]):
            if (s, nb) not in seen:
                chains.append(_walk_chain(adj, s, nb, seen))
    return chains


def _walk_chain(adj: dict[int, set[int]], start: int, first: int, seen: set[tuple[int, int]]) -> list[int]:
    """Return the chain from ``start`` through ``first`` to the next junction or end (or back to start)."""
    chain = [start, first]
    seen.update({(start, first), (first, start)})
    prev, cur = start, first
    while len(adj[cur]) == 2 and cur != start:
        nxt = next((x for x in sorted(adj[cur]) if x != prev and (cur, x) not in seen), None)
        if nxt is None:
            break
        seen.update({(cur, nxt), (nxt, cur)})
        chain.append(nxt)
        prev, cur = cur, nxt
    return chain


def _split_by_width(chain: list[int], clearance: np.ndarray, step: float) -> list[list[int]]:
    """Cut a chain where its width departs from the piece's first width by more than ``step`` (or 0.5 m)."""
    pieces: list[list[int]] = []
    piece = [chain[0]]
    ref = 2.0 * clearance[chain[0]]
    for k in chain[1:]:
        w = 2.0 * clearance[k]
        piece.append(k)
        if abs(w - ref) > max(0.5, step * ref) and len(piece) > 2:
            pieces.append(piece)
            piece = [k]
            ref = w
    if len(piece) > 1:
        pieces.append(piece)
    return pieces


def _join_ends(
    route: list[tuple[float, float]],
    joiner: tuple[Any, list[Any], list[float]],
    adj: dict[int, set[int]],
    piece: list[int],
) -> list[tuple[float, float]]:
    """Extend a piece's free ends that stop at a drawn path to the nearest point of its centreline."""
    import shapely

    tree, lines, widths_m = joiner
    for at_start in (True, False):
        vertex = piece[0] if at_start else piece[-1]
        if len(adj.get(vertex, ())) != 1:
            continue
        end = shapely.Point(route[0] if at_start else route[-1])
        near, dist = tree.query_nearest(end, return_distance=True)
        # Only ends the corridor cut (they stop half its width plus the 0.5 m margin from it).
        if not len(near) or dist[0] > widths_m[int(near[0])] / 2.0 + 1.0:
            continue
        line = lines[int(near[0])]
        p = shapely.line_interpolate_point(line, shapely.line_locate_point(line, end))
        q = (float(p.x), float(p.y))
        if math.dist(q, route[0] if at_start else route[-1]) > 1e-3:
            route = [q, *route] if at_start else [*route, q]
    return route
