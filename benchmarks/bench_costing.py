"""Costing of an option of the synthetic settlement, against the raw geometry work; live re-costing.

Full costing = the takeoff adapter (measuring every intervention of ``opt-synth`` from the drawn
geometry, surfaces along the pipes from the nearest path, water-point connections to the nearest
main, grid-light spacing), the rules-as-data takeoff, pricing with ``Decimal`` and the bill with
its summary. Raw = the vectorised shapely work on the same geometry, from coordinates already in
numpy arrays: build the 3,000 path and 2,000 pipe lines and the points, their lengths, an STRtree
of the paths queried with the pipes' midpoints, one of the pipes queried with the water points.
Target ≤ 1.5× (issue 3). Re-costing after one edit (``LiveCosting``) has an absolute budget of 10 ms.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from typing import Any

import numpy as np

from benchmarks.harness import measure, row
from benchmarks.synthetic import OPTION_ID, make_settlement


def _raw_inputs(doc: Any) -> dict[str, Any]:
    from designer.model import Path, StreetLight, Toilet, WaterMain, WaterPoint

    def lines(items: list[Any]) -> tuple[np.ndarray, np.ndarray]:
        counts = [len(e.route) for e in items]
        coords = np.asarray([p for e in items for p in e.route], dtype=float)
        return coords, np.repeat(np.arange(len(items)), counts)

    return {
        "paths": lines(doc.of_type(Path)),
        "pipes": lines(doc.of_type(WaterMain, OPTION_ID)),
        "taps": np.asarray([e.position for e in doc.of_type(WaterPoint, OPTION_ID)], dtype=float),
        "others": np.asarray(
            [e.position for cls in (Toilet, StreetLight) for e in doc.of_type(cls, OPTION_ID)], dtype=float
        ),
    }


def _raw(inp: dict[str, Any]) -> Any:
    import shapely

    paths = shapely.linestrings(inp["paths"][0], indices=inp["paths"][1])
    pipes = shapely.linestrings(inp["pipes"][0], indices=inp["pipes"][1])
    taps = shapely.points(inp["taps"])
    others = shapely.points(inp["others"])
    lengths = shapely.length(pipes), shapely.length(paths)
    mids = shapely.line_interpolate_point(pipes, 0.5, normalized=True)
    near_path = shapely.STRtree(paths).query_nearest(mids, max_distance=3.0, all_matches=False)
    near_main = shapely.STRtree(pipes).query_nearest(taps, return_distance=True, all_matches=False)
    return lengths, near_path, near_main, shapely.get_x(others)


def run(size: int) -> list[dict[str, Any]]:
    from costing.db.repository import open_library
    from designer.estimate.live import LiveCosting
    from designer.estimate.pricing import cost_option
    from designer.model import Path, ReplaceRecord, WaterMain

    with tempfile.TemporaryDirectory() as tmp:
        old = os.environ.get("JAMII_DATA_DIR")
        os.environ["JAMII_DATA_DIR"] = tmp
        try:
            doc = make_settlement(size, households=True)
            lib = open_library("jamii-default")
            inp = _raw_inputs(doc)
            raw_s = measure(lambda: _raw(inp), repeat=7)
            full_s = measure(lambda: cost_option(doc, OPTION_ID, library=lib), repeat=5)

            live = LiveCosting(doc, OPTION_ID, library=lib)
            pipe = doc.of_type(WaterMain, OPTION_ID)[len(doc.of_type(WaterMain, OPTION_ID)) // 2]
            moved = dataclasses.replace(
                pipe, route=tuple((x + 0.5, y) for x, y in pipe.route), diameter_mm=160
            )
            edits = [ReplaceRecord(pipe, moved), ReplaceRecord(moved, pipe)]
            state = {"i": 0}

            def one_pipe_edit() -> None:
                edits[state["i"] % 2].do(doc)
                state["i"] += 1

            pipe_s = measure(one_pipe_edit, repeat=11)
            path = doc.of_type(Path)[len(doc.of_type(Path)) // 3]
            paved = dataclasses.replace(path, surface="concrete")
            path_edits = [ReplaceRecord(path, paved), ReplaceRecord(paved, path)]
            state["i"] = 0

            def one_path_edit() -> None:
                path_edits[state["i"] % 2].do(doc)
                state["i"] += 1

            path_s = measure(one_path_edit, repeat=11)
            live.close()
            lib.close()
        finally:
            if old is None:
                os.environ.pop("JAMII_DATA_DIR", None)
            else:
                os.environ["JAMII_DATA_DIR"] = old
    return [
        row("costing: full bill of an option", size, full_s, raw_s, target_ratio=1.5),
        row("costing: re-cost after a pipe edit (≤ 10 ms)", size, pipe_s),
        row("costing: re-cost after a path edit (≤ 10 ms)", size, path_s),
    ]


if __name__ == "__main__":
    for r in run(10_000):
        print(r)
