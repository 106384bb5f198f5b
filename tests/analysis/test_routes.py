"""Walking routes along the drawn paths: distances, penalties, busy-road crossings, access."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from decimal import Decimal

import pytest

from designer.analysis.check import check_option, plot_access
from designer.analysis.network import PathInput, build_network
from designer.analysis.standards import load_pack
from designer.model import (
    Document,
    Household,
    Path,
    Plot,
    ProjectInfo,
    Toilet,
    ToiletAccess,
    Traffic,
    WaterPoint,
    WaterPointKind,
)
from tests.analysis.layouts import box, busy_road, l_shaped

R2 = math.sqrt(2)


def rows_by_id(result):
    return {r.household_id: r for r in result.households}


def test_l_shaped_path_distances_worked_out_by_hand():
    result = check_option(l_shaped(), None, pressure=False)
    rows = rows_by_id(result)
    assert rows["hA"].water_m == pytest.approx(85 + R2)
    assert rows["hB"].water_m == pytest.approx(35 + R2)
    assert rows["hC"].water_m == pytest.approx(45 + R2)
    assert all(r.water_point_id == "sp" and r.water_crossings == 0 for r in rows.values())
    # lit path, no busy road: the safe route is the plain one
    assert rows["hA"].water_safe_cost_m == pytest.approx(85 + R2)


def test_plot_access_exposes_distances_by_plot_id():
    plots = plot_access(l_shaped(), None)
    assert set(plots) == {"A", "B", "C"}
    assert plots["B"].water_m == pytest.approx(35 + R2)
    assert plots["B"].water_point_id == "sp"
    assert plots["B"].toilet_m is None and not plots["B"].toilet_within_standard


def test_unlit_metres_carry_the_penalty(tmp_path):
    doc = l_shaped()
    dark = replace(doc["p-l"], lit=False)
    doc = Document(doc.project, [dark if r.id == "p-l" else r for r in doc.records() if r.id != "project"])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    # 35 m of unlit path count 1.5 × each; the standpipe's own leg is not a path
    assert rows["hB"].water_m == pytest.approx(35 + R2)
    assert rows["hB"].water_safe_cost_m == pytest.approx(35 * 1.5 + R2)


def test_busy_road_crossing_is_counted_penalised_and_flagged_for_children():
    rows = rows_by_id(check_option(busy_road(), None, pressure=False))
    hp = rows["hP"]
    assert hp.water_point_id == "S"
    assert hp.water_m == pytest.approx(16.0)  # 10 m across the road + 6 m leg
    assert hp.water_crossings == 1
    assert hp.children_cross_busy_road
    assert "children_cross_busy_road" in hp.problems
    # the safe route walks to the kiosk on the same side
    assert hp.water_safe_m == pytest.approx(66.0)
    assert hp.water_safe_crossings == 0
    assert hp.water_safe_cost_m == pytest.approx(66.0)


def test_crossing_penalty_comes_from_the_pack(tmp_path):
    pack = tmp_path / "cheap-crossing.toml"
    pack.write_text('[pack]\nid = "cheap"\n\n[walking]\nbusy_crossing_extra_m = 20\n', encoding="utf-8")
    hp = rows_by_id(check_option(busy_road(), None, str(pack), pressure=False))["hP"]
    # 16 + 20 = 36 < 66: now the safe route also crosses
    assert hp.water_safe_cost_m == pytest.approx(36.0)
    assert hp.water_safe_crossings == 1


def test_no_child_no_flag():
    doc = busy_road()
    hh = replace(doc["hP"], children=0)
    doc = Document(doc.project, [hh if r.id == "hP" else r for r in doc.records() if r.id != "project"])
    hp = rows_by_id(check_option(doc, None, pressure=False))["hP"]
    assert hp.water_crossings == 1 and not hp.children_cross_busy_road


def test_plot_without_path_access_is_reported_not_skipped():
    doc = l_shaped()
    far = Plot(id="far", outline=box(30, 40, 40, 50))  # 40 m from the path
    hh = Household(id="hFar", plot_id="far", size_persons=3)
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), far, hh])
    result = check_option(doc, None, pressure=False)
    assert result.no_access_plots == ["far"]
    row = rows_by_id(result)["hFar"]
    assert not row.path_access and row.water_m is None and not row.water_within_standard
    assert "no_path_access" in row.problems
    assert any("1 plot(s) have no path access" in w for w in result.warnings)
    assert result.scorecard.households_without_path_access == 1


def test_yard_tap_serves_only_its_own_plot():
    doc = l_shaped()
    tap = WaterPoint(id="yt", position=(15, 10), point_kind=WaterPointKind.YARD_TAP, plot_id="A")
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), tap])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hA"].water_point_id == "yt" and rows["hA"].water_m == 0 and rows["hA"].water_private
    # B is 50 m from the tap along the path but may not use it
    assert rows["hB"].water_point_id == "sp"


def test_shared_toilet_serves_only_the_plot_it_stands_in():
    doc = l_shaped()
    wc = Toilet(id="wc", position=(64, 10), access=ToiletAccess.SHARED)  # inside B, no plot_id
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hB"].toilet_id == "wc" and rows["hB"].toilet_m == 0
    assert rows["hA"].toilet_id is None and "no_toilet" in rows["hA"].problems


def test_communal_toilet_is_reached_along_the_path():
    doc = l_shaped()
    wc = Toilet(
        id="wc", position=(50, -2), access=ToiletAccess.COMMUNAL, seats_female=3, seats_male=1, seats_unisex=0
    )
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hB"].toilet_m == pytest.approx(15 + 2)  # gate at x=65, toilet gate x=50, leg 2 m
    assert rows["hB"].toilet_within_standard
    assert rows["hA"].toilet_m == pytest.approx(35 + 2)
    assert rows["hC"].toilet_m == pytest.approx(45 + 50 + 2)
    assert not rows["hC"].toilet_within_standard and "toilet_too_far" in rows["hC"].problems


def test_path_ending_at_a_road_edge_joins_the_road():
    rules = load_pack().walking
    # a lane drawn up to the edge of a 12 m road, 6 m from its centreline
    net = build_network(
        [PathInput(((-50, 0), (50, 0)), 12.0, False, True), PathInput(((0, 6), (0, 40)), 2.0, False, True)],
        rules,
    )
    assert len(net.extra_u) == 1 and net.extra_len[0] == pytest.approx(6.0)


def test_crossing_paths_are_joined_where_they_cross():
    rules = load_pack().walking
    net = build_network(
        [PathInput(((-50, 0), (50, 0)), 2.0, False, True), PathInput(((0, -50), (0, 50)), 2.0, False, True)],
        rules,
    )
    # four pieces meeting at one vertex
    assert len(net.length_m) == 4
    assert net.n_vertices == 5


def test_income_share_and_cost_per_month():
    rows = rows_by_id(check_option(l_shaped(), None, pressure=False))
    # 4 persons × 15 L × 30.4 days ÷ 20 L × 2.00 = 182.40 a month
    assert rows["hA"].water_cost_per_month == Decimal("182.40")
    assert rows["hA"].water_cost_share == pytest.approx(182.40 / 3000)
    assert rows["hA"].water_affordable is False and "water_unaffordable" in rows["hA"].problems
    assert rows["hB"].water_cost_per_month == Decimal("228.00")
    assert rows["hB"].water_affordable is True
    assert rows["hC"].water_affordable is None  # no income recorded


def test_households_are_assumed_when_there_is_no_survey():
    doc = Document(
        ProjectInfo(persons_per_household=4.5),
        [
            Path(id="p", route=((0, 0), (50, 0))),
            Plot(id="A", outline=box(0, 1, 10, 11)),
            WaterPoint(id="w", position=(5, -1)),
        ],
    )
    result = check_option(doc, None, pressure=False)
    assert result.households_assumed and len(result.households) == 1
    assert result.households[0].persons == 5
    assert any("assumed" in w for w in result.warnings)


def test_household_whose_plot_is_gone_is_reported_with_all_deprivations():
    doc = l_shaped()
    lost = Household(id="hX", plot_id="", size_persons=2)
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), lost])
    result = check_option(doc, None, pressure=False)
    row = rows_by_id(result)["hX"]
    assert row.plot_id is None and row.problems == ("no_plot",)
    assert row.water_m is None and row.water_service_level == "none"
    assert set(row.deprivations_after) >= {"water", "sanitation", "durable_housing", "living_area"}
    assert any("no plot in this view" in w for w in result.warnings)


def test_footpath_meeting_a_busy_road_joins_its_own_side():
    # Road along y = 0 (8 m, busy); footpath north from the road at x = 0 to a standpipe at (1, 50).
    # N: plot north of the road at x 10–20 → gate (15, 0) north side: 15 + 50 + 1 = 66 m, no crossing.
    # S: plot south of the road at x 10–20 → gate (15, 0) south side: one crossing (8 m) → 74 m.
    doc = Document(
        ProjectInfo(),
        [
            Path(id="road", route=((-100, 0), (100, 0)), width_m=8.0, traffic=Traffic.BUSY, lit=True),
            Path(id="foot", route=((0, 0), (0, 50)), width_m=2.0, lit=True),
            WaterPoint(id="sp", position=(1, 50)),
            Plot(id="N", outline=box(10, 5, 20, 15)),
            Plot(id="S", outline=box(10, -15, 20, -5)),
            Household(id="hN", plot_id="N", children=1),
            Household(id="hS", plot_id="S", children=1),
        ],
    )
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hN"].water_m == pytest.approx(66.0) and rows["hN"].water_crossings == 0
    assert rows["hS"].water_m == pytest.approx(74.0) and rows["hS"].water_crossings == 1
    assert rows["hS"].children_cross_busy_road and not rows["hN"].children_cross_busy_road


def test_crossroads_of_two_busy_roads_has_four_corners():
    # Two busy 10 m roads crossing at the origin. From the south-west corner to a standpipe in the
    # north-east corner the walker crosses both roads: two crossings, 10 + 10 m of road.
    rules = load_pack().walking
    net = build_network(
        [
            PathInput(((-100, 0), (100, 0)), 10.0, True, True),
            PathInput(((0, -100), (0, 100)), 10.0, True, True),
        ],
        rules,
    )
    assert net.n_vertices == 5 + 3  # four arms' ends, the junction split into four corners
    doc = Document(
        ProjectInfo(),
        [
            Path(id="ew", route=((-100, 0), (100, 0)), width_m=10.0, traffic=Traffic.BUSY, lit=True),
            Path(id="ns", route=((0, -100), (0, 100)), width_m=10.0, traffic=Traffic.BUSY, lit=True),
            WaterPoint(id="sp", position=(20, 6)),  # north of the east arm, 20 m from the junction
            Plot(id="SW", outline=box(-30, -16, -20, -6)),  # south of the west arm, gate (-25, 0)
            Household(id="h", plot_id="SW", children=2),
        ],
    )
    row = rows_by_id(check_option(doc, None, pressure=False))["h"]
    assert row.water_crossings == 2
    assert row.water_m == pytest.approx(25 + 10 + 10 + 20 + 6)


def test_route_to_water_is_the_polyline_walked():
    from designer.analysis import route_to_water

    plain = route_to_water(busy_road(), None, "P")
    # gate (0, 0) on the north side, across the road at the same point, then the 6 m leg to S
    assert plain[0] == (0.0, 0.0) and plain[-1] == (0.0, -6.0)
    safe = route_to_water(busy_road(), None, "P", safe=True)
    # along the north side to the kiosk's gate at x = 60, then its leg
    assert safe[0] == (0.0, 0.0) and safe[-1] == (60.0, 6.0)
    assert sum(math.dist(a, b) for a, b in itertools.pairwise(safe)) == pytest.approx(66.0)
    l_route = route_to_water(l_shaped(), None, "C")
    assert l_route[0] == (100.0, 45.0) and (100.0, 0.0) in l_route and l_route[-1] == (101.0, -1.0)


def test_a_settlement_without_paths_is_checked_not_crashed():
    doc = Document(
        ProjectInfo(),
        [
            Plot(id="A", outline=box(0, 0, 10, 10)),
            WaterPoint(id="w", position=(5, 5)),
            Household(id="h", plot_id="A"),
        ],
    )
    result = check_option(doc, None)
    assert result.households[0].problems == ("no_path_access", "no_water", "no_toilet")
    assert "water point w is more than 30 m from every path" in result.warnings
    empty = check_option(Document(ProjectInfo(), []), None)
    assert empty.households == [] and empty.scorecard.households == 0 and empty.warnings == []
