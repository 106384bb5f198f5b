"""Starting the designer: the QApplication, its identity, the language, and the first project."""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow

__all__ = ["ensure_app", "open_window", "run_gui"]

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


def run_gui(
    path: str | None, workshop: bool = False, screenshot: str | None = None, option: str | None = None
) -> int:
    """Open the main window on ``path`` (the bundled sample when None); return the exit code.

    With ``screenshot``, the window is drawn once at 1600 × 1000, saved as PNG and closed.
    """
    from designer.model.errors import JamiiError

    app = ensure_app()
    if screenshot is None:
        faulthandler.enable()
    window = open_window(path, show_progress=screenshot is None)
    if option is not None:
        window.set_scope(_option_id(window.doc, option))
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
    else:
        if path is None:
            window.show_welcome()  # started without a file: say what one can do first
        from designer.gui.guided_tour import start_tour_on_first_start

        QTimer.singleShot(0, lambda: start_tour_on_first_start(window))  # once per computer, skippable
    _install_excepthook(window)
    QTimer.singleShot(0, window.offer_recovery)
    return int(app.exec())


def open_window(path: str | None, show_progress: bool = True) -> MainWindow:
    """Read ``path`` (the bundled sample when None) and return the main window showing it, not yet shown.

    With ``show_progress``, a splash names each step (reading, panels, drawing) until the caller shows
    the window. A bad file raises its JamiiError here, once, for the CLI to print (the splash closes).
    """
    from designer.gui.startup import StartupSplash
    from designer.resources import sample_project_path

    target = Path(path) if path else sample_project_path()
    splash = StartupSplash(target.name) if show_progress else None
    try:
        if splash is not None:
            splash.step("start")
        from designer.gui.main_window import MainWindow
        from designer.io.project_file import load_project

        if splash is not None:
            splash.step("read")
        doc = load_project(target)
        if splash is not None:
            splash.step("panels")
        window = MainWindow()
        if splash is not None:
            splash.step("draw")
        window.show_document(doc, target)
        if splash is not None:
            window.session.plan_painted.connect(splash.close)  # it stays until the plan is on screen
            splash = None
        return window
    finally:
        if splash is not None:
            splash.close()


def _install_excepthook(window: object) -> None:
    """On an unexpected error: log it, save the autosave copy at once, tell the user once."""
    import logging

    from PySide6.QtWidgets import QMessageBox

    shown: list[bool] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        logging.getLogger("jamii").error("unexpected error", exc_info=(kind, exc, tb))  # type: ignore[arg-type]
        autosaver = getattr(window, "autosaver", None)
        if autosaver is not None:
            try:
                autosaver.save_now()
            except Exception:  # the report below matters more than a failed safety copy
                logging.getLogger("jamii").exception("autosave after an error failed")
        if not shown:
            shown.append(True)
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Something went wrong"),
                QCoreApplication.translate(
                    "App", "Jamii met an unexpected problem: %1. A safety copy of your work has been saved."
                ).replace("%1", f"{kind.__name__}: {exc}"),
            )

    sys.excepthook = hook


def _option_id(doc: object, ref: str) -> str:
    """Return the id of the option named ``ref`` (id or case-insensitive name)."""
    from designer.model.errors import JamiiError

    options = getattr(doc, "options", [])
    for o in options:
        if ref in (o.id, o.name) or o.name.casefold() == ref.casefold():
            return str(o.id)
    known = ", ".join(f"{o.id} ({o.name})" for o in sorted(options, key=lambda o: o.id))
    raise JamiiError(f"no option {ref!r}; the options are: {known}")


def _settle(app: QApplication, rounds: int = 30) -> None:
    """Let layouts, timers and background cost jobs finish so a screenshot shows their results."""
    import time

    from PySide6.QtCore import QThreadPool

    from designer.gui.live_costs import workers_busy

    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(200)
        time.sleep(0.02)
        app.processEvents()
    waited_s = 0.0
    while workers_busy() and waited_s < 30.0:  # the first costing may build the cost library
        time.sleep(0.05)
        waited_s += 0.05
        app.processEvents()
    app.processEvents()
