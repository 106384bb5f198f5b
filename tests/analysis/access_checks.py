"""Independent checks of access proposals (networkx graph searches), shared by the access tests."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import shapely

from designer.analysis.access_paths import AccessProposal
from designer.model import Document, Plot


def independent_reach(doc: Document, proposal: AccessProposal, interior: list[str]) -> dict[str, bool]:
    """For each interior plot: does a new path run along its boundary and lead to public space?

    Independent of the proposal's own bookkeeping: a networkx graph of the new paths' segments, with a
    node PUBLIC joined to every path vertex that is not inside any plot (the street, the block edge).
    """
    plots = {p.id: shapely.Polygon(p.outline) for p in doc.of_type(Plot, "existing")}
    inner = shapely.union_all([g.buffer(-0.05) for g in plots.values()])
    shapely.prepare(inner)
    g = nx.Graph()
    segs = []
    for path in proposal.paths:
        for a, b in itertools.pairwise(path.route):
            g.add_edge(a, b)
            segs.append((a, b))
        for pt in path.route:
            if not inner.contains(shapely.Point(pt)):
                g.add_edge(pt, "PUBLIC")
    public = nx.node_connected_component(g, "PUBLIC") if "PUBLIC" in g else set()
    mids = shapely.points([((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in segs]) if segs else []
    tree = shapely.STRtree(mids)
    out = {}
    for pid in interior:
        near = tree.query(plots[pid].exterior, predicate="dwithin", distance=0.05) if segs else []
        out[pid] = any(segs[k][0] in public for k in near)
    return out


def length_baseline(doc: Document, interior: list[str]) -> float:
    """Shortest boundary route (by length) from public space to each interior plot's boundary, unioned."""
    plots = [shapely.Polygon(p.outline) for p in doc.of_type(Plot)]
    lines = shapely.get_parts(shapely.line_merge(shapely.union_all([p.exterior for p in plots])))
    g = nx.Graph()
    for line in lines:
        c = [tuple(np.round(x, 6)) for x in shapely.get_coordinates(line)]
        for a, b in itertools.pairwise(c):
            g.add_edge(a, b, w=float(np.hypot(b[0] - a[0], b[1] - a[1])))
    edge = shapely.union_all(plots).exterior
    for node in list(g.nodes):
        if edge.distance(shapely.Point(node)) < 0.05:
            g.add_edge(node, "PUBLIC", w=0.0)
    by_id = {p.id: shapely.Polygon(p.outline) for p in doc.of_type(Plot)}
    used: set[frozenset] = set()
    for pid in interior:
        ring = by_id[pid].exterior
        dist, paths = nx.single_source_dijkstra(g, "PUBLIC", weight="w")
        best = None
        for a, b in g.edges:
            if "PUBLIC" in (a, b):
                continue
            if ring.distance(shapely.Point((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)) < 0.05:
                for s, t in ((a, b), (b, a)):
                    c = dist.get(s, np.inf) + g[a][b]["w"]
                    if best is None or c < best[0]:
                        best = (c, s, t)
        assert best is not None
        route = [*paths[best[1]], best[2]]
        for a, b in itertools.pairwise(route):
            if "PUBLIC" not in (a, b):
                used.add(frozenset((a, b)))
    return sum(g[next(iter(e))][tuple(e)[1]]["w"] for e in used)
