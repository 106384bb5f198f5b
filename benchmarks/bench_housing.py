"""Housing: place a row-house type on every plot of a settlement, then measure every house (take-off).

Raw = what any implementation must at least do for the same result with shapely and numpy:
placement — for each plot, the distance from its four edge midpoints to the paths (one vectorised
STRtree nearest query) and the type's footprint turned and moved onto it (one affine transform per
plot); take-off — every house's party-wall segments transformed to the site and matched with its
neighbours' through an STRtree query. Jamii additionally builds and validates the records, applies
one undoable macro and writes the costing Elements with their measures. Target: within 3× of raw.
"""

from __future__ import annotations

import math
from typing import Any

from benchmarks.harness import measure, row
from benchmarks.synthetic import make_settlement


def _option_doc(size: int) -> Any:
    from designer.model import Option, UndoStack

    doc = make_settlement(size)
    UndoStack(doc).push(_add(Option(id="opt-houses", name="Row houses")))
    return doc


def _add(record: Any) -> Any:
    from designer.model import AddRecord

    return AddRecord(record, "bench")


def _plots(doc: Any) -> list[Any]:
    from designer.model import Plot

    return doc.of_type(Plot, "existing")


def _raw_place(doc: Any, footprint: tuple[tuple[float, float], ...]) -> int:
    import numpy as np
    import shapely
    from shapely.strtree import STRtree

    from designer.model import Path

    plots = _plots(doc)
    rings = np.array([p.outline for p in plots], dtype=float)  # (n, 4, 2): the synthetic plots are quads
    mids = (rings + np.roll(rings, -1, axis=1)) / 2
    tree = STRtree([shapely.LineString(p.route) for p in doc.of_type(Path)])
    _, dist = tree.query_nearest(shapely.points(mids.reshape(-1, 2)), return_distance=True, all_matches=False)
    edge = np.argmin(dist.reshape(len(plots), 4), axis=1)
    a = rings[np.arange(len(plots)), edge]
    b = rings[np.arange(len(plots)), (edge + 1) % 4]
    angle = np.arctan2(b[:, 1] - a[:, 1], b[:, 0] - a[:, 0])
    fp = np.array(footprint, dtype=float)
    c, s = np.cos(angle)[:, None], np.sin(angle)[:, None]
    xs = a[:, 0:1] + c * fp[None, :, 0] - s * fp[None, :, 1]
    ys = a[:, 1:2] + s * fp[None, :, 0] + c * fp[None, :, 1]
    polys = shapely.polygons(np.stack([xs, ys], axis=-1))
    return int(shapely.is_valid(polys).sum())


def _raw_takeoff(doc: Any, ht: Any) -> int:
    import numpy as np
    import shapely
    from shapely.strtree import STRtree

    from designer.model import CoreHouse
    from designer.model.housing import WallKind, analyse

    party = np.array([(w.a, w.b) for w in analyse(ht).walls if w.kind is WallKind.PARTY], dtype=float)
    segments = []
    for house in doc.of_type(CoreHouse):
        a = math.radians(house.rotation_deg)
        c, s = math.cos(a), math.sin(a)
        ox, oy = house.outline[0]
        xs = ox + c * party[:, :, 0] - s * party[:, :, 1]
        ys = oy + s * party[:, :, 0] + c * party[:, :, 1]
        segments.extend(shapely.linestrings(np.stack([xs, ys], axis=-1)))
    tree = STRtree(segments)
    pairs = tree.query(shapely.buffer(np.array(segments), 0.05), predicate="intersects")
    return int(pairs.shape[1])


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from designer.estimate.house_takeoff import house_elements
    from designer.io.house_library import load_library
    from designer.model import CoreHouse, UndoStack
    from designer.model.house_placement import place_houses
    from designer.model.housing import footprint_ring

    ht = load_library(include_user=False).get("row-2room")
    docs: list[Any] = []

    def place(doc: Any) -> int:
        UndoStack(doc).push(place_houses(doc, "opt-houses", [p.id for p in _plots(doc)], ht))
        return len(doc.of_type(CoreHouse))

    place_s = measure(lambda: place(docs[-1]), repeat=3, setup=lambda: docs.append(_option_doc(size)))
    doc = docs[-1]
    n = len(doc.of_type(CoreHouse))
    raw_place_s = measure(lambda: _raw_place(doc, footprint_ring(ht)), repeat=3)
    takeoff_s = measure(lambda: house_elements(doc, "opt-houses"), repeat=3)
    assert len(house_elements(doc, "opt-houses")) == n
    raw_takeoff_s = measure(lambda: _raw_takeoff(doc, ht), repeat=3)
    return [
        row("housing: place a row house on every plot", n, place_s, raw_place_s, 3.0),
        row("housing: take-off of every house (party walls)", n, takeoff_s, raw_takeoff_s, 3.0),
    ]
