"""The fast paths of a project load say exactly what the record-by-record checks say.

A load decodes fields without a call when the JSON value is already what the field holds, and checks the
vertices of all records in a few array operations; a bad value or vertex must still give the JSON path
and the message of the slow path, and for the first bad record in the file's order.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from designer.model import Building, Household, InvalidGeometryError, Path, Plot, Tenure, WaterPoint
from designer.model.codec import DecodeError, decode_record
from designer.model.geometry import deferred_validation

SQUARE = [[0.0, 0.0], [4.0, 0.0], [4.0, 3.0], [0.0, 3.0]]


def _household(**changes):
    data = {"id": "hh-1", "plot_id": "plot-1", "size_persons": 5, "children": 2, "income_per_month": "120.50"}
    data.update(changes)
    return data


def test_plain_values_enums_empty_lists_and_ranges_decode_as_before():
    hh = decode_record(
        "household", _household(tenure="tenant", survey=[], willingness_to_pay_per_month=None), "$"
    )
    assert isinstance(hh, Household)
    assert hh.size_persons == 5 and hh.children == 2 and hh.tenure is Tenure.TENANT
    assert (
        hh.income_per_month == Decimal("120.50")
        and hh.survey == ()
        and hh.willingness_to_pay_per_month is None
    )


@pytest.mark.parametrize(
    ("changes", "where", "reason"),
    [
        ({"size_persons": "5"}, "$.size_persons", "expected a whole number"),
        ({"size_persons": True}, "$.size_persons", "expected a whole number"),
        ({"size_persons": 0}, "$.size_persons", "household size 0 is below the smallest plausible value, 1"),
        (
            {"size_persons": 501},
            "$.size_persons",
            "household size 501 is above the largest plausible value, 500",
        ),
        ({"income_per_month": "-5"}, "$.income_per_month", "income -5 is below the smallest plausible value"),
        ({"income_per_month": 12}, "$.income_per_month", "expected an amount as text"),
        ({"tenure": "landlord"}, "$.tenure", "'landlord' is not one of: owner"),
        ({"tenure": 3}, "$.tenure", "3 is not one of"),
        ({"plot_id": None}, "$.plot_id", "expected text, got null"),
        ({"survey": {}}, "$.survey", "expected a list"),
    ],
)
def test_a_bad_value_names_its_path_and_reason(changes, where, reason):
    with pytest.raises(DecodeError) as err:
        decode_record("household", _household(**changes), "$")
    assert err.value.json_path == where
    assert reason in err.value.reason


def test_an_unknown_field_is_named_before_a_bad_value():
    with pytest.raises(DecodeError, match="unknown field 'colour'"):
        decode_record("household", _household(colour="red", size_persons="x"), "$")


@pytest.mark.parametrize(
    ("outline", "reason"),
    [
        ([[0, 0], [4, 0], [4, 3]], None),  # whole numbers are coordinates too
        ([[0.0, 0.0], [4.0, 0.0]], "expected"),  # decoded, then refused by the ring check
        ([[0.0, 0.0], [4.0, "0"], [4.0, 3.0]], "expected a point [x, y] in metres"),
        ([[0.0, 0.0], [4.0, 0.0, 1.0], [4.0, 3.0]], "expected a point [x, y] in metres"),
        ([[0.0, 0.0], {"x": 4.0, "y": 0.0}, [4.0, 3.0]], "expected a point [x, y] in metres"),
    ],
)
def test_outline_points_decode_or_name_the_bad_point(outline, reason):
    data = {"id": "plot-1", "outline": outline}
    if reason is None:
        plot = decode_record("plot", data, "$")
        assert plot.outline == ((0.0, 0.0), (4.0, 0.0), (4.0, 3.0))
        assert all(type(c) is float for p in plot.outline for c in p)
        return
    with pytest.raises((DecodeError, InvalidGeometryError)) as err, deferred_validation():
        decode_record("plot", data, "$")
    if "[x, y]" in reason:
        assert err.value.json_path == "$.outline[1]"
    assert reason.split(" [")[0] in str(err.value) or "corners" in str(err.value)


def _many_good():
    return [
        *(Plot(id=f"plot-{i}", outline=tuple((x + 10 * i, y) for x, y in SQUARE)) for i in range(50)),
        *(
            Path(id=f"path-{i}", route=((0.0, 10.0 * i), (5.0, 10.0 * i), (5.0, 10.0 * i + 3)))
            for i in range(50)
        ),
        *(WaterPoint(id=f"wp-{i}", position=(float(i), 1.0)) for i in range(50)),
    ]


BAD = [
    (lambda: Path(id="path-bad", route=((0.0, 0.0), (0.0, 0.0), (5.0, 0.0))), "segment 0 has zero length"),
    (lambda: Path(id="path-bad", route=((0.0, 0.0), (0.0, 0.004), (5.0, 0.0))), "segment 0 has zero length"),
    (lambda: Path(id="path-bad", route=((0.0, 0.0),)), "at least 2 points"),
    (lambda: Plot(id="plot-bad", outline=((0.0, 0.0), (1.0, 0.0))), "at least 3 corners"),
    (lambda: Building(id="bldg-bad", outline=((0.0, 0.0), (1.0, 0.0), (math.nan, 1.0))), "not a finite"),
    (lambda: WaterPoint(id="wp-bad", position=(math.inf, 0.0)), "not a finite"),
    (lambda: WaterPoint(id="wp-bad", position=(2e8, 0.0)), "from the project origin"),
]


@pytest.mark.parametrize(("make_bad", "reason"), BAD)
def test_bulk_validation_finds_the_first_bad_record_with_its_own_message(make_bad, reason):
    with pytest.raises(InvalidGeometryError) as alone:
        make_bad()  # outside a deferred block: the record's own check
    assert reason in str(alone.value)
    with pytest.raises(InvalidGeometryError) as bulk, deferred_validation():
        _many_good()
        make_bad()
        Path(id="path-later", route=((0.0, 0.0), (0.0, 0.0)))  # a later bad record is not the one named
    assert str(bulk.value) == str(alone.value)


def test_segments_of_different_lines_are_not_joined_in_the_length_check():
    # The last point of one line equals the first of the next: no segment there, so nothing to refuse.
    with deferred_validation():
        a = Path(id="path-a", route=((0.0, 0.0), (5.0, 0.0)))
        b = Path(id="path-b", route=((5.0, 0.0), (9.0, 0.0)))
    assert a.route[-1] == b.route[0]


def test_a_segment_just_over_the_shortest_length_passes_in_bulk_as_alone():
    route = ((0.0, 0.0), (0.010000001, 0.0))
    alone = Path(id="path-short", route=route)
    with deferred_validation():
        bulk = Path(id="path-short", route=route)
    assert alone.route == bulk.route
