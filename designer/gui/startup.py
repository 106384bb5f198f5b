"""What a resident sees while a project opens: a small window naming each step, with a progress bar.

Opening the 10,000-plot settlement takes a few seconds (reading the file, drawing the plan, filling
the panels). Without this, nothing is on screen until the main window paints and people click the
icon again. The steps run on the UI thread; between them the splash repaints, so it never looks hung.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

__all__ = ["STEPS", "StartupSplash", "opening_progress"]

STEPS = {
    "start": (QT_TRANSLATE_NOOP("Startup", "Starting Jamii…"), 5),
    "read": (QT_TRANSLATE_NOOP("Startup", "Reading the project…"), 15),
    "panels": (QT_TRANSLATE_NOOP("Startup", "Preparing the panels…"), 50),
    "draw": (QT_TRANSLATE_NOOP("Startup", "Drawing the plan…"), 65),
}
"""Step key → (English text, percent done when the step starts). Texts are translated when shown."""


class StartupSplash(QWidget):
    """A frameless box in the middle of the screen: "Jamii", the file's name, the current step, a bar."""

    def __init__(self, file_name: str = "") -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startup_splash")
        self.setWindowTitle("Jamii")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel("Jamii", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.file_label = QLabel(file_name, self)
        self.file_label.setObjectName("startup_file")
        layout.addWidget(self.file_label)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("startup_step")
        layout.addWidget(self.step_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("startup_progress")
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(QCoreApplication.translate("Startup", "Opening the project"))
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)
        self.adjustSize()
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())
        self.steps_shown: list[str] = []  # the keys shown, in order (what a test can check)

    def step(self, key: str) -> None:
        """Show a step of :data:`STEPS` and let the splash paint before the work of that step starts."""
        text, percent = STEPS[key]
        self.steps_shown.append(key)
        self.step_label.setText(QCoreApplication.translate("Startup", str(text)))
        self.bar.setValue(percent)
        if not self.isVisible():
            self.show()
        self.repaint()
        # Paint only: a click on the splash must not reach a window that is half built.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


@contextmanager
def opening_progress(file_name: str) -> Iterator[StartupSplash]:
    """The splash while a project is opened from the running designer (File → Open, recent files)."""
    splash = StartupSplash(file_name)
    try:
        yield splash
    finally:
        splash.close()
        splash.deleteLater()
