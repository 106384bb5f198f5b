from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from costing.boq.money import (
    QuantityRounding,
    allocate,
    allocate_largest_remainder,
    line_amount,
    round_money,
    round_places,
    share_equally,
)


def test_round_money_rounds_half_up_to_the_cent():
    assert round_money(Decimal("2.345")) == Decimal("2.35")
    assert round_money(Decimal("2.344999")) == Decimal("2.34")
    assert round_money(Decimal("-2.345")) == Decimal("-2.35")
    assert round_money(0.125) == Decimal("0.13")  # a float goes through its shortest repr, not 0.12499…


def test_line_amount_is_quantity_times_rate_rounded_once():
    assert line_amount(Decimal("3"), Decimal("120.75")) == Decimal("362.25")
    assert line_amount(Decimal("0.333"), Decimal("10.05")) == Decimal("3.35")  # 3.34665 → 3.35


def test_smm_rounding_bills_whole_units_and_at_least_one():
    smm = QuantityRounding(
        default_decimals=0, minimum_one=True, exempt_units=("t",), decimals_by_unit={"t": 2}
    )
    assert smm.billed(40.5, "m3") == Decimal("41")
    assert smm.billed(0.3, "nr") == Decimal("1")
    assert smm.billed(0.004, "t") == Decimal("0.00")
    assert smm.billed(12.345, "t") == Decimal("12.35")


def test_is1200_rounding_keeps_two_decimals():
    is1200 = QuantityRounding(default_decimals=2)
    assert is1200.billed(11.5225, "m3") == Decimal("11.52")
    assert is1200.billed(0.005, "m2") == Decimal("0.01")


@given(
    total=st.decimals(min_value=0, max_value=10**9, places=2),
    weights=st.lists(st.decimals(min_value=0, max_value=10**6, places=3), min_size=1, max_size=6),
)
def test_allocate_parts_always_add_up_to_the_total(total, weights):
    parts = allocate(total, weights)
    assert sum(parts, Decimal(0)) == total
    assert all(p == round_money(p) for p in parts)


def test_round_to_step_rounds_half_up_to_multiples():
    from costing.boq.money import round_to_step

    assert round_to_step(Decimal("102.525"), Decimal("0.05")) == Decimal("102.55")
    assert round_to_step(Decimal("102.524"), Decimal("0.05")) == Decimal("102.50")
    assert round_to_step(Decimal("5.5"), Decimal("1")) == Decimal("6")


def test_unit_labels_per_locale():
    from costing.boq.units import unit_label

    assert [unit_label(u, "east_africa") for u in ("m", "m2", "m3", "nr")] == ["LM", "SM", "CM", "No"]
    assert [unit_label(u, "india") for u in ("m", "m2", "m3", "nr")] == ["RM", "sqm", "cum", "No"]
    assert unit_label("m2", "nrm") == "m2"
    assert unit_label("m2", "unknown-locale") == "m2"


def test_allocate_largest_remainder_re_adds_exactly():
    parts = allocate_largest_remainder(Decimal("100.00"), [Decimal(1), Decimal(1), Decimal(1)])
    assert parts == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert sum(
        allocate_largest_remainder(Decimal("1234.57"), [Decimal("3.3"), Decimal("7.1"), Decimal("0.2")])
    ) == Decimal("1234.57")
    assert allocate_largest_remainder(Decimal("10"), [Decimal(0), Decimal(0)]) == [
        Decimal("5.00"),
        Decimal("5.00"),
    ]


def test_share_equally_is_unknown_without_households_and_half_up_otherwise():
    assert share_equally(Decimal("100"), 0) is None
    assert share_equally(Decimal("100"), 3) == Decimal("33.33")
    assert share_equally(Decimal("0.05"), 2) == Decimal("0.03")  # 0.025 half up, not banker's 0.02


def test_round_places_rounds_half_up():
    assert round_places(Decimal("2.5"), 0) == Decimal("3")
    assert round_places(Decimal("1234.5678"), 2) == Decimal("1234.57")
