"""Access and reblocking on a 6,000-plot parcel layout: derivation, diagnosis, proposal.

The layout: 240 blocks of 5 × 5 plots (9 m, inner corners moved up to 1.5 m, seeded) with a house on
each plot and 5 m streets between blocks; 9 plots of every block have no way out (k = 3).

Rows:

* ``access: derive blocks + public space + centrelines`` against the raw shapely work on the same
  geometry (union of the grown plots, the space between blocks, and GEOS's Voronoi skeleton of the
  same boundary samples, kept where inside the space). Target: within 3×.
* ``access: diagnosis`` (derivation included; depth k, frontages, widest way out) — no raw twin.
* ``access: proposal per block (median)`` and ``(worst)``: the Steiner approximation of one block;
  the row also carries the total new path length and the baseline's, in metres.

Each is one run (``repeat=1``): the raw skeleton alone takes tens of seconds at this size.

City scale (issue 14: deriving on a whole-city footprint import took about ten minutes), on the
synthetic settlement of ``benchmarks/synthetic.py`` at 50,000 plots (drawn paths along plot
boundaries, two buildings on a fifth of the plots):

* ``access: derive at city scale`` — blocks, public space, frontages and the centreline skeleton
  (worked out tile by tile) against the raw work on the same geometry in one piece: the union of
  the grown plots cut by the path corridors, the space between blocks, qhull's Voronoi diagram of
  the same boundary samples (scipy: GEOS's Voronoi is far slower at this size) and the test of its
  edges against the space. The row carries the stage timings.
"""

from __future__ import annotations

import statistics
from typing import Any

import numpy as np

from benchmarks.harness import measure, row
from benchmarks.synthetic import parcel_layout


def _raw_skeleton(polys: Any, tol: float, margin: float, spacing: float) -> int:
    """Union of the grown plots, the space between blocks, GEOS Voronoi skeleton inside it."""
    import shapely

    blocks = shapely.union_all(shapely.buffer(polys, tol / 2.0, quad_segs=2, join_style="mitre"))
    env = shapely.buffer(blocks, margin, quad_segs=4, join_style="mitre")
    space = shapely.difference(env, blocks)
    samples = shapely.segmentize(shapely.boundary(space), spacing)
    edges = shapely.get_parts(
        shapely.voronoi_polygons(shapely.extract_unique_points(samples), only_edges=True)
    )
    shapely.prepare(space)
    return int(shapely.contains_properly(space, edges).sum())


def _raw_city(polys: Any, corridors: Any, tol: float, margin: float, spacing: float) -> int:
    """The raw shapely + qhull work of a derivation, in one piece (no tiles): blocks, space, the
    Voronoi diagram of the boundary samples (scipy) and its edges tested against the space."""
    import shapely
    from scipy.spatial import Voronoi

    corridor_union = shapely.union_all(corridors)
    cut = shapely.difference(polys, corridor_union)
    blocks = shapely.union_all(shapely.buffer(cut, tol / 2.0, quad_segs=2, join_style="mitre"))
    env = shapely.union(shapely.buffer(blocks, margin, quad_segs=4, join_style="mitre"), corridor_union)
    space = shapely.difference(env, blocks)
    samples = shapely.get_coordinates(shapely.segmentize(shapely.boundary(space), spacing))
    vor = Voronoi(np.unique(samples, axis=0))
    ridges = np.asarray(vor.ridge_vertices, dtype=np.int64)
    ridges = ridges[(ridges >= 0).all(axis=1)]
    shapely.prepare(space)
    return int(shapely.contains_properly(space, shapely.linestrings(vor.vertices[ridges])).sum())


def city_scale(n_plots: int = 50_000) -> dict[str, Any]:
    """Return the city-scale row: our derivation against the raw work, with the stage timings."""
    import shapely

    from benchmarks.synthetic import make_settlement
    from designer.analysis.access_diagnosis import settlement_space
    from designer.analysis.access_rules import load_access_rules
    from designer.analysis.blocks import _corridors
    from designer.analysis.layout import build_layout

    doc = make_settlement(n_plots)
    rules = load_access_rules()
    lay = build_layout(doc, None)
    d = rules.derive
    found: dict[str, Any] = {}

    def ours() -> None:
        found["space"] = settlement_space(lay, rules)

    derive_s = measure(ours, repeat=1)
    polys = shapely.make_valid(lay.plot_polygons)
    corridors = _corridors([p.route for p in lay.paths], [p.width_m for p in lay.paths])
    raw_s = measure(
        lambda: _raw_city(polys, corridors, d.touch_tolerance_m, d.outer_margin_m, d.sample_spacing_m),
        repeat=1,
    )
    space = found["space"]
    return {
        **row("access: derive at city scale (synthetic)", len(lay.plots), derive_s, raw_s),
        "stages_s": {k: round(v, 2) for k, v in space.timings_s.items()},
        "blocks": space.block_count,
        "centrelines": len(space.centrelines),
        "sample_spacing_m": space.sample_spacing_m,
    }


def run(size: int = 10_000) -> list[dict[str, Any]]:  # noqa: ARG001 (the issue fixes this benchmark at 6,000 plots)
    from designer.analysis.access_diagnosis import diagnose_access, settlement_space
    from designer.analysis.access_paths import propose_access
    from designer.analysis.access_rules import load_access_rules
    from designer.analysis.layout import build_layout

    n = 6_000
    doc = parcel_layout(n)
    rules = load_access_rules()
    lay = build_layout(doc, None)
    polys = lay.plot_polygons
    d = rules.derive
    derive_s = measure(lambda: settlement_space(lay, rules), repeat=1)
    raw_s = measure(
        lambda: _raw_skeleton(polys, d.touch_tolerance_m, d.outer_margin_m, d.sample_spacing_m), repeat=1
    )
    diag_s = measure(lambda: diagnose_access(doc), repeat=1)
    proposal = propose_access(doc)
    seconds = [b.seconds for b in proposal.blocks]
    extra = {
        "blocks": len(proposal.blocks),
        "new_path_m": round(proposal.length_m, 1),
        "baseline_path_m": round(proposal.baseline_length_m, 1),
        "unreached_plots": len(proposal.unreached_plot_ids),
    }
    return [
        row("access: derive blocks + public space + centrelines", n, derive_s, raw_s, 3.0),
        row("access: diagnosis (derivation included)", n, diag_s),
        {**row("access: proposal per block (median)", n, statistics.median(seconds)), **extra},
        {**row("access: proposal per block (worst)", n, max(seconds)), **extra},
        city_scale(),
    ]
