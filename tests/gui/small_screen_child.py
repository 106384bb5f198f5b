"""Child process for the small-screen test: the designer in normal mode on a scaled screen.

Qt reads QT_SCALE_FACTOR once per process, so this runs in its own process. Run as
``python small_screen_child.py WIDTH HEIGHT SCALE LANG OUT_FOLDER``: the window is maximised on a
WIDTH × HEIGHT screen at SCALE (1280 × 720 at 2× is 640 × 360 logical pixels), a screenshot is saved
as OUT_FOLDER/normal.png, and one JSON object of what was measured is printed. Not a test module.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    width_px, height_px, scale, lang, out = (
        int(sys.argv[1]),
        int(sys.argv[2]),
        sys.argv[3],
        sys.argv[4],
        Path(sys.argv[5]),
    )
    from tests.gui.helpers import offscreen_screen_config

    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={offscreen_screen_config(out, width_px, height_px)}"
    )
    os.environ["QT_SCALE_FACTOR"] = scale
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication, QToolButton

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JamiiTests")
    QCoreApplication.setApplicationName("JamiiSmallScreenChild")
    app = QApplication([])
    QSettings().clear()
    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    install_translator(lang)
    window = MainWindow(autosave_folder=Path(tempfile.mkdtemp()))
    window.set_document(load_project(sample_project_path()), None)
    window.showMaximized()
    for _ in range(40):
        app.processEvents()
    window.grab().save(str(out / "normal.png"))
    screen = app.primaryScreen().availableGeometry().size()
    panels = window.findChild(QToolButton, "button_panels")
    in_menu = set(window.menu_docks.actions())
    report = {
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
        "plan": [window.view.width(), window.view.height()],
        "docks_shown": [d.objectName() for d in window._docks if not d.isHidden()],
        "docks_in_menu": all(d.toggleViewAction() in in_menu for d in window._docks),
        "panels_button": panels is not None and panels.isVisible(),
    }
    window.stack.set_clean()
    print(json.dumps(report), flush=True)
    window.close()


if __name__ == "__main__":
    main()
