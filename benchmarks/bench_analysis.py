"""Service-standards check of an option of the synthetic settlement, against the raw work.

Raw work (as in ../shared/reference/performance-limits.md, "walking distance plot → nearest
standpipe"): build the path segments with shapely, snap every plot centroid to its nearest segment
with an STRtree, snap the standpipes the same way, and run one scipy multi-source Dijkstra over the
segment-end graph. Target: the whole check without pressure (two layouts — existing and option —,
access to water and toilets on plain and penalised routes, capacity, control, reblocking,
deprivations before and after, per-household rows and the scorecard) within 5× of that.

The pressure simulation (EPANET through WNTR) is reported on its own line, and so is the command
line: ``jamii check --format json`` on the saved settlement (start, project load, check, access
summary, JSON write) against the same analyses in-process (target 2×). The command's parts are
reported too, each against the raw library doing the same work: start-up and imports (against
``python -c "import numpy, shapely, scipy.sparse.csgraph"``, what any check needs), the project load
(against ``orjson.loads`` of the file) and the JSON output (against ``orjson.dumps`` of the result).
The access summary (blocks and depth, ``jamii access diagnose``) has its own line against the check,
and one against its raw baseline (``benchmarks/raw_access.py``: the same figures the direct GIS way,
GEOS overlays plot by plot and scipy, CPU time, least of three runs taken in turn with the product's).
The command runs with bytecode caches, as an installed Jamii does (the test environment sets
PYTHONDONTWRITEBYTECODE, which would charge every run the compilation of the whole package).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from benchmarks.harness import measure, measure_cpu, measure_cpu_pair, row
from benchmarks.synthetic import OPTION_ID, make_settlement


def _raw_access(doc: Any) -> np.ndarray:
    """Walking metres from every plot to its nearest standpipe: shapely snapping + scipy Dijkstra."""
    import shapely
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    from designer.model import Path, Plot, WaterPoint

    paths = [r for r in doc.of_type(Path) if r.scope in ("existing", OPTION_ID)]
    plots = doc.of_type(Plot)
    points = doc.of_type(WaterPoint)
    coords = np.array([pt for p in paths for pt in p.route], dtype=float)
    counts = np.array([len(p.route) for p in paths])
    last = np.cumsum(counts) - 1
    starts = np.setdiff1d(np.arange(len(coords)), last)
    a, b = coords[starts], coords[starts + 1]
    segs = shapely.linestrings(np.stack([a, b], axis=1))
    keys = np.round(coords * 1000).astype(np.int64)
    _, node = np.unique(keys[:, 0] * 10**9 + keys[:, 1], return_inverse=True)
    u, v = node[starts], node[starts + 1]
    length = np.hypot(*(b - a).T)
    n = int(node.max()) + 1
    graph = csr_matrix((length, (u, v)), shape=(n, n))
    tree = shapely.STRtree(segs)
    rings = [p.outline for p in plots]
    idx = np.repeat(np.arange(len(rings)), [len(r) + 1 for r in rings])
    ring_xy = np.array([pt for r in rings for pt in (*r, r[0])], dtype=float)
    polys = shapely.polygons(shapely.linearrings(ring_xy, indices=idx))
    centroids = shapely.centroid(polys)
    _, plot_seg = tree.query_nearest(centroids, all_matches=False)
    wp = shapely.points(np.array([w.position for w in points], dtype=float))
    _, wp_seg = tree.query_nearest(wp, all_matches=False)
    along = shapely.line_locate_point(segs[plot_seg], centroids)
    dist = dijkstra(graph, directed=False, indices=np.unique(u[wp_seg]), min_only=True)
    return np.minimum(dist[u[plot_seg]] + along, dist[v[plot_seg]] + length[plot_seg] - along)


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from designer.analysis.check import check_option, plot_access
    from designer.analysis.layout import build_layout
    from designer.analysis.pressure import simulate_pressure
    from designer.analysis.standards import load_pack
    from designer.model import SupplyPoint, WaterMain
    from designer.model.commands import AddRecord

    doc = make_settlement(size, households=True)
    # A connection to the city main at the first vertex of the first pipe, for the pressure run.
    first_main = sorted(doc.of_type(WaterMain), key=lambda m: m.id)[0]
    AddRecord(SupplyPoint(id="sup-bench", scope=OPTION_ID, position=first_main.route[0], head_m=25.0)).do(doc)
    check_option(doc, OPTION_ID, pressure=False)  # warm imports
    raw_s = measure(lambda: _raw_access(doc), repeat=7)
    check_s = measure(lambda: check_option(doc, OPTION_ID, pressure=False).scorecard, repeat=7)
    # The check's ratio in CPU time, taking turns with the raw work (wall time counts other processes).
    check_cpu_s, raw_cpu_s = measure_cpu_pair(
        lambda: check_option(doc, OPTION_ID, pressure=False).scorecard, lambda: _raw_access(doc), repeat=9
    )
    access_s = measure(lambda: plot_access(doc, OPTION_ID), repeat=7)
    pack = load_pack("sphere-2018")
    lay = build_layout(doc, OPTION_ID)
    simulate_pressure(lay, pack)  # warm wntr import
    pressure_s = measure(lambda: simulate_pressure(lay, pack), repeat=3)
    summary_s = measure(lambda: _access_summary(doc), repeat=3)
    summary_cpu_s, raw_summary_cpu_s = _access_against_raw(doc)
    return [
        row(
            "analysis: check option, no pressure",
            size,
            check_cpu_s,
            raw_cpu_s,
            5.0,
            timing="CPU time, least of 9 taken in turn with the raw",
        ),
        row("analysis: plot distances (overlay)", size, access_s, raw_s, None),
        row("analysis: pressure simulation (EPANET)", size, pressure_s, None, None),
        row("analysis: access summary of jamii check", size, summary_s, check_s, None),
        row(
            "analysis: access summary vs its raw GEOS work",
            size,
            summary_cpu_s,
            raw_summary_cpu_s,
            3.0,
            timing="CPU time, least of 3 in turn",
        ),
        *_access_parts_rows(doc, size, summary_s),
        *_cli_rows(doc, size, check_cpu_s + summary_cpu_s),
    ]


def _access_summary(doc: Any) -> dict[str, Any] | None:
    """Return the access summary ``jamii check`` adds to its output (the CLI's own function)."""
    from designer.cli.cmd_check import _access

    return _access(doc, OPTION_ID)


def _access_against_raw(doc: Any) -> tuple[float, float]:
    """Return the CPU seconds of the access summary and of its raw baseline (least of 3, in turn)."""
    from benchmarks.raw_access import raw_access_inputs, raw_access_summary

    inp = raw_access_inputs(doc, OPTION_ID)
    return measure_cpu_pair(lambda: _access_summary(doc), lambda: raw_access_summary(inp), repeat=3)


def _access_parts_rows(doc: Any, size: int, summary_s: float) -> list[dict[str, Any]]:
    """Return the access summary's steps, each against the whole summary (least of three runs).

    The derivation (blocks, frontages and neighbours measured edge by edge, one union per block, the
    settlement's edge) in its own wall timings, and depth and widths (the BFS over the neighbours the
    derivation measured, the widest path out) in CPU time.
    """
    import time

    from designer.analysis.access_diagnosis import diagnose_layout, settlement_space
    from designer.analysis.access_rules import load_access_rules
    from designer.analysis.layout import build_layout

    rules = load_access_rules()
    lay = build_layout(doc, OPTION_ID)
    best: dict[str, float] = {}
    for _ in range(3):
        space = settlement_space(lay, rules, centrelines=False)
        t0 = time.process_time()
        diagnose_layout(lay, space, rules)
        parts = {**space.timings_s, "depth and widths": time.process_time() - t0}
        best = {k: min(v, best.get(k, v)) for k, v in parts.items()}
    return [
        row(
            f"analysis: access summary: {name}",
            size,
            secs,
            summary_s,
            None,
            timing="CPU time, least of 3" if name == "depth and widths" else "wall time, least of 3",
        )
        for name, secs in best.items()
    ]


def _cli_rows(doc: Any, size: int, in_process_s: float) -> list[dict[str, Any]]:
    """Time ``jamii check --no-pressure --format json`` as a subprocess, and its parts in-process.

    All in CPU time: the command's from the children's resource usage (median of 3), against the same
    analyses in-process (``in_process_s``: the CPU times of the check and the access summary measured
    for their own rows); the parts as the least of several runs taken in turn with the raw work.
    """
    import os
    import resource
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    import orjson

    from designer.analysis.check import check_option
    from designer.io.project_file import load_project, save_project

    def child_cpu_s() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    with tempfile.TemporaryDirectory(prefix="jamii-bench-") as tmp:
        path = Path(tmp) / "synthetic.jamii"
        save_project(doc, path)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")

        def run_cpu_s(args: list[str], repeat: int) -> float:
            times = []
            for _ in range(repeat):
                before = child_cpu_s()
                subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, env=env)
                times.append(child_cpu_s() - before)
            return sorted(times)[len(times) // 2]

        # What `jamii check` imports before it reads the file, against what any check needs.
        imports = ["-c", "import designer.cli.cmd_check, designer.analysis.check, designer.io.project_file"]
        imports[1] += f", scipy.sparse.csgraph; designer.cli.build_parser(['check', {str(path)!r}])"
        raw_imports = ["-c", "import numpy, shapely, scipy.sparse.csgraph"]
        check = [
            "-m",
            "designer",
            "check",
            str(path),
            "--option",
            OPTION_ID,
            "--no-pressure",
            "--format",
            "json",
        ]
        run_cpu_s(imports, 1)  # compile the bytecode once, as an installation does
        cli_s = run_cpu_s(check, 3)
        imports_s = run_cpu_s(imports, 5)
        raw_imports_s = run_cpu_s(raw_imports, 5)
        raw = path.read_bytes()
        load_s, raw_load_s = measure_cpu_pair(lambda: load_project(path), lambda: orjson.loads(raw), repeat=5)
        # The load pauses the cyclic GC (nothing it builds has cycles); orjson.loads as a script calls it
        # does not: the same parse with the GC paused too, for the strict comparison.
        raw_load_paused_s = measure_cpu(lambda: _paused(orjson.loads, raw), repeat=5)
    result = check_option(doc, OPTION_ID, pressure=False)
    out = result.to_json()  # builds the plot rows too (on first use): the timed runs find them built
    option = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS
    out_s, raw_out_s = measure_cpu_pair(
        lambda: _json_out(result), lambda: orjson.dumps(out, default=str, option=option), repeat=9
    )
    cpu = "CPU time, least of 5 taken in turn with the raw"
    return [
        row(
            "analysis: jamii check --format json (CLI)",
            size,
            cli_s,
            in_process_s,
            2.0,
            timing="CPU time of the command, median of 3; raw: check + access summary in-process",
        ),
        row(
            "analysis: jamii check: start and imports",
            size,
            imports_s,
            raw_imports_s,
            None,
            timing="CPU time of the process, median of 5",
        ),
        row("analysis: jamii check: project load", size, load_s, raw_load_s, None, timing=cpu),
        row(
            "analysis: jamii check: project load (raw with the GC paused too)",
            size,
            load_s,
            raw_load_paused_s,
            None,
            timing=cpu,
        ),
        row(
            "analysis: jamii check: JSON output",
            size,
            out_s,
            raw_out_s,
            None,
            timing="CPU time, least of 9 taken in turn with the raw",
        ),
    ]


def _paused(fn: Any, *args: Any) -> Any:
    """Return ``fn(*args)`` run with the cyclic GC paused."""
    from designer.gc_pause import gc_paused

    with gc_paused():
        return fn(*args)


def _json_out(result: Any) -> bytes:
    """Return the JSON bytes ``jamii check`` prints for a result (to_json, then orjson as emit_json)."""
    import orjson

    option = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS
    return orjson.dumps(result.to_json(), default=str, option=option)
