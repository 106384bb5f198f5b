"""Every cost of use per household per month: water, toilet fees, pit emptying; against income.

* water: persons × L/person/day × 30.4 days ÷ 20 L × the price per 20 L of the water point used
  (``capacity.water_cost_per_month``);
* toilet fees: persons × ``uses_per_person_per_day`` × 30.4 days × the toilet's price per use;
* emptying: a toilet of a kind in ``sanitation.emptied_kinds`` with no fee per use is emptied at its
  users' cost: ``emptying_cost_per_year`` ÷ 12, split equally between the households using it (a
  pay-per-use toilet's operator pays emptying out of the fees). An emptying cost, a price or a fee
  that is not recorded is *unknown*, never zero: the total is then marked incomplete and its share of
  income is a lower bound;
* the total is compared with ``water.max_services_income_share`` of the household's income; water
  alone with ``water.max_income_share``.

Amounts are rounded (``costing.boq.money.round_money``) per household and part; the total is the
sum of the rounded parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from costing.boq.money import round_money
from designer.analysis.capacity import DAYS_PER_MONTH, water_cost_per_month
from designer.analysis.standards import StandardPack
from designer.model.entities import Toilet, WaterPoint
from designer.model.people import Household

__all__ = ["UseCosts", "use_costs"]


@dataclass
class UseCosts:
    """Per household (lists in household order): project currency per month, shares of income 0–1."""

    water: list[Decimal | None]
    toilet_fees: list[Decimal | None]
    emptying: list[Decimal | None]
    total: list[Decimal | None]
    complete: list[bool]
    water_share: list[float | None]
    water_affordable: list[bool | None]
    total_share: list[float | None]
    total_affordable: list[bool | None]


def use_costs(
    households: list[Household],
    water_point: np.ndarray,
    toilet: np.ndarray,
    toilet_households: np.ndarray,
    water_points: list[WaterPoint],
    toilets: list[Toilet],
    pack: StandardPack,
) -> UseCosts:
    """Return the monthly costs of use of every household.

    Args:
        households: the households, in row order.
        water_point: per household, the index of the water point used (-1 none).
        toilet: per household, the index of the toilet used (-1 none).
        toilet_households: per toilet, the households using it.
        water_points, toilets: the facilities of the view.
        pack: the rule pack.
    """
    san = pack.sanitation
    uses = Decimal(str(san.uses_per_person_per_day)) * DAYS_PER_MONTH
    water_limit = pack.water.max_income_share + 1e-12
    total_limit = pack.water.max_services_income_share + 1e-12
    # Households of one size using the same facilities pay the same: price each combination once
    # (water by point and size, toilet by toilet and size), then hand the parts out by index.
    size = np.array([h.size_persons for h in households], dtype=np.int64).reshape(-1)
    f_arr = np.asarray(water_point, dtype=np.int64).reshape(-1)
    t_arr = np.asarray(toilet, dtype=np.int64).reshape(-1)
    combos, inverse = np.unique(np.stack([f_arr, t_arr, size], axis=1), axis=0, return_inverse=True)
    water_of: dict[tuple[int, int], Decimal | None] = {}
    toilet_of: dict[tuple[int, int], tuple[Decimal | None, Decimal | None, bool]] = {}
    parts: list[tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None, bool]] = []
    for f, t, persons in combos.tolist():
        water: Decimal | None = None
        if f >= 0:
            if (f, persons) not in water_of:
                water_of[(f, persons)] = water_cost_per_month(persons, water_points[f].price_per_20l, pack)
            water = water_of[(f, persons)]
        fees: Decimal | None = None
        emptying: Decimal | None = None
        known = True
        if t >= 0:
            got = toilet_of.get((t, persons))
            if got is None:
                got = toilet_of[(t, persons)] = _toilet_costs(
                    toilets[t], persons, int(toilet_households[t]), uses, pack
                )
            fees, emptying, known = got
        total = (
            sum((p for p in (water, fees, emptying) if p is not None), Decimal("0.00"))
            if (f >= 0 or t >= 0)
            else None
        )
        parts.append((water, fees, emptying, total, known and water is not None))
    picked = [parts[i] for i in np.asarray(inverse).reshape(-1).tolist()]
    out = UseCosts(
        water=[p[0] for p in picked],
        toilet_fees=[p[1] for p in picked],
        emptying=[p[2] for p in picked],
        total=[p[3] for p in picked],
        complete=[p[4] for p in picked],
        water_share=[],
        water_affordable=[],
        total_share=[],
        total_affordable=[],
    )
    _add_shares(out, households, water_limit, total_limit)
    return out


def _toilet_costs(
    wc: Toilet, persons: int, sharing: int, uses_per_month: Decimal, pack: StandardPack
) -> tuple[Decimal | None, Decimal | None, bool]:
    """Return (fees, emptying share, whether the emptying cost is known) per month for one household."""
    if wc.price_per_use is None:  # the fee is unknown, not free
        return None, None, False
    fees = round_money(Decimal(persons) * uses_per_month * wc.price_per_use)
    if wc.toilet_kind is None:
        return fees, None, False  # whether it has a pit to empty is unknown
    if wc.toilet_kind not in pack.sanitation.emptied_kinds or wc.price_per_use != 0:
        return fees, Decimal("0.00"), True
    if wc.emptying_cost_per_year is None:
        return fees, None, False
    return fees, round_money(wc.emptying_cost_per_year / Decimal(12) / Decimal(max(sharing, 1))), True


def _add_shares(out: UseCosts, households: list[Household], water_limit: float, total_limit: float) -> None:
    """Fill the shares of income and whether they are within the limits (whole arrays at once).

    Shares are compared with a threshold, not printed as money: float division is enough. An
    incomplete total that is already too much is unaffordable; one within the limit is unknown.
    """
    nan = float("nan")
    income = np.array(
        [
            float(h.income_per_month) if h.income_per_month is not None and h.income_per_month > 0 else nan
            for h in households
        ],
        dtype=float,
    ).reshape(-1)
    water = np.array([nan if v is None else float(v) for v in out.water], dtype=float).reshape(-1)
    total = np.array([nan if v is None else float(v) for v in out.total], dtype=float).reshape(-1)
    complete = np.array(out.complete, dtype=bool).reshape(-1)
    with np.errstate(invalid="ignore"):
        w_share = water / income
        t_share = total / income
    w_known, t_known = np.isfinite(w_share), np.isfinite(t_share)
    w_ok = w_share <= water_limit
    t_over = t_share > total_limit
    out.water_share = [
        float(x) if k else None for x, k in zip(w_share.tolist(), w_known.tolist(), strict=True)
    ]
    out.water_affordable = [
        bool(o) if k else None for o, k in zip(w_ok.tolist(), w_known.tolist(), strict=True)
    ]
    out.total_share = [
        float(x) if k else None for x, k in zip(t_share.tolist(), t_known.tolist(), strict=True)
    ]
    out.total_affordable = [
        None if not k else (False if over else (True if c else None))
        for k, over, c in zip(t_known.tolist(), t_over.tolist(), complete.tolist(), strict=True)
    ]
