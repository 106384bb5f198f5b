"""Help: the user guide (the README's section, offline, with pictures) and the guided tour (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QAction

from designer.resources import resource_path

pytestmark = pytest.mark.gui

REPO_README = resource_path().parent / "README.md"


def test_the_shipped_guide_is_the_readme_section(qtbot):
    from designer.gui.user_guide import GUIDE_FILE, guide_from_readme

    if not REPO_README.is_file():
        pytest.skip("an installed copy without the README")
    shipped = resource_path(*GUIDE_FILE).read_text(encoding="utf-8")
    assert shipped == guide_from_readme(REPO_README.read_text(encoding="utf-8")), (
        "run scripts/make_user_guide.py"
    )


def test_help_user_guide_opens_the_guide_with_its_pictures(qtbot, window):
    from PySide6.QtGui import QTextDocument

    window.findChild(QAction, "action_guide").trigger()
    guide = window.user_guide
    qtbot.waitExposed(guide)
    from designer.gui.accessibility import name_controls

    assert name_controls(guide) == []  # every control of the guide window has a name for screen readers
    text = guide.browser.toPlainText()
    assert "Drawing with the keyboard" in text and "@5<90" in text
    names = guide.image_names()
    assert names == ["guide-tour.png", "guide-designer.png", "guide-keyboard.png", "guide-workshop.png"]
    for name in names:
        image = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, name)
        assert image is not None and not image.isNull(), name  # found offline, in the package
    widths = [fmt.width() for _, fmt in guide._images()]
    assert all(0 < w <= guide.browser.viewport().width() for w in widths)  # scaled into the window


def _frame_of(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_the_tour_steps_through_the_real_widgets_and_is_remembered(qtbot, window):
    assert not window.comparison_dock.isVisible()
    window.findChild(QAction, "action_tour").trigger()
    tour = window.tour
    assert QSettings().value("tour/seen", False, type=bool)
    seen = []
    while True:
        step = tour.current()
        seen.append(step.key)
        target = tour.target_widget()
        assert target is not None and target.isVisible(), step.key
        assert tour.highlight.isVisible() and tour.highlight.frame.contains(_frame_of(window, target))
        assert window.rect().contains(tour.geometry()), step.key  # the bubble is inside the window
        assert tour.text.text() and tour.counter.text() == f"Step {len(seen)} of 7"
        if step.key == "tap":
            assert target is window.tools_bar.widgetForAction(window.tool_actions["standpipe"])
        if step.key == "compare":
            assert window.comparison_dock.isVisible()
        if tour.next_button.text() == "Finish":
            break
        tour.next_button.click()
    assert seen == ["sample", "tools", "tap", "costs", "compare", "workshop", "help"]
    tour.back_button.click()
    assert tour.current().key == "workshop"
    tour.next_button.click()
    with qtbot.waitSignal(tour.finished) as blocker:
        tour.next_button.click()
    assert blocker.args == [True]
    assert window.tour is None and not tour.isVisible()
    assert not window.comparison_dock.isVisible()  # opened for the tour, closed again


def test_the_tour_can_be_skipped_and_shows_only_on_the_first_start(qtbot, window):
    from designer.gui.guided_tour import start_tour_on_first_start

    tour = start_tour_on_first_start(window)
    assert tour is not None and tour.isVisible()
    assert window.pages.currentWidget() is window.welcome_page  # step 1 points at "open the sample"
    tour.next_button.click()
    with qtbot.waitSignal(tour.finished) as blocker:
        tour.skip_button.click()
    assert blocker.args == [False] and not tour.highlight.isVisible()
    assert window.pages.currentWidget() is window.view
    assert start_tour_on_first_start(window) is None  # once per computer; Help starts it again
    assert window.findChild(QAction, "action_tour").isEnabled()


def test_the_tour_speaks_swahili(qtbot, window):
    from designer.gui.accessibility import name_controls
    from designer.gui.i18n import install_translator

    assert install_translator("sw")
    try:
        tour = window.start_tour()
        assert tour.current().title != "Open the sample"
        assert tour.skip_button.text() != "Skip the tour"
        assert name_controls(tour) == []
        tour.skip()
    finally:
        assert install_translator("en")


def test_skipping_at_the_first_step_returns_to_the_plan(qtbot, window):
    tour = window.start_tour()
    assert window.pages.currentWidget() is window.welcome_page
    tour.skip()
    assert window.pages.currentWidget() is window.view
