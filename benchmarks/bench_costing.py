"""Costing of an option of the synthetic settlement, against the raw geometry work; live re-costing.

Full costing = ``cost_option``: the take-off adapter (measuring every intervention of ``opt-synth``
from the drawn geometry: lengths, the surface along each main from the nearest path, its length under
the asphalt road, the utility connection, the pipe catalogue row, water points' connections to the
nearest main, toilets' distance to sewers, grid-light cables, drains along the new road), the
rules-as-data takeoff, pricing with ``Decimal`` and the bill with its summary. Raw = the same
geometric measurement in plain vectorised shapely/numpy from arrays (``benchmarks/raw_costing.py``; a
test checks that it measures what the product measures). Both in CPU time, best of 21 runs taken in
turn (the machine is shared: CPU time leaves out the other processes' turns, taking turns the drift of
the load). Target ≤ 1.5× (issue 12). Re-costing after one edit (``LiveCosting``) has an
absolute budget of 10 ms.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from typing import Any

from benchmarks.harness import measure, measure_cpu_pair, row
from benchmarks.raw_costing import raw_inputs, raw_measure
from benchmarks.synthetic import OPTION_ID, make_settlement


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
            inp = raw_inputs(doc, OPTION_ID)
            full_s, raw_s = measure_cpu_pair(
                lambda: cost_option(doc, OPTION_ID, library=lib), lambda: raw_measure(inp), repeat=21
            )

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
        row(
            "costing: full bill of an option",
            size,
            full_s,
            raw_s,
            target_ratio=1.5,
            timing="CPU time, best of 21 taken in turn with the raw",
        ),
        row("costing: re-cost after a pipe edit (≤ 10 ms)", size, pipe_s),
        row("costing: re-cost after a path edit (≤ 10 ms)", size, path_s),
    ]


if __name__ == "__main__":
    for r in run(10_000):
        print(r)
