"""Savings groups and household savings: members by sex, balances, monthly savings, contribution by sex.

The costing engine's funding mix reads :func:`savings_summary` (what the community has saved and saves
each month, per household and by sex of the household head) and :func:`savings_contribution` (how the
savings share of an option's cost falls on households and on women- and men-headed households).
Money is ``Decimal`` in the project currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from costing.boq.money import allocate_largest_remainder, round_money
from designer.analysis.participation import SEX_KEYS
from designer.model.people import Household, SavingsGroup

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = ["GroupSummary", "SavingsSummary", "SexSummary", "savings_contribution", "savings_summary"]

ZERO = Decimal("0")


@dataclass
class GroupSummary:
    """One savings group: its book (members by sex, balance, monthly savings) and its member households.

    ``balance`` and ``monthly_savings`` are the group's own figures when the treasurer entered them,
    else the sums over its member households from the enumeration.
    """

    id: str
    name: str
    members_female: int
    members_male: int
    member_households: int
    balance: Decimal
    monthly_savings: Decimal
    households_balance: Decimal
    households_monthly_savings: Decimal

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "members": {
                "female": self.members_female,
                "male": self.members_male,
                "total": self.members_female + self.members_male,
            },
            "member_households": self.member_households,
            "balance": str(self.balance),
            "monthly_savings": str(self.monthly_savings),
            "households_balance": str(self.households_balance),
            "households_monthly_savings": str(self.households_monthly_savings),
        }


@dataclass
class SexSummary:
    """Households headed by one sex: how many, how many save, what they hold and save."""

    households: int = 0
    saving_households: int = 0
    balance: Decimal = ZERO
    monthly_savings: Decimal = ZERO

    def to_json(self) -> dict[str, Any]:
        per = round_money(self.balance / self.households) if self.households else ZERO
        per_month = round_money(self.monthly_savings / self.households) if self.households else ZERO
        return {
            "households": self.households,
            "saving_households": self.saving_households,
            "balance": str(self.balance),
            "monthly_savings": str(self.monthly_savings),
            "balance_per_household": str(per),
            "monthly_savings_per_household": str(per_month),
        }


@dataclass
class SavingsSummary:
    """The community's savings, by group and by sex of the household head."""

    groups: list[GroupSummary] = field(default_factory=list)
    households: int = 0
    saving_households: int = 0
    members_female: int = 0
    members_male: int = 0
    total_balance: Decimal = ZERO
    total_monthly_savings: Decimal = ZERO
    by_head_sex: dict[str, SexSummary] = field(default_factory=dict)

    @property
    def balance_per_household(self) -> Decimal:
        """Return the savings balance per household (all households), to the cent."""
        return round_money(self.total_balance / self.households) if self.households else ZERO

    @property
    def monthly_savings_per_household(self) -> Decimal:
        """Return the monthly savings per household (all households), to the cent."""
        return round_money(self.total_monthly_savings / self.households) if self.households else ZERO

    def to_json(self) -> dict[str, Any]:
        return {
            "households": self.households,
            "saving_households": self.saving_households,
            "members": {
                "female": self.members_female,
                "male": self.members_male,
                "total": self.members_female + self.members_male,
            },
            "total_balance": str(self.total_balance),
            "total_monthly_savings": str(self.total_monthly_savings),
            "balance_per_household": str(self.balance_per_household),
            "monthly_savings_per_household": str(self.monthly_savings_per_household),
            "by_head_sex": {k: v.to_json() for k, v in self.by_head_sex.items()},
            "groups": [g.to_json() for g in self.groups],
        }


def _saves(h: Household) -> bool:
    return bool(h.savings_group_id) or h.savings_balance > 0 or h.monthly_savings > 0


def savings_summary(doc: Document) -> SavingsSummary:
    """Return savings by group and by sex of the household head.

    Totals: each group counts with its own balance/monthly savings when entered (the treasurer's book),
    else with its member households' sums; households in no group add their own savings.
    """
    households = doc.of_type(Household)
    groups = sorted(doc.of_type(SavingsGroup), key=lambda g: g.id)
    out = SavingsSummary(households=len(households))
    out.by_head_sex = {s: SexSummary() for s in SEX_KEYS}
    members: dict[str, list[Household]] = {}
    for h in households:
        members.setdefault(h.savings_group_id, []).append(h)
        s = out.by_head_sex[h.head_sex.value]
        s.households += 1
        s.balance += h.savings_balance
        s.monthly_savings += h.monthly_savings
        if _saves(h):
            s.saving_households += 1
            out.saving_households += 1
    for g in groups:
        hh = members.get(g.id, [])
        hh_balance = sum((h.savings_balance for h in hh), ZERO)
        hh_monthly = sum((h.monthly_savings for h in hh), ZERO)
        summary = GroupSummary(
            id=g.id,
            name=g.name,
            members_female=g.members_female,
            members_male=g.members_male,
            member_households=len(hh),
            balance=g.balance if g.balance > 0 else hh_balance,
            monthly_savings=g.monthly_savings if g.monthly_savings > 0 else hh_monthly,
            households_balance=hh_balance,
            households_monthly_savings=hh_monthly,
        )
        out.groups.append(summary)
        out.members_female += g.members_female
        out.members_male += g.members_male
        out.total_balance += summary.balance
        out.total_monthly_savings += summary.monthly_savings
    known = {g.id for g in groups}
    for gid, hh in members.items():
        if gid not in known:  # no group, or a group id that is not (yet) in the document
            out.total_balance += sum((h.savings_balance for h in hh), ZERO)
            out.total_monthly_savings += sum((h.monthly_savings for h in hh), ZERO)
    return out


def savings_contribution(doc: Document, amount: Decimal) -> dict[str, Any]:
    """Split a savings contribution (e.g. an option's cost × savings share) over households and by sex.

    Each household pays in proportion to its savings balance (equally when nobody has a recorded
    balance); amounts are cents that add up exactly to ``amount``.

    Returns:
        ``{"total", "per_household": {household id: amount}, "by_head_sex": {sex: amount},
        "average_per_household"}`` with amounts as Decimal.
    """
    households = sorted(doc.of_type(Household), key=lambda h: h.id)
    total = round_money(amount)
    by_sex = dict.fromkeys(SEX_KEYS, ZERO)
    if not households:
        return {"total": total, "per_household": {}, "by_head_sex": by_sex, "average_per_household": ZERO}
    shares = allocate_largest_remainder(total, [h.savings_balance for h in households])
    per_household = {h.id: s for h, s in zip(households, shares, strict=True)}
    for h, s in zip(households, shares, strict=True):
        by_sex[h.head_sex.value] += s
    return {
        "total": total,
        "per_household": per_household,
        "by_head_sex": by_sex,
        "average_per_household": round_money(total / len(households)),
    }
