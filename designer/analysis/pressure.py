"""Pressure at standpipes and yard taps: a steady-state WNTR run with pressure-dependent demand.

The model is built from the drawing and solved by EPANET 2.2 through WNTR; the user never sees an
.inp file:

* pipes are the water mains of the view, joined where they meet or cross (and where a main's end is
  within ``join_tolerance_m`` of another); length from the drawing, diameter from the main, Hazen–Williams
  roughness from the rule pack;
* each supply point is a reservoir at its ``head_m`` (metres above datum) joined to the nearest main;
* each piped water point (standpipe, kiosk, yard tap) draws its design flow — all taps open,
  ``taps × flow_l_per_min`` — at the point of the nearest main within ``connect_max_m`` (the short
  service pipe is not modelled);
* node levels are flat (0 m) without spot levels, one level everywhere with one, and the
  inverse-distance-weighted mean of the spot levels otherwise;
* pressure-dependent demand (PDD): full flow at ``min_head_m`` of pressure, none at 0 m.

A water point is flagged when its pressure is below ``min_head_m``, or when no main reaches it, or
its main is not connected to a supply point.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from designer.analysis.layout import Layout
from designer.analysis.network import PathInput, build_network
from designer.analysis.standards import StandardPack, WalkingRules
from designer.model.entities import SupplyPoint, WaterPoint
from designer.model.errors import JamiiError

__all__ = ["PointPressure", "PressureError", "PressureResult", "ground_levels", "simulate_pressure"]


class PressureError(JamiiError):
    """The hydraulic model could not be solved."""


@dataclass(frozen=True, slots=True)
class PointPressure:
    """The result at one piped water point."""

    water_point_id: str
    connected: bool
    pressure_m: float | None
    demand_l_per_s: float
    delivered_l_per_s: float | None
    ok: bool
    reason: str


@dataclass
class PressureResult:
    """Pressures at the piped water points of one view."""

    points: list[PointPressure] = field(default_factory=list)
    pipes: int = 0
    junctions: int = 0
    seconds: float = 0.0
    note: str = ""

    @property
    def failures(self) -> list[PointPressure]:
        return [p for p in self.points if not p.ok]


def ground_levels(xy: np.ndarray, spots: list[tuple[float, float, float]]) -> np.ndarray:
    """Return ground levels (m above datum) at points ``xy`` from spot levels (x, y, level).

    Flat 0 m without spot levels; inverse-distance weighting (power 2) otherwise; a point on a spot
    level takes that level.
    """
    if not spots:
        return np.zeros(len(xy))
    s = np.asarray(spots, dtype=float)
    if len(s) == 1:
        return np.full(len(xy), s[0, 2])
    d2 = ((xy[:, None, :] - s[None, :, :2]) ** 2).sum(axis=2)
    exact = d2 < 1e-12
    w = 1.0 / np.where(exact, 1.0, d2)
    z = (w * s[None, :, 2]).sum(axis=1) / w.sum(axis=1)
    hit = exact.any(axis=1)
    z[hit] = s[np.argmax(exact[hit], axis=1), 2]
    return np.asarray(z, dtype=float)


def simulate_pressure(lay: Layout, pack: StandardPack) -> PressureResult:
    """Return the pressure at every piped water point of ``lay`` (a WNTR PDD steady-state run)."""
    start = time.perf_counter()
    pr = pack.pressure
    piped = [
        w for w in lay.water_points if w.point_kind is not None and w.point_kind in pack.water.piped_kinds
    ]
    result = PressureResult()
    if not piped:
        result.note = "no piped water points"
        return result
    if not lay.mains:
        result.points = [_unconnected(w, pr.min_head_m, "no water main is drawn") for w in piped]
        result.note = "no water mains"
        return result
    rules = WalkingRules(
        speed_m_per_min=1.0,
        busy_crossing_extra_m=0.0,
        unlit_extra_per_m=0.0,
        access_tolerance_m=0.0,
        snap_tolerance_m=pr.join_tolerance_m,
        facility_attach_max_m=pr.connect_max_m,
    )
    net = build_network([PathInput(m.route, 0.1, False, True) for m in lay.mains], rules)
    wp_att = net.snap_points(np.array([w.position for w in piped], dtype=float))
    sup_xy = np.array([s.position for s in lay.supplies], dtype=float).reshape(-1, 2)
    sup_att = net.snap_points(sup_xy)
    edges = net.edges([wp_att, sup_att])
    # A facility's own leg is not a pipe: its demand is drawn at the gate on the main.
    wp_gate, sup_gate = edges.gate_of
    keep = ~edges.is_leg
    u, v = edges.u[keep], edges.v[keep]
    length = edges.length_m[keep]
    owner = edges.owner[keep]
    diameters = np.array([m.diameter_mm for m in lay.mains], dtype=float)[np.maximum(owner, 0)]
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n = edges.n
    # Pipes of a few centimetres (a gate at a pipe's end) make the solver stiff: merge their ends.
    short = length < 0.05
    _, rep = connected_components(
        csr_matrix((np.ones(int(short.sum())), (u[short], v[short])), shape=(n, n)), directed=False
    )
    first = np.full(int(rep.max()) + 1, n, dtype=np.int64)
    np.minimum.at(first, rep, np.arange(n))
    merge = first[rep]
    u, v, length, diameters = merge[u[~short]], merge[v[~short]], length[~short], diameters[~short]
    wp_gate = np.where(wp_gate >= 0, merge[np.maximum(wp_gate, 0)], -1)
    sup_gate = np.where(sup_gate >= 0, merge[np.maximum(sup_gate, 0)], -1)
    # Which vertices are connected to a supply?
    adj = csr_matrix((np.ones(len(u)), (u, v)), shape=(n, n))
    _, comp = connected_components(adj, directed=False)
    fed_comps = {int(comp[g]) for g in sup_gate if g >= 0}
    fed = np.isin(comp, list(fed_comps))
    levels = ground_levels(edges.xy, [(s.position[0], s.position[1], s.level_m) for s in lay.levels])

    demand_m3s = np.zeros(n)
    for k, w in enumerate(piped):
        if wp_gate[k] >= 0:
            demand_m3s[wp_gate[k]] += _demand_l_per_s(w) / 1000.0
    reservoir_of = {int(g): lay.supplies[k] for k, g in enumerate(sup_gate) if g >= 0}
    pipe_mask = fed[u] & fed[v]
    used = np.unique(np.concatenate([u[pipe_mask], v[pipe_mask]]))
    if not fed_comps or len(used) == 0:
        why = "no supply point is drawn" if not lay.supplies else "no main reaches a supply point"
        result.points = [
            _unconnected(w, pr.min_head_m, "no water main within reach" if wp_gate[k] < 0 else why)
            for k, w in enumerate(piped)
        ]
        result.note = why
        return result
    pressure, delivered = _run_wntr(
        used,
        u[pipe_mask],
        v[pipe_mask],
        length[pipe_mask],
        diameters[pipe_mask],
        levels,
        demand_m3s,
        reservoir_of,
        pack,
    )
    out = []
    for k, w in enumerate(piped):
        g = int(wp_gate[k])
        demand = _demand_l_per_s(w)
        if g < 0:
            out.append(_unconnected(w, pr.min_head_m, "no water main within reach"))
        elif not fed[g]:
            out.append(_unconnected(w, pr.min_head_m, "its main is not connected to a supply point"))
        else:
            p = float(pressure[g])
            share = float(delivered[g] / demand_m3s[g]) if demand_m3s[g] > 0 else 1.0
            ok = p + 1e-6 >= pr.min_head_m
            out.append(
                PointPressure(
                    water_point_id=w.id,
                    connected=True,
                    pressure_m=p,
                    demand_l_per_s=demand,
                    delivered_l_per_s=demand * min(1.0, share),
                    ok=ok,
                    reason=("" if ok else f"pressure {p:.1f} m is below {pr.min_head_m:g} m")
                    + ("" if _demand_known(w) else " (its own draw is unknown: taps or flow not surveyed)"),
                )
            )
    result.points = out
    result.pipes = int(pipe_mask.sum())
    result.junctions = len(used)
    result.seconds = time.perf_counter() - start
    return result


def _demand_known(w: WaterPoint) -> bool:
    return w.taps is not None and w.flow_l_per_min is not None


def _demand_l_per_s(w: WaterPoint) -> float:
    """The point's design draw (taps × flow); 0 when taps or flow are unknown (the reason says so)."""
    if w.taps is None or w.flow_l_per_min is None:
        return 0.0
    return w.taps * w.flow_l_per_min / 60.0


def _unconnected(w: WaterPoint, min_head_m: float, reason: str) -> PointPressure:
    del min_head_m
    return PointPressure(
        water_point_id=w.id,
        connected=False,
        pressure_m=None,
        demand_l_per_s=_demand_l_per_s(w),
        delivered_l_per_s=None,
        ok=False,
        reason=reason,
    )


def _run_wntr(
    used: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    length: np.ndarray,
    diameter_mm: np.ndarray,
    levels: np.ndarray,
    demand_m3s: np.ndarray,
    reservoirs: dict[int, SupplyPoint],
    pack: StandardPack,
) -> tuple[np.ndarray, np.ndarray]:
    """Build and solve the WNTR model; return pressure (m) and delivered demand (m³/s) per vertex."""
    import wntr

    pr = pack.pressure
    wn = wntr.network.WaterNetworkModel()
    for vert in used.tolist():
        if vert in reservoirs:
            wn.add_reservoir(f"n{vert}", base_head=float(reservoirs[vert].head_m))
        else:
            wn.add_junction(f"n{vert}", base_demand=float(demand_m3s[vert]), elevation=float(levels[vert]))
    for k in range(len(u)):
        wn.add_pipe(
            f"p{k}",
            f"n{int(u[k])}",
            f"n{int(v[k])}",
            length=float(max(length[k], 0.01)),
            diameter=float(diameter_mm[k]) / 1000.0,
            roughness=pr.hazen_williams_c,
            minor_loss=0.0,
        )
    opts = wn.options
    opts.hydraulic.headloss = "H-W"
    opts.hydraulic.demand_model = "PDD"
    opts.hydraulic.required_pressure = pr.min_head_m
    opts.hydraulic.minimum_pressure = 0.0
    opts.time.duration = 0
    import tempfile

    # EPANET 2.2's PDD solver (through WNTR); WNTR's own Newton solver fails to converge on the
    # simplest starved network. EPANET writes its .inp/.rpt/.bin files: keep them out of the cwd.
    with tempfile.TemporaryDirectory(prefix="jamii-pressure-") as tmp:
        try:
            results = wntr.sim.EpanetSimulator(wn).run_sim(file_prefix=str(Path(tmp) / "jamii"))
        except Exception as exc:  # wntr raises its own errors and EPANET error codes
            raise PressureError(f"the water network could not be solved: {exc}") from exc
    if results.node["pressure"].empty:
        raise PressureError("the water network could not be solved (EPANET returned no results)")
    p_series = results.node["pressure"].iloc[0]
    d_series = results.node["demand"].iloc[0]
    n = len(levels)
    pressure = np.zeros(n)
    delivered = np.zeros(n)
    for vert in used:
        name = f"n{int(vert)}"
        pressure[vert] = float(p_series[name])
        delivered[vert] = float(d_series[name])
    return pressure, delivered
