"""Daily hours typed as people write them: windows, all day, past midnight, and clear refusals."""

from __future__ import annotations

import pytest

from designer.model.hours import HoursError, format_hours, hours_per_day, parse_hours
from designer.model.ranges import field_range


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("24/7", ((0.0, 24.0),)),
        ("00:00-24:00", ((0.0, 24.0),)),
        ("6-10, 16:30-20", ((6.0, 10.0), (16.5, 20.0))),
        ("16:00-20:00; 06:00-10:00", ((6.0, 10.0), (16.0, 20.0))),  # sorted
        ("18:00-06:00", ((0.0, 6.0), (18.0, 24.0))),  # past midnight: two windows of one day
        ("6-10, 9-12", ((6.0, 12.0),)),  # overlapping windows joined: no hour counted twice
        ("6–10", ((6.0, 10.0),)),  # an en dash, as word processors write it
    ],
)
def test_windows_are_read(text, periods):
    assert parse_hours(text) == periods


@pytest.mark.parametrize(
    ("text", "reason", "part"),
    [
        ("", "empty", ""),
        ("25:00-03:00", "range", "25:00-03:00"),
        ("6:70-8", "range", "6:70-8"),
        ("6-10, noon-2", "format", "noon-2"),
        ("8-8", "format", "8-8"),
    ],
)
def test_bad_hours_are_refused_with_the_window_in_question(text, reason, part):
    with pytest.raises(HoursError) as err:
        parse_hours(text)
    assert (err.value.reason, err.value.part) == (reason, part)


def test_the_day_comes_from_the_physical_ranges_table():
    rng = field_range("hour_of_day")
    assert rng is not None and (rng.min, rng.max) == (0, 24)


def test_formatting_round_trips_and_counts_hours():
    periods = parse_hours("6-10, 16:30-20")
    assert format_hours(periods) == "06:00-10:00, 16:30-20:00"
    assert parse_hours(format_hours(periods)) == periods
    assert hours_per_day(periods) == 7.5
    assert format_hours(None) == "" and hours_per_day(None) is None
