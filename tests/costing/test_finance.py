from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from costing.boq.model import BillOfQuantities, BillSection, BoQLine, Summary
from costing.finance.affordability import Thresholds, assess
from costing.finance.funding import FundingMix, HouseholdInfo, SavingsGroupInfo, fund
from costing.finance.lifetime import LifetimeSettings, capital_recovery_factor, lifetime_cost
from costing.finance.loans import LoanTerms, amortisation_schedule, monthly_payment

D = Decimal


def test_monthly_payment_hand_worked():
    # 100 000 at 12 %/yr over 12 months: i = 0.01, A = 100000 × 0.01 / (1 − 1.01^−12) = 8884.8788 → 8884.88
    assert monthly_payment(D("100000"), LoanTerms(D("12"), 12)) == D("8884.88")
    # Zero interest: straight division.
    assert monthly_payment(D("1200"), LoanTerms(D("0"), 12)) == D("100.00")
    # Six months of grace at 12 %: P' = 100000 × 1.01^6 = 106152.015; A = 106152.015 × 0.01 / (1 − 1.01^−12) = 9431.478
    assert monthly_payment(D("100000"), LoanTerms(D("12"), 12, grace_months=6)) == D("9431.48")
    assert monthly_payment(D("0"), LoanTerms(D("12"), 12)) == D("0")


def test_bad_loans_are_refused():
    with pytest.raises(ValueError, match="term"):
        monthly_payment(D("10"), LoanTerms(D("5"), 0))
    with pytest.raises(ValueError, match="non-negative"):
        monthly_payment(D("-10"), LoanTerms(D("5"), 12))


@given(
    principal=st.decimals(min_value=100, max_value=10**7, places=2),
    rate=st.decimals(min_value=0, max_value=30, places=2),
    term=st.integers(min_value=1, max_value=240),
    grace=st.integers(min_value=0, max_value=24),
)
def test_amortisation_matches_the_closed_form(principal, rate, term, grace):
    terms = LoanTerms(rate, term, grace)
    payment = monthly_payment(principal, terms)
    i = float(rate) / 1200
    p = float(principal) * (1 + i) ** grace
    closed = p / term if i == 0 else p * i / (1 - (1 + i) ** -term)
    assert abs(float(payment) - closed) <= 0.005 + 1e-9 * closed
    schedule = amortisation_schedule(principal, terms)
    assert len(schedule) == term + grace
    assert schedule[-1][3] == 0  # the last payment clears the loan
    # Cent rounding of the instalment and of each month's interest (≤ 1 cent a month, compounding at i)
    # is all that separates the last payment from the others.
    growth = sum((1 + i) ** k for k in range(term + grace))
    assert abs(float(schedule[-1][1] - payment)) <= 0.01 * growth + 0.01


def test_funding_split_hand_worked():
    mix = FundingMix(
        savings_share=D("0.1"),
        subsidy_share=D("0.6"),
        loan_share=D("0.2"),
        loan_rate_pct_per_year=D("12"),
        loan_term_months=12,
        government_works=D("10000"),
    )
    r = fund(D("110000"), mix, 10, [SavingsGroupInfo("sg", 8, 2, D("50000"))])
    assert r.government_works == D("10000.00") and r.household_borne == D("100000.00")
    assert (r.subsidy, r.savings, r.loan, r.upfront) == (
        D("60000.00"),
        D("10000.00"),
        D("20000.00"),
        D("10000.00"),
    )
    assert r.upfront_per_household == D("1000.00") and r.loan_per_household == D("2000.00")
    assert r.monthly_repayment == D("177.70")  # 2000 × 0.01 / (1 − 1.01^−12) = 177.6976
    assert (r.savings_members_female, r.savings_members_male) == (8, 2)


def test_subsidy_cap_and_missing_savings_are_borrowed():
    mix = FundingMix(
        savings_share=D("0.2"),
        subsidy_share=D("0.8"),
        subsidy_cap_per_household=D("5000"),
        loan_rate_pct_per_year=D("0"),
        loan_term_months=10,
    )
    r = fund(D("100000"), mix, 10, [SavingsGroupInfo("sg", 5, 5, D("15000"))])
    assert r.subsidy_capped and r.subsidy == D("50000.00")
    assert r.savings == D("15000.00")
    assert r.loan == D("35000.00")  # 30 000 over the cap + 5 000 savings not there
    assert r.monthly_repayment == D("350.00")
    assert len(r.notes) == 2


def _boq(bill_totals: dict[int, Decimal], households: int = 2) -> BillOfQuantities:
    bills = tuple(
        BillSection(n, str(n), (BoQLine(f"{n}.1", "X", "x", "sum", D(1), amt, amt),))
        for n, amt in bill_totals.items()
    )
    sub = sum(bill_totals.values(), D(0))
    summary = Summary(
        tuple((b.number, b.title, b.total) for b in bills), sub, D(0), D(0), "VAT", D(0), D(0), sub, D(0), sub
    )
    return BillOfQuantities(
        "t",
        "o",
        "O",
        "KES",
        "2026",
        "r",
        "lib",
        "NRM2",
        "nrm",
        False,
        bills,
        summary,
        households,
        households * 4,
    )


def test_lifetime_cost_hand_worked():
    settings = LifetimeSettings(D("0"), {7: (10, D("2"))})
    life = lifetime_cost(_boq({7: D("100000")}), 4, settings)
    # 0 % discount: 100000 / 10 = 10000 a year + 2 % O&M = 2000 → 12000 a year, 3000 per household.
    assert (life.annual_capital, life.annual_om, life.per_household_per_year) == (
        D("10000.00"),
        D("2000.00"),
        D("3000.00"),
    )
    assert capital_recovery_factor(D("10"), 1) == D("1.1")


def test_affordability_by_service_threshold():
    boq = _boq({7: D("60000"), 8: D("40000")})
    life = lifetime_cost(boq, 3, LifetimeSettings(D("0"), {7: (10, D("0")), 8: (10, D("0"))}))
    households = [
        HouseholdInfo("rich", income_per_month=D("20000")),
        HouseholdInfo("poor", income_per_month=D("2000")),
        HouseholdInfo("unknown"),
    ]
    thresholds = Thresholds(
        {"water": D("5"), "sanitation": D("5")}, D("30"), {"water": (7,), "sanitation": (8,)}
    )
    r = assess(boq, D("500"), life, households, thresholds)
    assert r.monthly_by_service == {"water": D("300.00"), "sanitation": D("200.00")}
    # rich: water 300 ≤ 1000, sanitation 200 ≤ 1000; poor: 300 > 100 and 200 > 100.
    assert r.affordable_ids == ("rich",) and r.unaffordable_ids == ("poor",) and r.unknown_ids == ("unknown",)
    assert r.share_affordable == 0.5
    assert any("water" in reason for reason in r.reasons["poor"])


def test_default_thresholds_come_from_the_data_file():
    t = Thresholds.defaults()
    assert t.pct_by_service["water"] == D("5.0")
    assert t.bills_by_service["water"] == (7,)
    assert Thresholds.defaults(water_pct=D("3")).pct_by_service["water"] == D("3")
