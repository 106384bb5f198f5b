"""Properties dock: who may use a facility, yes/no/unknown answers and daily hours, each edit one undo step.

"Unknown" is an answer of its own: no editor turns it into "no", "private" or "open all day", and it
survives an edit of any other field. An edit of who may use a toilet re-runs the served analysis.
"""

from __future__ import annotations

import pytest

from designer.model import AddRecord, Toilet, ToiletAccess
from tests.gui.helpers import forget_changes

pytestmark = pytest.mark.gui


def _unknown_toilet(**changes) -> Toilet:
    """A toilet in option A on plot 1 (plot-0) about which nothing is known yet."""
    fields = {
        "id": "wc-new",
        "scope": "opt-a",
        "position": (5.0, 12.0),
        "toilet_kind": None,
        "access": None,
        "price_per_use": None,
        "open_hours": None,
        "handwashing": None,
        "soap": None,
        "excreta_safely_managed": None,
        "emptying_cost_per_year": None,
    }
    fields.update(changes)
    return Toilet(**fields)


UNKNOWN_FIELDS = (
    "toilet_kind",
    "access",
    "price_per_use",
    "open_hours",
    "handwashing",
    "soap",
    "excreta_safely_managed",
    "emptying_cost_per_year",
)


def _show(window, record) -> dict:
    window.set_scope(record.scope)
    window.stack.push(AddRecord(record, "test"))
    window.ctx.selection.set([record.id])
    window.properties_dock.refresh()
    return window.properties_dock.editors


def test_yes_no_unknown_is_three_buttons_and_unknown_is_not_no(qtbot, window):
    from PySide6.QtWidgets import QCheckBox

    from designer.gui.docks.property_editors import TriStateEditor

    editors = _show(window, _unknown_toilet())
    for name in ("handwashing", "soap", "excreta_safely_managed"):
        assert isinstance(editors[name], TriStateEditor) and not isinstance(editors[name], QCheckBox)
        assert editors[name].buttons[None].isChecked()
    depth = window.stack.index
    editors["soap"].buttons[False].click()
    assert window.doc["wc-new"].soap is False
    assert window.stack.index == depth + 1
    window.properties_dock.refresh()
    window.properties_dock.editors["soap"].buttons[None].click()  # back to unknown: a change, not "no"
    assert window.doc["wc-new"].soap is None
    assert window.stack.index == depth + 2  # each answer its own undo step
    window.bridge.undo_action.trigger()
    assert window.doc["wc-new"].soap is False
    window.bridge.undo_action.trigger()
    assert window.doc["wc-new"].soap is None


def test_unknown_survives_an_edit_of_every_other_field(qtbot, window):
    editors = _show(window, _unknown_toilet())
    original = window.doc["wc-new"]
    editors["handwashing"].buttons[True].click()
    window.properties_dock.refresh()
    hours = window.properties_dock.editors["open_hours"]
    hours.line.setText("06:00-22:00")
    hours.line.editingFinished.emit()
    window.properties_dock.refresh()
    window.properties_dock.editors["name"].setText("Block by the lane")
    window.properties_dock.editors["name"].editingFinished.emit()
    now = window.doc["wc-new"]
    assert now.handwashing is True and now.open_hours == ((6.0, 22.0),) and now.name == "Block by the lane"
    for name in UNKNOWN_FIELDS:
        if name not in ("handwashing", "open_hours"):
            assert getattr(now, name) is None, name
    for _ in range(3):
        window.bridge.undo_action.trigger()
    assert window.doc["wc-new"] == original


def test_opening_hours_are_typed_checked_and_can_be_unknown(qtbot, window):
    editors = _show(window, _unknown_toilet())
    hours = editors["open_hours"]
    assert hours.line.text() == "" and hours.summary.text() == "hours unknown"
    hours.line.setText("25:00-03:00")
    hours.line.editingFinished.emit()
    assert window.doc["wc-new"].open_hours is None  # refused: the document is untouched
    assert "not within the day" in window.statusBar().currentMessage()
    hours.line.setText("18:00-06:00")  # past midnight: two windows of one day
    hours.line.editingFinished.emit()
    assert window.doc["wc-new"].open_hours == ((0.0, 6.0), (18.0, 24.0))
    window.properties_dock.refresh()
    hours = window.properties_dock.editors["open_hours"]
    assert hours.summary.text() == "12 h a day"
    hours.unknown.click()
    assert window.doc["wc-new"].open_hours is None


def test_supply_hours_cannot_be_left_empty(qtbot, window):
    from designer.model import SupplyPoint

    editors = _show(window, SupplyPoint(id="sup-1", scope="opt-a", position=(0.0, 19.0)))
    hours = editors["supply_hours"]
    assert hours.unknown is None  # the city main's hours are a figure the pressure check needs
    hours.line.setText("6-9, 17-20")
    hours.line.editingFinished.emit()
    assert window.doc["sup-1"].supply_hours == ((6.0, 9.0), (17.0, 20.0))
    window.properties_dock.refresh()
    hours = window.properties_dock.editors["supply_hours"]
    hours.line.setText("")
    hours.line.editingFinished.emit()
    assert window.doc["sup-1"].supply_hours == ((6.0, 9.0), (17.0, 20.0))
    assert "Supply hours are needed" in window.statusBar().currentMessage()
    hours.all_day.click()
    assert window.doc["sup-1"].supply_hours == ((0.0, 24.0),)


def test_who_may_use_it_says_unknown_apart_from_private(qtbot, window):
    editors = _show(window, _unknown_toilet())
    assert "Nobody has said who may use it" in editors["shared_by"].label.text()
    editors["access"].setCurrentIndex(editors["access"].findData(ToiletAccess.HOUSEHOLD))
    window.properties_dock.refresh()
    assert "Private to plot 1" in window.properties_dock.editors["shared_by"].label.text()


def test_choosing_who_shares_a_toilet_is_one_step_and_reruns_the_served_check(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from designer.gui.docks.property_editors import SharedByDialog

    editors = _show(window, _unknown_toilet(access=ToiletAccess.SHARED))
    assert "users not named" in editors["shared_by"].label.text()
    standards = window.standards_dock
    standards.btn_toilet.setChecked(True)
    qtbot.waitUntil(lambda: standards.result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: standards.result.plots["plot-3"].toilet_id == "wc-new", timeout=30_000)
    seen = {}

    def tick_plot_1(dialog):
        seen["rows"] = [item.text() for item in dialog.items()]
        dialog.set_checked("plot-1", True)
        seen["count"] = dialog.count.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SharedByDialog, "exec", tick_plot_1)
    depth = window.stack.index
    window.properties_dock.editors["shared_by"].choose.click()
    assert window.doc["wc-new"].shared_by == ("plot-1",)
    assert window.stack.index == depth + 1
    assert seen["rows"][0].startswith("Plot 1: ") and "m away" in seen["rows"][0]  # nearest plot first
    assert any(r.startswith("Household hh-1 on plot 2") for r in seen["rows"])
    assert seen["count"] == "1 plots and 0 households chosen"
    window.properties_dock.refresh()
    text = window.properties_dock.editors["shared_by"].label.text()
    assert "Shared by named users: 1 plots, 0 households" in text
    assert "2 households (8 persons) live on the 2 plots that may use it" in text
    # The served analysis follows: plot 4 may no longer use the toilet on plot 1.
    qtbot.waitUntil(lambda: standards.result.plots["plot-3"].toilet_id is None, timeout=30_000)
    assert standards.result.plots["plot-1"].toilet_id == "wc-new"
    window.properties_dock.editors["shared_by"].clear.click()
    assert window.doc["wc-new"].shared_by == ()
    window.bridge.undo_action.trigger()
    assert window.doc["wc-new"].shared_by == ("plot-1",)
    window.bridge.undo_action.trigger()
    assert window.doc["wc-new"].shared_by == ()


def test_the_editors_speak_kiswahili(qtbot, isolated_settings, plan_doc):
    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow

    assert install_translator("sw")
    try:
        w = MainWindow(autosave_folder=isolated_settings / "a")
        qtbot.addWidget(w, before_close_func=forget_changes)
        w.set_document(plan_doc, None)
        w.set_scope("opt-a")
        w.stack.push(AddRecord(_unknown_toilet(open_hours=((6.0, 14.0),)), "test"))
        w.ctx.selection.set(["wc-new"])
        w.properties_dock.refresh()
        editors = w.properties_dock.editors
        assert [b.text() for b in editors["soap"].buttons.values()] == ["Haijulikani", "Ndiyo", "Hapana"]
        assert editors["open_hours"].summary.text() == "saa 8 kwa siku"
        assert editors["shared_by"].label.text().startswith("Hakuna aliyesema nani anaweza kukitumia")
        assert editors["shared_by"].choose.text() == "Chagua watumiaji…"
    finally:
        assert install_translator("en")
