"""The workshop view's access page: plots coloured by their way out, new paths bold, land given and
houses that move marked, a sentence in plain words; accepting a proposal updates it."""

from __future__ import annotations

import pytest

from designer.analysis.access_workshop import WayOut
from designer.model.records import EXISTING
from tests.analysis.parcels import parcel_grid

pytestmark = pytest.mark.gui


def _workshop_on_parcels(window, qtbot):
    """Two 4 × 4 blocks with a house and a household on every plot, in workshop mode, access shown."""
    window.set_document(parcel_grid(2, 1, 4, buildings=True, households=True), None)
    window.set_workshop(True)
    window.view.set_scale(6.0)
    window.view.centerOn(42.0, 20.0)
    panel = window.workshop_panel
    page = panel.access
    with qtbot.waitSignal(page.updated, timeout=60_000):
        panel.access_button.click()
    return panel, page


def _pixel_at(window, x_m: float, y_m: float):
    image = window.view.viewport().grab().toImage()
    p = window.view.to_pixels(x_m, y_m)
    return image.pixelColor(p.x(), p.y())


def test_plots_take_the_colour_of_their_way_out_and_the_sentence_counts_households(qtbot, window):
    from designer.gui.workshop_access import WAY_OUT_COLOURS

    panel, page = _workshop_on_parcels(window, qtbot)
    items = window.scene._items
    # A 4 × 4 block: its 12 edge plots open onto the street, its 4 middle plots only through a neighbour.
    assert items["P00-00"].brush().color() == WAY_OUT_COLOURS[WayOut.DIRECT]
    assert items["P00-11"].brush().color() == WAY_OUT_COLOURS[WayOut.THROUGH_ONE]
    assert items["P10-22"].brush().color() == WAY_OUT_COLOURS[WayOut.THROUGH_ONE]
    # What is painted: a plot corner free of its house shows the plot's colour.
    assert _pixel_at(window, 11.0, 11.0) == WAY_OUT_COLOURS[WayOut.THROUGH_ONE]
    assert _pixel_at(window, 1.0, 1.0) == WAY_OUT_COLOURS[WayOut.DIRECT]
    assert page.sentence.text() == "8 households have no way out of their own."
    # The legend lists what is on the plan: no plot is shut in or two plots deep here.
    assert page.counts_shown() == {"direct": "24", "through_one": "8"}
    assert page.legend.isVisible() and window.view.viewport().geometry().contains(page.legend.geometry())
    assert not panel.summary.isVisible() and page.isVisible()
    assert not window.scene.access_marks.shown  # today: nothing proposed, nothing marked


def test_no_plot_hides_under_the_legend(qtbot, window):
    _panel, page = _workshop_on_parcels(window, qtbot)
    assert page.legend.isVisible()
    legend = page.legend.geometry().translated(-window.view.viewport().pos())  # in viewport pixels
    for item in window.scene._items.values():
        on_screen = window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert not on_screen.intersects(legend), item
    window.view.translate(40.0, 40.0)  # a pan scrolls the viewport's children: not the legend
    assert window.view.viewport().geometry().contains(page.legend.geometry())
    page.set_active(False)
    assert window.view.reserved_bottom_px == 0


def test_accepting_a_proposal_updates_the_view_paths_bold_land_and_sentence(qtbot, window):
    from designer.gui.workshop_access import WAY_OUT_COLOURS

    _panel, page = _workshop_on_parcels(window, qtbot)
    dock = window.access_dock
    with qtbot.waitSignal(page.updated, timeout=60_000):
        dock.propose()
        qtbot.waitUntil(lambda: dock.proposal is not None, timeout=60_000)
    qtbot.waitUntil(lambda: page.result is not None and page.result.option_id is not None, timeout=60_000)
    option_id = dock.proposal.option_id
    assert window.session.ctx.scope == option_id
    items = window.scene._items
    assert items["P00-11"].brush().color() == WAY_OUT_COLOURS[WayOut.DIRECT]
    marks = window.scene.access_marks
    assert marks.path_casing.isVisible() and marks.path_casing.pen().widthF() >= 10
    assert not marks.path_casing.path().isEmpty()
    assert marks.land.isVisible()  # the new lanes take strips of the plots they run between
    r = page.result
    assert r.given_a_path == 8 and r.without_after == 0
    assert len(r.new_path_routes) == len(dock.proposal.paths)
    moving = len(r.houses_moving)
    expected_houses = {0: "no house moves", 1: "1 house moves"}.get(moving, f"{moving} houses move")
    assert page.sentence.text().startswith(
        "8 households have no way out of their own; this option gives all of them a path; "
    )
    assert expected_houses in page.sentence.text()
    shown = page.counts_shown()
    assert shown["direct"] == "32" and "through_one" not in shown
    assert shown["new_path"] == str(len(dock.proposal.paths)) and int(shown["land"]) > 0
    # Undo takes the option away: back on today, the picture follows.
    window.session.set_scope(EXISTING)
    with qtbot.waitSignal(page.updated, timeout=60_000):
        window.bridge.undo_action.trigger()
    assert items["P00-11"].brush().color() == WAY_OUT_COLOURS[WayOut.THROUGH_ONE]
    assert not window.scene.access_marks.shown


def test_a_house_crossed_by_a_new_path_is_marked_and_counted(qtbot, window):
    from designer.analysis.access_workshop import workshop_access
    from designer.model import Building, Option, Path
    from designer.model.commands import AddRecord, Macro

    _panel, page = _workshop_on_parcels(window, qtbot)
    # A lane drawn straight through the middle houses of the first block (x = 15 m, a house at 12–18 m).
    lane = Path(id="lane", scope="opt-lane", route=((15.0, -2.0), (15.0, 42.0)), width_m=2.0)
    with qtbot.waitSignal(page.updated, timeout=60_000):
        window.stack.push(Macro("lane", (AddRecord(Option(id="opt-lane", name="Lane")), AddRecord(lane))))
        window.session.set_scope("opt-lane")
    qtbot.waitUntil(lambda: page.result.option_id == "opt-lane", timeout=60_000)
    expected = workshop_access(window.doc, "opt-lane")
    assert page.result.houses_moving == expected.houses_moving
    assert {"b-P00-10", "b-P00-11", "b-P00-12", "b-P00-13"} <= set(page.result.houses_moving)
    assert window.scene.access_marks.houses.isVisible()
    assert isinstance(window.doc.get("b-P00-11"), Building)
    assert f"{len(expected.houses_moving)} houses move" in page.sentence.text()


def test_leaving_workshop_mode_gives_the_plan_its_colours_back(qtbot, window):
    from designer.canvas.styles import Status, brush_for

    _panel, _page = _workshop_on_parcels(window, qtbot)
    window.set_workshop(False)
    assert window.scene._items["P00-11"].brush() == brush_for("plot", Status.EXISTING)
    assert not window.scene.access_marks.shown
    assert not window.workshop_panel.access.legend.isVisible()


def test_the_sentence_speaks_of_plots_when_no_household_is_recorded(qtbot, window):
    window.set_document(parcel_grid(2, 1, 4), None)
    window.set_workshop(True)
    page = window.workshop_panel.access
    with qtbot.waitSignal(page.updated, timeout=60_000):
        window.workshop_panel.access_button.click()
    assert page.sentence.text() == "8 plots have no way out of their own (no households are recorded)."


def test_the_standards_dock_with_no_overlay_does_not_wipe_the_access_colours(qtbot, window):
    from designer.gui.workshop_access import WAY_OUT_COLOURS

    _panel, _page = _workshop_on_parcels(window, qtbot)
    window.standards_dock._start()  # what a document change makes it do, with no overlay chosen
    assert window.scene._items["P00-11"].brush().color() == WAY_OUT_COLOURS[WayOut.THROUGH_ONE]
