"""Money and quantity rounding: the ONE place where the estimating library rounds.

Every amount in a bill is ``Decimal`` in the bill currency. A line amount is ``Qty × Rate`` rounded
half up to the cent; totals are sums of rounded lines and are never rounded again. Quantities are
computed without intermediate rounding and rounded once, when billed, by the adopted method of
measurement (``QuantityRounding``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "CENT",
    "ZERO",
    "QuantityRounding",
    "allocate",
    "line_amount",
    "round_money",
    "round_to_step",
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


def round_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Return ``value`` rounded half up to a multiple of ``step`` (e.g. 0.05 for "say" in a rate analysis)."""
    places = max(0, -step.normalize().as_tuple().exponent)  # type: ignore[operator]
    return ((value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step).quantize(
        Decimal(1).scaleb(-places)
    )


def line_amount(quantity: Decimal, rate: Decimal) -> Decimal:
    """Return the amount of a bill line: quantity × rate rounded half up to the cent."""
    return round_money(quantity * rate)


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


def sum_money(values: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of already rounded amounts."""
    return sum(values, ZERO)
