"""Starting the designer: the QApplication, its identity, the language, and the first project."""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

__all__ = ["ensure_app", "run_gui"]

ORGANISATION = "Jamii"
APPLICATION = "Jamii"


def ensure_app() -> QApplication:
    """Return the QApplication, creating it (with Jamii's names and language) if needed."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
        from designer.gui.i18n import current_language, install_translator

        install_translator(current_language())
    assert isinstance(app, QApplication)
    return app


def run_gui(path: str | None, workshop: bool = False, screenshot: str | None = None) -> int:
    """Open the main window on ``path`` (the bundled sample when None); return the exit code.

    With ``screenshot``, the window is drawn once at 1600 × 1000, saved as PNG and closed.
    """
    from designer.model.errors import JamiiError
    from designer.resources import sample_project_path

    app = ensure_app()
    if screenshot is None:
        faulthandler.enable()
    from designer.gui.main_window import MainWindow

    target = Path(path) if path else sample_project_path()
    from designer.io.project_file import load_project

    doc = load_project(target)  # a bad file fails here, once, as a JamiiError for the CLI to print
    window = MainWindow()
    window.set_document(doc, target)
    if screenshot is not None:
        window.resize(1600, 1000)
        if workshop:
            window.set_workshop(True)
        window.show()
        window.view.fit_all()
        _settle(app)
        window.view.fit_all()
        _settle(app)
        image = window.grab()
        if not image.save(screenshot):
            raise JamiiError(f"{screenshot}: could not write the screenshot (is the folder there?)")
        window.stack.set_clean()
        window.close()
        return 0
    window.show()
    if workshop:
        window.set_workshop(True)
    QTimer.singleShot(0, window.offer_recovery)
    return int(app.exec())


def _settle(app: QApplication, rounds: int = 30) -> None:
    """Let layouts, timers and background cost jobs finish so a screenshot shows their results."""
    import time

    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(200)
        time.sleep(0.02)
        app.processEvents()
