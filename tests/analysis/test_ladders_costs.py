"""JMP ladders with every rung, and every cost of use against income, on the L-shaped settlement.

Worked by hand (sphere-2018: 15 L/person/day, 30.4 days, 20 L containers, 5 % of income):
standpipe price 2 per 20 L → water per person-month = 15 × 30.4 / 20 × 2 = 45.60.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from designer.analysis.check import check_option
from designer.model import (
    Document,
    Household,
    OperationalStatus,
    Sex,
    Toilet,
    ToiletAccess,
    ToiletKind,
    WaterPoint,
    WaterPointKind,
)
from tests.analysis.layouts import l_shaped


def _doc(*extra, households: dict[str, dict] | None = None) -> Document:
    base = l_shaped()
    recs = []
    for r in base.records():
        if r.id == "project":
            continue
        changes = (households or {}).get(r.id) if isinstance(r, Household) else None
        recs.append(replace(r, **changes) if changes else r)
    return Document(base.project, [*recs, *extra])


def _rows(doc: Document):
    result = check_option(doc, None, pressure=False)
    return result, {r.household_id: r for r in result.households}


def test_shared_toilet_emptying_is_split_between_its_households_and_counted_against_income():
    """A VIP latrine on B shared with A, emptied for 2,400 a year: 2,400 / 12 / 2 = 100.00 each a month.

    A (4 persons, income 3,000, female head): water 4 × 45.60 = 182.40; total 282.40 = 9.4 % → too costly.
    B (5 persons, income 10,000): water 228.00, total 328.00 = 3.3 % → affordable.
    """
    wc = Toilet(
        id="wc",
        position=(64, 10),
        plot_id="B",
        toilet_kind=ToiletKind.VIP_LATRINE,
        access=ToiletAccess.SHARED,
        shared_by=("A",),
        emptying_cost_per_year=Decimal("2400"),
    )
    doc = _doc(wc, households={"hA": {"head_sex": Sex.FEMALE}, "hB": {"income_per_month": Decimal("10000")}})
    result, rows = _rows(doc)
    a, b = rows["hA"], rows["hB"]
    assert a.toilet_id == "wc" and b.toilet_id == "wc"
    assert (a.water_cost_per_month, a.toilet_emptying_per_month, a.services_cost_per_month) == (
        Decimal("182.40"),
        Decimal("100.00"),
        Decimal("282.40"),
    )
    assert a.services_cost_complete and a.services_affordable is False
    assert "services_unaffordable" in a.problems
    assert b.services_cost_per_month == Decimal("328.00") and b.services_affordable is True
    assert result.scorecard.households_services_unaffordable == 1
    assert result.scorecard.services_unaffordable_by_head_sex == {"female": 1}


def test_pay_per_use_fee_counts_and_an_unknown_emptying_cost_is_not_zero():
    """A communal block at 5 per use: A pays 4 × 3 uses × 30.4 × 5 = 1,824.00 a month, no emptying.

    A household pit on B with no emptying cost recorded: B's total is water only and incomplete, so
    within the limit it is unknown (not affordable); C (no income) stays unknown.
    """
    block = Toilet(id="blk", position=(14, -2), access=ToiletAccess.COMMUNAL, price_per_use=Decimal("5"))
    pit = Toilet(id="pit", position=(64, 10), plot_id="B", access=ToiletAccess.HOUSEHOLD)
    result, rows = _rows(_doc(block, pit, households={"hB": {"income_per_month": Decimal("10000")}}))
    a, b = rows["hA"], rows["hB"]
    assert a.toilet_id == "blk" and a.toilet_cost_per_month == Decimal("1824.00")
    assert a.toilet_emptying_per_month == Decimal("0.00")
    assert a.services_cost_per_month == Decimal("2006.40") and a.services_affordable is False
    assert b.toilet_id == "pit" and b.toilet_emptying_per_month is None
    assert not b.services_cost_complete and b.services_cost_per_month == Decimal("228.00")
    assert b.services_affordable is None
    assert rows["hC"].services_affordable is None
    assert result.scorecard.services_cost_share_max == a.services_cost_share


def test_water_ladder_has_a_safely_managed_rung_for_a_tap_on_the_premises():
    """A's yard tap is on its plot and open in the pack's windows → safely managed; B and C walk to the
    standpipe → basic (no round-trip limit in sphere-2018)."""
    tap = WaterPoint(id="yt", position=(15, 10), point_kind=WaterPointKind.YARD_TAP, plot_id="A")
    _, rows = _rows(_doc(tap))
    assert rows["hA"].water_on_premises and rows["hA"].water_service_level == "safely_managed"
    assert rows["hB"].water_service_level == "basic" and not rows["hB"].water_on_premises


def test_a_tap_on_the_premises_that_is_closed_when_needed_is_only_basic():
    tap = WaterPoint(
        id="yt",
        position=(15, 10),
        point_kind=WaterPointKind.YARD_TAP,
        plot_id="A",
        open_hours=((10.0, 12.0),),
    )
    _, rows = _rows(_doc(tap))
    assert rows["hA"].water_on_premises and rows["hA"].water_service_level == "basic"


def test_sanitation_ladder_from_safely_managed_to_open_defecation():
    """B: own VIP latrine emptied safely → safely managed; the same not recorded → basic;
    A and C have no toilet they may use → open defecation."""
    safe = Toilet(
        id="wc",
        position=(64, 10),
        plot_id="B",
        toilet_kind=ToiletKind.VIP_LATRINE,
        access=ToiletAccess.HOUSEHOLD,
        excreta_safely_managed=True,
    )
    _, rows = _rows(_doc(safe))
    assert rows["hB"].sanitation_service_level == "safely_managed"
    assert rows["hA"].sanitation_service_level == "open_defecation"
    _, rows = _rows(_doc(replace(safe, excreta_safely_managed=None)))
    assert rows["hB"].sanitation_service_level == "basic"


def test_hygiene_ladder_needs_water_and_soap():
    wc = Toilet(id="wc", position=(64, 10), plot_id="B", access=ToiletAccess.HOUSEHOLD)
    expected = {
        (True, True): "basic",
        (True, False): "limited",
        (True, None): "unknown",
        (False, None): "no_facility",
    }
    for (washing, soap), level in expected.items():
        result, rows = _rows(_doc(replace(wc, handwashing=washing, soap=soap)))
        assert rows["hB"].hygiene_service_level == level
        assert rows["hA"].hygiene_service_level == "no_facility"  # no toilet at all
    assert result.scorecard.hygiene_ladder == {"no_facility": 3}


def test_unknown_fees_prices_and_facts_stay_unknown():
    """A communal block whose fee per use is not surveyed: A's total is water only and incomplete (not a
    fee of 0); a toilet whose handwashing is not recorded puts its users on the "unknown" hygiene rung;
    a toilet of unknown kind is not improved."""
    block = Toilet(
        id="blk", position=(14, -2), access=ToiletAccess.COMMUNAL, price_per_use=None, handwashing=None
    )
    _, rows = _rows(_doc(block))
    a = rows["hA"]
    assert a.toilet_id == "blk" and a.toilet_cost_per_month is None
    assert not a.services_cost_complete and a.services_cost_per_month == Decimal("182.40")
    assert a.services_affordable is False  # 6.1 % for water alone is already over the 5 % limit
    assert a.hygiene_service_level == "unknown"
    odd = Toilet(id="odd", position=(14, -2), access=ToiletAccess.COMMUNAL, toilet_kind=None)
    _, rows = _rows(_doc(odd))
    assert rows["hA"].sanitation_service_level == "unimproved"
    assert rows["hA"].toilet_emptying_per_month is None and not rows["hA"].services_cost_complete


def test_no_toilet_drawn_leaves_sanitation_and_hygiene_unknown_not_open_defecation():
    """The L-shaped settlement has a standpipe but no toilet drawn: nobody's sanitation can be told."""
    result, rows = _rows(_doc())
    for r in rows.values():
        assert (r.sanitation_service_level, r.hygiene_service_level) == ("unknown", "unknown")
        assert "no_toilet" not in r.problems
        assert "sanitation" not in r.deprivations_before
    sc = result.scorecard
    assert sc.sanitation_ladder == {"unknown": 3} and sc.hygiene_ladder == {"unknown": 3}
    assert sc.ladders_unknown_because == {"hygiene": "toilets_not_drawn", "sanitation": "toilets_not_drawn"}
    assert any(w.startswith("toilets not drawn") for w in result.warnings)
    assert sc.water_ladder == {"basic": 3}  # the standpipe is drawn: water is told as the standard says


def test_no_water_point_drawn_leaves_the_water_rung_unknown():
    base = _doc()
    doc = Document(base.project, [r for r in base.records() if r.id not in ("project", "sp")])
    result, rows = _rows(doc)
    assert {r.water_service_level for r in rows.values()} == {"unknown"}
    assert not any("no_water" in r.problems for r in rows.values())
    assert not any("water" in r.deprivations_before for r in rows.values())
    assert result.scorecard.ladders_unknown_because["water"] == "water_points_not_drawn"


def test_a_broken_toilet_is_drawn_so_households_without_a_working_one_are_on_the_bottom_rung():
    """Drawn but out of service: the drawing does tell that nobody has a working toilet."""
    broken = Toilet(
        id="wc",
        position=(14, -2),
        access=ToiletAccess.COMMUNAL,
        operational_status=OperationalStatus.BROKEN,
    )
    result, rows = _rows(_doc(broken))
    assert {r.sanitation_service_level for r in rows.values()} == {"open_defecation"}
    assert all("no_toilet" in r.problems for r in rows.values())
    assert "sanitation" not in result.scorecard.ladders_unknown_because


def test_beyond_toilets_without_a_handwashing_record_hygiene_is_unknown():
    """B's own toilet does not record handwashing: A and C, with no toilet, are unknown on hygiene too
    (nothing drawn says whether anyone has a facility); recorded, they are "no facility"."""
    wc = Toilet(
        id="wc",
        position=(64, 10),
        plot_id="B",
        access=ToiletAccess.HOUSEHOLD,
        toilet_kind=ToiletKind.VIP_LATRINE,
        handwashing=None,
    )
    result, rows = _rows(_doc(wc))
    assert rows["hA"].sanitation_service_level == "open_defecation"  # toilets are drawn: the standard's rung
    assert rows["hA"].hygiene_service_level == "unknown"
    assert result.scorecard.ladders_unknown_because == {"hygiene": "handwashing_not_recorded"}
    result, rows = _rows(_doc(replace(wc, handwashing=False)))
    assert rows["hA"].hygiene_service_level == "no_facility"
    assert result.scorecard.ladders_unknown_because == {}
