"""The take-off's vectorised exact sum gives math.fsum's float, bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from costing.takeoff.exact_sum import exact_sum


def _same(a: float, b: float) -> bool:
    return math.copysign(1, a) == math.copysign(1, b) and (a == b or (math.isnan(a) and math.isnan(b)))


@settings(max_examples=300, deadline=None)
@given(
    values=arrays(
        np.float64,
        st.integers(0, 3000),
        elements=st.one_of(
            st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
            st.floats(min_value=0, max_value=5, allow_nan=False),  # lengths, depths: many near-equal
            st.sampled_from([0.0, -0.0, 0.1, 1e-300, 5e-324, 2.5e15]),
        ),
    )
)
def test_the_sum_is_math_fsums_float(values):
    assert _same(exact_sum(values), math.fsum(values.tolist()))


def test_long_columns_of_lengths_and_volumes_sum_exactly():
    rng = np.random.default_rng(7)
    for values in (
        rng.random(2000) * 80,  # pipe lengths
        rng.random(2000) * 80 * 0.45 * 0.9,  # trench volumes
        np.full(5000, 0.1),  # one value many times: the halves must not overflow
        -rng.random(700) * 1e3,
        np.concatenate([rng.random(600) * 1e12, rng.random(600) * 1e-12]),  # wide exponent range
    ):
        assert exact_sum(values) == math.fsum(values.tolist())


@pytest.mark.parametrize(
    "values",
    [
        np.full(400, -0.0),  # the sign of a zero total
        np.array([1e308] * 300),  # overflows, as math.fsum does
        np.array([math.inf, *([1.0] * 300)]),
        np.array([math.nan, *([1.0] * 300)]),
        np.array([5e-324] * 300),  # a subnormal total
    ],
)
def test_the_edge_cases_behave_as_math_fsum(values):
    try:
        expected: float | type[Exception] = math.fsum(values.tolist())
    except OverflowError:
        expected = OverflowError
    if expected is OverflowError:
        with pytest.raises(OverflowError):
            exact_sum(values)
    else:
        assert _same(exact_sum(values), float(expected))  # type: ignore[arg-type]
