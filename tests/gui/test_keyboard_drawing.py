"""Drawing with the keyboard only (QTest key clicks): choose the tool, type points, Enter; undo is one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.model import Path, Plot, WaterPoint

pytestmark = pytest.mark.gui


def _type(qtbot, window, *lines: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Tools > Type coordinates
    entry = window.coordinate_entry.line
    assert entry.hasFocus()
    for text in lines:
        qtbot.keyClicks(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_a_path_drawn_with_the_keyboard_only(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_W)  # the path tool's key
    assert window._tool_key == "path"
    before = window.stack.count()
    _type(qtbot, window, "0, 30", "@12<0", "length 8", "@0, 6", "")
    path = next(p for p in window.doc.of_type(Path) if p.id != "path-0")
    assert path.route == ((0, 30), (12, 30), (20, 30), (20, 36))
    assert window.stack.count() == before + 1
    assert window.coordinate_entry.line.text() == ""
    window.stack.undo()
    assert [p.id for p in window.doc.of_type(Path)] == ["path-0"]


def test_a_plot_drawn_with_the_keyboard_only_and_esc_cancels(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    assert window._tool_key == "plot"
    _type(qtbot, window, "40, 0", "@5<0")
    qtbot.keyClick(window.coordinate_entry.line, Qt.Key.Key_Escape)  # drops the unfinished outline
    assert window.tool.state.value == "idle"
    n = len(window.doc.of_type(Plot))
    _type(qtbot, window, "40, 0", "@10<0", "@15<90", "@10<180", "")
    plots = window.doc.of_type(Plot)
    assert len(plots) == n + 1
    assert plots[-1].outline == ((40, 0), (50, 0), (50, 15), (40, 15))
    assert window.stack.undo_text() == "Draw plot"


def test_a_tap_at_typed_coordinates_and_a_refused_line_says_why(qtbot, window):
    window.set_scope("opt-a")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    _type(qtbot, window, "five, six")
    assert "Not understood" in window.statusBar().currentMessage()
    assert window.coordinate_entry.line.text() == "five, six"  # kept for correcting
    window.coordinate_entry.line.clear()
    _type(qtbot, window, "12.5, 16")
    taps = window.doc.of_type(WaterPoint)
    assert [t.position for t in taps] == [(12.5, 16)] and taps[0].scope == "opt-a"
    # Esc on an empty line with nothing drawn gives the keyboard back to the plan.
    qtbot.keyClick(window.coordinate_entry.line, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


def test_the_coordinate_line_stays_off_the_workshop_screen_until_asked_for(qtbot, window):
    window.set_workshop(True)
    assert not window.coordinate_entry.isVisible()  # the residents' hint keeps the status bar
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.coordinate_entry.isVisible() and window.coordinate_entry.line.hasFocus()
    window.set_workshop(False)
    assert window.coordinate_entry.isVisible()


# ---------------------------------------------------------------- the tools that drag, typed
def _outline(window, record_id):
    return [(round(x, 6), round(y, 6)) for x, y in window.doc.get(record_id).outline]


def test_a_selected_house_moved_and_turned_by_typing_each_one_undo_step(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    assert window._tool_key == "select"
    before = window.stack.count()
    _type(qtbot, window, "5, 5")  # a typed point selects what is there, as a click
    assert window.ctx.selection.ids == ("bldg-0",)
    _type(qtbot, window, "@1, 0.5")
    assert _outline(window, "bldg-0") == [(3, 2.5), (9, 2.5), (9, 9.5), (3, 9.5)]
    assert "Moved by" in window.statusBar().currentMessage()
    _type(qtbot, window, "rotate 90")
    assert _outline(window, "bldg-0") == [(9.5, 3), (9.5, 9), (2.5, 9), (2.5, 3)]
    assert window.stack.count() == before + 2 and window.stack.undo_text() == "Rotate"
    window.stack.undo()
    assert _outline(window, "bldg-0") == [(3, 2.5), (9, 2.5), (9, 9.5), (3, 9.5)]
    window.stack.undo()
    assert _outline(window, "bldg-0") == [(2, 2), (8, 2), (8, 9), (2, 9)]


def test_a_corner_moved_by_typing_and_a_crossing_refused_in_one_line(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    _type(qtbot, window, "5, 5")
    qtbot.keyClick(window.view, Qt.Key.Key_V)
    assert window._tool_key == "vertex"
    before = window.stack.count()
    _type(qtbot, window, "8, 9", "9, 10")  # pick the corner, then put it there
    assert _outline(window, "bldg-0") == [(2, 2), (8, 2), (9, 10), (2, 9)]
    assert window.stack.count() == before + 1 and window.stack.undo_text() == "Move vertex"
    _type(qtbot, window, "-5, 5")  # across the opposite side: refused, nothing changes
    assert _outline(window, "bldg-0") == [(2, 2), (8, 2), (9, 10), (2, 9)]
    assert window.statusBar().currentMessage().startswith("Not done:")
    assert window.coordinate_entry.line.text() == "-5, 5"  # kept for correcting
    assert window.stack.count() == before + 1


def test_a_move_with_nothing_selected_says_so(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    window.ctx.selection.clear()
    _type(qtbot, window, "@1, 0")
    assert "Select what to move" in window.statusBar().currentMessage()


@pytest.fixture
def french(qapp):
    from designer.gui.i18n import install_translator

    assert install_translator("fr")
    yield
    install_translator("en")


def test_typed_moves_and_refusals_are_said_in_french(qtbot, window, french):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    _type(qtbot, window, "5, 5", "@1, 0.5")
    assert window.statusBar().currentMessage() == "Déplacé de 1,00 m vers l’est, 0,50 m vers le nord"
    _type(qtbot, window, "rotate 0")
    assert window.statusBar().currentMessage().startswith("rotate 0 : tapez la rotation en degrés")
    window.coordinate_entry.line.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_V)
    _type(qtbot, window, "9, 9.5", "-5, 5")  # pick a corner, then cross the opposite side
    assert window.statusBar().currentMessage() == (
        "Non fait : bâtiment 'bldg-0': le contour se croise lui-même près de (3,00 ; 3,57)"
    )
    assert window.doc.get("bldg-0").outline == ((3, 2.5), (9, 2.5), (9, 9.5), (3, 9.5))
