"""Pressure at standpipes and yard taps: a steady-state WNTR run with pressure-dependent demand.

The model is built from the drawing and solved by EPANET 2.2 through WNTR; the user never sees an
.inp file:

* pipes are the water mains of the view, joined where they meet or cross (and where a main's end is
  within ``join_tolerance_m`` of another); length from the drawing; bore and Hazen–Williams C from the
  pipe catalogue (designer.model.pipes: material, nominal size, pressure class; a main without a class
  takes its material's default class, a main not in the catalogue its nominal size and the pack's C,
  and the result says so);
* each supply point is a reservoir joined to the nearest main, at its head above datum, or — when the
  user gave a pressure — at the ground level there plus that pressure. A supply whose pressure over
  the ground is negative or above ``max_supply_pressure_m`` is implausible (a pressure typed as a head,
  or the reverse): the points it feeds are reported "unchecked", not passed or failed;
* each piped water point (standpipe, kiosk, yard tap) draws its design flow — all taps open,
  ``taps × flow_l_per_min`` — at the point of the nearest main within ``connect_max_m`` (the short
  service pipe is not modelled);
* node levels are flat (0 m) without spot levels — reported as an assumption and a warning — one
  level everywhere with one, and the inverse-distance-weighted mean of the spot levels otherwise;
* pressure-dependent demand (PDD): full flow at ``min_head_m`` of pressure, none at 0 m.

Each piped water point gets a status: ``ok``; ``low_pressure`` (below ``min_head_m``);
``not_connected`` (no main within reach, or its main reaches no supply point); ``no_supply`` (no
supply point is drawn at all: the network cannot be judged); ``unchecked`` (its supply is implausible).
The assumptions used are listed in ``PressureResult.assumptions`` and printed with the result.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from designer.analysis.layout import Layout
from designer.analysis.network import PathInput, build_network
from designer.analysis.standards import StandardPack, WalkingRules
from designer.analysis.terrain import DemSource, idw_levels, terrain_levels
from designer.model.entities import SupplyBasis, SupplyPoint, WaterMain, WaterPoint
from designer.model.errors import JamiiError
from designer.model.pipes import find_pipe

__all__ = [
    "PointPressure",
    "PressureError",
    "PressureResult",
    "ground_levels",
    "pipe_bores",
    "simulate_pressure",
    "supply_heads",
]

OK = "ok"
LOW_PRESSURE = "low_pressure"
NOT_CONNECTED = "not_connected"
NO_SUPPLY = "no_supply"
UNCHECKED = "unchecked"


class PressureError(JamiiError):
    """The hydraulic model could not be solved."""


@dataclass(frozen=True, slots=True)
class PointPressure:
    """The result at one piped water point (status: ok, low_pressure, not_connected, no_supply, unchecked)."""

    water_point_id: str
    connected: bool
    pressure_m: float | None
    demand_l_per_s: float
    delivered_l_per_s: float | None
    ok: bool
    reason: str
    status: str = OK


@dataclass
class PressureResult:
    """Pressures at the piped water points of one view."""

    points: list[PointPressure] = field(default_factory=list)
    pipes: int = 0
    junctions: int = 0
    seconds: float = 0.0
    note: str = ""
    assumptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[PointPressure]:
        """Points that were checked and fail: low pressure or not connected (not the unjudged ones)."""
        return [p for p in self.points if p.status in (LOW_PRESSURE, NOT_CONNECTED)]


def ground_levels(xy: np.ndarray, spots: list[tuple[float, float, float]]) -> np.ndarray:
    """Return ground levels (m above datum) at points ``xy`` from spot levels (x, y, level).

    Flat 0 m without spot levels; inverse-distance weighting (power 2) otherwise; a point on a spot
    level takes that level.
    """
    z = idw_levels(xy, spots)
    return np.where(np.isfinite(z), z, 0.0)


def simulate_pressure(lay: Layout, pack: StandardPack, dem: DemSource | None = None) -> PressureResult:
    """Return the pressure at every piped water point of ``lay`` (a WNTR PDD steady-state run).

    ``dem``: the project's terrain model, if it has one (ground levels, see designer.analysis.terrain).
    """
    start = time.perf_counter()
    pr = pack.pressure
    piped = [
        w for w in lay.water_points if w.point_kind is not None and w.point_kind in pack.water.piped_kinds
    ]
    result = PressureResult()
    if not piped:
        result.note = "no piped water points"
        return result
    if not lay.supplies:
        result.points = [_unconnected(w, "no supply point is drawn", NO_SUPPLY) for w in piped]
        result.note = "no supply point is drawn: the network cannot be judged"
        result.warnings.append(f"pressure: {result.note}")
        return result
    if not lay.mains:
        result.points = [_unconnected(w, "no water main is drawn") for w in piped]
        result.note = "no water mains"
        return result
    rules = WalkingRules(
        speed_m_per_min=1.0,
        busy_crossing_extra_m=0.0,
        unlit_extra_per_m=0.0,
        access_tolerance_m=0.0,
        snap_tolerance_m=pr.join_tolerance_m,
        facility_attach_max_m=pr.connect_max_m,
        light_reach_per_height=0.0,
        night_max_unlit_m=0.0,
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
    bore_mm, c_main = pipe_bores(lay.mains, pack, result)
    diameters = bore_mm[np.maximum(owner, 0)]
    roughness = c_main[np.maximum(owner, 0)]
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
    u, v, length = merge[u[~short]], merge[v[~short]], length[~short]
    diameters, roughness = diameters[~short], roughness[~short]
    wp_gate = np.where(wp_gate >= 0, merge[np.maximum(wp_gate, 0)], -1)
    sup_gate = np.where(sup_gate >= 0, merge[np.maximum(sup_gate, 0)], -1)
    # Which vertices are connected to a supply?
    adj = csr_matrix((np.ones(len(u)), (u, v)), shape=(n, n))
    _, comp = connected_components(adj, directed=False)
    fed_comps = {int(comp[g]) for g in sup_gate if g >= 0}
    fed = np.isin(comp, list(fed_comps))
    spots = [(s.position[0], s.position[1], s.level_m) for s in lay.levels]
    levels, ground_at_supply = _levels(edges.xy, sup_xy, spots, dem, result)
    heads, plausible = supply_heads(lay.supplies, ground_at_supply, pack, result)

    demand_m3s = np.zeros(n)
    for k, w in enumerate(piped):
        if wp_gate[k] >= 0:
            demand_m3s[wp_gate[k]] += _demand_l_per_s(w) / 1000.0
    reservoir_of = {int(g): float(heads[k]) for k, g in enumerate(sup_gate) if g >= 0}
    # Components fed only by implausible supplies cannot be judged.
    judged_comps = {int(comp[g]) for k, g in enumerate(sup_gate) if g >= 0 and plausible[k]}
    pipe_mask = fed[u] & fed[v]
    used = np.unique(np.concatenate([u[pipe_mask], v[pipe_mask]]))
    if not fed_comps or len(used) == 0:
        why = "no supply point is drawn" if not lay.supplies else "no main reaches a supply point"
        result.points = [
            _unconnected(w, "no water main within reach" if wp_gate[k] < 0 else why)
            for k, w in enumerate(piped)
        ]
        result.note = why
        return result
    pressure, delivered, solver_warnings = _run_wntr(
        used,
        u[pipe_mask],
        v[pipe_mask],
        length[pipe_mask],
        diameters[pipe_mask],
        roughness[pipe_mask],
        levels,
        demand_m3s,
        reservoir_of,
        pack,
    )
    for said in solver_warnings:
        result.warnings.append(f"pressure: EPANET says: {said} — the pressures are approximate")
    judged = np.isin(comp, list(judged_comps))
    out = [
        _point_result(w, int(wp_gate[k]), fed, judged, pressure, delivered, demand_m3s, pr.min_head_m)
        for k, w in enumerate(piped)
    ]
    result.points = out
    result.pipes = int(pipe_mask.sum())
    result.junctions = len(used)
    result.seconds = time.perf_counter() - start
    return result


def _point_result(
    w: WaterPoint,
    g: int,
    fed: np.ndarray,
    judged: np.ndarray,
    pressure: np.ndarray,
    delivered: np.ndarray,
    demand_m3s: np.ndarray,
    min_head_m: float,
) -> PointPressure:
    """Return the result at one piped water point whose demand is drawn at vertex ``g`` (-1 none)."""
    if g < 0:
        return _unconnected(w, "no water main within reach")
    if not fed[g]:
        return _unconnected(w, "its main is not connected to a supply point")
    demand = _demand_l_per_s(w)
    p = float(pressure[g])
    if not judged[g]:
        return PointPressure(
            water_point_id=w.id,
            connected=True,
            pressure_m=p,
            demand_l_per_s=demand,
            delivered_l_per_s=None,
            ok=False,
            reason="its supply point's head is implausible (see the warnings)",
            status=UNCHECKED,
        )
    share = float(delivered[g] / demand_m3s[g]) if demand_m3s[g] > 0 else 1.0
    ok = p + 1e-6 >= min_head_m
    return PointPressure(
        water_point_id=w.id,
        connected=True,
        pressure_m=p,
        demand_l_per_s=demand,
        delivered_l_per_s=demand * min(1.0, share),
        ok=ok,
        reason=("" if ok else f"pressure {p:.1f} m is below {min_head_m:g} m")
        + ("" if _demand_known(w) else " (its own draw is unknown: taps or flow not surveyed)"),
        status=OK if ok else LOW_PRESSURE,
    )


def _demand_known(w: WaterPoint) -> bool:
    return w.taps is not None and w.flow_l_per_min is not None


def _demand_l_per_s(w: WaterPoint) -> float:
    """The point's design draw (taps × flow); 0 when taps or flow are unknown (the reason says so)."""
    if w.taps is None or w.flow_l_per_min is None:
        return 0.0
    return w.taps * w.flow_l_per_min / 60.0


def _unconnected(w: WaterPoint, reason: str, status: str = NOT_CONNECTED) -> PointPressure:
    return PointPressure(
        water_point_id=w.id,
        connected=False,
        pressure_m=None,
        demand_l_per_s=_demand_l_per_s(w),
        delivered_l_per_s=None,
        ok=False,
        reason=reason,
        status=status,
    )


def pipe_bores(
    mains: list[WaterMain], pack: StandardPack, result: PressureResult
) -> tuple[np.ndarray, np.ndarray]:
    """Return the bore (mm) and Hazen–Williams C of each main from the pipe catalogue.

    A main without a pressure class takes its material's default class; a main the catalogue does not
    list keeps its nominal size as the bore and the pack's C. Both are added to ``result``'s
    assumptions and warnings, so the user sees what the pressures rest on.
    """
    bore = np.zeros(len(mains))
    c = np.zeros(len(mains))
    defaulted: dict[str, int] = {}
    for k, m in enumerate(mains):
        spec = find_pipe(m.material, m.diameter_mm, m.pressure_class)
        if spec is None:
            bore[k], c[k] = float(m.diameter_mm), pack.pressure.hazen_williams_c
            cls = f" {m.pressure_class}" if m.pressure_class else ""
            result.warnings.append(
                f"pressure: main {m.id} ({m.material} {m.diameter_mm} mm{cls}) is not in the pipe catalogue: "
                f"its nominal size is taken as the bore and C = {pack.pressure.hazen_williams_c:g}"
            )
            continue
        bore[k], c[k] = spec.internal_mm, spec.hazen_williams_c
        if not m.pressure_class:
            defaulted[spec.label] = defaulted.get(spec.label, 0) + 1
    for label, n in sorted(defaulted.items()):
        result.assumptions.append(f"{n} main(s) with no pressure class taken as {label}")
    if len(mains):
        result.assumptions.append(
            "bores and roughness from the pipe catalogue (resources/pipes/catalogue.csv)"
        )
    return bore, c


def supply_heads(
    supplies: list[SupplyPoint],
    ground: np.ndarray,
    pack: StandardPack,
    result: PressureResult,
) -> tuple[np.ndarray, np.ndarray]:
    """Return each supply's head above datum (m) and whether it is plausible.

    A pressure is converted with the ground level at the supply point. The pressure over the ground
    must lie between 0 and ``max_supply_pressure_m``; otherwise a warning names the supply, its figure
    and the ground, and suggests the likely slip (a pressure typed as a head, or the reverse).
    """
    heads = np.zeros(len(supplies))
    ok = np.ones(len(supplies), dtype=bool)
    limit = pack.pressure.max_supply_pressure_m
    for k, s in enumerate(supplies):
        g = float(ground[k])
        if s.given_as == SupplyBasis.PRESSURE:
            heads[k] = g + s.pressure_m
            result.assumptions.append(
                f"supply {s.id}: {s.pressure_m:g} m pressure over ground at {g:,.1f} m = head {heads[k]:,.1f} m"
            )
        else:
            heads[k] = s.head_m
            result.assumptions.append(
                f"supply {s.id}: head {s.head_m:,.1f} m above datum (ground there {g:,.1f} m)"
            )
        over_ground = heads[k] - g
        if over_ground < 0:
            ok[k] = False
            result.warnings.append(
                f"pressure: supply {s.id} head {heads[k]:,.1f} m is {-over_ground:,.1f} m below the ground there "
                f"({g:,.1f} m): was a pressure entered as a head? Set 'Supply given as' to pressure"
            )
        elif over_ground > limit:
            ok[k] = False
            hint = (
                "was a head above datum entered as a pressure?"
                if s.given_as == SupplyBasis.PRESSURE
                else "is the head above the same datum as the ground levels?"
            )
            result.warnings.append(
                f"pressure: supply {s.id} gives {over_ground:,.1f} m over the ground ({g:,.1f} m), more than "
                f"{limit:g} m: {hint}"
            )
        hours = sum(max(0.0, b - a) for a, b in s.supply_hours)
        if hours < 24:
            spans = ", ".join(f"{a:02.0f}–{b:02.0f}" for a, b in s.supply_hours)
            result.assumptions.append(
                f"supply {s.id} runs {hours:g} h a day ({spans}); pressures are while it runs"
            )
    return heads, ok


def _levels(
    node_xy: np.ndarray,
    supply_xy: np.ndarray,
    spots: list[tuple[float, float, float]],
    dem: DemSource | None,
    result: PressureResult,
) -> tuple[np.ndarray, np.ndarray]:
    """Return the ground level of every node and of every supply point; say what they rest on.

    A point no terrain model or spot level covers is taken at 0 m — said as an assumption and a warning.
    """
    terrain = terrain_levels(np.concatenate([node_xy, supply_xy]), spots, dem)
    result.assumptions += terrain.notes
    result.warnings += [f"pressure: {w}" for w in terrain.warnings]
    z = terrain.level_m
    unknown = ~np.isfinite(z)
    if unknown.all():
        result.assumptions.append("ground levels: none given, the site is taken as flat at 0 m")
        result.warnings.append(
            "pressure: no ground levels (spot levels or a terrain model) are given: the site is taken as "
            "flat at 0 m, so pressures ignore the terrain"
        )
    elif unknown.any():
        result.warnings.append(f"pressure: {int(unknown.sum())} points have no ground level: taken as 0 m")
    z = np.where(unknown, 0.0, z)
    return z[: len(node_xy)], z[len(node_xy) :]


def _run_wntr(
    used: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    length: np.ndarray,
    diameter_mm: np.ndarray,
    roughness_c: np.ndarray,
    levels: np.ndarray,
    demand_m3s: np.ndarray,
    reservoirs: dict[int, float],
    pack: StandardPack,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Build and solve the WNTR model; return pressure (m) and delivered demand (m³/s) per vertex, and
    what EPANET warned about (an unbalanced system: the solution did not converge)."""
    import wntr

    pr = pack.pressure
    wn = wntr.network.WaterNetworkModel()
    for vert in used.tolist():
        if vert in reservoirs:
            wn.add_reservoir(f"n{vert}", base_head=reservoirs[vert])
        else:
            wn.add_junction(f"n{vert}", base_demand=float(demand_m3s[vert]), elevation=float(levels[vert]))
    for k in range(len(u)):
        wn.add_pipe(
            f"p{k}",
            f"n{int(u[k])}",
            f"n{int(v[k])}",
            length=float(max(length[k], 0.01)),
            diameter=float(diameter_mm[k]) / 1000.0,
            roughness=float(roughness_c[k]),
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
    with tempfile.TemporaryDirectory(prefix="jamii-pressure-") as tmp, _epanet_warnings() as said:
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
    return pressure, delivered, said


@contextmanager
def _epanet_warnings() -> Iterator[list[str]]:
    """Collect EPANET's warnings (logged by WNTR) instead of letting them pass unseen."""
    import logging

    said: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            text = record.getMessage()
            if "EPANET warning" in text:
                said.append(text.split(" - ", 1)[-1].strip())

    logger = logging.getLogger("wntr.epanet.toolkit")
    handler = _Keep(level=logging.WARNING)
    logger.addHandler(handler)
    try:
        yield said
    finally:
        logger.removeHandler(handler)
