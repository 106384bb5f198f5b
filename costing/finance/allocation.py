"""Who pays for what: an option's cost allocated to the households that benefit, and what each pays a month.

The designer decides who benefits from each drawn thing (a core house: its household; a yard tap: its
plot; a shared standpipe or toilet: the households that use it; paths, mains, drains, lights: everyone)
and passes, per household, the *direct* cost of the works that serve it, by bill. Here:

* each household's share of the bill total (and of its cash part) is its direct cost plus the same
  proportion of preliminaries, sums, contingency and tax, split with ``money.allocate`` so the shares
  re-add to the total exactly;
* the loan is shared in proportion to the cash shares, and each household's monthly repayment comes
  from its own principal (``loans.monthly_payment``);
* running costs (lifetime O&M of each bill) are shared by the households each bill's works serve, not
  by all;
* a household's monthly cost is repayment + running costs + water charges + toilet fees + the monthly
  saving towards its house's planned next stage, compared with its income.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from costing.boq.model import BillOfQuantities
from costing.boq.money import ZERO, allocate, round_money
from costing.finance.affordability import Thresholds
from costing.finance.funding import FundingResult, HouseholdInfo
from costing.finance.lifetime import LifetimeCost
from costing.finance.loans import monthly_payment

__all__ = ["HouseholdShare", "MonthlyCharges", "allocate_option"]


@dataclass(frozen=True)
class MonthlyCharges:
    """What a household pays each month besides the loan (bill currency); None: the price is unknown."""

    water: Decimal | None = ZERO
    toilet: Decimal | None = ZERO
    next_stage: Decimal = ZERO

    @property
    def known(self) -> bool:
        return self.water is not None and self.toilet is not None


@dataclass(frozen=True)
class HouseholdShare:
    """One household's share of an option (money in the bill's currency).

    Attributes:
        total, cash: its share of the bill total and of the cash part.
        loan: its principal; ``repayment``: its monthly instalment.
        running: its share of the yearly O&M of the works that serve it, per month.
        monthly: repayment + running + water + toilet + next stage; None when a price (water, toilet) is
            unknown (unknown is not free).
        affordable: None when its income or its monthly cost is unknown (or not comparable), else
            monthly ≤ the threshold.
    """

    household_id: str
    total: Decimal
    cash: Decimal
    loan: Decimal
    repayment: Decimal
    running: Decimal
    charges: MonthlyCharges
    monthly: Decimal | None
    income: Decimal | None
    affordable: bool | None


def allocate_option(
    boq: BillOfQuantities,
    direct: Mapping[str, Mapping[int, Decimal]],
    funding: FundingResult,
    lifetime: LifetimeCost,
    households: Sequence[HouseholdInfo],
    charges: Mapping[str, MonthlyCharges],
    thresholds: Thresholds,
) -> list[HouseholdShare]:
    """Return every household's share of an option (see the module docstring).

    Args:
        direct: per household id, the unrounded direct cost of the works serving it, by bill number.
        households: the households (incomes already withheld when not comparable).
        charges: per household, water charges, toilet fees and next-stage saving per month.
    """
    ids = [h.id for h in households]
    if not ids:
        return []
    weights = [sum(direct.get(h, {}).values(), ZERO) for h in ids]
    totals = allocate(boq.summary.total, weights)
    cash = allocate(boq.summary.cash, weights)
    loans = allocate(funding.loan, cash)
    by_bill_sum: dict[int, Decimal] = {}
    for h in ids:
        for bill, amount in direct.get(h, {}).items():
            by_bill_sum[bill] = by_bill_sum.get(bill, ZERO) + amount
    om_by_bill = {bill: om for bill, _cap, om in lifetime.by_bill}
    out = []
    for h, total, cash_h, loan in zip(ids, totals, cash, loans, strict=True):
        info = next(x for x in households if x.id == h)
        om_year = sum(
            (
                om_by_bill.get(bill, ZERO) * amount / by_bill_sum[bill]
                for bill, amount in direct.get(h, {}).items()
                if by_bill_sum.get(bill)
            ),
            ZERO,
        )
        running = round_money(om_year / 12)
        repayment = monthly_payment(loan, funding.loan_terms) if loan > 0 else ZERO
        ch = charges.get(h, MonthlyCharges())
        monthly = None
        if ch.water is not None and ch.toilet is not None:
            monthly = repayment + running + ch.water + ch.toilet + ch.next_stage
        income = info.income_per_month
        affordable = None
        if monthly is not None and income is not None and income > 0:
            affordable = monthly <= income * thresholds.total_pct / 100
            water_pct = thresholds.pct_by_service.get("water")
            if water_pct is not None and ch.water is not None and ch.water > income * water_pct / 100:
                affordable = False
        out.append(
            HouseholdShare(h, total, cash_h, loan, repayment, running, ch, monthly, income, affordable)
        )
    return out
