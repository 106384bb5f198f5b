"""The Access dock: find plots without access, accept derived paths, propose paths, cancel, undo."""

from __future__ import annotations

from designer.model import Option, Path
from designer.model.records import EXISTING
from tests.analysis.parcels import parcel_grid


def _open_parcels(window):
    window.set_document(parcel_grid(2, 1, 4, households=True), None)
    window.view.set_scale(4.0)
    window.view.centerOn(42.0, 20.0)
    return window.access_dock


def _wait_idle(qtbot, dock):
    qtbot.waitUntil(dock.btn_find.isEnabled, timeout=60_000)


def test_find_colours_every_plot_and_says_how_many_have_access(qtbot, window):
    from designer.gui.docks.access import DEEP, DIRECT, ONE_BEHIND, access_colour

    dock = _open_parcels(window)
    window.findChild(type(window.act_about), "action_access_find").trigger()
    qtbot.waitUntil(lambda: dock.diagnosis is not None, timeout=60_000)
    assert dock.isVisible()
    assert "24 of 32" in dock.summary.text()
    assert dock.blocks.count() == 3  # all blocks, B1, B2
    assert access_colour(True, 1) == DIRECT and access_colour(False, 2) == ONE_BEHIND
    assert access_colour(False, None) == DEEP and access_colour(False, 3) == DEEP
    items = window.scene._items
    assert items["P00-11"].brush().color() == ONE_BEHIND
    assert items["P00-00"].brush().color() == DIRECT


def test_accepting_derived_paths_is_one_undo_step(qtbot, window):
    dock = _open_parcels(window)
    dock.btn_derive.click()
    qtbot.waitUntil(lambda: len(window.doc.of_type(Path)) > 0, timeout=60_000)
    _wait_idle(qtbot, dock)
    assert window.stack.can_undo()
    window.bridge.undo_action.trigger()
    assert window.doc.of_type(Path) == []


def test_propose_makes_an_option_that_reaches_every_plot_and_undo_removes_it(qtbot, window):
    dock = _open_parcels(window)
    dock.btn_propose.click()
    qtbot.waitUntil(lambda: dock.proposal is not None, timeout=60_000)
    _wait_idle(qtbot, dock)
    qtbot.waitUntil(
        lambda: dock.diagnosis is not None and dock.diagnosis.option_id is not None, timeout=60_000
    )
    option_id = dock.proposal.option_id
    assert window.session.ctx.scope == option_id
    assert dock.diagnosis.without_access == []
    assert "32 of 32" in dock.summary.text()
    assert len(window.doc.of_type(Path, option_id)) == len(dock.proposal.paths) > 0
    window.session.set_scope(EXISTING)
    window.bridge.undo_action.trigger()
    assert not any(isinstance(o, Option) and o.id == option_id for o in window.doc.options)


def test_cancel_stops_a_proposal_and_changes_nothing(qtbot, window):
    dock = _open_parcels(window)
    records = len(window.doc)
    dock.btn_propose.click()
    dock.cancel()
    qtbot.waitUntil(lambda: "Cancelled" in dock.summary.text(), timeout=60_000)
    _wait_idle(qtbot, dock)
    assert len(window.doc) == records and dock.proposal is None
    assert not window.stack.can_undo()
