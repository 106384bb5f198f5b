""" "Served" explained and defined once: a selected plot shows its walks; every panel counts the same."""

from __future__ import annotations

import itertools
import math

import pytest

from designer.model import Path, RemoveRecord

pytestmark = pytest.mark.gui


def _length_m(route) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(route))


def test_selecting_a_plot_draws_its_walks_to_water_and_toilet_with_metres(qtbot, isolated_settings):
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    window.set_document(load_project(sample_project_path()), None)
    window.set_scope("opt-a")
    window.ctx.selection.set(["plot-001"])
    routes = window.served_routes
    qtbot.waitUntil(lambda: routes.walks is not None, timeout=20_000)
    walks = routes.walks
    assert walks.plot_id == "plot-001" and walks.path_access
    assert len(walks.water.route) >= 2 and len(walks.toilet.route) >= 2
    # The drawn walk is the measured one: its length is the distance the check counts (a busy road's
    # crossing counts the road's width, which the drawing shows as a step across it).
    assert _length_m(walks.toilet.route) == pytest.approx(walks.toilet.distance_m, abs=0.01)
    assert _length_m(walks.water.route) <= walks.water.distance_m + 0.01
    labels = [i.text() for i in routes.items if hasattr(i, "text")]
    water_m, toilet_m = round(walks.water.distance_m), round(walks.toilet.distance_m)
    assert walks.water.within_standard and not walks.toilet.within_standard
    assert f"Water: {water_m} m walk (within 500 m)" in labels, labels
    assert f"Toilet: {toilet_m} m walk — more than 50 m" in labels, labels
    assert all(i.scene() is window.scene for i in routes.items)
    assert f"Water: {water_m} m walk" in window.statusBar().currentMessage()
    window.ctx.selection.clear()
    assert routes.items == [] and routes.walks is None


def test_with_no_path_drawn_a_plot_says_access_cannot_be_told_and_offers_to_draw_one(qtbot, window):
    window.set_scope("opt-a")
    lane = window.doc["path-0"]
    window.stack.push(RemoveRecord(lane, "remove lane"))
    assert window.doc.of_type(Path) == []
    window.ctx.selection.set(["plot-0"])
    routes = window.served_routes
    qtbot.waitUntil(lambda: routes.walks is not None, timeout=20_000)
    # No path at all: unknown, not "no path from this plot".
    assert routes.walks.path_access is None
    assert "No paths drawn yet" in routes.hint and "No path from this plot" not in routes.hint
    assert routes.draw_path_button.isVisible()
    routes.draw_path_button.click()
    assert window.tool_actions["path"].isChecked()


def test_costs_comparison_workshop_summary_and_poster_count_the_same_households_served(
    qtbot, isolated_settings
):
    from designer.analysis.served import households_served
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    doc = load_project(sample_project_path())
    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    window.set_document(doc, None)
    window.show()
    served, total = households_served(doc, "opt-a")
    assert 0 < served < total == len(doc.households)
    expected = f"{served} of {total}"
    window.comparison_dock.show()
    qtbot.waitUntil(lambda: "opt-a" in window.comparison_dock.served, timeout=30_000)
    table = window.comparison_dock.table
    qtbot.waitUntil(lambda: table.rowCount() == len(doc.options), timeout=30_000)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == doc["opt-a"].name)
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    qtbot.waitUntil(
        lambda: table.item(row, heads.index("Households served")).text() == expected, timeout=30_000
    )
    # The households sharing the cost are another figure, shown under their own name.
    assert table.item(row, heads.index("Households sharing the cost")).text() == str(total)
    window.set_workshop(True)
    window.workshop_panel.buttons["opt-a"].click()
    qtbot.waitUntil(lambda: window.costs_dock.lbl_served.text() == expected, timeout=30_000)
    qtbot.waitUntil(lambda: f"{expected} households" in window.workshop_panel.summary.text(), timeout=30_000)
    # The A3 poster counts with the same definition.
    from designer.export.reports import collect_option, poster_facts

    facts = poster_facts(collect_option(doc, "opt-a"), doc["opt-a"].name)
    assert facts.households_served == served


def test_the_standards_legend_says_distances_cannot_be_told_with_no_path_drawn(qtbot, window):
    dock = window.standards_dock
    dock.btn_water.setChecked(True)
    qtbot.waitUntil(lambda: dock.result is not None, timeout=30_000)
    assert "No paths drawn yet" not in dock.legend.text()  # the small plan has a lane
    dock.result = None
    window.stack.push(RemoveRecord(window.doc["path-0"], "remove lane"))
    qtbot.waitUntil(lambda: dock.result is not None, timeout=30_000)
    assert window.doc.of_type(Path) == []
    assert "No paths drawn yet: walking distances and path access cannot be told." in dock.legend.text()
