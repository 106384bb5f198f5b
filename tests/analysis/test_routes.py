"""Walking routes along the drawn paths: distances, penalties, busy-road crossings, access."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from designer.analysis.check import check_option, plot_access, route_to_water
from designer.model import (
    Document,
    Household,
    Path,
    PathKind,
    Plot,
    ProjectInfo,
    Toilet,
    ToiletAccess,
    ToiletKind,
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


def test_shared_toilet_without_named_users_is_open_to_the_neighbours():
    """Issue 17: a shared toilet used to become private to the plot it stands in.

    Toilet at (64, 10) inside B, 10 m north of the path (its leg joins at (64, 0)). B stands on it: 0 m.
    A's gate (15, 0): 49 m along the path + 10 m leg = 59 m. C's gate (100, 45): 45 + 36 + 10 = 91 m.
    """
    doc = l_shaped()
    wc = Toilet(id="wc", position=(64, 10), access=ToiletAccess.SHARED, toilet_kind=ToiletKind.VIP_LATRINE)
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc])
    result = check_option(doc, None, pressure=False)
    rows = rows_by_id(result)
    assert rows["hB"].toilet_id == "wc" and rows["hB"].toilet_m == 0 and not rows["hB"].toilet_private
    assert rows["hA"].toilet_id == "wc" and rows["hA"].toilet_m == pytest.approx(59)
    assert not rows["hA"].toilet_within_standard  # 59 m > 50 m
    assert rows["hC"].toilet_m == pytest.approx(91) and "toilet_too_far" in rows["hC"].problems
    # three households share it: JMP "limited", not "basic"
    assert {r.sanitation_service_level for r in rows.values()} == {"limited"}
    assert result.toilets[0].users == "public" and result.toilets[0].households == 3
    assert any("1 shared toilet(s) name no users" in w and "wc" in w for w in result.warnings)


def test_shared_toilet_serves_only_its_named_users():
    """Shared by B and household hC: A (nearer than C) may not use it; C walks 91 m to it."""
    doc = l_shaped()
    wc = Toilet(id="wc", position=(64, 10), access=ToiletAccess.SHARED, shared_by=("B", "hC"))
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc])
    result = check_option(doc, None, pressure=False)
    rows = rows_by_id(result)
    assert rows["hB"].toilet_m == 0 and rows["hB"].toilet_id == "wc"
    assert rows["hA"].toilet_id is None and "no_toilet" in rows["hA"].problems
    assert rows["hC"].toilet_id == "wc" and rows["hC"].toilet_m == pytest.approx(91)
    assert result.toilets[0].users == "shared" and result.toilets[0].households == 2


def test_named_users_prefer_a_nearer_public_toilet():
    """C may use the shared toilet (91 m) but a communal block at (101, 50) is 5 + 1 m away."""
    doc = l_shaped()
    wc = Toilet(id="wc", position=(64, 10), access=ToiletAccess.SHARED, shared_by=("C",))
    block = Toilet(id="blk", position=(101, 50), access=ToiletAccess.COMMUNAL)
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc, block])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hC"].toilet_id == "blk" and rows["hC"].toilet_m == pytest.approx(6)
    assert rows["hB"].toilet_id == "wc" and rows["hB"].toilet_m == 0


def test_household_toilet_stays_private_to_its_plot():
    doc = l_shaped()
    wc = Toilet(id="wc", position=(64, 10), access=ToiletAccess.HOUSEHOLD)
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hB"].toilet_id == "wc" and rows["hB"].toilet_private
    assert rows["hA"].toilet_id is None


def test_water_point_shared_by_named_plots():
    """A yard tap on B at (64, 10), shared with A. A's gate (15, 0): 49 m + 10 m leg = 59 m, nearer than
    the standpipe (85 + √2 m). C (45 + √2 m from the standpipe) is not named and may not use the tap.
    """
    doc = l_shaped()
    tap = WaterPoint(
        id="yt", position=(64, 10), point_kind=WaterPointKind.YARD_TAP, plot_id="B", shared_by=("A",)
    )
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), tap])
    result = check_option(doc, None, pressure=False)
    rows = rows_by_id(result)
    assert rows["hB"].water_point_id == "yt" and rows["hB"].water_m == 0
    assert rows["hA"].water_point_id == "yt" and rows["hA"].water_m == pytest.approx(59)
    assert rows["hC"].water_point_id == "sp"
    by_id = {w.water_point_id: w for w in result.water_points}
    assert by_id["yt"].users == "shared" and by_id["yt"].households == 2
    assert route_to_water(doc, None, "A")[-1] == pytest.approx((64, 10))


def test_sample_option_a_counts_its_shared_latrines():
    """Issue 17: option A's ten shared VIP latrines (no named users) were private to the plot each stood
    in, giving 74 of 135 households a toilet within 50 m; open to the neighbours they give 100, and 99
    once the walk from each house to its plot's gate is counted too."""
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    card = check_option(load_project(sample_project_path()), "opt-a", pressure=False).scorecard
    assert (card.households_toilet_within_standard, card.households) == (99, 135)


def test_the_walk_from_the_dwelling_to_the_gate_counts():
    """Issue 17: a house on A centred at (15, 8) is 8 m from A's gate (15, 0): A walks 85 + √2 + 8 m.
    B has no house drawn: its distance starts at the gate (35 + √2 m); the yard tap on C is at home."""
    from designer.model import Building

    doc = l_shaped()
    house = Building(id="bA", outline=box(12, 4, 18, 12), plot_id="A")
    tap = WaterPoint(id="yt", position=(105, 45), point_kind=WaterPointKind.YARD_TAP, plot_id="C")
    hc = Building(id="bC", outline=box(104, 42, 110, 48), plot_id="C")
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), house, tap, hc])
    rows = rows_by_id(check_option(doc, None, pressure=False))
    assert rows["hA"].water_m == pytest.approx(85 + math.sqrt(2) + 8)
    assert rows["hB"].water_m == pytest.approx(35 + math.sqrt(2))
    assert rows["hC"].water_m == 0
    assert plot_access(doc, None)["A"].water_m == pytest.approx(85 + math.sqrt(2) + 8)


def test_a_drawn_zebra_crossing_is_used_by_the_safe_route_and_not_counted():
    """busy_road(): the plain route to S crosses the road (16 m, one crossing); the safe route went to K
    (66 m). A zebra drawn across the road at x = 0 from (0, 6) to (0, −6): the plot's gate is now its
    north end (5 m from the plot's centre, nearer than the road), and S stands at its south end, so the
    walk is the zebra's 12 m, with no busy crossing, plain and safe."""
    doc = busy_road()
    zebra = Path(id="z", route=((0, 6), (0, -6)), width_m=3.0, path_kind=PathKind.ZEBRA, lit=True)
    with_zebra = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), zebra])
    before = rows_by_id(check_option(doc, None, pressure=False))["hP"]
    after = rows_by_id(check_option(with_zebra, None, pressure=False))["hP"]
    assert before.water_crossings == 1 and before.water_safe_m == pytest.approx(66)
    assert after.water_crossings == 0 and after.water_m == pytest.approx(12)
    assert after.water_safe_m == pytest.approx(12) and after.water_safe_crossings == 0
    assert after.water_point_id == "S"
    assert not after.children_cross_busy_road


def test_a_busy_road_goes_on_past_its_drawn_end():
    """Issue 17: the safe route walked round the drawn end of a busy road. Road (−100, 0) → (100, 0);
    the plot's gate is at x = 95 on the north side, a standpipe at (95, −6) south. A footpath runs from
    the road's end (100, 0) east to (120, 0) and round: before, the walker passed the road's end without
    crossing; now the end is crossed like any point of the road."""
    doc = Document(
        ProjectInfo(name="End"),
        [
            Path(id="road", route=((-100, 0), (100, 0)), width_m=10.0, traffic=Traffic.BUSY, lit=True),
            Path(id="fp", route=((100, 0), (120, 0)), width_m=2.0, lit=True),
            Plot(id="P", outline=box(90, 6, 100, 16)),
            WaterPoint(id="S", position=(95, -6)),
            Household(id="hP", plot_id="P", size_persons=5, children=2),
        ],
    )
    row = rows_by_id(check_option(doc, None, pressure=False))["hP"]
    assert row.water_crossings == 1 and row.water_safe_crossings == 1
    assert row.children_cross_busy_road
