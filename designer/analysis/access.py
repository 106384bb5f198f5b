"""Walking access per plot: distance along the paths to the nearest water point and toilet.

Rules (documented for residents and engineers alike):

* distance is measured from the plot's gate (the point of a path nearest the plot's centre, on a
  path whose corridor reaches the plot) along the drawn paths to the facility, including the
  facility's own short walk off the path;
* who may use what is decided by ``designer.analysis.users``: a private facility (a yard tap, a
  household toilet) serves only its plot, at distance 0; a facility shared by named plots or
  households serves them (its own plot at 0 m, the others along the paths) when it is nearer than the
  nearest public one; everyone walks to a public one (standpipe, kiosk, communal block, a shared
  toilet whose users are not named);
* the *plain* route is the shortest; the *safe* route minimises the penalised length (busy-road
  crossings and unlit metres cost extra, see the rule pack's [walking] table); both are reported;
* a plot whose outline no path reaches has no access and no walking distance, and is reported;
* the walk from the dwelling to the plot's gate counts too: from the centre of the plot's largest
  residential building (or new core house) straight to the gate. Without a drawn dwelling the
  distance starts at the gate (where the door is, is not known). A facility on the household's own
  plot stays at 0 m.
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
from designer.analysis.users import FacilityUsers, toilet_users, water_point_users
from designer.model.entities import PathKind, Traffic

__all__ = ["AccessResult", "FacilityRoutes", "compute_access"]

_CROSSINGS = (PathKind.ZEBRA, PathKind.FOOTBRIDGE)


@dataclass
class FacilityRoutes:
    """Per plot: the facility each plot uses and the routes to it (inf/-1 where none)."""

    facility: np.ndarray  # index into the layout's facility list, -1 none
    private: np.ndarray  # bool: served by a private facility on the plot
    plain_m: np.ndarray
    plain_crossings: np.ndarray
    plain_unlit_m: (
        np.ndarray
    )  # unlit metres after dark on the plain route (paths not lit, beyond every light)
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
    entrance_m: np.ndarray  # per plot: dwelling to gate (m), 0 when no dwelling is drawn
    water_reachable: np.ndarray  # per water point: joined to the network (or private)
    toilet_reachable: np.ndarray
    toilet_private_plot: np.ndarray  # per toilet: the plot it is private to, -1 public or shared
    water_private_plot: np.ndarray
    water_users: FacilityUsers
    toilet_users: FacilityUsers
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
            src = self.water_vertex[(groups == g) & self.water_users.public]
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
    reach = pack.walking.light_reach_per_height
    lights = np.array(
        [(s.position[0], s.position[1], s.height_m * reach) for s in lay.lights if s.height_m * reach > 0],
        dtype=float,
    ).reshape(-1, 3)
    net = build_network(
        [
            PathInput(p.route, p.width_m, p.traffic == Traffic.BUSY, p.lit, p.path_kind in _CROSSINGS)
            for p in lay.paths
        ],
        pack.walking,
        lights,
    )
    n_plots = len(lay.plots)
    if like is None:
        plot_att = net.snap_plots(lay.plot_polygons, lay.plot_centroids)
    else:
        plot_att = _snap_like(net, lay, *like, pack)
    wp_xy = np.array([w.position for w in lay.water_points], dtype=float).reshape(-1, 2)
    wc_xy = np.array([t.position for t in lay.toilets], dtype=float).reshape(-1, 2)
    wp_users = water_point_users(lay, pack)
    wc_users = toilet_users(lay)
    wp_private, wc_private = wp_users.private, wc_users.private
    wp_plot, wc_plot = wp_users.host_plot, wc_users.host_plot
    wp_att = net.snap_points(wp_xy)
    wc_att = net.snap_points(wc_xy)
    graph = net.routing_graph([plot_att, wp_att, wc_att])
    plot_v, wp_v, wc_v = graph.vertex_of
    # Private and shared facilities are not sources for anyone but their users.
    wp_pub_v = np.where(wp_users.public, wp_v, -1)
    wc_pub_v = np.where(wc_users.public, wc_v, -1)
    water = _routes(graph, plot_v, wp_pub_v, wp_plot, wp_private, n_plots, with_safe=routes)
    toilet = _routes(graph, plot_v, wc_pub_v, wc_plot, wc_private, n_plots, with_safe=routes)
    _use_shared(graph, plot_v, wp_v, wp_users, water, with_safe=routes)
    _use_shared(graph, plot_v, wc_v, wc_users, toilet, with_safe=routes)
    entrance = dwelling_to_gate_m(lay, plot_att.gate_xy, plot_att.attached)
    _add_entrance(water, entrance)
    _add_entrance(toilet, entrance)
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
        _add_entrance(imp, entrance)
    return AccessResult(
        has_access=plot_att.attached,
        gate_xy=plot_att.gate_xy,
        water=water,
        toilet=toilet,
        improved_water_m=improved_m,
        entrance_m=entrance,
        water_reachable=wp_att.attached | wp_private,
        toilet_reachable=wc_att.attached | wc_private,
        toilet_private_plot=np.where(wc_private, wc_plot, -1),
        water_private_plot=np.where(wp_private, wp_plot, -1),
        water_users=wp_users,
        toilet_users=wc_users,
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
    fac, _, plain_m, plain_x, plain_unlit = pick(plain)
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
    plain_unlit = np.asarray(plain_unlit, dtype=float).copy()
    plain_unlit[plots] = 0.0
    return FacilityRoutes(fac, private, plain_m, plain_x, plain_unlit, safe_m, safe_cost, safe_x, safe_unlit)


def _use_shared(
    graph: RoutingGraph,
    plot_v: np.ndarray,
    fac_v: np.ndarray,
    users: FacilityUsers,
    routes: FacilityRoutes,
    *,
    with_safe: bool,
) -> None:
    """Let the users of each shared facility walk to it when it is nearer than their present choice.

    The facility's own plot reaches it at 0 m; its other user plots along the paths (one Dijkstra per
    shared facility: there are few). A shared toilet whose users are not named is public, but its own
    plot also reaches it at 0 m. The plain and the safe choice are made separately, as for public
    facilities. ``routes`` is updated in place.
    """
    host_only = {k: np.array([users.host_plot[k]]) for k in users.unnamed_shared if users.host_plot[k] >= 0}
    for k in [*users.shared, *host_only]:
        plots = host_only.get(k, users.users[k])
        if not len(plots):
            continue
        host = int(users.host_plot[k])
        n = len(plots)
        plain_m = np.full(n, np.inf)
        plain_x = np.zeros(n, np.int64)
        plain_unlit = np.zeros(n)
        safe_cost = np.full(n, np.inf)
        safe_m = np.full(n, np.inf)
        safe_x = np.zeros(n, np.int64)
        safe_unlit = np.full(n, np.inf)
        pv = plot_v[plots]
        ok = pv >= 0
        if k not in host_only and fac_v[k] >= 0 and ok.any():
            src = np.array([fac_v[k]], dtype=np.int64)
            plain = graph.routes(src, penalised=False, details=with_safe)
            plain_m[ok], plain_x[ok] = plain.length_m[pv[ok]], plain.crossings[pv[ok]]
            plain_unlit[ok] = plain.unlit_m[pv[ok]]
            if with_safe:
                safe = graph.routes(src, penalised=True)
                safe_cost[ok], safe_m[ok] = safe.cost[pv[ok]], safe.length_m[pv[ok]]
                safe_x[ok], safe_unlit[ok] = safe.crossings[pv[ok]], safe.unlit_m[pv[ok]]
            else:
                safe_cost, safe_m, safe_x, safe_unlit = plain_m.copy(), plain_m.copy(), plain_x, np.zeros(n)
        at_home = plots == host
        for arr in (plain_m, safe_cost, safe_m, safe_unlit, plain_unlit):
            arr[at_home] = 0.0
        plain_x[at_home] = 0
        safe_x[at_home] = 0
        # Never replace a private facility of the plot's own.
        better = (plain_m < routes.plain_m[plots]) & ~routes.private[plots]
        win = plots[better]
        routes.facility[win] = k
        routes.plain_m[win] = plain_m[better]
        routes.plain_crossings[win] = plain_x[better]
        routes.plain_unlit_m[win] = plain_unlit[better]
        if with_safe:
            safer = (safe_cost < routes.safe_cost_m[plots]) & ~routes.private[plots]
            sw = plots[safer]
            routes.safe_cost_m[sw] = safe_cost[safer]
            routes.safe_m[sw] = safe_m[safer]
            routes.safe_crossings[sw] = safe_x[safer]
            routes.safe_unlit_m[sw] = safe_unlit[safer]
        else:
            routes.safe_m[win] = plain_m[better]
            routes.safe_cost_m[win] = plain_m[better]
            routes.safe_crossings[win] = plain_x[better]


def dwelling_to_gate_m(lay: Layout, gate_xy: np.ndarray, attached: np.ndarray) -> np.ndarray:
    """Return per plot the straight walk (m) from its main dwelling to its gate; 0 without either.

    The main dwelling is the largest residential building standing on the plot, or its largest new
    core house in an option.
    """
    out = np.zeros(len(lay.plots))
    if not len(lay.plots):
        return out
    centre = dwelling_centres(lay)
    ok = attached & np.isfinite(centre[:, 0])
    out[ok] = np.hypot(*(centre[ok] - gate_xy[ok]).T)
    return out


def dwelling_centres(lay: Layout) -> np.ndarray:
    """Return per plot the centre (x, y, metres) of its main dwelling, NaN where none is drawn."""
    import shapely

    n = len(lay.plots)
    polys = lay.building_polygons
    b_plot = lay.building_plot if len(polys) else np.zeros(0, np.int64)
    residential = np.array([b.use == "residential" for b in lay.buildings], bool).reshape(-1)
    keep = np.flatnonzero((b_plot >= 0) & residential) if len(polys) else np.zeros(0, np.int64)
    areas = [shapely.area(polys[keep])] if len(keep) else []
    cents = [shapely.get_coordinates(shapely.centroid(polys[keep]))] if len(keep) else []
    owners = [b_plot[keep]] if len(keep) else []
    houses = [(lay.plot_index.get(h.plot_id, -1), h) for h in lay.core_houses]
    houses = [(i, h) for i, h in houses if i >= 0]
    if houses:
        hp = shapely.polygons([list(h.outline) for _, h in houses])
        areas.append(shapely.area(hp))
        cents.append(shapely.get_coordinates(shapely.centroid(hp)))
        owners.append(np.array([i for i, _ in houses], dtype=np.int64))
    centre = np.full((n, 2), np.nan)
    if owners:
        area, xy, plot = np.concatenate(areas), np.concatenate(cents), np.concatenate(owners)
        order = np.lexsort((area, plot))  # by plot, then area: the last of each plot is its largest
        last = order[np.r_[plot[order][1:] != plot[order][:-1], True]]
        centre[plot[last]] = xy[last]
    return centre


def _add_entrance(routes: FacilityRoutes, entrance_m: np.ndarray) -> None:
    """Add the dwelling-to-gate walk to routes that leave the plot (not to a facility at home)."""
    walks = (routes.facility >= 0) & ~routes.private & (routes.plain_m > 0) & np.isfinite(routes.plain_m)
    routes.plain_m[walks] += entrance_m[walks]
    if routes.safe_m is not routes.plain_m:
        safe_walks = walks & (routes.safe_m > 0) & np.isfinite(routes.safe_m)
        routes.safe_m[safe_walks] += entrance_m[safe_walks]
    if routes.safe_cost_m is not routes.plain_m and routes.safe_cost_m is not routes.safe_m:
        cost_walks = walks & (routes.safe_cost_m > 0) & np.isfinite(routes.safe_cost_m)
        routes.safe_cost_m[cost_walks] += entrance_m[cost_walks]
