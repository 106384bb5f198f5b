"""A short guided tour for newcomers: seven steps, each highlighting a real widget of the main window.

Shown once on the first start (remembered in QSettings under ``TOUR_SEEN_KEY``), skippable at any step, and
restartable from Help. The highlight is a frame drawn over the window that lets clicks through, so the
newcomer can use the highlighted control at once; the bubble beside it says what it is for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

__all__ = ["TOUR_SEEN_KEY", "GuidedTour", "TourStep", "start_tour_on_first_start"]

TOUR_SEEN_KEY = "tour/seen"
"""QSettings key: True once the tour was shown (finished or skipped); it then starts only from Help."""

_MARGIN_PX = 6  # room between the highlighted widget and its frame
_HIGHLIGHT = QColor("#E69F00")  # Okabe–Ito orange: seen by colour-blind viewers too


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: what it says and which widget it points at (None: no widget, a centred note)."""

    key: str
    title: str
    text: str
    target: Callable[[], QWidget | None]
    prepare: Callable[[], None] | None = None


class _Highlight(QWidget):
    """A thick rounded frame around the step's widget, over the window; clicks go through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setObjectName("tour_highlight")
        self.frame = QRect()

    def set_frame(self, rect: QRect) -> None:
        self.frame = rect
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(not rect.isNull())
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.frame.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_HIGHLIGHT, 5))
        painter.drawRoundedRect(self.frame, 8, 8)
        painter.end()


class GuidedTour(QFrame):
    """The tour's bubble: step title and text, "step N of M", Back, Next (Finish) and Skip the tour.

    Signals:
        finished(bool): the tour ended; True when every step was seen, False when skipped.
    """

    finished = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # The main window (not imported: it imports this module); its docks, bars and actions are read here.
        self.window_: Any = cast("Any", window)
        self.setObjectName("tour_bubble")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#tour_bubble { background: palette(base); border: 3px solid #E69F00; border-radius: 8px; }"
        )
        self.setMaximumWidth(380)
        self.highlight = _Highlight(window)
        self.steps = self._steps()
        self.index = 0
        self._comparison_was_visible = bool(self.window_.comparison_dock.isVisible())
        self._page_before = self.window_.pages.currentWidget()
        self.title = QLabel()
        self.title.setObjectName("tour_title")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("tour_text")
        self.text.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setObjectName("tour_counter")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tour_back")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("tour_next")
        self.next_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setObjectName("tour_skip")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.counter)
        layout.addLayout(buttons)
        # Tab order: Next first (Enter), then Back, then Skip.
        QWidget.setTabOrder(self.next_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.skip_button)
        window.installEventFilter(self)

    # ------------------------------------------------------------------ the steps
    def _steps(self) -> list[TourStep]:
        w = self.window_

        def tool_button(key: str) -> QWidget | None:
            button: QWidget | None = w.tools_bar.widgetForAction(w.tool_actions[key])
            return button

        def show_dock(dock: QWidget) -> Callable[[], None]:
            def prepare() -> None:
                dock.show()
                dock.raise_()

            return prepare

        return [
            TourStep(
                "sample",
                self.tr("Open the sample"),
                self.tr(
                    "Start with the sample settlement: it opens as a copy, so you can try everything. "
                    "Later, start from your own settlement's survey, GIS or DXF data here."
                ),
                lambda: getattr(w, "welcome_page", None) and w.welcome_page.sample_button,
                w.show_welcome,
            ),
            TourStep(
                "tools",
                self.tr("The tools"),
                self.tr(
                    "Select, draw plots, houses and paths, lay water pipes, add taps, toilets and lights. "
                    "Each tool has a key; hover over a tool to see it."
                ),
                lambda: w.tools_bar,
                lambda: w.show_page(None),
            ),
            TourStep(
                "tap",
                self.tr("Draw a tap"),
                self.tr(
                    "Choose an option in the Options panel, pick the tap, and click where it goes on the plan. "
                    "Or type its position, such as 12.5, 30, and press Enter."
                ),
                lambda: tool_button("standpipe"),
            ),
            TourStep(
                "costs",
                self.tr("What it costs"),
                self.tr(
                    "The Costs panel follows your drawing: the total, what each household pays and about "
                    "how much a month."
                ),
                lambda: w.costs_dock,
                show_dock(w.costs_dock),
            ),
            TourStep(
                "compare",
                self.tr("Compare the options"),
                self.tr(
                    "Every option side by side: cost per household, and who gets water and a toilet within "
                    "reach."
                ),
                lambda: w.comparison_dock,
                show_dock(w.comparison_dock),
            ),
            TourStep(
                "workshop",
                self.tr("Workshop mode"),
                self.tr(
                    "For the meeting with residents (F9): big pictures and plain words on the projector, "
                    "the options as cards, and the vote."
                ),
                lambda: w.view_bar.widgetForAction(w.act_workshop),
            ),
            TourStep(
                "help",
                self.tr("Help is here"),
                self.tr("Read the user guide (F1) or take this tour again from the Help menu."),
                w.menuBar,
            ),
        ]

    # ------------------------------------------------------------------ moving through it
    def start(self) -> None:
        """Show the first step (and remember that the tour was shown)."""
        QSettings().setValue(TOUR_SEEN_KEY, True)
        self.index = 0
        self._show_step()
        self.show()

    def next(self) -> None:
        """Go to the next step; after the last one, finish."""
        if self.index + 1 >= len(self.steps):
            self._end(True)
            return
        self.index += 1
        self._show_step()

    def back(self) -> None:
        """Go back one step."""
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def skip(self) -> None:
        """End the tour now."""
        self._end(False)

    def current(self) -> TourStep:
        return self.steps[self.index]

    def target_widget(self) -> QWidget | None:
        """The widget the current step points at, when it is on screen."""
        widget = self.current().target()
        return widget if isinstance(widget, QWidget) and widget.isVisible() else None

    def _show_step(self) -> None:
        step = self.current()
        if step.prepare is not None:
            step.prepare()
        self.title.setText(f"<b>{step.title}</b>")
        self.text.setText(step.text)
        self.counter.setText(
            self.tr("Step %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.steps)))
        )
        self.back_button.setEnabled(self.index > 0)
        last = self.index + 1 == len(self.steps)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self._place()
        self.next_button.setFocus()

    def _place(self) -> None:
        """Frame the step's widget and put the bubble beside it, inside the window."""
        window = self.window_
        target = self.target_widget()
        self.adjustSize()
        if target is None:
            self.highlight.set_frame(QRect())
            area = window.rect()
            self.move(area.center() - self.rect().center())
        else:
            top_left = target.mapTo(window, QPoint(0, 0))
            frame = QRect(top_left, target.size()).adjusted(-_MARGIN_PX, -_MARGIN_PX, _MARGIN_PX, _MARGIN_PX)
            self.highlight.set_frame(frame)
            self.move(_beside(frame, self.size(), window.rect()))
        self.raise_()

    def _end(self, completed: bool) -> None:
        window = self.window_
        if not self._comparison_was_visible:
            window.comparison_dock.hide()  # the tour opened it to show it; leave the layout as it was
        welcome = getattr(window, "welcome_page", None)
        if window.pages.currentWidget() is welcome and self._page_before is not welcome:
            window.show_page(None)  # skipped on the first step: back to the plan the user had
        window.removeEventFilter(self)
        self.highlight.hide()
        self.highlight.deleteLater()
        self.hide()
        self.deleteLater()
        self.finished.emit(completed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._place()
        return False


def _beside(frame: QRect, size: object, area: QRect) -> QPoint:
    """Top-left of a bubble of ``size`` right of ``frame``, else left, else below or above; kept in ``area``."""
    width, height = size.width(), size.height()  # type: ignore[attr-defined]
    gap = 12
    candidates = [
        QPoint(frame.right() + gap, frame.top()),
        QPoint(frame.left() - gap - width, frame.top()),
        QPoint(frame.left(), frame.bottom() + gap),
        QPoint(frame.left(), frame.top() - gap - height),
    ]
    for p in candidates:
        if area.contains(QRect(p.x(), p.y(), width, height)):
            return p
    # Nothing fits whole (a tall dock on a small screen): right of it, pushed inside the window.
    p = candidates[0] if frame.right() + gap + width <= area.right() else candidates[1]
    x = min(max(p.x(), area.left()), area.right() - width)
    y = min(max(p.y(), area.top()), area.bottom() - height)
    return QPoint(x, y)


def start_tour_on_first_start(window: Any) -> GuidedTour | None:
    """Start the tour if it was never shown on this computer (QSettings); return it, or None."""
    if QSettings().value(TOUR_SEEN_KEY, False, type=bool):
        return None
    tour: GuidedTour = window.start_tour()
    return tour
