from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from costing.boq.builder import BoQHeader, build_bill
from costing.boq.model import BILL_TITLES, LineKind
from costing.boq.settings import CommunityContribution, EstimateSettings, SumItem
from costing.takeoff.elements import Element
from costing.takeoff.engine import Takeoff
from costing.takeoff.rules import load_rules

D = Decimal


def _settings(**kw: object) -> EstimateSettings:
    base = {"preliminaries_pct": D("10"), "contingency_pct": D("5"), "tax_name": "VAT", "tax_pct": D("16")}
    base.update(kw)
    return EstimateSettings(**base)  # type: ignore[arg-type]


def _takeoff(tap_rules, taps: float = 3, pipe_m: float = 0) -> Takeoff:
    return Takeoff(
        [Element("water_point", "wp-1", {"taps": taps, "connection_length_m": pipe_m})], load_rules(tap_rules)
    )


def test_hand_worked_bill_matches_to_the_cent(tiny_library, tap_rules):
    boq = build_bill(_takeoff(tap_rules), tiny_library, _settings(), header=BoQHeader("P", "o", "O", 2, 8))
    water = next(b for b in boq.bills if b.number == 7)
    (tap,) = water.lines
    assert (tap.ref, tap.quantity, tap.rate, tap.amount) == ("7.1", D("3"), D("120.75"), D("362.25"))
    prelim = boq.bills[0].lines[0]
    assert prelim.amount == D("36.23")  # 10 % of 362.25 = 36.225 → 36.23
    s = boq.summary
    assert s.subtotal == D("398.48")
    assert s.contingency == D("19.92")  # 5 % of 398.48 = 19.924
    assert s.tax == D("66.94")  # 16 % of 418.40 = 66.944
    assert s.total == D("485.34")
    assert (s.in_kind, s.cash, s.saving) == (D("0"), D("485.34"), D("0.00"))
    assert [b.number for b in boq.bills] == [1, 7, 13]
    assert boq.bills[-1].title == BILL_TITLES[13]


def test_community_labour_becomes_in_kind_and_is_not_taxed(tiny_library, tap_rules):
    community = CommunityContribution(labour_share=D("0.5"))
    boq = build_bill(_takeoff(tap_rules), tiny_library, _settings(), community)
    tap = boq.bills[1].lines[0]
    assert tap.in_kind == D("75.00")  # 3 × labour 50.00 × 0.5
    assert tap.cash == D("287.25")
    s = boq.summary
    assert s.tax == D("54.94")  # 16 % of (418.40 − 75.00) = 54.944
    assert s.total == D("473.34")
    assert s.cash == D("398.34")
    assert s.saving == D("87.00")  # 75.00 in kind + 12.00 tax not charged


def test_local_materials_and_per_bill_shares(tiny_library, tap_rules):
    community = CommunityContribution(D("0"), {7: D("1")}, frozenset({"M-TAP"}))
    tap = build_bill(_takeoff(tap_rules), tiny_library, _settings(), community).bills[1].lines[0]
    # labour 3 × 50.00 + local material 3 × 55.00 = 315.00 (≤ the amount 362.25)
    assert tap.in_kind == D("315.00")


def test_items_residents_cannot_build_stay_cash(tiny_library, tap_rules):
    boq = build_bill(
        _takeoff(tap_rules, taps=1, pipe_m=10), tiny_library, _settings(), CommunityContribution(D("1"))
    )
    pipe = next(ln for ln in boq.bills[1].lines if ln.code == "WS-PIPE-HDPE-63")
    assert pipe.amount == D("2334.50") and pipe.in_kind == 0


def test_provisional_pc_sums_and_dayworks(tiny_library, tap_rules):
    sums = (
        SumItem("provisional", "Diversions", amount=D("100")),
        SumItem("pc", "Nominated meter supplier", amount=D("200"), attendance_pct=D("5")),
        SumItem("provisional", "Mobilisation", pct_of_measured=D("2")),
    )
    boq = build_bill(_takeoff(tap_rules), tiny_library, _settings(provisional_sums=sums, dayworks=D("50")))
    bill11 = next(b for b in boq.bills if b.number == 11)
    assert [(ln.kind, ln.amount) for ln in bill11.lines] == [
        (LineKind.PROVISIONAL_SUM, D("100.00")),
        (LineKind.PC_SUM, D("200.00")),
        (LineKind.MEASURED, D("10.00")),
        (LineKind.PROVISIONAL_SUM, D("7.25")),  # 2 % of the measured works 362.25 = 7.245
    ]
    bill12 = next(b for b in boq.bills if b.number == 12)
    assert bill12.lines[0].kind == LineKind.DAYWORK and bill12.total == D("50.00")


def test_unpriced_items_are_listed_not_hidden(tiny_library):
    t = Takeoff(
        [
            Element(
                "toilet",
                "wc",
                {"seats": 1, "seats_female": 0, "seats_male": 0},
                {"toilet_kind": "pit_latrine", "handwashing": False},
            )
        ]
    )
    boq = build_bill(t, tiny_library, _settings())
    assert boq.summary.subtotal == 0
    assert len(boq.exclusions) == 4
    assert all("NOT PRICED" in ln.description for b in boq.bills for ln in b.lines)


def test_quantities_carry_their_provenance(tiny_library, tap_rules):
    boq = build_bill(_takeoff(tap_rules), tiny_library, _settings())
    tap = boq.bills[1].lines[0]
    assert tap.provenance.method == "drawn"
    assert tap.provenance.source_ids == ("wp-1",)
    assert tap.provenance.formula == "taps"
    assert ("taps", 3.0) in tap.provenance.inputs
    assert boq.bills[0].lines[0].provenance.method == "formula"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    taps=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=8),
    pipes=st.lists(st.floats(min_value=0.01, max_value=900, allow_nan=False), min_size=1, max_size=8),
    labour=st.decimals(min_value=0, max_value=1, places=2),
    contingency=st.decimals(min_value=0, max_value=20, places=1),
)
def test_totals_equal_the_sum_of_rounded_lines(taps, pipes, labour, contingency, tiny_library, tap_rules):
    elements = [
        Element("water_point", f"wp-{i}", {"taps": float(t), "connection_length_m": 0.0})
        for i, t in enumerate(taps)
    ]
    elements += [
        Element("water_point", f"p-{i}", {"taps": 0.0, "connection_length_m": p}) for i, p in enumerate(pipes)
    ]
    boq = build_bill(
        Takeoff(elements, load_rules(tap_rules)),
        tiny_library,
        _settings(contingency_pct=contingency),
        CommunityContribution(labour),
    )
    lines = boq.lines()
    for ln in lines:
        assert ln.amount == (ln.quantity * ln.rate).quantize(D("0.01"), rounding="ROUND_HALF_UP")
    s = boq.summary
    assert s.subtotal + s.contingency == sum((ln.amount for ln in lines), D(0))
    assert all(b.total == sum((ln.amount for ln in b.lines), D(0)) for b in boq.bills)
    assert s.total == s.subtotal + s.contingency + s.tax
    assert s.in_kind == sum((ln.in_kind for ln in lines), D(0))
    assert s.cash == s.total - s.in_kind


def test_settings_defaults_pick_tax_by_currency():
    assert EstimateSettings.defaults("INR").tax_name == "GST"
    assert EstimateSettings.defaults("INR").tax_pct == D("18.0")
    kes = EstimateSettings.defaults("KES")
    assert (kes.tax_name, kes.tax_pct) == ("VAT", D("16.0"))
    assert kes.provisional_sums and kes.contingency_pct == D("10.0")


@pytest.mark.shared_data
def test_cpwd_prices_a_water_main_a_standpipe_and_a_pit_latrine(shared_data, tmp_path):
    from costing.db.importer import import_library

    lib = import_library(tmp_path / "cpwd.sqlite", shared_data / "cost-cpwd-dsr2016" / "DSR2016_civil.eproj")
    elements = [
        Element(
            "water_main",
            "wm-1",
            {"length_m": 120.0, "diameter_mm": 50, "depth_m": 0.9},
            {"material": "GI", "surface": "earth"},
        ),
        Element(
            "water_point",
            "wp-1",
            {"taps": 2, "storage_m3": 0, "connection_length_m": 4.0},
            {"point_kind": "standpipe"},
        ),
        Element(
            "toilet",
            "wc-1",
            {"seats": 2, "seats_female": 1, "seats_male": 1},
            {"toilet_kind": "pit_latrine", "handwashing": False},
        ),
    ]
    with lib:
        boq = build_bill(Takeoff(elements), lib, EstimateSettings.defaults("INR"))
    by_code = {ln.code: ln for ln in boq.lines()}
    # Water main: DSR 18.12.6 (50 mm GI, external) 342.70 per metre × 120 m.
    assert by_code["18.12.6"].amount == D("41124.00")
    # Standpipe: 2 bib cocks (18.15.1 @ 260.10), ferrule (18.20.1 @ 243.60), soak pit (19.33 @ 2116.40),
    # apron 0.225 cum of concrete 1:2:4 (4.1.3 @ 5481.95 → 1233.44 per standpipe).
    assert by_code["18.15.1"].amount == D("520.20")
    assert by_code["18.20.1"].amount == D("243.60")
    assert by_code["19.33"].amount == D("2116.40")
    assert by_code["4.1.3"].rate == D("1233.44")
    # Pit latrine: excavation 6 cum (2.8.1 @ 166.40), honeycomb lining 22 sqm (6.23 @ 441.85), cubicles.
    assert by_code["2.8.1"].quantity == D("6.00")
    assert by_code["6.23"].amount == D("9720.70")
    # A cubicle is walls + roof + door (was 8.5 sqm of walls only): 8.5 × 708.70 + 1.6 × 700.55 + 1.6 × 1645.50.
    cubicle = by_code["SN-CUBICLE"]
    assert cubicle.rate == D("6023.95") + D("1120.88") + D("2632.80") == D("9777.63")
    assert cubicle.build_up.labour > 0 and "composite of 8.5 m2 of item 6.13.1" in cubicle.build_up.source
    water = next(b for b in boq.bills if b.number == 7)
    sanitation = next(b for b in boq.bills if b.number == 8)
    assert water.total > D("45000") and sanitation.total > D("20000")
    assert boq.currency == "INR" and boq.summary.tax_name == "GST"
    # What DSR does not price is said, not hidden.
    assert any("WS-FITTINGS" in e for e in boq.exclusions)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    resource=st.sampled_from(["M-TAP", "L-PLUMB", "M-PIPE", "P-PUMP"]),
    delta=st.integers(min_value=1, max_value=500),
    sign=st.sampled_from([1, -1]),
)
def test_changing_one_rate_changes_exactly_the_bill_lines_that_use_it(
    resource, delta, sign, tmp_path_factory, tap_rules
):
    from costing.db.repository import CostLibrary
    from tests.costing.library_data import tiny_data

    lib = CostLibrary(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    lib.replace_all(tiny_data())
    try:
        takeoff = _takeoff(tap_rules, taps=2, pipe_m=35.5)
        before = {ln.code: ln.amount for ln in build_bill(takeoff, lib, _settings()).bills[1].lines}
        old = D(next(r["rate"] for r in lib.rows("resource") if r["code"] == resource))
        # A change of at least 1 per resource unit moves every using rate by at least a cent.
        new = old - delta if sign < 0 and old - delta >= 1 else old + delta
        lib.set_resource_rate(resource, new)
        after = {ln.code: ln.amount for ln in build_bill(takeoff, lib, _settings()).bills[1].lines}
        users = lib.assemblies_using(resource)
        assert {c for c in before if before[c] != after[c]} == users
    finally:
        lib.close()
