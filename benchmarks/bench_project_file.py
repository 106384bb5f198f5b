"""Project save and load of the synthetic settlement, against the raw work.

Raw load = parse the same file with orjson + build the same geometry with shapely's vectorised
constructors (what any program reading these shapes must at least do). Raw save = orjson.dumps of the
same plain data + write. Target: load within 3× of raw.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, row
from benchmarks.synthetic import make_settlement


def _raw_geometry(data: dict[str, Any]) -> int:
    import numpy as np
    import shapely

    rings, lines, points = [], [], []
    for items in data["records"].values():
        for item in items:
            if "outline" in item:
                rings.append(item["outline"])
            elif "route" in item:
                lines.append(item["route"])
            elif "position" in item:
                points.append(item["position"])
    counts = np.array([len(r) for r in rings])
    coords = np.array([p for r in rings for p in r], dtype=float)
    polys = shapely.polygons(shapely.linearrings(coords, indices=np.repeat(np.arange(len(rings)), counts)))
    lcounts = np.array([len(r) for r in lines])
    lcoords = np.array([p for r in lines for p in r], dtype=float)
    ls = shapely.linestrings(lcoords, indices=np.repeat(np.arange(len(lines)), lcounts))
    pts = shapely.points(np.array(points, dtype=float))
    return len(polys) + len(ls) + len(pts)


def run(size: int = 10_000) -> list[dict[str, Any]]:
    import orjson

    from designer.io.project_file import document_to_json, load_project, save_project

    doc = make_settlement(size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.jamii"
        raw_path = Path(tmp) / "raw.json"
        save_s = measure(lambda: save_project(doc, path), repeat=5)
        plain = document_to_json(doc)
        raw_save_s = measure(
            lambda: raw_path.write_bytes(orjson.dumps(plain, option=orjson.OPT_INDENT_2)), repeat=5
        )
        load_s = measure(lambda: load_project(path), repeat=5)
        raw_load_s = measure(lambda: _raw_geometry(orjson.loads(path.read_bytes())), repeat=5)
    return [
        row("project save", size, save_s, raw_save_s, None),
        row("project load", size, load_s, raw_load_s, 3.0),
    ]
