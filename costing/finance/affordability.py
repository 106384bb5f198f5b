"""Affordability: each household's monthly cost of an option against its income.

A household's monthly cost of the option is its loan repayment plus its share of the yearly
operation and maintenance / 12. The cost is split by service (water = Bill 7, sanitation = Bill 8,
housing = Bills 3–4, by cash share; ``finance.toml``) and each service's monthly cost must stay
within its threshold share of income (default water ≤ 5 %, Sphere 2018), and the total within
``total_pct``. Households without a recorded income are counted as "unknown", not as affordable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from costing.boq.model import BillOfQuantities
from costing.boq.money import ZERO, round_money
from costing.finance.funding import HouseholdInfo
from costing.finance.lifetime import LifetimeCost, _finance_toml

__all__ = ["AffordabilityResult", "Thresholds", "assess"]


@dataclass(frozen=True)
class Thresholds:
    """Maximum monthly cost as % of household income, per service and in total."""

    pct_by_service: dict[str, Decimal]
    total_pct: Decimal
    bills_by_service: dict[str, tuple[int, ...]]

    @classmethod
    def defaults(cls, **overrides: Decimal) -> Thresholds:
        data = _finance_toml()["affordability"]
        cats = {k: tuple(int(b) for b in v) for k, v in data.get("categories", {}).items()}
        pct = {k: Decimal(str(data[f"{k}_pct"])) for k in cats if f"{k}_pct" in data}
        for key, value in overrides.items():
            if key == "total_pct":
                continue
            pct[key.removesuffix("_pct")] = Decimal(str(value))
        total = Decimal(str(overrides.get("total_pct", data.get("total_pct", 100))))
        return cls(pct, total, cats)


@dataclass(frozen=True)
class AffordabilityResult:
    """Who can afford an option.

    Attributes:
        monthly_cost_per_household: repayment + O&M per month (currency).
        monthly_by_service: that cost split by service.
        affordable_ids / unaffordable_ids / unknown_ids: households by outcome (ids only).
        share_affordable: affordable / households with a known income (None when none is known).
        reasons: per unaffordable household, the services over their threshold.
    """

    monthly_cost_per_household: Decimal
    monthly_by_service: dict[str, Decimal]
    affordable_ids: tuple[str, ...]
    unaffordable_ids: tuple[str, ...]
    unknown_ids: tuple[str, ...]
    share_affordable: float | None
    reasons: dict[str, tuple[str, ...]]
    thresholds: Thresholds


def assess(
    boq: BillOfQuantities,
    monthly_repayment: Decimal,
    lifetime: LifetimeCost,
    households: Sequence[HouseholdInfo],
    thresholds: Thresholds | None = None,
) -> AffordabilityResult:
    """Check every household's monthly cost of the option against its income."""
    thresholds = thresholds or Thresholds.defaults()
    n = max(len(households), 1)
    om_month = round_money(lifetime.annual_om / 12 / n)
    monthly = monthly_repayment + om_month
    cash_by_bill = {b.number: b.total - b.in_kind for b in boq.bills}
    cash_total = sum(cash_by_bill.values(), ZERO)
    om_by_bill = {b: om for b, _cap, om in lifetime.by_bill}
    om_total = sum(om_by_bill.values(), ZERO)
    by_service: dict[str, Decimal] = {}
    for service, bills in thresholds.bills_by_service.items():
        cash_share = (
            sum((cash_by_bill.get(b, ZERO) for b in bills), ZERO) / cash_total if cash_total else ZERO
        )
        om_share = sum((om_by_bill.get(b, ZERO) for b in bills), ZERO) / om_total if om_total else ZERO
        by_service[service] = round_money(monthly_repayment * cash_share + om_month * om_share)
    ok: list[str] = []
    bad: list[str] = []
    unknown: list[str] = []
    reasons: dict[str, tuple[str, ...]] = {}
    for hh in households:
        if hh.income_per_month is None or hh.income_per_month <= 0:
            unknown.append(hh.id)
            continue
        over = [
            f"{service} {cost} > {thresholds.pct_by_service[service]} % of income"
            for service, cost in by_service.items()
            if service in thresholds.pct_by_service
            and cost > hh.income_per_month * thresholds.pct_by_service[service] / 100
        ]
        if monthly > hh.income_per_month * thresholds.total_pct / 100:
            over.append(f"total {monthly} > {thresholds.total_pct} % of income")
        if over:
            bad.append(hh.id)
            reasons[hh.id] = tuple(over)
        else:
            ok.append(hh.id)
    known = len(ok) + len(bad)
    return AffordabilityResult(
        monthly_cost_per_household=monthly,
        monthly_by_service=by_service,
        affordable_ids=tuple(ok),
        unaffordable_ids=tuple(bad),
        unknown_ids=tuple(unknown),
        share_affordable=(len(ok) / known) if known else None,
        reasons=reasons,
        thresholds=thresholds,
    )
