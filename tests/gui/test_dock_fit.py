"""The plan keeps most of the window on a small screen: docks are sized in proportion to the window, or
collapsed when they do not fit, until the user sizes them themselves (designer.gui.dock_fit).

Seen before: at 1280 × 720 the plan was 381 px wide (30 %), at 800 × 600 it was 70 px and the window
could not even be 800 px wide (the docks' minimum widths made it 833).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

LEFT_SIDE = ("dock_layers", "dock_history", "dock_standards", "dock_access")
RIGHT_SIDE = ("dock_options", "dock_properties", "dock_costs", "dock_households")


# ---------------------------------------------------------------------- the rule, without a window
def test_both_columns_fit_a_wide_window_and_grow_toward_their_share():
    from designer.gui.dock_fit import column_widths

    widths = column_widths(1920, 100, {"left": 240, "right": 300})
    assert widths["right"] == 480  # 25 % of 1920
    assert 240 < widths["left"] < 0.17 * 1920  # it grew into what the plan's share leaves
    assert 1920 - 100 - sum(widths.values()) >= 0.55 * 1920


def test_the_left_column_collapses_first_when_not_both_fit():
    from designer.gui.dock_fit import column_widths

    widths = column_widths(1280, 100, {"left": 240, "right": 300})
    assert set(widths) == {"right"}
    assert 1280 - 100 - widths["right"] >= 0.55 * 1280


def test_a_column_that_fits_alone_is_kept_when_the_first_does_not():
    from designer.gui.dock_fit import column_widths

    assert set(column_widths(800, 100, {"left": 240, "right": 300})) == {"left"}
    assert column_widths(640, 100, {"left": 240, "right": 300}) == {}


def test_a_column_never_grows_past_its_cap_on_a_very_wide_window():
    from designer.gui.dock_fit import MAX_COLUMN_PX, column_widths

    widths = column_widths(5120, 100, {"left": 240, "right": 300})
    assert widths == {"right": MAX_COLUMN_PX["right"], "left": MAX_COLUMN_PX["left"]}


# ---------------------------------------------------------------------- the window
@pytest.fixture
def sample_window(qtbot, isolated_settings):
    """A factory: the designer on the bundled sample, resized to (width, height) before it is shown."""
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    made = []

    def make(width: int, height: int, folder: str = "a"):
        w = MainWindow(autosave_folder=isolated_settings / folder)
        qtbot.addWidget(w, before_close_func=forget_changes)
        w.set_document(load_project(sample_project_path()), None)
        w.resize(width, height)
        w.show()
        qtbot.waitExposed(w)
        settle(qtbot, w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.stack.set_clean()


def settle(qtbot, window) -> None:
    """Wait for the rule (it runs on a zero timer) and for the docks' animated move to end."""
    import time

    qtbot.waitUntil(lambda: not window.dock_fit._pending.isActive())
    seen = {"layout": None, "since": time.monotonic()}

    def still() -> bool:
        layout = (window.view.width(), tuple(d.width() for d in window._docks if not d.isHidden()))
        if layout != seen["layout"]:
            seen.update(layout=layout, since=time.monotonic())
        return time.monotonic() - seen["since"] > 0.3

    qtbot.waitUntil(still, timeout=10_000)


def dock(window, name):
    from PySide6.QtWidgets import QDockWidget

    return window.findChild(QDockWidget, name)


def shown(window, names):
    return [n for n in names if not dock(window, n).isHidden()]


def assert_every_dock_reachable(window):
    """Each dock is shown or one click away: its toggle is in View → Panels and the Panels button's menu."""
    from PySide6.QtWidgets import QToolButton

    panels = window.findChild(QToolButton, "button_panels")
    assert panels is not None and panels.isVisible()
    assert panels.defaultAction().menu() is window.menu_docks
    in_menu = set(window.menu_docks.actions())
    for d in window._docks:
        assert d.toggleViewAction() in in_menu, d.objectName()


def plan_share(window) -> float:
    return window.view.width() / window.width()


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (800, 600), (1366, 768)])
def test_the_plan_keeps_55_percent_of_a_small_window(sample_window, width, height):
    w = sample_window(width, height)
    assert (w.width(), w.height()) == (width, height), "the docks' minimum sizes made the window bigger"
    assert plan_share(w) >= 0.55
    assert_every_dock_reachable(w)


def test_at_1280_the_options_and_costs_stay_and_the_layers_collapse(sample_window):
    w = sample_window(1280, 720)
    assert shown(w, RIGHT_SIDE) == list(RIGHT_SIDE)
    assert shown(w, LEFT_SIDE) == []
    assert dock(w, "dock_households").width() < 0.3 * w.width()


def test_a_dock_brought_back_by_the_user_stays_across_resizes(qtbot, sample_window):
    w = sample_window(1280, 720)
    dock(w, "dock_layers").toggleViewAction().trigger()
    settle(qtbot, w)
    w.resize(1200, 700)
    settle(qtbot, w)
    assert not dock(w, "dock_layers").isHidden()
    assert shown(w, RIGHT_SIDE) == list(RIGHT_SIDE), "the right column keeps its place"


def test_a_wider_window_brings_back_what_the_rule_collapsed(qtbot, sample_window):
    w = sample_window(1280, 720)
    assert shown(w, LEFT_SIDE) == []
    w.resize(1700, 1000)
    settle(qtbot, w)
    assert shown(w, LEFT_SIDE) == list(LEFT_SIDE)
    assert dock(w, "dock_layers").visibleRegion().isEmpty() is False, "the Layers tab is in front again"
    assert plan_share(w) >= 0.55
    w.resize(1280, 720)
    settle(qtbot, w)
    assert shown(w, LEFT_SIDE) == []
    assert plan_share(w) >= 0.55


def test_a_wide_window_shows_both_columns_in_proportion(sample_window):
    w = sample_window(1920, 1080)
    assert shown(w, LEFT_SIDE) == list(LEFT_SIDE)
    assert shown(w, RIGHT_SIDE) == list(RIGHT_SIDE)
    assert plan_share(w) >= 0.55
    assert dock(w, "dock_options").width() == pytest.approx(0.25 * 1920, abs=8)


def drag_right_separator(qtbot, window, by_px: int) -> None:
    """Drag the separator between the plan and the right column by ``by_px`` (negative: to the left)."""
    from PySide6.QtCore import QPoint, Qt

    options = dock(window, "dock_options")
    plan_right = window.centralWidget().geometry().right()
    x = (plan_right + options.geometry().left()) // 2 + 1
    y = options.geometry().center().y()
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in (by_px // 2, by_px):
        qtbot.mouseMove(window, QPoint(x + step, y))
        qtbot.wait(30)  # Qt moves the separator on a timer, as mouse moves come in
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(x + by_px, y))


def test_a_dock_the_user_resized_keeps_its_size_when_the_window_is_resized(qtbot, sample_window):
    w = sample_window(1600, 1000)
    before = dock(w, "dock_options").width()
    drag_right_separator(qtbot, w, -150)
    settle(qtbot, w)
    widened = dock(w, "dock_options").width()
    assert widened >= before + 100, "the drag moved the separator"
    assert w.dock_fit.user_sized
    w.resize(1400, 900)
    settle(qtbot, w)
    assert dock(w, "dock_options").width() == widened
    assert shown(w, LEFT_SIDE) == list(LEFT_SIDE), "nothing is collapsed behind the user's back"


def test_the_layout_the_user_sized_is_restored_as_it_was(qtbot, sample_window):
    w = sample_window(1600, 1000)
    drag_right_separator(qtbot, w, -150)
    settle(qtbot, w)
    widened = dock(w, "dock_options").width()
    w.close()
    again = sample_window(1600, 1000, folder="b")
    assert again.dock_fit.user_sized
    assert dock(again, "dock_options").width() == widened
    assert shown(again, LEFT_SIDE) == list(LEFT_SIDE)


def test_a_layout_the_rule_sized_is_fitted_again_on_a_smaller_screen(qtbot, sample_window):
    from PySide6.QtCore import QSettings

    w = sample_window(1280, 720)
    w.close()  # saved with the Layers column collapsed by the rule
    assert QSettings().value("window/dock_sizes") == "fitted"
    again = sample_window(1920, 1080, folder="b")
    assert not again.dock_fit.user_sized
    assert shown(again, LEFT_SIDE) == list(LEFT_SIDE), "room again: the collapsed docks are back"
    again.resize(1280, 720)
    settle(qtbot, again)
    assert plan_share(again) >= 0.55


def test_workshop_mode_is_left_as_it_was_and_the_docks_come_back_fitted(qtbot, sample_window):
    w = sample_window(1280, 720)
    options_px = dock(w, "dock_options").width()
    w.set_workshop(True)
    settle(qtbot, w)
    assert all(d.isHidden() for d in w._docks)
    assert w.workshop_panel.isVisible()
    w.set_workshop(False)
    settle(qtbot, w)
    assert shown(w, RIGHT_SIDE) == list(RIGHT_SIDE)
    assert shown(w, LEFT_SIDE) == []
    assert dock(w, "dock_options").width() == options_px
    assert plan_share(w) >= 0.55


def test_a_dock_the_user_opened_is_open_again_next_time(qtbot, sample_window):
    w = sample_window(1280, 720)
    dock(w, "dock_layers").toggleViewAction().trigger()
    settle(qtbot, w)
    w.close()
    again = sample_window(1280, 720, folder="b")
    assert not again.dock_fit.user_sized  # the sizes are still the rule's
    assert not dock(again, "dock_layers").isHidden()
    assert shown(again, RIGHT_SIDE) == list(RIGHT_SIDE)


def test_a_dock_closed_by_its_title_bar_button_is_not_brought_back(qtbot, sample_window):
    w = sample_window(1920, 1080)
    dock(w, "dock_options").close()
    w.resize(1280, 720)
    settle(qtbot, w)
    w.resize(1920, 1080)
    settle(qtbot, w)
    assert dock(w, "dock_options").isHidden()
    assert plan_share(w) >= 0.55


@pytest.mark.parametrize("lang", ["en", "sw"])
def test_at_2x_on_a_1280x720_projector_the_docks_collapse_and_the_plan_fills_the_window(tmp_path, lang):
    from pathlib import Path

    from tests.gui.helpers import child_report

    repo = Path(__file__).resolve().parents[2]
    report = child_report("small_screen_child.py", "1280", "720", "2", lang, str(tmp_path), cwd=repo)
    assert report["screen"] == [640, 360]
    assert report["window"][0] <= 640 and report["window"][1] <= 360, "the window fits its screen"
    assert report["plan"][0] >= 0.55 * report["window"][0], report
    assert report["plan"][1] >= 200, report
    assert report["docks_shown"] == [], "no side column fits beside a usable plan"
    assert report["docks_in_menu"] and report["panels_button"]
    assert (tmp_path / "normal.png").stat().st_size > 0


def test_fit_the_panels_hands_the_docks_back_to_the_rule(qtbot, sample_window):
    w = sample_window(1600, 1000)
    drag_right_separator(qtbot, w, -300)
    settle(qtbot, w)
    dock(w, "dock_history").close()
    w.resize(1280, 720)
    settle(qtbot, w)
    assert plan_share(w) < 0.55, "the user's wide column is kept across the resize"
    w.act_fit_panels.trigger()
    settle(qtbot, w)
    assert not w.dock_fit.user_sized
    assert plan_share(w) >= 0.55
    w.resize(1900, 1000)
    settle(qtbot, w)
    assert shown(w, LEFT_SIDE) == list(LEFT_SIDE), "the closed History is back with its column"
