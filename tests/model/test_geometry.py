"""Geometry is validated on creation: invalid input raises a domain error naming the entity and the reason."""

from __future__ import annotations

import math

import pytest

from designer.model import Building, InvalidGeometryError, Path, Plot, WaterPoint
from designer.model.geometry import deferred_validation, line_length_m, ring_area_m2


def test_closing_point_is_dropped_so_rings_are_stored_open():
    plot = Plot(id="p", outline=((0, 0), (4, 0), (4, 3), (0, 3), (0, 0)))
    assert plot.outline == ((0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0))
    assert ring_area_m2(plot.outline) == 12.0


def test_self_intersecting_outline_is_rejected_with_where_it_crosses():
    with pytest.raises(InvalidGeometryError) as err:
        Plot(id="plot-bow", outline=((0, 0), (10, 10), (10, 0), (0, 10)))
    assert err.value.record_id == "plot-bow"
    assert "crosses itself" in str(err.value)
    assert "plot 'plot-bow'" in str(err.value)
    # The place is kept apart (the designer writes it as the user's language does); the CLI's line is English.
    assert str(err.value) == "plot 'plot-bow': the outline crosses itself near (5.00, 5.00)"
    assert dict(err.value.message.values) == {"x_m": 5.0, "y_m": 5.0}


@pytest.mark.parametrize(
    ("outline", "reason"),
    [
        (((0, 0), (1, 0)), "at least 3 corners"),
        (((0, 0), (1, 0), (2, 0)), "crosses itself"),  # collinear: GEOS calls it a self-intersection
        (((0, 0), (0.05, 0), (0.05, 0.05)), "degenerate"),
        (((0, 0), (1, 0), (math.nan, 1)), "not a finite"),
    ],
)
def test_degenerate_outlines_are_rejected(outline, reason):
    with pytest.raises(InvalidGeometryError, match=reason):
        Building(id="b", outline=outline)


def test_lines_need_two_distinct_points():
    with pytest.raises(InvalidGeometryError, match="at least 2 points"):
        Path(id="path-x", route=((0, 0),))
    with pytest.raises(InvalidGeometryError, match="zero length"):
        Path(id="path-x", route=((0, 0), (0, 0), (5, 0)))
    assert line_length_m(Path(id="ok", route=((0, 0), (3, 4), (3, 10))).route) == 11.0


def test_points_must_be_finite():
    with pytest.raises(InvalidGeometryError, match="finite"):
        WaterPoint(id="wp", position=(math.inf, 0))


def test_path_width_must_be_positive():
    with pytest.raises(Exception, match="width must be positive"):
        Path(id="path-w", route=((0, 0), (5, 0)), width_m=0)


def test_deferred_validation_checks_all_records_at_the_end():
    with pytest.raises(InvalidGeometryError) as err, deferred_validation():
        Plot(id="good", outline=((0, 0), (5, 0), (5, 5), (0, 5)))
        Plot(id="bad", outline=((0, 0), (10, 10), (10, 0), (0, 10)))
        Plot(id="also-bad", outline=((0, 0), (1, 0), (1, 1), (0, 1), (0.5, -3)))
    assert err.value.record_id == "bad"


def test_deferred_validation_accepts_valid_records_and_normalises_rings():
    with deferred_validation() as pending:
        p = Plot(id="good", outline=((0.0, 0.0), (5.0, 0.0), (5.0, 5.0), (0.0, 5.0), (0.0, 0.0)))
        Path(id="path", route=((0.0, 0.0), (1.0, 0.0)))
    assert len(pending) == 2
    assert len(p.outline) == 4


@pytest.mark.parametrize(
    ("bad_vertex", "reason"),
    [((math.nan, 1.0), "not a finite"), ((1e12, 1.0), "from the project origin"), ((1.0,), "not a finite")],
)
def test_deferred_validation_names_the_first_bad_vertex_among_many_records(bad_vertex, reason):
    """The bulk check tests every vertex at once; a bad one still names its record, before later ones."""
    with pytest.raises(InvalidGeometryError, match=reason) as err, deferred_validation():
        for k in range(50):
            Building(id=f"b{k}", outline=((k, 0), (k + 0.5, 0), (k + 0.5, 0.5), (k, 0.5)))
        Building(id="bad-vertex", outline=((0, 0), (1, 0), bad_vertex, (0, 1)))
        Path(id="bad-line", route=((0, 0),))
    assert err.value.record_id == "bad-vertex"


def test_deferred_validation_names_a_bad_line_before_a_later_bad_ring():
    with pytest.raises(InvalidGeometryError, match="at least 2 points") as err, deferred_validation():
        Building(id="ok", outline=((0, 0), (1, 0), (1, 1), (0, 1)))
        Path(id="bad-line", route=((0, 0),))
        Building(id="bad-ring", outline=((0, 0), (1, 0), (math.inf, 1), (0, 1)))
    assert err.value.record_id == "bad-line"
