"""Money and quantity rounding: the ONE place where the estimating library rounds.

Every amount in a bill is ``Decimal`` in the bill currency. A line amount is ``Qty × Rate`` rounded
half up to the cent; totals are sums of rounded lines and are never rounded again. Quantities are
computed without intermediate rounding and rounded once, when billed, by the adopted method of
measurement (``QuantityRounding``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

__all__ = [
    "CENT",
    "ZERO",
    "QuantityRounding",
    "allocate",
    "allocate_largest_remainder",
    "line_amount",
    "round_money",
    "round_places",
    "round_to_step",
    "share_equally",
    "to_decimal",
]

CENT = Decimal("0.01")
ZERO = Decimal("0")


def to_decimal(value: float | int | str | Decimal) -> Decimal:
    """Return ``value`` as a Decimal without binary noise (floats go through their shortest repr)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite number: {value}")
        return Decimal(repr(value))
    return Decimal(value)


def round_money(value: Decimal | float | int | str) -> Decimal:
    """Return ``value`` rounded half up to the cent (bill currency)."""
    return to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def round_places(value: Decimal, places: int) -> Decimal:
    """Return ``value`` rounded half up to ``places`` decimals (display of money in whole units, quantities)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def round_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Return ``value`` rounded half up to a multiple of ``step`` (e.g. 0.05 for "say" in a rate analysis)."""
    places = max(0, -step.normalize().as_tuple().exponent)  # type: ignore[operator]
    return ((value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step).quantize(
        Decimal(1).scaleb(-places)
    )


def line_amount(quantity: Decimal, rate: Decimal) -> Decimal:
    """Return the amount of a bill line: quantity × rate rounded half up to the cent."""
    return round_money(quantity * rate)


def share_equally(amount: Decimal, count: int) -> Decimal | None:
    """Return ``amount`` shared equally by ``count`` households (or persons), rounded half up to the cent.

    None when there is no one to share it: a per-household figure of nothing is unknown, not the total.
    The one division of money by households: the Costs panel, the bill, the XLSX/CSV, the comparison and the
    poster all reach it through ``BillOfQuantities.per_household``, so they agree to the cent.
    """
    if count < 1:
        return None
    return round_money(amount / count)


def allocate(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split a rounded ``total`` into cent-rounded parts proportional to ``weights`` that re-add exactly.

    The rounding remainder goes to the largest part, so the parts always sum to ``total``.
    """
    total = round_money(total)
    wsum = sum(weights, ZERO)
    if not weights:
        return []
    if wsum == ZERO:
        parts = [ZERO] * len(weights)
        parts[-1] = total
        return parts
    parts = [round_money(total * w / wsum) for w in weights]
    diff = total - sum(parts, ZERO)
    if diff:
        biggest = max(range(len(weights)), key=lambda i: (weights[i], -i))
        parts[biggest] += diff
    return parts


def allocate_largest_remainder(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``total`` in proportion to ``weights`` into cent amounts that add up to ``total`` exactly.

    Largest-remainder rounding: each share is rounded down to the cent, and the cents left over go to
    the shares with the largest remainders (ties: the earlier share). Weights that sum to zero or less
    share equally.
    """
    total = round_money(total)
    if not weights:
        return []
    weight_sum = sum(weights, ZERO)
    if weight_sum <= 0:
        weights = [Decimal(1)] * len(weights)
        weight_sum = Decimal(len(weights))
    exact = [total * w / weight_sum for w in weights]
    floors = [(e / CENT).to_integral_value(rounding=ROUND_FLOOR) * CENT for e in exact]
    left = int(((total - sum(floors, ZERO)) / CENT).to_integral_value())
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += CENT
    return floors


@dataclass(frozen=True)
class QuantityRounding:
    """How billed quantities are rounded under a method of measurement.

    Attributes:
        decimals_by_unit: decimal places per canonical unit (``{"m3": 0, "t": 2}``).
        default_decimals: decimal places for units not listed.
        minimum_one: bill any positive quantity below 1 as 1 (SMM practice), except ``exempt_units``.
        exempt_units: units to which ``minimum_one`` does not apply (e.g. ``t``).
    """

    decimals_by_unit: dict[str, int] = field(default_factory=dict)
    default_decimals: int = 2
    minimum_one: bool = False
    exempt_units: tuple[str, ...] = ()

    def billed(self, quantity: float | Decimal, unit: str) -> Decimal:
        """Return the billed quantity: rounded half up to the method's places (and at least 1 if so)."""
        q = to_decimal(quantity)
        places = self.decimals_by_unit.get(unit, self.default_decimals)
        out = q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if self.minimum_one and unit not in self.exempt_units and ZERO < q < 1:
            out = Decimal(1).quantize(Decimal(1).scaleb(-places))
        return out
