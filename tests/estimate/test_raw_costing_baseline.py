"""The costing benchmark's raw baseline measures exactly what the product measures (so its ratio is fair).

``benchmarks/raw_costing.py`` measures the synthetic option in plain shapely/numpy; the product measures
it through ``designer.estimate.takeoff``. Both must give every entity the same quantities: a baseline
doing less work would flatter the product, one doing more would hide its overhead.
"""

from __future__ import annotations

import dataclasses

import pytest

from benchmarks.raw_costing import raw_measures
from benchmarks.synthetic import OPTION_ID, make_settlement
from designer.estimate.takeoff import option_elements
from designer.model import Document, Drain, PowerSource, Sewer, StreetLight, WaterMain


def _product_measures(doc, raw):
    out = {}
    for e in option_elements(doc, OPTION_ID):
        fields = {**e.measures, **e.attributes}
        out[e.source_id] = {name: fields[name] for name in raw[e.source_id]}
    return out


def _assert_same(doc):
    raw = raw_measures(doc, OPTION_ID)
    product = _product_measures(doc, raw)
    assert sorted(product) == sorted(raw)  # the same entities: every costed one of the option
    for eid, measures in raw.items():
        for name, value in measures.items():
            if isinstance(value, float):
                assert product[eid][name] == pytest.approx(value, rel=1e-12, abs=1e-9), (eid, name)
            else:
                assert product[eid][name] == value, (eid, name)
    return raw


def test_raw_baseline_measures_the_synthetic_option_as_the_product_does():
    raw = _assert_same(make_settlement(300, households=True))
    kinds = {eid.split("-")[0] for eid in raw}
    assert kinds == {"wm", "wp", "wc", "sl", "path"}
    # The measures that issue 15 added are really exercised here, not zeros on both sides.
    assert sum(m.get("asphalt_crossing_m", 0.0) for m in raw.values()) > 10
    assert sum(m.get("utility_connection", 0.0) for m in raw.values()) == 1
    assert {m["surface"] for m in raw.values() if "surface" in m} >= {"earth", "gravel"}
    assert all(", bore " in m["pipe_class"] for m in raw.values() if "pipe_class" in m)


def test_raw_baseline_matches_on_every_branch_the_synthetic_option_leaves_empty():
    """Existing mains (connection, taps), sewers (toilets), drains (along the road), grid lights,
    pipes with a given class and one the catalogue does not have."""
    doc = make_settlement(300, households=True)
    mains = doc.of_type(WaterMain, OPTION_ID)
    lights = doc.of_type(StreetLight, OPTION_ID)
    road = next(p for p in doc.entities(OPTION_ID) if getattr(p, "width_m", 0) == 12.0)
    (x0, y0), (x1, y1) = road.route[0], road.route[1]
    changed = {
        mains[0].id: dataclasses.replace(mains[0], pressure_class="PN16"),
        mains[1].id: dataclasses.replace(mains[1], pressure_class="PN99"),
        mains[2].id: dataclasses.replace(mains[2], material="Bamboo"),
        **{s.id: dataclasses.replace(s, power=PowerSource.GRID) for s in lights[: len(lights) // 2]},
    }
    records = [changed.get(getattr(r, "id", None), r) for r in doc.records()]
    extra = [
        WaterMain(id="wm-existing", route=((0.0, 0.0), (40.0, 3.0)), diameter_mm=110),
        Sewer(id="sw-existing", route=((5.0, 5.0), (60.0, 50.0))),
        Drain(id="dr-existing", route=((x0, y0 + 4.0), ((x0 + x1) / 2, (y0 + y1) / 2 + 4.0))),
    ]
    doc = Document(records[0], [*records[1:], *extra])
    raw = _assert_same(doc)
    assert raw[mains[1].id]["pipe_class"] == "PN99, not in the pipe catalogue"
    assert raw[mains[2].id]["pipe_class"] == "class unknown, not in the pipe catalogue"
    assert raw[mains[0].id]["pipe_class"].startswith("PN16, bore")
    assert raw["path-corridor"]["drawn_drain_m"] > 10
    assert any(m.get("sewer_distance_m", -1.0) > 0 for m in raw.values())
    assert any(m.get("cable_length_m", 0.0) > 0 for m in raw.values())
    assert (
        raw[mains[0].id]["utility_connection"]
        + sum(m.get("utility_connection", 0.0) for k, m in raw.items() if k != mains[0].id)
        == 1
    )
