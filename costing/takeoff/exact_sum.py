"""The correctly rounded sum of an array of floats (``math.fsum``), faster for the long columns of a take-off.

A bill line's quantity is the exact sum of its elements' quantities rounded once, so a full take-off and
one updated element by element agree to the last bit. ``math.fsum`` gives that, but wants Python floats:
for a column of 2,000 pipes, making them costs as much as the sum. Here each float is split into its
53-bit integer mantissa and binary exponent (``numpy.frexp``), the mantissas are added per exponent in
two 26-bit halves (``numpy.bincount``: every partial sum is an integer below 2**53, so exact in a
float64), and the few per-exponent totals are added as one Python integer, rounded to a float once
(half to even, as ``math.fsum``). Short arrays, infinities, NaN, a zero total (its sign) and totals near
the ends of the float range go to ``math.fsum`` itself.
"""

from __future__ import annotations

import math
import sys

import numpy as np

__all__ = ["exact_sum"]

_SHORT = 256
"""Below this many values ``math.fsum`` is the faster of the two."""

_HALF_BITS = 26
_LOW_MASK = (1 << _HALF_BITS) - 1
_MAX_VALUES = 1 << 26
"""A half mantissa is below 2**27 in size: this many of them add up below 2**53, exactly."""


def exact_sum(values: np.ndarray) -> float:
    """Return ``math.fsum(values)`` for a one-dimensional float64 array (bit for bit the same float)."""
    count = len(values)
    if count < _SHORT or count >= _MAX_VALUES or not np.isfinite(values).all():
        return math.fsum(values.tolist())
    fractions, exponents = np.frexp(values)
    mantissas = np.ldexp(fractions, 53).astype(np.int64)  # |fraction| in [0.5, 1): exact integers
    lowest = int(exponents.min())
    bins = exponents - lowest
    high = np.bincount(bins, weights=mantissas >> _HALF_BITS)  # floor division: low half >= 0
    low = np.bincount(bins, weights=mantissas & _LOW_MASK)
    used = np.flatnonzero((high != 0) | (low != 0))
    total = 0
    for shift, h, lo in zip(used.tolist(), high[used].tolist(), low[used].tolist(), strict=True):
        total += ((int(h) << _HALF_BITS) + int(lo)) << shift
    if not total or total.bit_length() > 1000:  # a zero's sign, or a float() that could overflow
        return math.fsum(values.tolist())
    result = math.ldexp(float(total), lowest - 53)  # one rounding; scaling by a power of two is exact
    if abs(result) < sys.float_info.min:  # a subnormal result would be rounded twice
        return math.fsum(values.tolist())
    return result
