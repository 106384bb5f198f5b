"""The check's JSON rows, built a column at a time, are the values the row-by-row writer gives.

Floats are rounded to 3 decimals with numpy and checked against ``round(v, 3)``, which they must equal
exactly (the printed JSON is pinned), including values next to a half, large values, NaN and infinities.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from designer.analysis.check import _round_3, _row_json, _rows_json


@dataclass(frozen=True, slots=True)
class _Row:
    name: str
    count: int
    ok: bool | None
    length_m: float | None
    cost: Decimal | None
    flags: tuple[str, ...]
    pairs: tuple[float, ...]


def _same(a: list, b: list) -> bool:
    """Equal, with the sign of zero and the type of each value (as the JSON bytes would show)."""
    return [repr(x) for x in a] == [repr(x) for x in b]


def test_rows_built_a_column_at_a_time_are_the_rows_built_one_by_one():
    rng = random.Random(7)
    rows = [
        _Row(
            name=f"hh-{i}",
            count=i,
            ok=(None, True, False)[i % 3],
            length_m=None if i % 5 == 0 else rng.uniform(-1e4, 1e4),
            cost=None if i % 4 == 0 else Decimal(f"{i}.25"),
            flags=("far", "dark")[: i % 3],
            pairs=(rng.random(), math.inf),
        )
        for i in range(500)
    ]
    by_column, by_row = _rows_json(rows), [_row_json(r) for r in rows]
    assert by_column == by_row
    # == takes -0.0 for 0.0 and 1.0 for True; the JSON bytes would not: compare the values' reprs too.
    assert [_same(list(a.values()), list(b.values())) for a, b in zip(by_column, by_row, strict=True)] == [
        True
    ] * len(rows)
    assert _rows_json([]) == []


def test_halves_and_awkward_floats_round_as_round_does():
    values = [
        0.0625,  # an exact tie: half to even, 0.062
        0.0005,
        1.0005,
        2.675,  # 2.67499999... in binary: 2.675 would be wrong
        -0.0004,  # rounds to -0.0
        -2.5e-4,
        123456.7895,
        999999.9995,
        1e6 + 0.0005,
        1e15 + 0.3,
        5e-324,
        math.nan,
        math.inf,
        -math.inf,
        None,
    ]
    expected = [None if v is None or not math.isfinite(v) else round(v, 3) for v in values]
    assert _same(_round_3(values), expected)


@given(
    st.lists(
        st.one_of(st.none(), st.floats(), st.integers(-(10**7), 10**7).map(lambda k: k / 2000)), max_size=50
    )
)
def test_any_floats_round_as_round_does(values):
    expected = [None if v is None or not math.isfinite(v) else round(v, 3) for v in values]
    assert _same(_round_3(values), expected)


def test_plot_rows_from_columns_are_each_plots_own_values():
    from designer.analysis.check import PlotAccess, check_option
    from tests.io.drawing_fixtures import small_settlement

    doc = small_settlement()
    result = check_option(doc, "opt-a", pressure=False)
    lay, acc = result._plot_source
    pack = result.pack
    expected = {}
    for i, p in enumerate(lay.plots):
        wf, tf = int(acc.water.facility[i]), int(acc.toilet.facility[i])
        expected[p.id] = PlotAccess(
            plot_id=p.id,
            path_access=bool(acc.has_access[i]),
            water_m=float(acc.water.plain_m[i]) if math.isfinite(acc.water.plain_m[i]) else None,
            toilet_m=float(acc.toilet.plain_m[i]) if math.isfinite(acc.toilet.plain_m[i]) else None,
            water_within_standard=bool(acc.water.plain_m[i] <= pack.water.max_distance_m),
            toilet_within_standard=bool(acc.toilet.plain_m[i] <= pack.sanitation.max_distance_m),
            water_point_id=lay.water_points[wf].id if wf >= 0 else None,
            toilet_id=lay.toilets[tf].id if tf >= 0 else None,
        )
    assert result.plots == expected
    assert list(result.plots) == [p.id for p in lay.plots]
    assert any(p.water_m is not None for p in expected.values())
    assert [type(v) for p in result.plots.values() for v in (p.path_access, p.water_within_standard)] == [
        bool
    ] * (2 * len(expected))
