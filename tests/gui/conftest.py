"""Fixtures for the designer window tests: a small hand-made project and an isolated main window.

Settings and the app-data folder are redirected (QStandardPaths test mode, a temporary autosave
folder) so tests never touch a user's preferences, recent files or autosaves.
"""

from __future__ import annotations

import pytest

from designer.model import (
    Building,
    Document,
    Household,
    Option,
    Path,
    Plot,
    ProjectInfo,
    Traffic,
    WaterMain,
)
from tests.gui.helpers import forget_changes


def make_plan_doc() -> Document:
    """Four 10 m × 15 m plots along a 3 m path, a building, a water main, two households, two options."""
    plots = [
        Plot(
            id=f"plot-{i}",
            outline=((10 * i, 0), (10 * i + 10, 0), (10 * i + 10, 15), (10 * i, 15)),
            number=f"{i + 1}",
        )
        for i in range(4)
    ]
    return Document(
        ProjectInfo(name="Test settlement", currency="KES"),
        [
            *plots,
            Building(id="bldg-0", outline=((2, 2), (8, 2), (8, 9), (2, 9)), plot_id="plot-0"),
            Path(id="path-0", route=((0, 17), (40, 17)), width_m=3.0, traffic=Traffic.LIGHT, name="Lane"),
            WaterMain(id="wm-0", route=((0, 19), (40, 19))),
            Household(id="hh-0", plot_id="plot-0", size_persons=5),
            Household(id="hh-1", plot_id="plot-1", size_persons=3),
            Option(id="opt-a", name="Standpipes", colour="#0072B2"),
            Option(id="opt-b", name="Yard taps", colour="#009E73"),
        ],
    )


@pytest.fixture
def plan_doc() -> Document:
    return make_plan_doc()


@pytest.fixture
def isolated_settings(tmp_path):
    """Point QSettings and QStandardPaths at test locations."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JamiiTests")
    QCoreApplication.setApplicationName("JamiiTests")
    QSettings().clear()
    yield tmp_path
    QSettings().clear()


@pytest.fixture
def window(qtbot, isolated_settings, plan_doc):
    """A shown main window on the small project, autosaving into a temporary folder."""
    from designer.gui.main_window import MainWindow

    w = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(w, before_close_func=forget_changes)
    w.set_document(plan_doc, None)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.view.set_scale(8.0)  # 8 px per metre: the 40 m wide plan fills a good part of the view
    w.view.centerOn(20.0, 8.0)
    yield w
    w.stack.set_clean()  # no "save changes?" question when the test closes the window
    w.close()
