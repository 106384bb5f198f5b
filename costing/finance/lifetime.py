"""Lifetime cost per household per year: capital annualised over component lifetimes, plus O&M.

For each bill b with capital C_b (its total, with contingency and tax spread in proportion),
lifetime n_b years and yearly operation and maintenance o_b % of capital (``finance.toml``)::

    annual_b = C_b × CRF(r, n_b) + C_b × o_b / 100,   CRF(r, n) = r / (1 − (1 + r)^−n)  (1/n if r = 0)

and the lifetime cost per household per year is Σ annual_b / households.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Any

from costing.boq.model import BillOfQuantities
from costing.boq.money import ZERO, round_money

__all__ = [
    "LifetimeCost",
    "LifetimeSettings",
    "capital_recovery_factor",
    "discount_rate_source",
    "lifetime_cost",
]


@dataclass(frozen=True)
class LifetimeSettings:
    """Discount rate (%/year) and per-bill (lifetime years, O&M % of capital per year)."""

    discount_rate_pct: Decimal
    bills: dict[int, tuple[int, Decimal]]

    @classmethod
    def defaults(cls) -> LifetimeSettings:
        data = _finance_toml()["lifetime"]
        return cls(
            Decimal(str(data.get("discount_rate_pct", 0))),
            {
                int(k): (int(v["years"]), Decimal(str(v.get("om_pct", 0))))
                for k, v in data.get("bills", {}).items()
            },
        )


def discount_rate_source() -> str:
    """Return where the shipped discount rate comes from (``finance.toml``)."""
    return str(_finance_toml()["lifetime"].get("discount_rate_source", "finance.toml"))


@dataclass(frozen=True)
class LifetimeCost:
    """Annual cost of an option (currency per year) and per household per year."""

    annual_capital: Decimal
    annual_om: Decimal
    annual_total: Decimal
    per_household_per_year: Decimal
    by_bill: tuple[tuple[int, Decimal, Decimal], ...]  # (bill, annualised capital, O&M) per year


def capital_recovery_factor(rate_pct: Decimal, years: int) -> Decimal:
    """Return r / (1 − (1 + r)^−n) for r = rate_pct / 100 (1 / n when r is 0)."""
    if years < 1:
        raise ValueError("a lifetime is at least one year")
    r = Decimal(rate_pct) / 100
    if r == 0:
        return Decimal(1) / years
    with localcontext() as ctx:
        ctx.prec = 40
        return r / (1 - (1 + r) ** -years)


def lifetime_cost(
    boq: BillOfQuantities, households: int, settings: LifetimeSettings | None = None
) -> LifetimeCost:
    """Return the annualised capital plus O&M of a bill, in total and per household per year."""
    settings = settings or LifetimeSettings.defaults()
    s = boq.summary
    spread = (s.total / s.subtotal) if s.subtotal else Decimal(1)  # contingency and tax, in proportion
    rows = []
    cap_total = om_total = ZERO
    for number, _title, amount in s.bill_totals:
        if number == 13:
            continue
        years, om_pct = settings.bills.get(number, (20, Decimal(0)))
        capital = amount * spread
        cap = round_money(capital * capital_recovery_factor(settings.discount_rate_pct, years))
        om = round_money(capital * om_pct / 100)
        rows.append((number, cap, om))
        cap_total += cap
        om_total += om
    total = cap_total + om_total
    return LifetimeCost(cap_total, om_total, total, round_money(total / max(households, 1)), tuple(rows))


@lru_cache(maxsize=1)
def _finance_toml() -> dict[str, Any]:
    from costing.db.appdata import shipped_resource

    with shipped_resource("finance.toml").open("rb") as fh:
        return tomllib.load(fh)
