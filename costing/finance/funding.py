"""Who pays for an option: government works, city-fund subsidy, savings, loans and households.

The option's cash cost (after the community's in-kind contribution) is split in this order:

1. **Government works**: the amount the government builds directly, not charged to households.
2. Of the rest (the *household-borne* cost): the **subsidy** share, capped at the fund's cap per
   household × households; the **savings** share, limited to what the savings groups hold; the
   **loan** share, plus any part the subsidy cap or the savings could not cover; and the remainder
   (shares summing to less than 1) paid **upfront** by households.
3. Per household (equal shares): upfront amount, loan and its monthly repayment (``loans``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from costing.boq.money import ZERO, round_money, to_decimal
from costing.finance.loans import LoanTerms, monthly_payment

__all__ = ["FundingMix", "FundingResult", "HouseholdInfo", "SavingsGroupInfo", "fund"]


@dataclass(frozen=True)
class FundingMix:
    """Funding sources of an option; shares (0–1) of the household-borne cost."""

    savings_share: Decimal = Decimal("0")
    subsidy_share: Decimal = Decimal("0")
    subsidy_cap_per_household: Decimal = Decimal("0")
    loan_share: Decimal = Decimal("0")
    loan_rate_pct_per_year: Decimal = Decimal("0")
    loan_term_months: int = 60
    loan_grace_months: int = 0
    government_works: Decimal = Decimal("0")


@dataclass(frozen=True)
class HouseholdInfo:
    """A household as finance sees it (money per month; no personal data)."""

    id: str
    persons: int = 1
    income_per_month: Decimal | None = None
    head_sex: str = "unknown"
    savings_balance: Decimal = Decimal("0")


@dataclass(frozen=True)
class SavingsGroupInfo:
    """A savings group: members by sex and its balance."""

    id: str
    members_female: int = 0
    members_male: int = 0
    balance: Decimal = Decimal("0")


@dataclass(frozen=True)
class FundingResult:
    """The split of an option's cash cost and what each household pays (currency, to the cent)."""

    cash_cost: Decimal
    government_works: Decimal
    household_borne: Decimal
    subsidy: Decimal
    subsidy_capped: bool
    savings: Decimal
    savings_available: Decimal
    savings_members_female: int
    savings_members_male: int
    loan: Decimal
    upfront: Decimal
    households: int
    upfront_per_household: Decimal
    loan_per_household: Decimal
    monthly_repayment: Decimal
    loan_terms: LoanTerms
    notes: tuple[str, ...] = ()


def fund(
    cash_cost: Decimal,
    mix: FundingMix,
    households: int,
    savings_groups: Sequence[SavingsGroupInfo] = (),
    household_savings: Decimal = Decimal("0"),
    *,
    same_currency: bool = True,
) -> FundingResult:
    """Split ``cash_cost`` between the funding sources of ``mix`` for ``households`` households.

    Args:
        cash_cost: the option's cash cost (after in-kind contributions).
        mix: funding shares and loan terms.
        households: households who share the cost (at least 1 is assumed for per-household figures).
        savings_groups: the groups whose balances can be drawn on.
        household_savings: balances held by households outside groups (used when there are no groups).
        same_currency: False when the cost is in another currency than the savings balances and the
            subsidy cap (no exchange rate given): they are then not compared with it (not applied).
    """
    cash_cost = round_money(cash_cost)
    notes: list[str] = []
    gov = min(round_money(mix.government_works), cash_cost)
    base = cash_cost - gov
    shares = [to_decimal(mix.subsidy_share), to_decimal(mix.savings_share), to_decimal(mix.loan_share)]
    total_share = sum(shares, ZERO)
    if total_share > 1:
        notes.append(f"funding shares add up to {total_share}; scaled down to 1")
        shares = [s / total_share for s in shares]
    n = max(households, 1)
    subsidy = round_money(base * shares[0])
    capped = False
    if not same_currency:
        notes.append("savings balances and the subsidy cap are in another currency: not applied to this cost")
    if same_currency and mix.subsidy_cap_per_household > 0 and subsidy > mix.subsidy_cap_per_household * n:
        subsidy = round_money(mix.subsidy_cap_per_household * n)
        capped = True
        notes.append("the subsidy is limited by the fund's cap per household; the rest is borrowed")
    subsidy_gap = round_money(base * shares[0]) - subsidy
    available = (
        sum((g.balance for g in savings_groups), ZERO) if savings_groups else to_decimal(household_savings)
    )
    savings_wanted = round_money(base * shares[1])
    savings = min(savings_wanted, round_money(available)) if same_currency else savings_wanted
    if savings < savings_wanted:
        notes.append("savings balances do not cover the savings share; the rest is borrowed")
    loan = round_money(base * shares[2]) + subsidy_gap + (savings_wanted - savings)
    upfront = base - subsidy - savings - loan
    terms = LoanTerms(to_decimal(mix.loan_rate_pct_per_year), mix.loan_term_months, mix.loan_grace_months)
    loan_per_hh = round_money(loan / n)
    monthly = monthly_payment(loan_per_hh, terms) if loan_per_hh > 0 else ZERO
    if households < 1:
        notes.append("no households recorded: per-household figures assume one household")
    return FundingResult(
        cash_cost=cash_cost,
        government_works=gov,
        household_borne=base,
        subsidy=subsidy,
        subsidy_capped=capped,
        savings=savings,
        savings_available=round_money(available),
        savings_members_female=sum(g.members_female for g in savings_groups),
        savings_members_male=sum(g.members_male for g in savings_groups),
        loan=loan,
        upfront=upfront,
        households=households,
        upfront_per_household=round_money(upfront / n),
        loan_per_household=loan_per_hh,
        monthly_repayment=monthly,
        loan_terms=terms,
        notes=tuple(notes),
    )
