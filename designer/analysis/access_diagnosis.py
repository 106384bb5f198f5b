"""Access diagnosis per plot and per block: direct access, depth (block complexity k), width on the way out.

Rules (the numbers are in resources/access/access.toml):

* a plot has **direct access** when at least ``min_frontage_m`` of its boundary faces public space
  (the open ground between blocks, or a drawn path's corridor);
* its **depth** is how many plots must be crossed to reach public space, plus one: 1 for direct
  access, 2 behind one plot, … (two plots are neighbours when they share ``min_passage_m`` of
  boundary). A plot no chain of neighbours leads out of is *enclosed*: depth unknown (None).
  A block's **complexity k** is the greatest depth of its plots (Brelsford et al. 2018; prclz);
* the **narrowest width on the way out** of a plot with direct access is the best, over all routes
  along the public-space network (drawn paths with their widths and the derived centrelines with
  theirs) from its entrance to the settlement's edge or a drawn road, of the narrowest width met
  (a widest-path search). Each emergency width of ``[widths]`` (stretcher, fire hose, handcart, fire
  engine) passes when that width is at least the one needed. For plots without direct access the
  way out crosses other plots and its width is unknown (None), never a guess.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.analysis.access_rules import AccessRules, load_access_rules
from designer.analysis.block_edges import route_lines
from designer.analysis.blocks import Progress, PublicSpace, derive_public_space
from designer.analysis.layout import Layout, build_layout
from designer.model.entities import PathKind
from designer.model.errors import JamiiError

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = [
    "SCHEMA",
    "AccessDiagnosis",
    "BlockAccess",
    "PlotAccessDiagnosis",
    "diagnose_access",
    "plot_neighbours",
    "settlement_space",
]

SCHEMA = "jamii-access/1"


@dataclass(frozen=True, slots=True)
class PlotAccessDiagnosis:
    """One plot's access: direct or not, depth (None: enclosed), frontage and the width on the way out."""

    plot_id: str
    block_id: str | None
    direct_access: bool
    depth: int | None
    frontage_m: float
    entrance_xy: tuple[float, float] | None
    narrowest_way_out_m: float | None
    passes: dict[str, bool | None]


@dataclass(frozen=True, slots=True)
class BlockAccess:
    """One block's access figures."""

    block_id: str
    plots: int
    direct_access: int
    without_access: int
    enclosed: int
    complexity_k: int | None  # greatest known depth; None for a block of only enclosed plots
    narrowest_way_out_m: float | None
    plot_ids: tuple[str, ...]


@dataclass
class AccessDiagnosis:
    """Access of every plot and block of one view (existing conditions or an option)."""

    option_id: str | None
    plots: list[PlotAccessDiagnosis]
    blocks: list[BlockAccess]
    space: PublicSpace
    rules: AccessRules
    warnings: list[str] = field(default_factory=list)

    @property
    def without_access(self) -> list[str]:
        """Ids of plots with no direct access to public space."""
        return [p.plot_id for p in self.plots if not p.direct_access]

    def summary(self) -> dict[str, Any]:
        """Return the headline figures (stable keys, part of ``jamii-access/1``)."""
        n = len(self.plots)
        direct = sum(p.direct_access for p in self.plots)
        ks = [b.complexity_k for b in self.blocks if b.complexity_k is not None]
        passes = {
            name: sum(p.passes.get(name) is True for p in self.plots) for name in sorted(self.rules.widths_m)
        }
        return {
            "plots": n,
            "plots_with_direct_access": direct,
            "plots_without_access": n - direct,
            "plots_enclosed": sum(p.depth is None for p in self.plots),
            "blocks": len(self.blocks),
            "blocks_with_interior_plots": sum(b.without_access > 0 for b in self.blocks),
            "max_complexity_k": max(ks) if ks else None,
            "plots_passable_by": passes,
            "derived_centrelines": len(self.space.centrelines),
            "derived_centreline_m": round(sum(c.length_m for c in self.space.centrelines), 1),
        }

    def to_json(self) -> dict[str, Any]:
        """Return the stable JSON form (schema ``jamii-access/1``, documented in the README)."""

        def rnd(v: float | None) -> float | None:
            return None if v is None else round(v, 2)

        return {
            "schema": SCHEMA,
            "option": self.option_id,
            "widths_m": dict(sorted(self.rules.widths_m.items())),
            "summary": self.summary(),
            "warnings": list(self.warnings),
            "blocks": [
                {
                    "id": b.block_id,
                    "plots": b.plots,
                    "direct_access": b.direct_access,
                    "without_access": b.without_access,
                    "enclosed": b.enclosed,
                    "complexity_k": b.complexity_k,
                    "narrowest_way_out_m": rnd(b.narrowest_way_out_m),
                    "plot_ids": list(b.plot_ids),
                }
                for b in self.blocks
            ],
            "plots": [
                {
                    "id": p.plot_id,
                    "block": p.block_id,
                    "direct_access": p.direct_access,
                    "depth": p.depth,
                    "frontage_m": round(p.frontage_m, 2),
                    "entrance": None if p.entrance_xy is None else [round(c, 3) for c in p.entrance_xy],
                    "narrowest_way_out_m": rnd(p.narrowest_way_out_m),
                    "passes": dict(sorted(p.passes.items())),
                }
                for p in self.plots
            ],
        }


def settlement_space(
    lay: Layout, rules: AccessRules, *, centrelines: bool = True, progress: Progress | None = None
) -> PublicSpace:
    """Return the blocks and public space of a layout: its plots, its drawn paths, buildings outside plots.

    ``progress`` is called with the fraction of the centreline skeleton done; it may raise to cancel.
    """
    free = lay.building_plot < 0 if len(lay.buildings) else np.zeros(0, bool)
    return derive_public_space(
        lay.plot_polygons,
        rules.derive,
        obstacles=lay.building_polygons[free] if len(lay.buildings) else None,
        path_routes=[p.route for p in lay.paths],
        path_widths_m=[p.width_m for p in lay.paths],
        centrelines=centrelines,
        progress=progress,
    )


def plot_neighbours(polygons: Any, min_shared_m: float, tol_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Return pairs (i, j), i < j, of plots sharing at least ``min_shared_m`` of boundary (within ``tol_m``).

    Measured segment by segment (``designer.analysis.block_edges.shared_boundary_lengths``): the length
    of i's outline within ``tol_m`` of j's outline, or inside j where the outlines cross.
    """
    import shapely

    from designer.analysis.block_edges import shared_boundary_lengths

    if len(polygons) < 2:
        z = np.zeros(0, np.int64)
        return z, z
    polys = shapely.make_valid(np.asarray(polygons, dtype=object))
    parts, owner = shapely.get_parts(polys, return_index=True)
    poly_parts = shapely.get_type_id(parts) == 3
    parts, owner = parts[poly_parts], owner[poly_parts]
    single = len(parts) == len(polygons)
    i, j, shared_m = shared_boundary_lengths(parts, tol_m, both_ways=not single)
    if not single:
        # A plot of several parts: its parts' shared lengths with each neighbour add up.
        i, j = owner[i], owner[j]
        keep = i < j
        key, dense = np.unique(i[keep] * len(polygons) + j[keep], return_inverse=True)
        shared_m = np.bincount(dense, weights=shared_m[keep], minlength=len(key))
        i, j = key // len(polygons), key % len(polygons)
    ok = shared_m >= min_shared_m
    return i[ok], j[ok]


def diagnose_access(
    doc: Document,
    option_id: str | None = None,
    rules: AccessRules | None = None,
    *,
    lay: Layout | None = None,
    centrelines: bool = True,
    progress: Progress | None = None,
) -> AccessDiagnosis:
    """Return the access diagnosis of ``option_id`` (None: the existing conditions).

    Args:
        centrelines: False leaves out the derived centrelines (the slow part): widths on the way out
            are then measured along the drawn paths only.
        progress: called with the fraction of the centrelines done (0–1); it may raise to cancel.

    Raises:
        JamiiError: no such option.
    """
    if option_id is not None and not any(o.id == option_id for o in doc.options):
        raise JamiiError(f"no option {option_id!r} in the project")
    rules = rules or load_access_rules()
    lay = lay or build_layout(doc, option_id)
    space = settlement_space(lay, rules, centrelines=centrelines, progress=progress)
    return diagnose_layout(lay, space, rules)


def diagnose_layout(lay: Layout, space: PublicSpace, rules: AccessRules) -> AccessDiagnosis:
    """Return the diagnosis of a layout whose public space is already derived."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    d = rules.derive
    n = len(lay.plots)
    direct = space.frontage_m >= d.min_frontage_m
    depth = np.full(n, np.inf)
    if n:
        # The derivation measured them already (from the same plot edges), when it had the rule.
        if space.neighbours is not None and space.neighbours[0] == d.min_passage_m:
            i, j = space.neighbours[1]
        else:
            i, j = plot_neighbours(lay.plot_polygons, d.min_passage_m, d.touch_tolerance_m)
        graph = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n)).tocsr()
        src = np.flatnonzero(direct)
        if len(src):
            depth = dijkstra(graph, directed=False, indices=src, unweighted=True, min_only=True) + 1
    warnings: list[str] = []
    way_out = _way_out_widths(lay, space, direct)
    if direct.any() and not np.isfinite(way_out).any():
        warnings.append("no way out is known (no drawn road and no settlement edge): widths unknown")
    plots: list[PlotAccessDiagnosis] = []
    for k, p in enumerate(lay.plots):
        b = int(space.block_of_plot[k])
        w = float(way_out[k]) if direct[k] and np.isfinite(way_out[k]) else None
        ent = space.entrance_xy[k]
        plots.append(
            PlotAccessDiagnosis(
                plot_id=p.id,
                block_id=space.block_ids[b] if b >= 0 else None,
                direct_access=bool(direct[k]),
                depth=int(depth[k]) if np.isfinite(depth[k]) else None,
                frontage_m=float(space.frontage_m[k]),
                entrance_xy=None if np.isnan(ent).any() else (float(ent[0]), float(ent[1])),
                narrowest_way_out_m=w,
                passes={name: None if w is None else w >= need for name, need in rules.widths_m.items()},
            )
        )
    blocks: list[BlockAccess] = []
    members: dict[int, list[int]] = {}
    for k, b in enumerate(space.block_of_plot.tolist()):
        members.setdefault(b, []).append(k)
    for b, bid in enumerate(space.block_ids):
        ks = members.get(b, [])
        depths = [x.depth for x in (plots[k] for k in ks) if x.depth is not None]
        widths = [x.narrowest_way_out_m for x in (plots[k] for k in ks) if x.narrowest_way_out_m is not None]
        blocks.append(
            BlockAccess(
                block_id=bid,
                plots=len(ks),
                direct_access=sum(plots[k].direct_access for k in ks),
                without_access=sum(not plots[k].direct_access for k in ks),
                enclosed=sum(plots[k].depth is None for k in ks),
                complexity_k=max(depths) if depths else None,
                narrowest_way_out_m=min(widths) if widths else None,
                plot_ids=tuple(plots[k].plot_id for k in ks),
            )
        )
    return AccessDiagnosis(lay.option_id, plots, blocks, space, rules, [*space.warnings, *warnings])


def _way_out_widths(lay: Layout, space: PublicSpace, direct: np.ndarray) -> np.ndarray:
    """Return per plot the narrowest width on its widest route to the edge or a road (NaN: unknown)."""
    import shapely

    out = np.full(len(lay.plots), np.nan)
    routes = [p.route for p in lay.paths] + [c.route for c in space.centrelines]
    widths = [p.width_m for p in lay.paths] + [c.width_m for c in space.centrelines]
    roads = [p.path_kind == PathKind.ROAD for p in lay.paths] + [False] * len(space.centrelines)
    if not routes or not direct.any():
        return out
    lines = route_lines(routes)
    noded = shapely.get_parts(shapely.union_all(lines))
    seg = _segments(noded)
    if not len(seg):
        return out
    src = shapely.STRtree(lines).query_nearest(shapely.points(seg.mean(axis=1)), all_matches=False)[1]
    seg_w = np.asarray(widths, dtype=float)[src]
    keys = np.round(seg.reshape(-1, 2) * 1000).astype(np.int64)
    uniq, inv = np.unique(keys, axis=0, return_inverse=True)
    inv = inv.reshape(-1, 2)
    edges, edge_w = _join_dangling(uniq / 1000.0, inv, seg, seg_w)
    exits = _exits(uniq / 1000.0, edges, edge_w, space)
    exits[inv[np.asarray(roads, dtype=bool)[src]].reshape(-1)] = True
    best = _widest_from(len(uniq), edges, edge_w, exits)
    # Each plot joins the segment nearest its entrance.
    idx = np.flatnonzero(direct & ~np.isnan(space.entrance_xy[:, 0]))
    if len(idx):
        seg_tree = shapely.STRtree(shapely.linestrings(seg))
        near = seg_tree.query_nearest(shapely.points(space.entrance_xy[idx]), all_matches=False)[1]
        value = np.minimum(seg_w[near], np.maximum(best[inv[near, 0]], best[inv[near, 1]]))
        out[idx] = np.where(np.isfinite(value) & (value > 0), value, np.nan)
    return out


def _join_dangling(
    xy: np.ndarray, inv: np.ndarray, seg: np.ndarray, seg_w: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return edges and widths with each dangling end joined to a line it stops on (within 2 cm).

    A path joined to another at a point of its segment (a T) is not noded when the point is a
    fraction of a millimetre off the line; the end is joined to both ends of that segment instead.
    """
    import shapely

    degree = np.bincount(inv.reshape(-1), minlength=len(xy))
    ends = np.flatnonzero(degree == 1)
    if not len(ends):
        return inv, seg_w
    vi, si = shapely.STRtree(shapely.linestrings(seg)).query(
        shapely.points(xy[ends]), predicate="dwithin", distance=0.02
    )
    own = (inv[si, 0] == ends[vi]) | (inv[si, 1] == ends[vi])
    vi, si = vi[~own], si[~own]
    extra = np.concatenate([np.stack([ends[vi], inv[si, 0]], 1), np.stack([ends[vi], inv[si, 1]], 1)])
    return np.concatenate([inv, extra]), np.concatenate([seg_w, seg_w[si], seg_w[si]])


def _exits(xy: np.ndarray, inv: np.ndarray, seg_w: np.ndarray, space: PublicSpace) -> np.ndarray:
    """Return per vertex: is it at the settlement's edge (within its line's half-width + 1 m of it)."""
    import shapely
    from scipy.spatial import cKDTree

    exits = np.zeros(len(xy), bool)
    env_ring = shapely.get_exterior_ring(shapely.get_parts(space.envelope))
    samples = shapely.get_coordinates(shapely.segmentize(env_ring, 1.0))
    if len(samples):
        edge_d, _ = cKDTree(samples).query(xy)
        half = np.zeros(len(xy))
        np.maximum.at(half, inv[:, 0], seg_w / 2.0)
        np.maximum.at(half, inv[:, 1], seg_w / 2.0)
        exits |= edge_d <= half + 1.0
    return exits


def _widest_from(n: int, inv: np.ndarray, seg_w: np.ndarray, exits: np.ndarray) -> np.ndarray:
    """Return per vertex the best, over routes to an exit, of the narrowest width met (widest path)."""
    adj: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for (a, b), w in zip(inv.tolist(), seg_w.tolist(), strict=True):
        adj[a].append((b, w))
        adj[b].append((a, w))
    best = np.full(n, -np.inf)
    best[exits] = np.inf
    heap = [(-np.inf, int(v)) for v in np.flatnonzero(exits)]
    heapq.heapify(heap)
    while heap:
        neg, v = heapq.heappop(heap)
        if -neg < best[v]:
            continue
        for m, ew in adj[v]:
            cand = min(-neg, ew)
            if cand > best[m]:
                best[m] = cand
                heapq.heappush(heap, (-cand, m))
    return best


def _segments(lines: Any) -> np.ndarray:
    """Return (S, 2, 2) the segments of the lines, in order (one vectorised call)."""
    import shapely

    xy, owner = shapely.get_coordinates(lines, return_index=True)
    same = owner[1:] == owner[:-1]
    return np.stack([xy[:-1][same], xy[1:][same]], axis=1) if len(xy) else np.zeros((0, 2, 2))
