"""Household survey import of one household per plot (a Kobo export with GPS), against the raw work.

Raw = what any importer must at least do with the same file: parse the CSV with the csv module,
reproject every point with pyproj, and find its plot with a shapely STRtree query. Jamii additionally
checks every value, builds the records and applies one undoable macro. Target: within 3× of raw.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, row
from benchmarks.synthetic import make_settlement

HEADER = [
    "start", "household/hh_id", "household/plot_no", "household/head_sex", "household/hh_size",
    "household/children", "household/gps", "household/_gps_latitude", "household/_gps_longitude",
    "household/_gps_altitude", "household/_gps_precision", "_id", "_uuid", "_submission_time", "_index",
]  # fmt: skip


def _write_export(doc: Any, path: Path) -> int:
    """Write a Kobo-style export with one household at the centroid of each existing plot."""
    import shapely
    from pyproj import Transformer

    from designer.model import Plot

    proj = doc.project
    to_wgs84 = Transformer.from_crs(f"EPSG:{proj.crs_epsg}", "EPSG:4326", always_xy=True)
    plots = doc.of_type(Plot, "existing")
    centres = [shapely.Polygon(p.outline).representative_point() for p in plots]
    lons, lats = to_wgs84.transform(
        [c.x + proj.origin_x_m for c in centres], [c.y + proj.origin_y_m for c in centres]
    )
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADER)
        for i, (lat, lon) in enumerate(zip(lats, lons, strict=True)):
            w.writerow(
                [
                    "2026-11-02T09:12:44", f"HH-{i:06d}", "", "female" if i % 2 else "male", 4, 2,
                    f"{lat:.7f} {lon:.7f} 1700 5", f"{lat:.7f}", f"{lon:.7f}", "1700", "5",
                    i, f"uuid-{i}", "2026-11-02T06:31:05", i + 1,
                ]
            )  # fmt: skip
    return len(plots)


def _raw(doc: Any, path: Path) -> int:
    import numpy as np
    import shapely
    from pyproj import Transformer

    from designer.model import Plot

    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    lats = np.array([float(r["household/_gps_latitude"]) for r in rows])
    lons = np.array([float(r["household/_gps_longitude"]) for r in rows])
    proj = doc.project
    t = Transformer.from_crs("EPSG:4326", f"EPSG:{proj.crs_epsg}", always_xy=True)
    xs, ys = t.transform(lons, lats)
    tree = shapely.STRtree([shapely.Polygon(p.outline) for p in doc.of_type(Plot, "existing")])
    pts = shapely.points(np.column_stack([xs - proj.origin_x_m, ys - proj.origin_y_m]))
    return len(tree.query(pts, predicate="intersects")[0])


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from designer.io.households_import import import_households

    doc = make_settlement(size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kobo.csv"
        n = _write_export(doc, path)

        def fresh() -> Any:
            return make_settlement(size)

        docs: list[Any] = []
        import_s = measure(
            lambda: import_households(docs[-1], path), repeat=3, setup=lambda: docs.append(fresh())
        )
        report = import_households(doc, path)
        assert report.added == n and not report.unmatched, "every household must land on its plot"
        raw_s = measure(lambda: _raw(doc, path), repeat=3)
        reimport_s = measure(lambda: import_households(doc, path), repeat=3)
    return [
        row("households import (Kobo CSV, GPS)", n, import_s, raw_s, 3.0),
        row("households re-import (no change)", n, reimport_s, raw_s, 3.0),
    ]
