"""The access summary's raw baseline gives the product's figures (so its benchmark ratio is fair).

``benchmarks/raw_access.py`` works the summary out the direct GIS way (GEOS overlays and scipy); the
product measures edges in numpy. On a layout worked out by hand — two blocks of 4 × 4 plots (12 facing
the street, 4 interior at depth 2 each), a 3 m lane in the street between them and a 4 m road below,
a shed outside the plots — both must give the same summary; their frontages differ only by the
centimetre the outline method adds past each corner where two plots meet.
"""

from __future__ import annotations

import numpy as np

from benchmarks.raw_access import raw_access_figures, raw_access_inputs, raw_access_summary
from designer.analysis.access_diagnosis import diagnose_access
from designer.model import Building, Document, Path
from designer.model.entities import PathKind
from tests.analysis.parcels import box, parcel_grid


def _layout() -> Document:
    doc = parcel_grid(2, 1, 4, street_m=4.0)
    rest = [r for r in doc.records() if r is not doc.project]
    return Document(
        doc.project,
        [
            *rest,
            Path(id="lane", route=((42.0, -8.0), (42.0, 48.0)), width_m=3.0),
            Path(id="road", route=((-20.0, -3.0), (110.0, -3.0)), width_m=4.0, path_kind=PathKind.ROAD),
            Building(id="shed", outline=box(90.0, 10.0, 94.0, 14.0)),
        ],
    )


def test_the_raw_baseline_gives_the_products_access_summary():
    doc = _layout()
    product = diagnose_access(doc, centrelines=False)
    raw = raw_access_summary(raw_access_inputs(doc, None))
    summary = product.summary()
    assert summary["plots_with_direct_access"] == 24  # 12 per block, worked out by hand
    assert summary["max_complexity_k"] == 2
    # The 3 m lane lets a stretcher out, not a fire engine (3.7 m): the lane's plots tell them apart.
    assert summary["plots_passable_by"]["fire_engine"] < summary["plots_passable_by"]["stretcher"]
    for key, value in raw.items():
        assert summary[key] == value, key


def test_the_raw_baseline_frontages_differ_only_by_the_corner_centimetres():
    """The outline method counts up to about a centimetre past each corner where plots meet: never
    less than the edge method, and at most 0.1 m more per corner."""
    import shapely

    doc = _layout()
    inp = raw_access_inputs(doc, None)
    _, raw_front = raw_access_figures(inp)
    got = np.array([p.frontage_m for p in diagnose_access(doc, centrelines=False).plots])
    corners = shapely.get_num_coordinates(inp["plots"]) - 1
    assert np.all(raw_front >= got - 1e-9)
    assert np.all(raw_front - got <= 0.1 * corners)
    assert (raw_front - got).max() > 0  # the tails are there: the comparison can tell the methods apart
