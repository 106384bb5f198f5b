"""Measurement rules that misstated totals, each proved on a small drawing whose quantities are worked by hand."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from costing.takeoff.engine import Takeoff
from designer.estimate.live import LiveCosting
from designer.estimate.takeoff import option_elements
from designer.model import (
    AddRecord,
    Document,
    Drain,
    Option,
    Path,
    PathKind,
    Plot,
    ProjectInfo,
    Sewer,
    Surface,
    Toilet,
    ToiletKind,
    WaterMain,
)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "appdata"))


def _doc(*records) -> Document:
    return Document(ProjectInfo(name="hand-worked", country="KE"), [Option(id="o", name="O"), *records])


def quantities(doc: Document) -> dict[str, float]:
    """Unrounded quantity per item code (summed over descriptions)."""
    out: dict[str, float] = {}
    for line in Takeoff(option_elements(doc, "o")).lines.values():
        out[line.code] = out.get(line.code, 0.0) + line.quantity
    return out


def test_a_pour_flush_toilet_near_a_sewer_is_connected_not_built_on_a_pit():
    doc = _doc(
        Sewer(id="sw", scope="o", route=((0, 0), (50, 0))),
        # 5 m from the sewer: connected. 100 m away: a pit, 2 seats × 3 m3 and 2 × 11 m2 of lining.
        Toilet(id="near", scope="o", position=(10, 5), toilet_kind=ToiletKind.POUR_FLUSH, seats_unisex=2),
        Toilet(id="far", scope="o", position=(10, 100), toilet_kind=ToiletKind.POUR_FLUSH, seats_unisex=2),
    )
    q = quantities(doc)
    assert q["SN-SEWERCONN"] == 1  # only the near one
    assert q["EW-PIT"] == pytest.approx(6.0)
    assert q["SN-PITLINING"] == pytest.approx(22.0)
    assert q["SN-PAN"] == 4  # both have a pan and trap


def test_drains_drawn_along_a_lane_are_not_billed_again_as_its_side_drain():
    lane = Path(id="lane", scope="o", route=((0, 0), (40, 0)), width_m=3.0, path_kind=PathKind.LANE)
    # A 20 m drain 2 m off the centreline (within 1.5 m + 1.5 m): the side drain is the other 20 m.
    doc = _doc(lane, Drain(id="dr", scope="o", route=((0, 2), (20, 2))))
    q = quantities(doc)
    assert q["SD-SIDEDRAIN"] == pytest.approx(20.0)
    assert q["SD-LINING"] == pytest.approx(20 * (0.45 + 2 * 0.45))  # the drawn drain, billed once
    # With drains along its whole length on both sides, no side drain is billed for the lane.
    both = _doc(
        lane,
        Drain(id="d1", scope="o", route=((0, 2), (40, 2))),
        Drain(id="d2", scope="o", route=((0, -2), (40, -2))),
    )
    assert "SD-SIDEDRAIN" not in quantities(both)


def test_a_main_crossing_an_asphalt_road_gets_road_reinstatement():
    road = Path(
        id="road", route=((0, -10), (0, 10)), width_m=6.0, surface=Surface.ASPHALT, path_kind=PathKind.ROAD
    )
    # A 63 mm main from x = -30 to x = 10 along y = 0: its midpoint (-10, 0) is off the road (earth route),
    # 6 m of it lie under the 6 m wide road: 6 × (trench 0.45 + 0.3) = 4.5 m2 of asphalt reinstatement.
    doc = _doc(road, WaterMain(id="wm", scope="o", route=((-30, 0), (10, 0)), diameter_mm=63))
    q = quantities(doc)
    assert q["RD-REINSTATE-asphalt"] == pytest.approx(4.5)


def test_survey_beacons_are_counted_at_distinct_corners():
    # Four 10 m plots in a 2 × 2 block: 16 corner occurrences, 9 distinct corners (was 4 per plot = 16).
    plots = [
        Plot(
            id=f"p{i}{j}",
            scope="o",
            outline=(
                (i * 10, j * 10),
                (i * 10 + 10, j * 10),
                (i * 10 + 10, j * 10 + 10),
                (i * 10, j * 10 + 10),
            ),
        )
        for i in range(2)
        for j in range(2)
    ]
    q = quantities(_doc(*plots))
    assert q["PL-BEACON"] == pytest.approx(9.0)
    assert q["PL-SURVEY"] == 4


def test_surplus_excavation_is_disposed_of_and_deep_trenches_supported():
    deep = WaterMain(id="deep", scope="o", route=((0, 0), (100, 0)), diameter_mm=63, depth_m=1.5)
    q = quantities(_doc(deep))
    # Trench 0.45 m wide; bedding 0.1 + 0.063 + 0.1 = 0.263 m; the backfill is the excavation less that:
    # surplus 100 × 0.45 × 0.263 = 11.835 m3. Support to both sides over 1.2 m deep: 2 × 100 × 1.5 = 300 m2.
    assert q["EW-DISPOSAL"] == pytest.approx(11.835)
    assert q["EW-SUPPORT"] == pytest.approx(300.0)
    assert q["EW-TRENCH-D15"] == pytest.approx(q["EW-BACKFILL"] + q["EW-DISPOSAL"])
    shallow = WaterMain(id="shallow", scope="o", route=((0, 0), (100, 0)), diameter_mm=63, depth_m=0.9)
    assert "EW-SUPPORT" not in quantities(_doc(shallow))


def test_one_connection_to_the_utility_main_and_bulk_meter_per_option_network():
    existing = WaterMain(id="city", route=((0, 0), (200, 0)), diameter_mm=160)
    near = WaterMain(id="wm-near", scope="o", route=((50, 5), (50, 60)), diameter_mm=63)
    far = WaterMain(id="wm-far", scope="o", route=((50, 60), (120, 60)), diameter_mm=63)
    doc = _doc(existing, near, far)
    q = quantities(doc)
    assert q["WS-MAINCONN"] == 1 and q["WS-BULKMETER"] == 1
    lines = Takeoff(option_elements(doc, "o")).lines.values()
    conn = next(ln for ln in lines if ln.code == "WS-MAINCONN")
    assert conn.source_ids == ["wm-near"]  # the main nearest the city's


def test_valves_are_counted_not_a_per_metre_allowance():
    # 900 m: a valve at its start and every 400 m → 1 + floor(900 / 400) = 3; a 100 m main: 1.
    long = WaterMain(id="long", scope="o", route=((0, 0), (900, 0)), diameter_mm=90)
    short = WaterMain(id="short", scope="o", route=((0, 50), (100, 50)), diameter_mm=90)
    assert quantities(_doc(long, short))["WS-VALVE"] == 4
    assert math.isclose(quantities(_doc(long))["WS-VALVE"], 3)


def test_live_re_costing_follows_these_context_measures():
    toilet = Toilet(id="t", scope="o", position=(10, 5), toilet_kind=ToiletKind.POUR_FLUSH, seats_unisex=1)
    doc = _doc(toilet, Plot(id="a", scope="o", outline=((0, 0), (10, 0), (10, 10), (0, 10))))
    live = LiveCosting(doc, "o")
    try:
        assert "EW-PIT" in {ln.code for ln in live.boq.lines()}
        AddRecord(Sewer(id="sw", scope="o", route=((0, 0), (50, 0)))).do(doc)
        AddRecord(Plot(id="b", scope="o", outline=((10, 0), (20, 0), (20, 10), (10, 10)))).do(doc)
        codes = {ln.code: ln for ln in live.boq.lines()}
        assert "EW-PIT" not in codes and codes["SN-SEWERCONN"].quantity == 1
        assert codes["PL-BEACON"].quantity == 6  # two plots sharing a side: 6 distinct corners
        from designer.estimate.pricing import cost_option

        full = cost_option(doc, "o")
        assert [(ln.code, ln.quantity, ln.amount) for ln in full.lines()] == [
            (ln.code, ln.quantity, ln.amount) for ln in live.boq.lines()
        ]
    finally:
        live.close()


def test_excavation_below_the_groundwater_level_is_measured_extra_over_with_dewatering():
    """Was: no dewatering item at all. Hand-worked: trench 0.45 m wide (63 mm main), 1.5 m deep, groundwater
    1.0 m below ground: 100 m × 0.45 m × (1.5 − 1.0) m = 22.5 m3; a sewer 40 m × 0.5 m (160 mm) × (2.0 − 1.0) m
    = 20 m3; two single-seat pits 3 m3 each, 2.5 m deep, 1.5 m of it below water: 2 × 3 × 1.5 / 2.5 = 3.6 m3."""
    from costing.boq.money import round_money
    from designer.estimate.pricing import cost_option

    main = WaterMain(id="wm", scope="o", route=((0, 0), (100, 0)), diameter_mm=63, depth_m=1.5)
    sewer = Sewer(id="sw", scope="o", route=((0, 300), (40, 300)), diameter_mm=160, depth_m=2.0)
    pits = [
        Toilet(id=f"t{i}", scope="o", position=(500 + 10 * i, 0), toilet_kind=ToiletKind.PIT_LATRINE)
        for i in range(2)
    ]
    doc = _doc(main, sewer, *pits)
    # Without a groundwater level nothing is measured: the level is unknown, not "dry".
    assert "EW-DEWATER" not in quantities(doc)
    given = {f"rule.{k}.groundwater_depth_m": "1.0" for k in ("water_main", "sewer", "toilet")}
    boq = cost_option(doc, "o", assumptions=given)
    lines = {ln.description: ln for ln in boq.lines() if ln.code == "EW-DEWATER"}
    by_kind = {d.split(" ")[2]: ln for d, ln in lines.items()}
    # The East African SMM bills m3 to the whole unit (half up): 22.5 → 23, 20 → 20, 3.6 → 4.
    assert by_kind["water"].quantity == Decimal("23")
    assert by_kind["sewer"].quantity == Decimal("20")
    assert by_kind["latrine"].quantity == Decimal("4")
    assert dict(by_kind["water"].provenance.inputs)["groundwater_depth_m"] == 1.0
    # Unrounded, with the same rules the bill used:
    from dataclasses import replace

    from costing.takeoff.rules import RuleSet, load_rules

    shipped = load_rules()
    kinds = {
        k: replace(kr, defaults={**kr.defaults, "groundwater_depth_m": 1.0})
        for k, kr in shipped.kinds.items()
    }
    measured = {}
    for line in Takeoff(option_elements(doc, "o"), RuleSet(kinds)).lines.values():
        if line.code == "EW-DEWATER":
            measured[line.description.split(" ")[2]] = line.quantity
    assert measured == pytest.approx({"water": 22.5, "sewer": 20.0, "latrine": 3.6})
    assert all(ln.priced and ln.amount == round_money(ln.quantity * ln.rate) for ln in lines.values())
    assert "(1 m)" in next(iter(lines))  # the level used is in the description
    # A groundwater level below the trench bottom: no dewatering.
    deep_water = {"rule.water_main.groundwater_depth_m": "2.0"}
    assert not [
        ln for ln in cost_option(_doc(main), "o", assumptions=deep_water).lines() if ln.code == "EW-DEWATER"
    ]


def test_the_assumptions_page_says_when_no_groundwater_level_was_given():
    from designer.estimate.pricing import cost_option

    doc = _doc(WaterMain(id="wm", scope="o", route=((0, 0), (100, 0)), diameter_mm=63, depth_m=1.5))
    rows = {a: (v, s) for a, v, s in cost_option(doc, "o").assumptions}
    value, source = rows["Groundwater level (dewatering)"]
    assert value.startswith("not given") and "groundwater_depth_m" in source
    given = cost_option(doc, "o", assumptions={"rule.water_main.groundwater_depth_m": "1.0"}).assumptions
    rows = {a: (v, s) for a, v, s in given}
    assert "water_main 1 m below ground" in rows["Groundwater level (dewatering)"][0]
