"""The plan is fitted again when the window is resized (maximised on a projector after opening), until
the user zooms or pans; then their view is kept."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def sample_window(qtbot, isolated_settings):
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    w = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.resize(800, 600)
    w.set_document(load_project(sample_project_path()), None)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.stack.set_clean()
    w.close()


def plan_in_view(window):
    """The drawn plan's bounding box in viewport pixels, and the viewport's size."""
    view = window.view
    box = view.mapFromScene(window.scene.itemsBoundingRect()).boundingRect()
    return box, view.viewport().width(), view.viewport().height()


def fills(window, margin: float = 0.12) -> bool:
    """The plan touches both sides or both ends of the view (within ``margin`` of its size) and is inside it."""
    box, width, height = plan_in_view(window)
    inside = box.left() >= -2 and box.top() >= -2 and box.right() <= width + 2 and box.bottom() <= height + 2
    wide = box.width() >= (1 - margin) * width
    tall = box.height() >= (1 - margin) * height
    return inside and (wide or tall)


def test_a_resize_refits_the_plan_until_the_user_zooms(qtbot, sample_window):
    w = sample_window
    w.view.fit_all()
    small, small_w, _ = plan_in_view(w)
    w.resize(1600, 1000)
    qtbot.waitUntil(lambda: w.view.viewport().width() > small_w + 400)
    assert fills(w), plan_in_view(w)
    big, _, _ = plan_in_view(w)
    assert big.width() > 1.3 * small.width()  # the plan grew with the window, it was not left small

    # Once the user has zoomed, their view is theirs: a resize keeps the scale.
    w.view.zoom_by(2.0)
    scale = w.view.px_per_m
    wide = w.view.viewport().width()
    w.resize(1200, 700)
    qtbot.waitUntil(lambda: w.view.viewport().width() < wide)
    assert w.view.px_per_m == pytest.approx(scale)


def test_a_pan_keeps_the_view_on_resize(qtbot, sample_window):
    w = sample_window
    w.view.fit_all()
    w.view.pan_by_pixels(40, 0)
    scale = w.view.px_per_m
    small_w = w.view.viewport().width()
    w.resize(1600, 1000)
    qtbot.waitUntil(lambda: w.view.viewport().width() > small_w + 400)
    assert w.view.px_per_m == pytest.approx(scale)
    w.view.fit_all()  # Whole Plan fits again, and resizes refit from then on
    wide = w.view.viewport().width()
    w.resize(1300, 800)
    qtbot.waitUntil(lambda: w.view.viewport().width() < wide)
    assert fills(w), plan_in_view(w)
