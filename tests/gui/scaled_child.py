"""Child process for the 2× tests: the designer on a 1920 × 1080 screen at QT_SCALE_FACTOR=2.

Qt's scale factor is read once, when the QApplication is made, so these checks run in their own
process. Run as ``python scaled_child.py LANG OUT_FOLDER``; it walks every workshop screen (plan with the
pictograms, ranking vote, budget vote, compare cards), saves a screenshot of each in OUT_FOLDER and
prints one JSON object of what it measured. Not a test module: it has no tests.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

SCREEN_PX = (1920, 1080)
SCALE = 2


def _inside(widget, window) -> bool:
    """Whether the widget is shown whole inside the window (not cut by its edge)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return (
        top_left.x() >= 0
        and top_left.y() >= 0
        and bottom_right.x() < window.width()
        and bottom_right.y() < window.height()
    )


def main() -> None:
    lang, out = sys.argv[1], Path(sys.argv[2])
    from tests.gui.helpers import offscreen_screen_config

    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={offscreen_screen_config(out, *SCREEN_PX)}"
    os.environ["QT_SCALE_FACTOR"] = str(SCALE)
    from PySide6.QtCore import QCoreApplication, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JamiiTests")
    QCoreApplication.setApplicationName("JamiiScaledChild")
    app = QApplication([])
    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.model import AddRecord, VotingMethod, WorkshopRecord
    from designer.resources import sample_project_path

    install_translator(lang)

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    screen = app.primaryScreen().availableGeometry().size()
    window = MainWindow(autosave_folder=Path(tempfile.mkdtemp()))
    window.set_document(load_project(sample_project_path()), None)
    window.showMaximized()
    settle()
    window.set_workshop(True)
    settle()
    report: dict = {"screen": [screen.width(), screen.height()], "screens": {}}

    def record(name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))
        hint = window.minimumSizeHint()
        report["screens"][name] = {
            "window": [window.width(), window.height()],
            "minimum_hint": [hint.width(), hint.height()],
        }

    bar = window.pictograms
    record("plan")
    report["pictograms"] = {
        action.text(): _inside(bar.widgetForAction(action), window) for action in bar.actions()
    }
    report["pictogram_lines"] = bar.line_count()
    report["controls"] = {
        action.text(): _inside(window.workshop_controls.widgetForAction(action), window)
        for action in window.workshop_controls.actions()
        if not action.isSeparator()
    }
    report["plan_px"] = [window.view.width(), window.view.height()]

    window.voting_page.open()
    record("vote_ranking")
    screen_widget = window.voting_page.voting
    report["ranking_cast_inside"] = _inside(screen_widget.cast_button, window)
    report["ranking_back_inside"] = _inside(window.voting_page.back, window)

    budget = WorkshopRecord(
        id="ws-budget-2x", date="2099-01-01", voting=VotingMethod.BUDGET, budget_limit=Decimal(30000)
    )
    window.stack.apply_permanent(AddRecord(budget))
    window.voting_page.open()
    record("vote_budget")
    screen_widget = window.voting_page.voting
    report["budget_cast_inside"] = _inside(screen_widget.cast_button, window)
    report["budget_total_inside"] = _inside(screen_widget.cart_label, window)

    window.voting_page.back.click()
    window.compare_page.open(window.show_page)
    waited_s = 0.0
    while window.compare_page.status.isVisible() and waited_s < 30.0:  # the cards are worked out off the UI
        time.sleep(0.05)
        waited_s += 0.05
        app.processEvents()
    record("compare")
    window.show_page(None)
    record("plan_again")
    window.stack.set_clean()
    print(json.dumps(report), flush=True)
    window.close()


if __name__ == "__main__":
    main()
