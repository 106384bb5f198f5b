"""Draw the workshop screens at 1280×720 in one language for the README (docs/workshop-<lang>-*.png).

Usage (from the repository root)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/workshop_screenshots.py sw

Works on an in-memory copy of the bundled sample (a budget workshop is added for the basket screen);
nothing is saved but the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


def _wait(app: Any, done: Callable[[], bool], seconds: float) -> None:
    deadline = time.time() + seconds
    while not done() and time.time() < deadline:
        app.processEvents()


def _vote_shots(window: Any, shot: Callable[[str], None]) -> None:
    from designer.model import AddRecord, VotingMethod, WorkshopRecord

    window.voting_page.open()
    screen = window.voting_page.voting
    screen.findChild(type(screen.cast_button), "sex_female").click()
    for cid in list(screen.option_buttons)[:2]:
        screen.option_buttons[cid].click()
    shot("ranking")
    screen.review()
    shot("review")
    budget = WorkshopRecord(
        id="ws-budget", date="2026-12-05", voting=VotingMethod.BUDGET, budget_limit=Decimal(40000)
    )
    window.stack.apply_permanent(AddRecord(budget))
    window.voting_page.open()
    screen = window.voting_page.voting
    for cid in ("opt-c/tap", "opt-c/toilet", "opt-c/core_house"):
        screen.option_buttons[cid].click()
    shot("basket")


def main(lang: str) -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from designer.gui.app import ensure_app
    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setApplicationName("JamiiScreenshots")
    app = ensure_app()
    install_translator(lang)
    window = MainWindow(autosave_folder=Path(tempfile.mkdtemp()))
    window.set_document(load_project(sample_project_path()), None)
    window.resize(1280, 720)
    window.show()

    def shot(name: str) -> None:
        _wait(app, lambda: False, 0.5)  # let the screen settle
        out = REPO / "docs" / f"workshop-{lang}-{name}.png"
        window.grab().save(str(out))
        print(out.relative_to(REPO))

    window.set_workshop(True)
    window.workshop_panel.buttons["opt-a"].click()
    window.view.fit_all()
    window.ctx.selection.set(["plot-001"])
    _wait(app, lambda: window.served_routes.walks is not None and window.costs_dock.summary is not None, 30)
    _wait(app, lambda: False, 3)
    shot("plan")
    _vote_shots(window, shot)
    window.show_page(None)
    window.findChild(type(window.act_workshop), "action_compare_cards").trigger()
    _wait(app, lambda: len(window.compare_page.cards) >= len(window.doc.options), 60)
    shot("compare")
    window.stack.set_clean()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "sw")
