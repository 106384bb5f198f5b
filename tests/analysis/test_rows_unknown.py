"""Per-household rows say *unknown* (None, JSON null), not False, where the drawing cannot tell.

``water_within_standard`` / ``toilet_within_standard`` are None exactly where the scorecard says the
water / sanitation ladder is unknown because it is not drawn (``ladders_unknown_because``): nothing of
the kind drawn, or no path drawn and no facility on the household's own plot. Drawn facilities and a
household beyond them stay False. Drawings are the plots-only grids of ``tests.analysis.parcels``.
"""

from __future__ import annotations

from designer.analysis.check import _row_json, _rows_json, check_option
from designer.analysis.served import count_served
from designer.model import Document, Toilet, WaterPoint
from tests.analysis.parcels import household_toilet, parcel_grid, with_road


def _add(doc: Document, *records) -> Document:
    rest = [r for r in doc.records() if r is not doc.project]
    return Document(doc.project, [*rest, *records])


def test_plots_only_drawing_with_households_has_null_rows_not_false():
    result = check_option(parcel_grid(2, 1, 4, households=True), None, pressure=False)
    rows = result.households
    assert len(rows) == 32
    assert {r.water_within_standard for r in rows} == {None}
    assert {r.toilet_within_standard for r in rows} == {None}
    assert count_served(rows) == 0  # unknown is never counted served
    data = result.to_json()["households"]
    assert {h["water_within_standard"] for h in data} == {None}
    assert {h["toilet_within_standard"] for h in data} == {None}
    plots = result.to_json()["plots"]
    assert (
        {p["water_within_standard"] for p in plots} == {p["toilet_within_standard"] for p in plots} == {None}
    )


def test_one_toilet_drawn_far_household_false_near_true_water_still_unknown():
    """Blocks of 8 × 8 plots (80 m), the street (x 80–84) drawn as a road, one shared toilet at its top end."""
    doc = with_road(parcel_grid(2, 1, 8, households=True), ((82.0, 0.0), (82.0, 80.0)), width_m=4.0)
    result = check_option(_add(doc, Toilet(id="wc", position=(82.0, 75.0))), None, pressure=False)
    assert result.scorecard.ladders_unknown_because == {"water": "water_points_not_drawn"}
    rows = {r.plot_id: r for r in result.households}
    near, far, unreached = rows["P00-77"], rows["P00-70"], rows["P00-00"]
    assert near.toilet_m is not None and near.toilet_m <= 50.0 and near.toilet_within_standard is True
    assert far.toilet_m is not None and far.toilet_m > 50.0 and far.toilet_within_standard is False
    assert unreached.toilet_m is None and unreached.toilet_within_standard is False  # drawn, not reached
    assert {r.water_within_standard for r in rows.values()} == {None}
    plots = result.plots
    assert (plots["P00-77"].toilet_within_standard, plots["P00-70"].toilet_within_standard) == (True, False)
    assert {p.water_within_standard for p in plots.values()} == {None}
    assert result.scorecard.households_toilet_within_standard == sum(
        r.toilet_within_standard is True for r in rows.values()
    )


def test_facilities_drawn_without_paths_only_the_own_toilet_is_told():
    doc = _add(
        parcel_grid(2, 1, 4, households=True),
        WaterPoint(id="sp", position=(42.0, 20.0), taps=2),
        household_toilet("P00-00"),
    )
    result = check_option(doc, None, pressure=False)
    rows = {r.plot_id: r for r in result.households}
    assert rows["P00-00"].toilet_within_standard is True
    assert {r.toilet_within_standard for p, r in rows.items() if p != "P00-00"} == {None}
    assert {r.water_within_standard for r in rows.values()} == {None}
    assert result.scorecard.households_toilet_within_standard == 1
    assert result.plots["P00-00"].toilet_within_standard is True
    assert result.plots["P00-01"].toilet_within_standard is None


def test_json_rows_built_a_column_at_a_time_agree_with_the_row_writer_on_nulls():
    doc = _add(
        parcel_grid(2, 1, 4, households=True),
        WaterPoint(id="sp", position=(42.0, 20.0), taps=2),
        household_toilet("P00-00"),
    )
    rows = check_option(doc, None, pressure=False).households
    assert _rows_json(rows) == [_row_json(r) for r in rows]
    assert [h["toilet_within_standard"] for h in _rows_json(rows)].count(None) == 31
