"""Loans repaid by equal monthly instalments (annuity), with an optional grace period.

During ``grace_months`` no payment is made and interest is capitalised monthly, so the principal
repaid over ``term_months`` is ``P' = P (1 + i)^g`` with ``i`` the monthly rate (annual % / 12 /
100). The instalment is the closed form ``A = P' i / (1 − (1 + i)^−n)`` (``P' / n`` when i = 0),
rounded half up to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from costing.boq.money import ZERO, round_money, to_decimal

__all__ = ["LoanTerms", "amortisation_schedule", "monthly_payment"]


@dataclass(frozen=True)
class LoanTerms:
    """Nominal annual rate in percent, repayment months after grace, grace months."""

    rate_pct_per_year: Decimal
    term_months: int
    grace_months: int = 0

    @property
    def monthly_rate(self) -> Decimal:
        return to_decimal(self.rate_pct_per_year) / Decimal(1200)


def _capitalised(principal: Decimal, terms: LoanTerms) -> Decimal:
    return principal * (1 + terms.monthly_rate) ** terms.grace_months


def monthly_payment(principal: Decimal, terms: LoanTerms) -> Decimal:
    """Return the monthly instalment (currency, to the cent) repaying ``principal`` on ``terms``.

    Raises:
        ValueError: for a negative principal or rate, or a term shorter than one month.
    """
    principal = to_decimal(principal)
    if principal < 0 or to_decimal(terms.rate_pct_per_year) < 0:
        raise ValueError("a loan needs a non-negative principal and rate")
    if principal == 0:
        return ZERO
    if terms.term_months < 1:
        raise ValueError("a loan needs a repayment term of at least one month")
    with localcontext() as ctx:
        ctx.prec = 40
        i = terms.monthly_rate
        p = _capitalised(principal, terms)
        if i == 0:
            return round_money(p / terms.term_months)
        return round_money(p * i / (1 - (1 + i) ** -terms.term_months))


def amortisation_schedule(
    principal: Decimal, terms: LoanTerms
) -> list[tuple[int, Decimal, Decimal, Decimal]]:
    """Return (month, payment, interest, balance after) for every month incl. grace; the last payment clears it.

    Interest each month is the balance × monthly rate rounded to the cent.
    """
    payment = monthly_payment(principal, terms)
    i = terms.monthly_rate
    balance = to_decimal(principal)
    rows = []
    for m in range(1, terms.grace_months + terms.term_months + 1):
        interest = round_money(balance * i)
        if m <= terms.grace_months:
            balance += interest
            rows.append((m, ZERO, interest, balance))
            continue
        pay = payment if m < terms.grace_months + terms.term_months else balance + interest
        balance = balance + interest - pay
        rows.append((m, pay, interest, balance))
    return rows
