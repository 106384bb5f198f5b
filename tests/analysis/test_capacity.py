"""Capacity, queues, hours and toilet seats: the arithmetic written out."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from designer.analysis.capacity import (
    hours_cover,
    queue_minutes,
    toilet_loads,
    water_cost_per_month,
    water_loads,
)
from designer.analysis.check import check_option
from designer.analysis.standards import load_pack
from designer.model import Document, Toilet, ToiletAccess, WaterPoint, WaterPointKind
from tests.analysis.layouts import l_shaped

SPHERE = load_pack("sphere-2018")


def test_standpipe_load_queue_and_cost_by_hand():
    wp = WaterPoint(
        id="w",
        position=(0, 0),
        taps=2,
        flow_l_per_min=7.5,
        open_hours=((6, 10), (16, 20)),
        price_per_20l=Decimal("2"),
    )
    (load,) = water_loads([wp], np.array([15.0]), np.array([3]), SPHERE)
    assert load.capacity_l_per_day == 2 * 7.5 * 60 * 8 == 7200
    assert load.demand_l_per_day == 15 * 15 == 225
    rho = 225 / 7200
    s = 20 / 7.5  # minutes to fill a 20 L container
    assert load.utilisation == pytest.approx(rho)
    assert load.queue_min == pytest.approx(rho * s / (2 * (1 - rho)))
    assert load.persons_per_tap == 7.5
    assert load.hours_ok  # 8 h, open 6–8 and 17–19
    assert load.cost_per_person_month == Decimal("45.60")  # 15 × 30.4 ÷ 20 × 2


def test_overloaded_tap_queues_all_day_and_leaves_demand_unmet():
    wp = WaterPoint(id="w", position=(0, 0), taps=1, flow_l_per_min=7.5, open_hours=((6, 14),))
    capacity = 7.5 * 60 * 8  # 3,600 L
    persons = 1.5 * capacity / 15
    (load,) = water_loads([wp], np.array([persons]), np.array([50]), SPHERE)
    assert load.utilisation == pytest.approx(1.5)
    assert load.queue_min == pytest.approx(1.5 * 480 / 2)
    assert load.unmet_share == pytest.approx(1 / 3)
    assert load.persons_per_tap > load.max_persons_per_tap  # 360 > 250


def test_queue_below_capacity_never_exceeds_half_the_opening_time():
    assert queue_minutes(0.999, 2.67, 60) == 30.0
    assert queue_minutes(0.0, 2.67, 60) == 0.0


def test_hours_must_cover_the_morning_and_evening_windows():
    assert hours_cover(((6, 10), (16, 20)), ((6, 8), (17, 19)))
    assert not hours_cover(((6, 9),), ((6, 8), (17, 19)))
    assert not hours_cover(((7, 10), (16, 20)), ((6, 8), (17, 19)))  # opens an hour late
    wp = WaterPoint(id="w", position=(0, 0), open_hours=((6, 9),))
    (load,) = water_loads([wp], np.array([10.0]), np.array([2]), SPHERE)
    assert not load.hours_ok and load.open_hours == 3


def test_hand_pump_limit_is_the_pack_s_hand_pump_number():
    wp = WaterPoint(id="w", position=(0, 0), point_kind=WaterPointKind.HANDPUMP)
    (load,) = water_loads([wp], np.array([300.0]), np.array([60]), SPHERE)
    assert load.max_persons_per_tap == 500


def test_monthly_cost_rounds_half_up_to_cents():
    # 3 persons × 15 L × 30.4 ÷ 20 × 1.25 = 85.50
    assert water_cost_per_month(3, Decimal("1.25"), SPHERE) == Decimal("85.50")
    assert water_cost_per_month(1, Decimal("0.33"), SPHERE) == Decimal("7.52")  # 7.524


def test_toilet_block_seats_by_sex_and_ratio():
    block = Toilet(
        id="b", position=(0, 0), access=ToiletAccess.COMMUNAL, seats_female=3, seats_male=1, seats_unisex=0
    )
    even = Toilet(
        id="e", position=(0, 0), access=ToiletAccess.COMMUNAL, seats_female=2, seats_male=2, seats_unisex=0
    )
    mixed = Toilet(
        id="m", position=(0, 0), access=ToiletAccess.COMMUNAL, seats_female=0, seats_male=0, seats_unisex=4
    )
    own = Toilet(id="o", position=(0, 0), access=ToiletAccess.HOUSEHOLD)
    loads = toilet_loads(
        [block, even, mixed, own], np.array([200.0, 200.0, 200.0, 5.0]), np.array([40, 40, 40, 1]), SPHERE
    )
    b, e, m, o = loads
    assert b.persons_per_seat == 50
    assert b.persons_per_female_seat == pytest.approx(100 / 3)  # half of 200 are women and girls
    assert b.persons_per_male_seat == 100
    assert b.female_to_male == 3 and b.meets_ratio is True
    assert e.female_to_male == 1 and e.meets_ratio is False
    assert m.meets_ratio is False  # a communal block must be separated by sex
    assert o.meets_ratio is None  # one household's own toilet: no ratio to meet


def test_households_are_assigned_to_their_nearest_water_point_by_route():
    doc = l_shaped()
    second = WaterPoint(id="sp2", position=(10, -1), taps=1)
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), second])
    result = check_option(doc, None, pressure=False)
    rows = {r.household_id: r for r in result.households}
    # A (gate x=15) is 5 + 1 m from sp2; B (x=65) 35 + √2 from sp; C 45 + √2 from sp
    assert rows["hA"].water_point_id == "sp2" and rows["hA"].water_m == pytest.approx(6.0)
    points = {w.water_point_id: w for w in result.water_points}
    assert points["sp2"].persons == 4 and points["sp2"].households == 1
    assert points["sp"].persons == 11 and points["sp"].persons_per_tap == 5.5
    assert result.scorecard.persons_per_tap_max == 5.5
    assert result.scorecard.persons_per_tap_mean == pytest.approx(15 / 3)


def test_pay_per_use_toilet_cost_and_covered_floor_per_person():
    from designer.model import Building

    doc = l_shaped()
    wc = Toilet(id="wc", position=(50, -2), access=ToiletAccess.COMMUNAL, price_per_use=Decimal("5"))
    house = Building(id="bA", outline=((11, 3), (14, 3), (14, 7), (11, 7)), plot_id="A")  # 12 m², 1 storey
    doc = Document(doc.project, [*(r for r in doc.records() if r.id != "project"), wc, house])
    rows = {r.household_id: r for r in check_option(doc, None, pressure=False).households}
    # 5 persons × 3 uses a day × 30.4 days × 5.00 = 2,280.00 a month
    assert rows["hB"].toilet_cost_per_month == Decimal("2280.00")
    # 12 m² for 4 persons = 3 m² each, under Sphere's 3.5 m²
    assert rows["hA"].covered_m2_per_person == pytest.approx(3.0)
    assert "too_little_floor_area" in rows["hA"].problems
    assert rows["hB"].covered_m2_per_person is None  # no dwelling drawn on B


def test_toilet_locked_at_night_is_flagged_for_its_users():
    """A communal block open 06–20 misses the pack's day-and-night window; one open 0–24 does not."""
    base = l_shaped()
    for hours, flagged in ((((6.0, 20.0),), True), (((0.0, 24.0),), False)):
        wc = Toilet(id="wc", position=(50, -2), access=ToiletAccess.COMMUNAL, open_hours=hours)
        doc = Document(base.project, [*(r for r in base.records() if r.id != "project"), wc])
        result = check_option(doc, None, pressure=False)
        assert result.toilets[0].hours_ok is not flagged
        assert result.toilets[0].open_hours == (14.0 if flagged else 24.0)
        assert all(("toilet_hours_too_short" in r.problems) is flagged for r in result.households)


def test_intermittent_supply_cuts_the_hours_of_piped_points_without_storage():
    """The city main runs 06–09 only. The standpipe (open 06–10 and 16–20) delivers 06–09: 3 h, so
    capacity 2 taps × 7.5 L/min × 60 × 3 h = 2,700 L/day and the evening window is missed; a kiosk
    with a tank keeps its own hours."""
    from designer.model import SupplyPoint

    base = l_shaped()
    sup = SupplyPoint(id="sup", position=(0, 0), supply_hours=((6.0, 9.0),))
    tank = WaterPoint(id="k", position=(101, 50), point_kind=WaterPointKind.KIOSK, storage_m3=2.0)
    doc = Document(base.project, [*(r for r in base.records() if r.id != "project"), sup, tank])
    result = check_option(doc, None, pressure=False)
    rows = {w.water_point_id: w for w in result.water_points}
    assert rows["sp"].open_hours == 3.0 and rows["sp"].hours_cut_by_supply
    assert rows["sp"].capacity_l_per_day == pytest.approx(2700)
    assert not rows["sp"].hours_ok
    assert rows["k"].open_hours == 8.0 and not rows["k"].hours_cut_by_supply
    assert any("intermittent supply (06–09)" in w and "sp" in w for w in result.warnings)
    # without a supply schedule the standpipe keeps its 8 h
    plain = check_option(base, None, pressure=False)
    assert plain.water_points[0].open_hours == 8.0 and not plain.water_points[0].hours_cut_by_supply


def test_the_queue_never_exceeds_the_opening_time():
    """Issue 17: a kiosk open 120 min at ρ = 4.8 gave a 288 min wait; the wait is bounded by 120 min and
    the rest of the demand is unmet (1 − 1/4.8 = 79 %)."""
    wp = WaterPoint(id="k", position=(0, 0), taps=1, flow_l_per_min=7.5, open_hours=((6, 8),))
    capacity = 7.5 * 120  # 900 L a day
    persons = 4.8 * capacity / 15
    (load,) = water_loads([wp], np.array([persons]), np.array([60]), SPHERE)
    assert load.utilisation == pytest.approx(4.8)
    assert load.queue_min == 120.0
    assert load.unmet_share == pytest.approx(1 - 1 / 4.8)
    assert queue_minutes(4.8, 2.67, 120) == 120.0 and queue_minutes(1.5, 2.67, 120) == 90.0
