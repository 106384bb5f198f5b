"""Unknown facts stay unknown in the analysis: never free, open, working or private (issue 13, item 3)."""

from __future__ import annotations

import dataclasses

from designer.analysis.check import check_option
from designer.model import Building, Document, OperationalStatus, WaterAccess
from tests.analysis.layouts import box, l_shaped


def _with(doc, *records, drop=()):
    kept = [r for r in doc.records() if r is not doc.project and r.id not in drop]
    return Document(doc.project, [*kept, *records])


def test_an_unknown_price_is_reported_and_never_counted_as_free():
    doc = l_shaped()
    sp = doc["sp"]
    doc = _with(doc, dataclasses.replace(sp, price_per_20l=None, open_hours=None, taps=None), drop=("sp",))
    result = check_option(doc, None, pressure=False)
    rows = {r.household_id: r for r in result.households}
    assert rows["hA"].water_cost_per_month is None  # not 0.00
    assert rows["hA"].water_affordable is None  # not "affordable"
    (wp,) = result.water_points
    assert wp.price_per_20l is None and wp.cost_per_person_month is None
    assert wp.hours_ok is None and wp.capacity_l_per_day is None and wp.over_capacity is None
    assert "price unknown for 1 water point" in result.warnings
    assert "opening hours unknown for 1 water point" in result.warnings
    assert result.scorecard.water_points_hours_short == 0  # unknown hours are not "short" either


def test_broken_and_private_water_points_serve_no_one_and_unknown_status_is_said():
    doc = l_shaped()
    sp = doc["sp"]
    broken = dataclasses.replace(sp, operational_status=OperationalStatus.BROKEN)
    result = check_option(_with(doc, broken, drop=("sp",)), None, pressure=False)
    assert result.water_points == []
    assert all(r.water_point_id is None for r in result.households)
    assert any("broken" in w for w in result.warnings)
    private = dataclasses.replace(sp, access=WaterAccess.PRIVATE)
    assert check_option(_with(doc, private, drop=("sp",)), None, pressure=False).water_points == []
    unknown = dataclasses.replace(sp, operational_status=OperationalStatus.UNKNOWN, access=None)
    result = check_option(_with(doc, unknown, drop=("sp",)), None, pressure=False)
    assert len(result.water_points) == 1  # it stands there: not dropped as if broken or private
    assert "operational status unknown for 1 water point" in result.warnings
    assert "access unknown for 1 water point" in result.warnings


def test_unknown_materials_and_rooms_leave_housing_deprivations_unknown():
    doc = l_shaped()
    house = Building(id="b", outline=box(12, 4, 18, 10), wall_material=None, roof_material=None, rooms=None)
    result = check_option(_with(doc, house), None, pressure=False)
    row = {r.household_id: r for r in result.households}["hA"]
    assert "durable_housing" not in row.deprivations_before and "living_area" not in row.deprivations_before
    assert any(w.startswith("durable housing (materials not surveyed) unknown for") for w in result.warnings)
    assert any(w.startswith("living area (rooms not surveyed) unknown for") for w in result.warnings)
