"""Walking access per plot: distance along the paths to the nearest water point and toilet.

Rules (documented for residents and engineers alike):

* distance is measured from the plot's gate (the point of a path nearest the plot's centre, on a
  path whose corridor reaches the plot) along the drawn paths to the facility, including the
  facility's own short walk off the path;
* a private facility (a yard tap, a household toilet, a shared toilet on a plot) serves only the
  households of its plot, at distance 0; everyone else walks to a public one (standpipe, kiosk,
  communal block, …). A private facility with no plot set belongs to the plot it stands in;
* the *plain* route is the shortest; the *safe* route minimises the penalised length (busy-road
  crossings and unlit metres cost extra, see the rule pack's [walking] table); both are reported;
* a plot whose outline no path reaches has no access and no walking distance, and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from designer.analysis.layout import Layout
from designer.analysis.network import (
    Attachment,
    PathInput,
    RouteResult,
    RoutingGraph,
    WalkingNetwork,
    build_network,
)
from designer.analysis.standards import StandardPack
from designer.model.entities import ToiletAccess, Traffic

__all__ = ["AccessResult", "FacilityRoutes", "compute_access"]


@dataclass
class FacilityRoutes:
    """Per plot: the facility each plot uses and the routes to it (inf/-1 where none)."""

    facility: np.ndarray  # index into the layout's facility list, -1 none
    private: np.ndarray  # bool: served by a private facility on the plot
    plain_m: np.ndarray
    plain_crossings: np.ndarray
    safe_m: np.ndarray  # plain length of the safe route
    safe_cost_m: np.ndarray  # penalised length of the safe route
    safe_crossings: np.ndarray
    safe_unlit_m: np.ndarray


@dataclass
class AccessResult:
    """Walking access of every plot of a layout."""

    has_access: np.ndarray  # bool per plot
    gate_xy: np.ndarray  # (P, 2)
    water: FacilityRoutes
    toilet: FacilityRoutes
    improved_water_m: np.ndarray  # plain distance to an improved water source (private counts as 0)
    water_reachable: np.ndarray  # per water point: joined to the network (or private)
    toilet_reachable: np.ndarray
    toilet_private_plot: np.ndarray  # per toilet: the plot it is private to, -1 public
    water_private_plot: np.ndarray
    graph: RoutingGraph
    network: WalkingNetwork
    plot_attachment: Attachment
    water_vertex: np.ndarray
    plot_vertex: np.ndarray
    toilet_vertex: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def nearest_by_group(self, groups: np.ndarray, n_groups: int, limit_m: float) -> np.ndarray:
        """Return (P, n_groups) bool: is a public water point of each group within ``limit_m`` of the plot."""
        out = np.zeros((len(self.plot_vertex), n_groups), bool)
        ok = self.plot_vertex >= 0
        for g in range(n_groups):
            src = self.water_vertex[(groups == g) & (self.water_private_plot < 0)]
            if not (src >= 0).any():
                continue
            r = self.graph.routes(src, penalised=False, limit=limit_m)
            out[ok, g] = r.cost[self.plot_vertex[ok]] <= limit_m
        return out


def _private_plots(
    lay: Layout, positions: np.ndarray, plot_ids: list[str], private: np.ndarray
) -> np.ndarray:
    """Return the plot each private facility belongs to (its plot_id, else the plot it stands in)."""
    out = np.full(len(plot_ids), -1, dtype=np.int64)
    for k, pid in enumerate(plot_ids):
        if private[k] and pid in lay.plot_index:
            out[k] = lay.plot_index[pid]
    missing = private & (out < 0)
    if missing.any():
        out[missing] = lay.plots_containing(positions[missing])
    return out


def compute_access(
    lay: Layout,
    pack: StandardPack,
    *,
    routes: bool = True,
    like: tuple[Layout, AccessResult] | None = None,
) -> AccessResult:
    """Return the walking access of every plot of ``lay`` under ``pack``'s walking rules.

    Args:
        lay: the layout.
        pack: the rule pack.
        routes: False computes only plain distances and assignments (the safe route and the crossings
            along routes are left as the plain values and zeros): what the state before an option needs.
        like: the access of another layout of the same settlement (the option, when ``lay`` is the
            existing conditions), whose plot gates are reused where they are certainly the same.
    """
    net = build_network(
        [PathInput(p.route, p.width_m, p.traffic == Traffic.BUSY, p.lit) for p in lay.paths], pack.walking
    )
    n_plots = len(lay.plots)
    if like is None:
        plot_att = net.snap_plots(lay.plot_polygons, lay.plot_centroids)
    else:
        plot_att = _snap_like(net, lay, *like, pack)
    wp_xy = np.array([w.position for w in lay.water_points], dtype=float).reshape(-1, 2)
    wc_xy = np.array([t.position for t in lay.toilets], dtype=float).reshape(-1, 2)
    wp_private = np.array([w.point_kind in pack.water.private_kinds for w in lay.water_points], dtype=bool)
    wc_private = np.array(
        [t.access in (ToiletAccess.HOUSEHOLD, ToiletAccess.SHARED) for t in lay.toilets], dtype=bool
    )
    wp_plot = _private_plots(lay, wp_xy, [w.plot_id for w in lay.water_points], wp_private)
    wc_plot = _private_plots(lay, wc_xy, [t.plot_id for t in lay.toilets], wc_private)
    # A household or shared toilet standing outside every plot is used as a public one.
    wc_private &= wc_plot >= 0
    wp_private &= wp_plot >= 0
    wp_att = net.snap_points(wp_xy)
    wc_att = net.snap_points(wc_xy)
    graph = net.routing_graph([plot_att, wp_att, wc_att])
    plot_v, wp_v, wc_v = graph.vertex_of
    # Private facilities are not sources for anyone else.
    wp_pub_v = np.where(wp_private, -1, wp_v)
    wc_pub_v = np.where(wc_private, -1, wc_v)
    water = _routes(graph, plot_v, wp_pub_v, wp_plot, wp_private, n_plots, with_safe=routes)
    toilet = _routes(graph, plot_v, wc_pub_v, wc_plot, wc_private, n_plots, with_safe=routes)
    improved = np.array([w.point_kind in pack.water.improved_kinds for w in lay.water_points], dtype=bool)
    if improved.all():
        improved_m = water.plain_m
    else:
        imp = _routes(
            graph,
            plot_v,
            np.where(improved, wp_pub_v, -1),
            np.where(improved, wp_plot, -1),
            wp_private & improved,
            n_plots,
            with_safe=False,
        )
        improved_m = imp.plain_m
    return AccessResult(
        has_access=plot_att.attached,
        gate_xy=plot_att.gate_xy,
        water=water,
        toilet=toilet,
        improved_water_m=improved_m,
        water_reachable=wp_att.attached | wp_private,
        toilet_reachable=wc_att.attached | wc_private,
        toilet_private_plot=np.where(wc_private, wc_plot, -1),
        water_private_plot=np.where(wp_private, wp_plot, -1),
        graph=graph,
        network=net,
        plot_attachment=plot_att,
        water_vertex=wp_v,
        plot_vertex=plot_v,
        toilet_vertex=wc_v,
    )


def _snap_like(
    net: WalkingNetwork, lay: Layout, other: Layout, other_acc: AccessResult, pack: StandardPack
) -> Attachment:
    """Snap ``lay``'s plots, reusing the gates ``other`` found where they are certainly the same.

    A plot's gate is the point nearest its centroid on the path segments within reach. When the plot
    is the same record in both layouts and its gate in ``other`` lies on a path that ``lay`` has too,
    that gate is also ``lay``'s answer — provided no path that only ``lay`` has is within reach of the
    plot (those plots are snapped afresh). Likewise a plot with no gate in ``other`` has none here
    unless a path only ``lay`` has comes within reach.
    """
    import shapely

    mine = {id(p): k for k, p in enumerate(lay.paths)}
    path_map = np.array([mine.get(id(p), -1) for p in other.paths] + [-1], dtype=np.int64)
    o_line, o_along = other_acc.network.gates_along(other_acc.plot_attachment)
    theirs = {id(p): k for k, p in enumerate(other.plots)}
    pidx = np.array([theirs.get(id(p), -1) for p in lay.plots], dtype=np.int64).reshape(-1)
    mapped = pidx >= 0
    src_line = np.where(mapped, o_line[np.maximum(pidx, 0)], -1) if len(o_line) else np.full(len(pidx), -1)
    along = np.where(mapped, o_along[np.maximum(pidx, 0)], 0.0) if len(o_along) else np.zeros(len(pidx))
    line = np.where(src_line >= 0, path_map[src_line], -1)
    known = mapped & ((src_line < 0) | (line >= 0))
    other_ids = {id(q) for q in other.paths}
    own_only = [p for p in lay.paths if id(p) not in other_ids]
    if own_only and known.any():
        walk = pack.walking
        reach = max(p.width_m for p in own_only) / 2.0 + walk.access_tolerance_m
        tree = shapely.STRtree([shapely.LineString(p.route) for p in own_only])
        near, _ = tree.query(lay.plot_polygons, predicate="dwithin", distance=reach)
        known[near] = False
    return net.snap_plots_like(lay.plot_polygons, lay.plot_centroids, line, along, known)


def _routes(
    graph: RoutingGraph,
    plot_v: np.ndarray,
    fac_v: np.ndarray,
    fac_plot: np.ndarray,
    fac_private: np.ndarray,
    n_plots: int,
    *,
    with_safe: bool = True,
) -> FacilityRoutes:
    vertex_to_fac = np.full(graph.n, -1, dtype=np.int64)
    ok = fac_v >= 0
    vertex_to_fac[fac_v[ok]] = np.flatnonzero(ok)
    has = plot_v >= 0
    pv = plot_v[has]

    def pick(r: RouteResult) -> tuple[np.ndarray, ...]:
        fac = np.full(n_plots, -1, dtype=np.int64)
        src = r.source[pv]
        fac[has] = np.where(src >= 0, vertex_to_fac[np.maximum(src, 0)], -1)
        cost = np.full(n_plots, np.inf)
        length = np.full(n_plots, np.inf)
        cross = np.zeros(n_plots, dtype=np.int64)
        unlit = np.full(n_plots, np.inf)
        cost[has], length[has], cross[has], unlit[has] = (
            r.cost[pv],
            r.length_m[pv],
            r.crossings[pv],
            r.unlit_m[pv],
        )
        return fac, cost, length, cross, unlit

    plain = graph.routes(fac_v, penalised=False, details=with_safe)
    fac, _, plain_m, plain_x, _ = pick(plain)
    if with_safe:
        safe = graph.routes(fac_v, penalised=True)
        _, safe_cost, safe_m, safe_x, safe_unlit = pick(safe)
    else:
        safe_cost, safe_m, safe_x, safe_unlit = plain_m, plain_m, plain_x, np.zeros(n_plots)
    private = np.zeros(n_plots, bool)
    # Private facilities: their own plot walks 0 m to them, with no crossing.
    own = np.flatnonzero(fac_private)[::-1]  # reversed so the first facility of a plot wins
    plots = fac_plot[own]
    fac[plots] = own
    private[plots] = True
    for arr in (plain_m, safe_m, safe_cost):
        arr[plots] = 0.0
    for arr in (plain_x, safe_x):
        arr[plots] = 0
    safe_unlit = np.asarray(safe_unlit, dtype=float).copy()
    safe_unlit[plots] = 0.0
    return FacilityRoutes(fac, private, plain_m, plain_x, safe_m, safe_cost, safe_x, safe_unlit)
