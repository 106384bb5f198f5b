"""Facilities inside hazard areas, and pit latrines in flood zones as a contamination risk."""

from __future__ import annotations

from designer.analysis.check import check_option
from designer.model import Document, HazardArea, HazardKind, Toilet, ToiletAccess, ToiletKind
from tests.analysis.layouts import box, l_shaped


def _doc(*extra) -> Document:
    base = l_shaped()
    return Document(base.project, [*(r for r in base.records() if r.id != "project"), *extra])


def test_a_pit_latrine_in_a_flood_zone_is_a_contamination_risk_and_its_users_are_told():
    flood = HazardArea(id="fz", outline=box(40, -10, 90, -1), hazard=HazardKind.FLOOD)
    pit = Toilet(
        id="pit", position=(50, -2), access=ToiletAccess.COMMUNAL, toilet_kind=ToiletKind.PIT_LATRINE
    )
    sealed = Toilet(
        id="flush", position=(30, -2), access=ToiletAccess.COMMUNAL, toilet_kind=ToiletKind.FLUSH_SEWER
    )
    result = check_option(_doc(flood, pit, sealed), None, pressure=False)
    rows = {t.toilet_id: t for t in result.toilets}
    assert rows["pit"].hazards == ("flood",) and rows["pit"].contamination_risk
    assert rows["flush"].hazards == () and not rows["flush"].contamination_risk
    assert any("toilet pit (pit latrine) has a pit in a flood zone" in w for w in result.warnings)
    by_hh = {r.household_id: r for r in result.households}
    assert by_hh["hB"].toilet_id == "pit" and "facility_in_hazard_area" in by_hh["hB"].problems
    assert by_hh["hA"].toilet_id == "flush" and "facility_in_hazard_area" not in by_hh["hA"].problems


def test_a_water_point_in_a_hazard_area_is_flagged():
    slide = HazardArea(id="ls", outline=box(95, -5, 110, 5), hazard=HazardKind.LANDSLIDE)
    result = check_option(_doc(slide), None, pressure=False)
    assert result.water_points[0].hazards == ("landslide",)
    assert all("facility_in_hazard_area" in r.problems for r in result.households)
    assert any("water point sp stands in a hazard area (landslide)" in w for w in result.warnings)
