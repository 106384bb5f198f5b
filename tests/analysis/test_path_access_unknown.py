"""With no path or road drawn, path access is *unknown*, not "no path access" for every plot.

The drawing is the plots-only grid of ``tests.analysis.parcels``: two blocks of 4 × 4 ten-metre plots
(x 0–40 and 44–84, y 0–40) with a 4 m street between them, one household of 5 on every plot, no path.
"""

from __future__ import annotations

from designer.analysis.check import check_option
from designer.analysis.served import plot_walks
from designer.model import Document, Option, Path
from tests.analysis.parcels import parcel_grid, with_road

# The street between the blocks, drawn as a 4 m road: its corridor (x 40–44) reaches the column of
# plots on each side of it (x 30–40 and 44–54), 4 + 4 plots; the other 24 plots it does not reach.
STREET = ((42.0, 0.0), (42.0, 40.0))


def test_plots_only_drawing_says_path_access_is_unknown_not_32_without_access():
    result = check_option(parcel_grid(2, 1, 4, households=True), None, pressure=False)
    sc = result.scorecard
    assert sc.households == 32
    assert sc.households_without_path_access is None
    assert sc.path_access_unknown_because == "paths_not_drawn"
    assert all(r.path_access is None for r in result.households)
    assert not any("no_path_access" in r.problems for r in result.households)
    assert all(p.path_access is None for p in result.plots.values())
    assert result.no_access_plots == []
    assert result.summary["plots_without_access"] is None
    assert not any("have no path access" in w for w in result.warnings)
    assert any(w.startswith("paths not drawn: path access is unknown") for w in result.warnings)
    # Walking distances need paths: they stay unknown, as before.
    assert all(r.water_m is None and r.toilet_m is None for r in result.households)


def test_with_one_road_drawn_the_plots_it_does_not_reach_have_no_path_access():
    doc = with_road(parcel_grid(2, 1, 4, households=True), STREET, width_m=4.0)
    result = check_option(doc, None, pressure=False)
    sc = result.scorecard
    assert sc.path_access_unknown_because is None
    assert sc.households_without_path_access == 24
    reached = sorted(p for p, a in result.plots.items() if a.path_access)
    assert reached == sorted([f"P00-3{j}" for j in range(4)] + [f"P10-0{j}" for j in range(4)])
    without = [r for r in result.households if r.path_access is False]
    assert len(without) == 24 and all("no_path_access" in r.problems for r in without)
    assert "24 plot(s) have no path access" in result.warnings
    assert not any(w.startswith("paths not drawn") for w in result.warnings)


def _with_option_road(doc: Document) -> Document:
    """Return ``doc`` with an option "opt" that draws the street as a 4 m road."""
    rest = [r for r in doc.records() if r is not doc.project]
    road = Path(id="road-opt", scope="opt", route=STREET, width_m=4.0)
    return Document(doc.project, [*rest, Option(id="opt", name="A street"), road])


def test_an_option_over_a_today_without_paths_cannot_tell_which_plots_it_gives_access():
    """Today nothing is drawn, so the 8 plots the option's road reaches would all look 'gained'."""
    doc = _with_option_road(parcel_grid(2, 1, 4, households=True))
    result = check_option(doc, "opt", pressure=False)
    sc = result.scorecard
    assert sc.households_without_path_access == 24  # the option's own view has a path
    assert sc.plots_gaining_access is None
    assert sc.access_gained_unknown_because == "paths_not_drawn_before"
    assert result.to_json()["reblocking"]["plots_gaining_access"] is None
    # With the street drawn today too, the gains are told (none: the option adds nothing new).
    told = check_option(
        _with_option_road(with_road(parcel_grid(2, 1, 4), STREET, 4.0)), "opt", pressure=False
    )
    assert told.scorecard.plots_gaining_access == 0 and told.scorecard.access_gained_unknown_because is None


def test_the_walks_of_a_plot_say_unknown_when_no_path_is_drawn():
    assert plot_walks(parcel_grid(2, 1, 4), None, "P00-00").path_access is None
    drawn = with_road(parcel_grid(2, 1, 4), STREET, 4.0)
    assert plot_walks(drawn, None, "P00-00").path_access is False
    assert plot_walks(drawn, None, "P00-30").path_access is True


def _with_facilities(doc: Document) -> Document:
    """Return ``doc`` with a public standpipe in the street and a household toilet on plot P00-00."""
    from designer.model import WaterPoint
    from tests.analysis.parcels import household_toilet

    rest = [r for r in doc.records() if r is not doc.project]
    tap = WaterPoint(id="sp", position=(42.0, 20.0), taps=2)
    return Document(doc.project, [*rest, tap, household_toilet("P00-00")])


def test_facilities_drawn_without_paths_leave_the_walks_unknown_not_none_or_open_defecation():
    """Nothing off a plot can be walked to: 31 households are unknown on sanitation, not open defecation;
    the one with its own toilet is told (basic); nobody gets no_water or no_toilet."""
    from designer.analysis.served import served_count

    doc = _with_facilities(parcel_grid(2, 1, 4, households=True))
    result = check_option(doc, None, pressure=False)
    sc = result.scorecard
    assert sc.water_ladder == {"unknown": 32}
    assert sc.sanitation_ladder == {"basic": 1, "unknown": 31}
    assert sc.ladders_unknown_because == {
        "hygiene": "paths_not_drawn",
        "sanitation": "paths_not_drawn",
        "water": "paths_not_drawn",
    }
    assert "no_facility" not in sc.hygiene_ladder
    assert sc.households_toilet_within_standard == 1
    problems = {p for r in result.households for p in r.problems}
    assert not problems & {"no_water", "no_toilet", "no_path_access"}
    # UN-Habitat: water and sanitation unknown (not deprived) where the drawing cannot tell.
    deprived = {d for r in result.households for d in r.deprivations_after}
    assert not deprived & {"water", "sanitation"}
    assert not any("more than 30 m from every path" in w for w in result.warnings)
    assert served_count(doc, None).not_drawn == ("paths",)
    # With the street drawn, the 24 plots it does not reach have no water point within reach: told.
    told = check_option(with_road(doc, STREET, 4.0), None, pressure=False).scorecard
    assert told.ladders_unknown_because == {}
    assert told.water_ladder.get("none") == 24 and "unknown" not in told.water_ladder
    assert told.sanitation_ladder == {"basic": 1, "open_defecation": 31}
