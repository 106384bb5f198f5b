"""One assumption where no households are recorded (a footprint import): one household per residential
plot, the same count and persons in the check, the costing and the screens."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from designer.analysis.check import check_option
from designer.estimate.takeoff import household_counts
from designer.io.project_file import load_project
from designer.model import Document, Option, Plot
from designer.model.assumed_households import assumed_household_sizes, household_count

SETTLEMENT = Path(__file__).resolve().parent.parent / "data" / "households" / "settlement.jamii"


def test_sizes_are_whole_persons_adding_up_to_the_average_rounded_half_up():
    assert assumed_household_sizes(2, 4.5) == [5, 4]
    assert assumed_household_sizes(3, 4.5) == [5, 5, 4]  # 13.5 -> 14
    assert assumed_household_sizes(4, 4.0) == [4, 4, 4, 4]
    assert assumed_household_sizes(3, 0.2) == [1, 1, 1]  # nobody is a household of 0 persons
    assert assumed_household_sizes(0, 4.0) == []


def test_one_assumption_for_the_check_and_the_costing():
    """4.5 persons on average over six residential plots: 27 persons (5, 5, 5, 4, 4, 4), counted the same
    by the costing and by the check today and in an option that re-plots a plot."""
    base = load_project(SETTLEMENT)
    first = sorted(base.of_type(Plot), key=lambda p: p.id)[0]
    replot = Plot(id="plot-new", scope="opt", outline=first.outline, replaces=(first.id,))
    doc = Document(
        dataclasses.replace(base.project, persons_per_household=4.5),
        [*(r for r in base.records() if r.id != "project"), Option(id="opt", name="Re-plot"), replot],
    )
    count = household_count(doc)
    assert (count.households, count.persons, count.assumed) == (6, 27, True)
    assert household_counts(doc) == (6, 27, True)
    for option in (None, "opt"):
        result = check_option(doc, option, pressure=False)
        sc = result.scorecard
        assert (sc.households, sc.persons, sc.households_assumed) == (6, 27, True)
        assert (
            "one household assumed on every residential plot (4.5 persons on average)" in result.warnings[0]
        )
    moved = {r.household_id: r.plot_id for r in check_option(doc, "opt", pressure=False).households}
    assert moved[f"assumed-{first.id}"] == "plot-new"  # the assumed household moves with its plot
