"""Cross-check: walking distances on the sample agree with an independent networkx computation.

The reference below is written separately from designer.analysis.network: it resolves the option with
``Document.option_view``, nodes the centrelines with ``shapely.unary_union``, joins path ends that lie
inside another path's corridor, cuts the pieces at every gate with shapely's ``project`` and runs
``networkx.multi_source_dijkstra_path_length``, then adds the straight walk from the plot's dwelling
(its largest residential building or core house) to its gate. Busy roads are turned into ordinary paths for the
comparison (the two-sided road model has no simple independent equivalent; it has its own tests).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest

from designer.analysis.check import plot_access
from designer.analysis.standards import load_pack
from designer.model import Building, CoreHouse, Document, Path, Plot, Traffic, WaterPoint
from designer.resources import sample_project_path

networkx = pytest.importorskip("networkx")
shapely = pytest.importorskip("shapely")


def _calm(doc: Document) -> Document:
    recs = [
        replace(r, traffic=Traffic.LIGHT) if isinstance(r, Path) and r.traffic == Traffic.BUSY else r
        for r in doc.records()
        if r.id != "project"
    ]
    return Document(doc.project, recs)


def _key(x: float, y: float) -> tuple[int, int]:
    return (round(x * 1000), round(y * 1000))


def reference_water_m(doc: Document, option_id: str | None) -> dict[str, float]:
    """Return plot id → plain walking metres to the nearest public water point, computed with networkx."""
    from shapely.geometry import LineString, Point, Polygon

    walk = load_pack("sphere-2018").walking
    view = doc.option_view(option_id) if option_id else doc.existing_view()
    paths = view.of_type(Path)
    plots = view.of_type(Plot)
    points = [w for w in view.of_type(WaterPoint) if w.point_kind.value != "yard_tap"]
    # straight pieces of every centreline, with the width of their path
    segs: list[tuple[LineString, float, int]] = []
    for k, p in enumerate(paths):
        for a, b in zip(p.route, p.route[1:], strict=False):
            segs.append((LineString([a, b]), p.width_m, k))
    lines = [LineString(p.route) for p in paths]
    extra_points: list[Point] = []
    connectors: list[tuple[Point, Point]] = []
    for k, p in enumerate(paths):
        for end in (Point(p.route[0]), Point(p.route[-1])):
            best = None
            for j, other in enumerate(lines):
                if j == k:
                    continue
                d = other.distance(end)
                if 1e-3 < d <= paths[j].width_m / 2 + walk.snap_tolerance_m and (best is None or d < best[0]):
                    best = (d, other.interpolate(other.project(end)))
            if best is not None:
                connectors.append((end, best[1]))
                extra_points.append(best[1])
    gates: dict[str, Point] = {}
    for plot in plots:
        poly = Polygon(plot.outline)
        c = poly.centroid
        best = None
        for seg, width, _ in segs:
            if poly.distance(seg) <= width / 2 + walk.access_tolerance_m:
                g = seg.interpolate(seg.project(c))
                if best is None or c.distance(g) < best[0]:
                    best = (c.distance(g), g)
        if best is not None:
            gates[plot.id] = best[1]
    legs: dict[str, tuple[Point, float]] = {}
    for w in points:
        pt = Point(w.position)
        best = None
        for seg, _, _ in segs:
            d = seg.distance(pt)
            if d <= walk.facility_attach_max_m and (best is None or d < best[0]):
                best = (d, seg.interpolate(seg.project(pt)))
        if best is not None:
            legs[w.id] = (best[1], best[0])
    cut_points = [*gates.values(), *(g for g, _ in legs.values()), *extra_points]
    noded = shapely.unary_union(lines)
    graph = networkx.Graph()
    pieces = list(noded.geoms) if hasattr(noded, "geoms") else [noded]
    for piece in pieces:
        coords = list(piece.coords)
        for a, b in itertools.pairwise(coords):
            seg = LineString([a, b])
            stops = [(0.0, a), (seg.length, b)]
            for pt in cut_points:
                if seg.distance(pt) < 1e-6:
                    stops.append((seg.project(pt), (pt.x, pt.y)))
            stops.sort()
            for (d0, p0), (d1, p1) in itertools.pairwise(stops):
                if _key(*p0) != _key(*p1):
                    graph.add_edge(_key(*p0), _key(*p1), weight=d1 - d0)
    for a, b in connectors:
        graph.add_edge(_key(a.x, a.y), _key(b.x, b.y), weight=a.distance(b))
    for wid, (g, leg) in legs.items():
        graph.add_edge(("wp", wid), _key(g.x, g.y), weight=leg)
    dist = networkx.multi_source_dijkstra_path_length(graph, [("wp", wid) for wid in legs])
    # The walk from the dwelling (largest residential building or core house on the plot) to the gate.
    dwelling: dict[str, tuple[float, Point]] = {}
    plot_polys = {p.id: Polygon(p.outline) for p in plots}
    houses = [(b.outline, b.plot_id) for b in view.of_type(Building) if b.use == "residential"]
    houses += [(h.outline, h.plot_id) for h in view.of_type(CoreHouse)]
    for outline, plot_id in houses:
        poly = Polygon(outline)
        pid = plot_id if plot_id in plot_polys else None
        if pid is None:
            pid = next((q for q, pp in plot_polys.items() if pp.contains(poly.centroid)), None)
        if pid is not None and poly.area > dwelling.get(pid, (0.0, None))[0]:
            dwelling[pid] = (poly.area, poly.centroid)
    out = {}
    for pid, g in gates.items():
        d = dist.get(_key(g.x, g.y), math.inf)
        if pid in dwelling and math.isfinite(d) and d > 0:
            d += dwelling[pid][1].distance(g)
        out[pid] = d
    return out


@pytest.mark.parametrize("option_id", [None, "opt-a", "opt-c"])
def test_route_distances_match_networkx_on_the_sample(option_id):
    from designer.io.project_file import load_project

    doc = _calm(load_project(sample_project_path()))
    ours = plot_access(doc, option_id, "sphere-2018")
    ref = reference_water_m(doc, option_id)
    assert set(ref) == {pid for pid, p in ours.items() if p.path_access}
    assert len(ref) > 80
    for pid, expected in ref.items():
        got = ours[pid].water_m
        if math.isinf(expected):
            assert got is None, pid
        else:
            assert got == pytest.approx(expected, abs=1e-3), pid
