"""The walking network: a graph of the drawn path and road centrelines, in local metres.

How the graph is made:

* every path is cut into straight segments; segments are split where paths cross or where a path's
  end touches another path, and a path end inside another path's corridor (its half-width plus
  ``snap_tolerance_m`` from the centreline, e.g. a lane drawn up to the edge of a road) is joined to
  that centreline by a short connector;
* a road marked *busy* has two sides. At each of its vertices the walker can cross from one side to
  the other; a crossing edge is as long as the road is wide and is counted as a crossing. Paths that
  meet a busy road join the side they come from (worked out from the angles around the junction, so
  crossroads of two busy roads have four corners). Where a drawn crossing (a path of kind zebra or
  footbridge, drawn across the road from side to side) meets the busy road, crossing there is safe:
  not counted, not penalised, and its length is the crossing path's own. A busy road is
  taken to go on past its drawn ends (to the project's boundary): at an end the walker must cross too,
  and cannot walk round the end;
* plots and facilities attach to the network at the point of a path nearest to them (a plot's *gate*:
  the point nearest the plot's centroid on a path whose corridor reaches the plot's outline). A point
  on a busy road attaches to its own side, and the walker may cross there too.

Two weights are kept: the plain length in metres, and the penalised cost (unlit metres count
``1 + unlit_extra_per_m``, every busy-road crossing adds ``busy_crossing_extra_m``). Shortest routes
come from one multi-source Dijkstra run (scipy) per facility set and weight; values along the chosen
route (its plain length, crossings, unlit metres) are summed over the predecessor tree by pointer
jumping, without walking each route in Python.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from designer.analysis.standards import WalkingRules

__all__ = [
    "Attachment",
    "EdgeList",
    "PathInput",
    "RouteResult",
    "RoutingGraph",
    "WalkingNetwork",
    "build_network",
]

_MIN_EDGE_M = 1e-6  # scipy's sparse graphs drop zero weights; keep coincident points connected
_GRID = 1000.0  # vertices closer than a millimetre are one vertex


@dataclass(frozen=True, slots=True)
class PathInput:
    """One centreline as the network builder needs it."""

    route: Sequence[tuple[float, float]]
    width_m: float
    busy: bool
    lit: bool
    safe_crossing: bool = False  # a zebra or footbridge: crossing a busy road here is not a busy crossing


@dataclass
class WalkingNetwork:
    """The noded path network before plots and facilities are attached.

    Base edges are the straight pieces of the centrelines between vertices, junctions and crossings.
    Each has a *left* and a *right* chain of graph vertices (the same for ordinary paths, the two
    sides for busy roads).
    """

    rules: WalkingRules
    a_xy: np.ndarray  # (E, 2) start of each base edge
    b_xy: np.ndarray  # (E, 2) end
    length_m: np.ndarray  # (E,)
    width_m: np.ndarray
    busy: np.ndarray  # (E,) bool
    lit: np.ndarray
    left: np.ndarray  # (E, 2) graph vertices of the left chain (start, end)
    right: np.ndarray  # (E, 2)
    n_vertices: int
    extra_u: np.ndarray  # edges that are not chains: crossings and connectors
    extra_v: np.ndarray
    extra_len: np.ndarray
    extra_lit: np.ndarray
    extra_cross: np.ndarray
    owner: np.ndarray  # (E,) index of the input line of each base edge
    extra_owner: np.ndarray  # line a connector starts from; -1 for crossings
    along0: np.ndarray  # (E,) metres along its input line where the base edge starts
    along1: np.ndarray  # and ends
    _tree: Any = field(default=None, repr=False)
    _segments: Any = field(default=None, repr=False)

    @property
    def segments(self) -> Any:
        """Return the base edges as shapely LineStrings (built once)."""
        if self._segments is None:
            import shapely

            coords = np.stack([self.a_xy, self.b_xy], axis=1)
            self._segments = shapely.linestrings(coords) if len(coords) else np.empty(0, dtype=object)
        return self._segments

    @property
    def tree(self) -> Any:
        """Return an STRtree over :attr:`segments`."""
        if self._tree is None:
            import shapely

            self._tree = shapely.STRtree(self.segments)
        return self._tree

    # ------------------------------------------------------------------ snapping

    def snap_plots(self, polygons: Any, centroids: np.ndarray) -> Attachment:
        """Return the gate of each plot: on a path whose corridor reaches its outline, nearest its centroid.

        Args:
            polygons: shapely polygons of the plots.
            centroids: (P, 2) points the gate should be nearest to (metres).
        """
        import shapely

        n = len(centroids)
        out = Attachment.empty(n)
        if n == 0 or len(self.length_m) == 0:
            return out
        tol = self.rules.access_tolerance_m
        reach = float(self.width_m.max()) / 2.0 + tol
        # Candidates by bounding boxes (cheap), then the exact outline-to-centreline distance, which must
        # be within this segment's own half-width plus the tolerance.
        bounds = shapely.bounds(polygons)
        boxes = shapely.box(
            bounds[:, 0] - reach, bounds[:, 1] - reach, bounds[:, 2] + reach, bounds[:, 3] + reach
        )
        pi, si = self.tree.query(boxes)
        if len(pi) == 0:
            return out
        limit = self.width_m[si] / 2.0 + tol
        lo = np.minimum(self.a_xy[si], self.b_xy[si])
        hi = np.maximum(self.a_xy[si], self.b_xy[si])
        gap_x = np.maximum(0.0, np.maximum(lo[:, 0] - bounds[pi, 2], bounds[pi, 0] - hi[:, 0]))
        gap_y = np.maximum(0.0, np.maximum(lo[:, 1] - bounds[pi, 3], bounds[pi, 1] - hi[:, 1]))
        near = np.hypot(gap_x, gap_y) <= limit
        pi, si, limit = pi[near], si[near], limit[near]
        keep = shapely.distance(polygons[pi], self.segments[si]) <= limit
        pi, si = pi[keep], si[keep]
        if len(pi) == 0:
            return out
        t, proj, dist = _project(centroids[pi], self.a_xy[si], self.b_xy[si])
        order = np.lexsort((dist, pi))
        first = order[np.unique(pi[order], return_index=True)[1]]
        out.fill(pi[first], si[first], t[first], proj[first], centroids[pi[first]], self, leg=False)
        return out

    def locate(self, owner: np.ndarray, along_m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return (base edge, t) of points given as (input line, metres along it); edge -1 where none."""
        edge = np.full(len(owner), -1, dtype=np.int64)
        t = np.zeros(len(owner))
        if len(owner) == 0 or len(self.owner) == 0:
            return edge, t
        span = float(max(self.along1.max(), along_m.max())) + 1.0
        order = np.lexsort((self.along0, self.owner))
        keys = self.owner[order] * span + self.along0[order]
        pos = np.searchsorted(keys, owner * span + along_m, side="right") - 1
        cand = order[np.maximum(pos, 0)]
        ok = (pos >= 0) & (self.owner[cand] == owner) & (along_m <= self.along1[cand] + 1e-6)
        edge[ok] = cand[ok]
        c = cand[ok]
        t[ok] = np.clip(
            (along_m[ok] - self.along0[c]) / np.maximum(self.along1[c] - self.along0[c], 1e-12), 0, 1
        )
        return edge, t

    def gates_along(self, att: Attachment) -> tuple[np.ndarray, np.ndarray]:
        """Return (input line, metres along it) of each attached item's gate (line -1 where not attached)."""
        e = np.maximum(att.edge, 0)
        ok = att.edge >= 0
        line = np.where(ok, self.owner[e], -1) if len(self.owner) else np.full(len(e), -1)
        along = (
            np.where(ok, self.along0[e] + att.t * self.length_m[e], 0.0)
            if len(self.owner)
            else np.zeros(len(e))
        )
        return line, along

    def snap_plots_like(
        self, polygons: Any, centroids: np.ndarray, line: np.ndarray, along_m: np.ndarray, known: np.ndarray
    ) -> Attachment:
        """Snap plots, reusing gates found on another network of (partly) the same lines.

        Args:
            polygons, centroids: the plots.
            line, along_m: each plot's gate on the other network as (index of the line in *this*
                network's input, metres along it); line -1 for a plot the other network gave no gate.
            known: plots whose gate (or lack of one) is certainly this network's answer too (see
                access.compute_access); the others are snapped afresh.
        """
        out = Attachment.empty(len(centroids))
        idx = np.flatnonzero(known & (line >= 0))
        if len(idx):
            edge, t = self.locate(line[idx], along_m[idx])
            found = edge >= 0
            idx, edge, t = idx[found], edge[found], t[found]
            proj = self.a_xy[edge] + t[:, None] * (self.b_xy[edge] - self.a_xy[edge])
            out.fill(idx, edge, t, proj, centroids[idx], self, leg=False)
        rest = np.flatnonzero(~out.attached & ~(known & (line < 0)))
        if len(rest):
            sub = self.snap_plots(polygons[rest], centroids[rest])
            got = sub.attached
            r = rest[got]
            out.fill(r, sub.edge[got], sub.t[got], sub.gate_xy[got], centroids[r], self, leg=False)
        return out

    def snap_points(self, points: np.ndarray) -> Attachment:
        """Return where each point (a water point, a toilet) joins the nearest path, within reach."""
        import shapely

        n = len(points)
        out = Attachment.empty(n)
        if n == 0 or len(self.length_m) == 0:
            return out
        geoms = shapely.points(points)
        pi, si = self.tree.query_nearest(
            geoms, max_distance=self.rules.facility_attach_max_m, return_distance=False, all_matches=False
        )
        if len(pi) == 0:
            return out
        t, proj, _ = _project(points[pi], self.a_xy[si], self.b_xy[si])
        out.fill(pi, si, t, proj, points[pi], self, leg=True)
        return out

    # ------------------------------------------------------------------ routing graph

    def routing_graph(self, attachments: Sequence[Attachment]) -> RoutingGraph:
        """Return the graph with every attached plot and facility as a vertex of its own."""
        e = self.edges(attachments)
        graph = RoutingGraph.make(e.n, e.u, e.v, e.length_m, e.lit, e.cross, self.rules, e.vertex_of)
        graph.xy = e.xy
        return graph

    def edges(self, attachments: Sequence[Attachment]) -> EdgeList:
        """Return every graph edge once the attachments have cut the chains at their gates."""
        n_base = len(self.lit)
        # Each chain once (ordinary paths have one, busy roads two); chains cut by gates are replaced
        # by their pieces below, so that no edge runs parallel to itself (that would matter for pipes).
        keep_left = np.ones(n_base, bool)
        keep_right = self.busy.copy()
        xy = np.zeros((self.n_vertices, 2))
        xy[self.left[:, 0]] = self.a_xy
        xy[self.left[:, 1]] = self.b_xy
        xy[self.right[:, 0]] = self.a_xy
        xy[self.right[:, 1]] = self.b_xy
        xys = [xy]
        parts_u: list[np.ndarray] = []
        parts_v: list[np.ndarray] = []
        parts_len: list[np.ndarray] = []
        parts_lit: list[np.ndarray] = []
        parts_cross: list[np.ndarray] = []
        parts_owner: list[np.ndarray] = []
        parts_leg: list[np.ndarray] = []
        gate_of: list[np.ndarray] = []
        next_vertex = self.n_vertices
        # Every attached item gets a gate vertex on its chain; the chains are then cut at the gates.
        chain_edge: list[np.ndarray] = []
        chain_side: list[np.ndarray] = []
        chain_t: list[np.ndarray] = []
        chain_vertex: list[np.ndarray] = []
        vertex_of: list[np.ndarray] = []
        for att in attachments:
            ok = np.flatnonzero(att.edge >= 0)
            verts = np.full(len(att.edge), -1, dtype=np.int64)
            gates = np.arange(next_vertex, next_vertex + len(ok))
            next_vertex += len(ok)
            xys.append(att.gate_xy[ok])
            e = att.edge[ok]
            busy = self.busy[e]
            side = np.where(busy, att.side[ok], 0)
            chain_edge.append(e)
            chain_side.append(side)
            chain_t.append(att.t[ok])
            chain_vertex.append(gates)
            if att.leg:
                # The facility itself stands off the path: one more vertex, joined by its leg.
                items = np.arange(next_vertex, next_vertex + len(ok))
                next_vertex += len(ok)
                xys.append(att.origin_xy[ok])
                parts_u.append(gates)
                parts_v.append(items)
                parts_len.append(att.leg_m[ok])
                parts_lit.append(np.ones(len(ok), bool))
                parts_cross.append(np.zeros(len(ok), bool))
                parts_owner.append(self.owner[e])
                parts_leg.append(np.ones(len(ok), bool))
                verts[ok] = items
            else:
                verts[ok] = gates
            # On a busy road the walker may cross where the item is: a mirror vertex on the far side.
            nb = np.flatnonzero(busy)
            if len(nb):
                mirrors = np.arange(next_vertex, next_vertex + len(nb))
                next_vertex += len(nb)
                xys.append(att.gate_xy[ok][nb])
                chain_edge.append(e[nb])
                chain_side.append(-side[nb])
                chain_t.append(att.t[ok][nb])
                chain_vertex.append(mirrors)
                parts_u.append(gates[nb])
                parts_v.append(mirrors)
                parts_len.append(self.width_m[e[nb]])
                parts_lit.append(self.lit[e[nb]])
                parts_cross.append(np.ones(len(nb), bool))
                parts_owner.append(self.owner[e[nb]])
                parts_leg.append(np.zeros(len(nb), bool))
            vertex_of.append(verts)
            g = np.full(len(att.edge), -1, dtype=np.int64)
            g[ok] = gates
            gate_of.append(g)
        cut_e = np.concatenate(chain_edge) if chain_edge else np.zeros(0, np.int64)
        cut_s = np.concatenate(chain_side) if chain_edge else np.zeros(0, np.int64)
        keep_left[cut_e[cut_s >= 0]] = False
        keep_right[cut_e[cut_s < 0]] = False
        parts_u = [self.left[keep_left, 0], self.right[keep_right, 0], self.extra_u, *parts_u]
        parts_v = [self.left[keep_left, 1], self.right[keep_right, 1], self.extra_v, *parts_v]
        parts_len = [self.length_m[keep_left], self.length_m[keep_right], self.extra_len, *parts_len]
        parts_lit = [self.lit[keep_left], self.lit[keep_right], self.extra_lit, *parts_lit]
        parts_cross = [
            np.zeros(int(keep_left.sum() + keep_right.sum()), bool),
            self.extra_cross,
            *parts_cross,
        ]
        parts_owner = [self.owner[keep_left], self.owner[keep_right], self.extra_owner, *parts_owner]
        parts_leg = [np.zeros(int(keep_left.sum() + keep_right.sum()) + len(self.extra_u), bool), *parts_leg]
        if len(cut_e):
            ce = np.concatenate(chain_edge)
            cs = np.concatenate(chain_side)
            ct = np.concatenate(chain_t)
            cv = np.concatenate(chain_vertex)
            order = np.lexsort((ct, cs, ce))
            ce, cs, ct, cv = ce[order], cs[order], ct[order], cv[order]
            same = (ce[1:] == ce[:-1]) & (cs[1:] == cs[:-1])
            starts = np.concatenate(([True], ~same))
            ends = np.concatenate((~same, [True]))
            chain = np.where(cs[:, None] < 0, self.right[ce], self.left[ce])
            length = self.length_m[ce]
            lit = self.lit[ce]
            owner = self.owner[ce]
            # between consecutive gates on one chain
            parts_u.append(cv[:-1][same])
            parts_v.append(cv[1:][same])
            parts_len.append(((ct[1:] - ct[:-1]) * length[1:])[same])
            parts_lit.append(lit[1:][same])
            parts_cross.append(np.zeros(int(same.sum()), bool))
            parts_owner.append(owner[1:][same])
            parts_leg.append(np.zeros(int(same.sum()), bool))
            # from the chain's start to its first gate, and from its last gate to the chain's end
            parts_u += [chain[starts, 0], cv[ends]]
            parts_v += [cv[starts], chain[ends, 1]]
            parts_len += [ct[starts] * length[starts], (1.0 - ct[ends]) * length[ends]]
            parts_lit += [lit[starts], lit[ends]]
            parts_cross += [np.zeros(int(starts.sum()), bool), np.zeros(int(ends.sum()), bool)]
            parts_owner += [owner[starts], owner[ends]]
            parts_leg += [np.zeros(int(starts.sum()), bool), np.zeros(int(ends.sum()), bool)]
        return EdgeList(
            n=next_vertex,
            u=np.concatenate(parts_u).astype(np.int64),
            v=np.concatenate(parts_v).astype(np.int64),
            length_m=np.maximum(np.concatenate(parts_len), _MIN_EDGE_M),
            lit=np.concatenate(parts_lit),
            cross=np.concatenate(parts_cross),
            owner=np.concatenate(parts_owner).astype(np.int64),
            xy=np.concatenate(xys),
            vertex_of=vertex_of,
            gate_of=gate_of,
            is_leg=np.concatenate(parts_leg),
        )


@dataclass
class EdgeList:
    """Graph edges with their attributes; ``owner`` is the index of the input line (-1: none)."""

    n: int
    u: np.ndarray
    v: np.ndarray
    length_m: np.ndarray
    lit: np.ndarray
    cross: np.ndarray
    owner: np.ndarray
    xy: np.ndarray  # (n, 2) vertex positions in metres
    vertex_of: list[np.ndarray]  # per attachment: each item's vertex (-1 not attached)
    gate_of: list[np.ndarray]  # per attachment: each item's gate vertex on its path (-1 not attached)
    is_leg: np.ndarray  # bool per edge: the walk from a gate to an off-path facility


@dataclass
class Attachment:
    """Where items (plots or facilities) join the network; ``edge`` is -1 where they cannot."""

    edge: np.ndarray
    t: np.ndarray
    side: np.ndarray
    leg_m: np.ndarray
    gate_xy: np.ndarray
    origin_xy: np.ndarray
    leg: bool = False

    @classmethod
    def empty(cls, n: int) -> Attachment:
        return cls(
            edge=np.full(n, -1, dtype=np.int64),
            t=np.zeros(n),
            side=np.ones(n, dtype=np.int64),
            leg_m=np.zeros(n),
            gate_xy=np.full((n, 2), np.nan),
            origin_xy=np.full((n, 2), np.nan),
        )

    def fill(
        self,
        idx: np.ndarray,
        seg: np.ndarray,
        t: np.ndarray,
        proj: np.ndarray,
        origin: np.ndarray,
        net: WalkingNetwork,
        *,
        leg: bool,
    ) -> None:
        self.edge[idx] = seg
        self.t[idx] = t
        self.gate_xy[idx] = proj
        self.origin_xy[idx] = origin
        d = net.b_xy[seg] - net.a_xy[seg]
        off = origin - proj
        self.side[idx] = np.where(d[:, 0] * off[:, 1] - d[:, 1] * off[:, 0] >= 0, 1, -1)
        self.leg = leg
        if leg:
            self.leg_m[idx] = np.hypot(off[:, 0], off[:, 1])

    @property
    def attached(self) -> np.ndarray:
        return self.edge >= 0


@dataclass
class RouteResult:
    """Shortest routes from a set of sources to every vertex.

    Attributes:
        cost: the minimised weight (plain metres, or penalised metres).
        length_m: the plain length of the chosen route.
        crossings: busy-road crossings on the chosen route.
        unlit_m: unlit metres on the chosen route.
        source: the source vertex the route starts from (-1 unreachable).
    """

    cost: np.ndarray
    length_m: np.ndarray
    crossings: np.ndarray
    unlit_m: np.ndarray
    source: np.ndarray


@dataclass
class RoutingGraph:
    """Sparse graphs (plain and penalised) with the attached items' vertices."""

    n: int
    plain: Any
    penalised: Any
    attrs: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
    vertex_of: list[np.ndarray]
    xy: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # vertex positions (metres)

    def path_to(self, sources: np.ndarray, target: int, *, penalised: bool) -> list[tuple[float, float]]:
        """Return the polyline (metres) of the shortest route from the nearest source to ``target``.

        Empty when the target cannot be reached. Runs one Dijkstra; meant for showing a single route.
        """
        from scipy.sparse.csgraph import dijkstra

        sources = np.unique(sources[sources >= 0])
        if len(sources) == 0 or target < 0:
            return []
        graph = self.penalised if penalised else self.plain
        cost, pred, _ = dijkstra(
            graph, directed=False, indices=sources, min_only=True, return_predecessors=True
        )
        if not np.isfinite(cost[target]):
            return []
        chain = [target]
        while pred[chain[-1]] >= 0:
            chain.append(int(pred[chain[-1]]))
        pts = [(float(x), float(y)) for x, y in self.xy[chain[::-1]]]
        # Zero-length steps (a gate and its mirror, coincident vertices) add nothing to a drawing.
        return [p for k, p in enumerate(pts) if k == 0 or p != pts[k - 1]]

    @classmethod
    def make(
        cls,
        n: int,
        u: np.ndarray,
        v: np.ndarray,
        length_m: np.ndarray,
        lit: np.ndarray,
        cross: np.ndarray,
        rules: WalkingRules,
        vertex_of: list[np.ndarray],
    ) -> RoutingGraph:
        from scipy.sparse import csr_matrix

        penal = length_m * np.where(lit, 1.0, 1.0 + rules.unlit_extra_per_m) + np.where(
            cross, rules.busy_crossing_extra_m, 0.0
        )
        lo = np.minimum(u, v)
        hi = np.maximum(u, v)
        key = lo * n + hi
        graphs = {}
        attrs = {}
        for name, w in (("plain", length_m), ("penalised", penal)):
            # Parallel edges would be summed by scipy: keep the lightest of each vertex pair.
            order = np.lexsort((w, key))
            k = key[order]
            first = order[np.concatenate(([True], k[1:] != k[:-1]))] if len(k) else order
            graphs[name] = csr_matrix((w[first], (lo[first], hi[first])), shape=(n, n))
            attrs[name] = (
                key[first],
                length_m[first],
                cross[first].astype(np.int64),
                np.where(lit, 0.0, length_m)[first],
            )
        return cls(n, graphs["plain"], graphs["penalised"], attrs, vertex_of)

    def routes(
        self, sources: np.ndarray, *, penalised: bool, limit: float = np.inf, details: bool = True
    ) -> RouteResult:
        """Return the shortest routes from the nearest of ``sources`` to every vertex.

        With ``details=False`` only the cost and the source are computed (``length_m`` is the cost,
        crossings and unlit metres are zero): enough for plain distances and assignment.
        """
        from scipy.sparse.csgraph import dijkstra

        sources = np.unique(sources[sources >= 0])
        n = self.n
        if len(sources) == 0:
            inf = np.full(n, np.inf)
            return RouteResult(inf, inf.copy(), np.zeros(n, np.int64), np.zeros(n), np.full(n, -1, np.int64))
        name = "penalised" if penalised else "plain"
        graph = self.penalised if penalised else self.plain
        cost, pred, src = dijkstra(
            graph, directed=False, indices=sources, min_only=True, return_predecessors=True, limit=limit
        )
        src = np.where(np.isfinite(cost), src, -1).astype(np.int64)
        if not details:
            return RouteResult(cost, cost, np.zeros(n, np.int64), np.zeros(n), src)
        keys, length_m, cross, unlit = self.attrs[name]
        has = pred >= 0
        idx = np.flatnonzero(has)
        p = pred[idx].astype(np.int64)
        k = np.minimum(p, idx) * n + np.maximum(p, idx)
        pos = np.searchsorted(keys, k)
        vals = np.zeros((n, 3))
        vals[idx, 0] = length_m[pos]
        vals[idx, 1] = cross[pos]
        vals[idx, 2] = unlit[pos]
        totals = _accumulate(np.where(has, pred, -1).astype(np.int64), vals)
        totals[~np.isfinite(cost)] = np.inf
        return RouteResult(
            cost=cost,
            length_m=totals[:, 0],
            crossings=np.where(np.isfinite(cost), totals[:, 1], 0).astype(np.int64),
            unlit_m=totals[:, 2],
            source=src,
        )


def _accumulate(pred: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Sum per-vertex edge values (edge from its predecessor) from the tree root to every vertex.

    Pointer jumping: after round r each vertex holds the sum over its last 2**r edges, so a tree of
    depth D needs log2(D) vectorised rounds instead of one Python step per vertex and edge.
    """
    acc = values.copy()
    anc = pred.copy()
    live = np.flatnonzero(anc >= 0)
    while len(live):
        a = anc[live]
        acc[live] = acc[live] + acc[a]
        anc[live] = anc[a]
        live = live[anc[live] >= 0]
    return acc


def _project(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (t, foot point, distance) of points ``p`` projected on segments ``a``→``b`` (clamped)."""
    d = b - a
    dd = np.einsum("ij,ij->i", d, d)
    t = np.clip(np.einsum("ij,ij->i", p - a, d) / np.where(dd > 0, dd, 1.0), 0.0, 1.0)
    proj = a + t[:, None] * d
    diff = p - proj
    return t, proj, np.hypot(diff[:, 0], diff[:, 1])


def build_network(
    paths: Sequence[PathInput], rules: WalkingRules, lights: np.ndarray | None = None
) -> WalkingNetwork:
    """Return the noded walking network of ``paths`` (centrelines in metres).

    ``lights``: (L, 3) street lights as x, y and reach (m). A path is lit where it is drawn lit or lies
    within a light's reach: segments are cut where they enter and leave each light's circle.
    """
    import shapely

    if not paths:
        z2 = np.zeros((0, 2))
        zi = np.zeros((0, 2), dtype=np.int64)
        e = np.zeros(0)
        ei = e.astype(np.int64)
        return WalkingNetwork(
            rules,
            z2,
            z2,
            e,
            e,
            e.astype(bool),
            e.astype(bool),
            zi,
            zi,
            0,
            ei,
            ei,
            e,
            e.astype(bool),
            e.astype(bool),
            ei,
            ei,
            e,
            e,
        )
    # All vertices in one array; a segment joins each vertex to the next one of the same path.
    counts = np.fromiter((len(p.route) for p in paths), dtype=np.int64, count=len(paths))
    xy = np.array([pt for p in paths for pt in p.route], dtype=float)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    last = starts + counts - 1
    is_last = np.zeros(len(xy), bool)
    is_last[last] = True
    seg_start = np.flatnonzero(~is_last)
    A = xy[seg_start]
    B = xy[seg_start + 1]
    own = np.repeat(np.arange(len(paths)), counts - 1)
    ends = np.stack([xy[starts], xy[last]], axis=1).reshape(-1, 2)
    width = np.array([p.width_m for p in paths], dtype=float)
    busy_p = np.array([p.busy for p in paths], dtype=bool)
    lit_p = np.array([p.lit for p in paths], dtype=bool)
    safe_p = np.array([p.safe_crossing for p in paths], dtype=bool)
    lines = shapely.linestrings(np.stack([A, B], axis=1))
    tree = shapely.STRtree(lines)

    # 1. where segments cross or touch: split points (segment, t)
    split_s: list[np.ndarray] = []
    split_t: list[np.ndarray] = []
    # Candidate pairs by bounding boxes; whether they really cross is decided below from the
    # segment parameters (cheaper than asking GEOS for each pair).
    i, j = tree.query(lines)
    keep = i < j
    i, j = i[keep], j[keep]
    r = B[i] - A[i]
    s = B[j] - A[j]
    q = A[j] - A[i]
    denom = r[:, 0] * s[:, 1] - r[:, 1] * s[:, 0]
    ok = np.abs(denom) > 1e-12
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (q[:, 0] * s[:, 1] - q[:, 1] * s[:, 0]) / denom
        w = (q[:, 0] * r[:, 1] - q[:, 1] * r[:, 0]) / denom
    eps_i = 1e-4 / np.maximum(np.hypot(r[:, 0], r[:, 1]), 1e-9)
    eps_j = 1e-4 / np.maximum(np.hypot(s[:, 0], s[:, 1]), 1e-9)
    on_i = ok & (t >= -eps_i) & (t <= 1 + eps_i)
    on_j = ok & (w >= -eps_j) & (w <= 1 + eps_j)
    mi = on_j & (t > eps_i) & (t < 1 - eps_i)
    mj = on_i & (w > eps_j) & (w < 1 - eps_j)
    split_s += [i[mi], j[mj]]
    split_t += [t[mi], w[mj]]
    if lights is not None and len(lights):
        ls, lt = _light_splits(A, B, tree, np.asarray(lights, dtype=float))
        split_s.append(ls)
        split_t.append(lt)

    # 2. path ends that nearly touch another path: join them with a connector
    end_xy = ends
    end_owner = np.repeat(np.arange(len(paths)), 2)
    con_a: list[np.ndarray] = []
    con_b: list[np.ndarray] = []
    con_lit: list[np.ndarray] = []
    con_owner: list[np.ndarray] = []
    if rules.snap_tolerance_m > 0:
        # A path drawn up to the edge of a wider road ends inside its corridor: join it to the centreline.
        reach = float(width.max()) / 2.0 + rules.snap_tolerance_m
        boxes = shapely.box(
            end_xy[:, 0] - reach, end_xy[:, 1] - reach, end_xy[:, 0] + reach, end_xy[:, 1] + reach
        )
        ei, sj = tree.query(boxes)
        tt, proj, dist = _project(end_xy[ei], A[sj], B[sj])
        # Ends already on the segment are joined by step 1 or share a vertex.
        near = (
            (dist > 1e-3)
            & (own[sj] != end_owner[ei])
            & (dist <= width[own[sj]] / 2.0 + rules.snap_tolerance_m)
        )
        ei, sj, tt, proj, dist = ei[near], sj[near], tt[near], proj[near], dist[near]
        if len(ei):
            order = np.lexsort((dist, ei))
            first = order[np.unique(ei[order], return_index=True)[1]]
            ei, sj, tt, proj = ei[first], sj[first], tt[first], proj[first]
            inner = (tt > 1e-6) & (tt < 1 - 1e-6)
            split_s.append(sj[inner])
            split_t.append(tt[inner])
            con_a.append(end_xy[ei])
            con_b.append(proj)
            con_lit.append(lit_p[end_owner[ei]] | lit_p[own[sj]])
            con_owner.append(end_owner[ei])

    # 3. cut segments at the split points
    ss = np.concatenate([np.arange(len(A)), np.arange(len(A)), *split_s])
    st = np.concatenate([np.zeros(len(A)), np.ones(len(A)), *split_t])
    order = np.lexsort((st, ss))
    ss, st = ss[order], st[order]
    same = ss[1:] == ss[:-1]
    e_seg = ss[:-1][same]
    t0 = st[:-1][same]
    t1 = st[1:][same]
    d = B[e_seg] - A[e_seg]
    pa = A[e_seg] + t0[:, None] * d
    pb = A[e_seg] + t1[:, None] * d
    seg_len = np.hypot(*(pb - pa).T)
    good = seg_len > 1e-6
    e_seg, pa, pb, seg_len = e_seg[good], pa[good], pb[good], seg_len[good]
    t0, t1 = t0[good], t1[good]
    e_path = own[e_seg]
    # Where each piece lies along its path (metres from the path's first vertex): lets another
    # network of the same paths find the same point (see WalkingNetwork.locate).
    full = np.hypot(*(B - A).T)
    cum = np.cumsum(full)
    first_seg = np.concatenate(([0], np.cumsum(counts - 1)[:-1]))
    path_offset = cum[first_seg] - full[first_seg]
    seg_along = cum - full - path_offset[own]
    along0 = seg_along[e_seg] + t0 * full[e_seg]
    along1 = seg_along[e_seg] + t1 * full[e_seg]

    # 4. vertices: points closer than a millimetre are one
    ca = np.concatenate(con_a) if con_a else np.zeros((0, 2))
    cb = np.concatenate(con_b) if con_b else np.zeros((0, 2))
    allpts = np.concatenate([pa, pb, ca, cb])
    keys = np.round(allpts * _GRID).astype(np.int64)
    keys -= keys.min(axis=0) if len(keys) else 0
    # one integer per point (x in the high bits), so that np.unique works on a flat array
    flat = keys[:, 0] * (int(keys[:, 1].max()) + 1 if len(keys) else 1) + keys[:, 1]
    _, vid = np.unique(flat, return_inverse=True)
    vid = vid.ravel()
    n_e, n_c = len(pa), len(ca)
    u = vid[:n_e]
    v = vid[n_e : 2 * n_e]
    cu = vid[2 * n_e : 2 * n_e + n_c]
    cv = vid[2 * n_e + n_c :]
    n_nodes = int(vid.max()) + 1 if len(vid) else 0
    e_busy = busy_p[e_path]
    e_width = width[e_path]
    e_lit = lit_p[e_path]
    if lights is not None and len(lights):
        e_lit = e_lit | _within_light((pa + pb) / 2.0, np.asarray(lights, dtype=float))

    left, right, n_vertices, cross = _sides(
        pa, pb, u, v, e_busy, e_width, e_lit, safe_p[e_path], n_nodes, cu, cv, ca, cb
    )
    con_u, con_v = cross["con_u"], cross["con_v"]
    extra_u = np.concatenate([cross["u"], con_u])
    extra_v = np.concatenate([cross["v"], con_v])
    extra_len = np.concatenate([cross["len"], np.hypot(*(cb - ca).T) if n_c else np.zeros(0)])
    extra_lit = np.concatenate([cross["lit"], np.concatenate(con_lit) if con_lit else np.zeros(0, bool)])
    extra_cross = np.concatenate([~cross["safe"], np.zeros(n_c, bool)])
    return WalkingNetwork(
        rules=rules,
        a_xy=pa,
        b_xy=pb,
        length_m=seg_len,
        width_m=e_width,
        busy=e_busy,
        lit=e_lit,
        left=left,
        right=right,
        n_vertices=n_vertices,
        extra_u=extra_u,
        extra_v=extra_v,
        extra_len=extra_len,
        extra_lit=extra_lit,
        extra_cross=extra_cross,
        owner=e_path,
        along0=along0,
        along1=along1,
        extra_owner=np.concatenate(
            [
                np.full(len(cross["u"]), -1, np.int64),
                np.concatenate(con_owner) if con_owner else np.zeros(0, np.int64),
            ]
        ),
    )


def _light_splits(
    A: np.ndarray, B: np.ndarray, tree: Any, lights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (segment, t) where segments A→B cross the circle of each light (x, y, reach)."""
    import shapely

    reach = float(lights[:, 2].max())
    li, si = tree.query(shapely.points(lights[:, :2]), predicate="dwithin", distance=reach)
    if not len(li):
        return np.zeros(0, np.int64), np.zeros(0)
    # |A + t d − c|² = r²  →  (d·d) t² + 2 d·(A − c) t + |A − c|² − r² = 0
    d = B[si] - A[si]
    f = A[si] - lights[li, :2]
    a = (d * d).sum(axis=1)
    b = 2.0 * (d * f).sum(axis=1)
    c = (f * f).sum(axis=1) - lights[li, 2] ** 2
    disc = b * b - 4.0 * a * c
    ok = (disc > 0) & (a > 1e-12)
    root = np.sqrt(np.where(ok, disc, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = (-b - root) / (2.0 * a)
        t2 = (-b + root) / (2.0 * a)
    segs = np.concatenate([si, si])
    ts = np.concatenate([t1, t2])
    inside = np.concatenate([ok, ok]) & (ts > 1e-6) & (ts < 1 - 1e-6)
    return segs[inside].astype(np.int64), ts[inside]


def _within_light(points: np.ndarray, lights: np.ndarray) -> np.ndarray:
    """Return a bool per point: within the reach of some light (x, y, reach)."""
    import shapely

    out = np.zeros(len(points), bool)
    if not len(points):
        return out
    reach = float(lights[:, 2].max())
    pi, li = shapely.STRtree(shapely.points(lights[:, :2])).query(
        shapely.points(points), predicate="dwithin", distance=reach
    )
    close = np.hypot(*(points[pi] - lights[li, :2]).T) <= lights[li, 2] + 1e-9
    out[pi[close]] = True
    return out


def _sides(
    pa: np.ndarray,
    pb: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    busy: np.ndarray,
    width: np.ndarray,
    lit: np.ndarray,
    safe: np.ndarray,
    n_nodes: int,
    cu: np.ndarray,
    cv: np.ndarray,
    ca: np.ndarray,
    cb: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, int, dict[str, np.ndarray]]:
    """Split the vertices of busy roads into sides (angular sectors) and make the crossing edges.

    At a busy road's drawn end (one busy half-edge at the vertex) the road is taken to go on: the
    vertex is split into the two sides of the road's line, joined by a crossing edge.
    """
    n_e = len(u)
    n_c = len(cu)
    # Half-edges leaving each node: base edges both ways, then connectors both ways.
    he_from = np.concatenate([u, v, cu, cv])
    he_dx = np.concatenate([pb - pa, pa - pb, cb - ca, ca - cb])
    he_busy = np.concatenate([busy, busy, np.zeros(2 * n_c, bool)])
    he_vertex = he_from.copy()  # vertex a non-busy half-edge joins
    he_left = he_from.copy()  # for busy half-edges: the sector on their left and on their right
    he_right = he_from.copy()
    cross_u: list[int] = []
    cross_v: list[int] = []
    cross_len: list[float] = []
    cross_lit: list[bool] = []
    cross_safe: list[bool] = []
    next_v = n_nodes
    busy_nodes = np.unique(he_from[he_busy])
    if len(busy_nodes):
        node_busy = np.zeros(n_nodes, bool)
        node_busy[busy_nodes] = True
        sel = np.flatnonzero(node_busy[he_from])
        ang = np.arctan2(he_dx[sel, 1], he_dx[sel, 0])
        order = sel[np.lexsort((ang, he_from[sel]))]
        nodes = he_from[order]
        bounds = np.flatnonzero(np.concatenate(([True], nodes[1:] != nodes[:-1], [True])))
        he_width = np.concatenate([width, width, np.zeros(2 * n_c)])
        he_lit = np.concatenate([lit, lit, np.zeros(2 * n_c, bool)])
        he_safe = np.concatenate([safe, safe, np.zeros(2 * n_c, bool)])
        he_ang = np.arctan2(he_dx[:, 1], he_dx[:, 0])
        for lo, hi in itertools.pairwise(bounds.tolist()):
            group = order[lo:hi]
            node = int(he_from[group[0]])
            is_b = he_busy[group]
            k = int(is_b.sum())
            safe_here = bool(he_safe[group].any())
            if k == 1:
                # The road's drawn end: two sides of its line, split at the road's direction and its opposite.
                road = int(group[np.flatnonzero(is_b)[0]])
                side_b = next_v
                next_v += 1
                rel = np.mod(he_ang[group] - he_ang[road], 2 * np.pi)
                for he, r in zip(group.tolist(), rel.tolist(), strict=True):
                    if he == road:
                        he_left[he], he_right[he] = node, side_b
                    else:
                        he_vertex[he] = node if 0 < r < np.pi else side_b
                cross_u.append(node)
                cross_v.append(side_b)
                cross_len.append(_MIN_EDGE_M if safe_here else float(he_width[road]))
                cross_lit.append(bool(he_lit[road]))
                cross_safe.append(safe_here)
                continue
            # sector i lies counter-clockwise after the i-th busy half-edge; sector 0 keeps the node id
            sector_vertex = [node, *range(next_v, next_v + k - 1)]
            next_v += k - 1
            count_before = np.cumsum(is_b) - is_b  # busy half-edges strictly before each position
            for pos, he in enumerate(group):
                if is_b[pos]:
                    i = int(count_before[pos])
                    he_left[he] = sector_vertex[i]
                    he_right[he] = sector_vertex[(i - 1) % k]
                    if k > 1:
                        cross_u.append(sector_vertex[i])
                        cross_v.append(sector_vertex[(i - 1) % k])
                        # A zebra or footbridge is drawn across the road: its own length is the walk.
                        cross_len.append(_MIN_EDGE_M if safe_here else float(he_width[he]))
                        cross_lit.append(bool(he_lit[he]))
                        cross_safe.append(safe_here)
                else:
                    he_vertex[he] = sector_vertex[(int(count_before[pos]) - 1) % k]
    # base edge e: half-edge e leaves u, half-edge n_e + e leaves v.
    hu = np.arange(n_e)
    hv = n_e + hu
    left = np.where(
        busy[:, None],
        np.stack([he_left[hu], he_right[hv]], axis=1),
        np.stack([he_vertex[hu], he_vertex[hv]], axis=1),
    )
    right = np.where(
        busy[:, None],
        np.stack([he_right[hu], he_left[hv]], axis=1),
        np.stack([he_vertex[hu], he_vertex[hv]], axis=1),
    )
    hc = 2 * n_e + np.arange(n_c)
    return (
        left.astype(np.int64),
        right.astype(np.int64),
        next_v,
        {
            "u": np.array(cross_u, dtype=np.int64),
            "v": np.array(cross_v, dtype=np.int64),
            "len": np.array(cross_len, dtype=float),
            "lit": np.array(cross_lit, dtype=bool),
            "safe": np.array(cross_safe, dtype=bool),
            "con_u": he_vertex[hc].astype(np.int64),
            "con_v": he_vertex[hc + n_c].astype(np.int64),
        },
    )
