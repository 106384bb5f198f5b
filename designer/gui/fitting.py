"""Screens that fit a 1280×720 projector: content scrolls inside instead of growing the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

__all__ = ["FIT_HINT", "CurrentPageStack", "FittingScrollArea"]

FIT_HINT = QSize(960, 480)
"""The most a scrolling body asks for: with a footer and the window's bars it fits 1280×720."""


class FittingScrollArea(QScrollArea):
    """A scroll area that never asks for more room than a 1280×720 screen has: its content scrolls."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(FIT_HINT)


class CurrentPageStack(QStackedWidget):
    """Pages whose size is the shown page's alone.

    A plain QStackedWidget asks for the largest minimum of all its pages, so a wide voting screen left
    behind would keep the plan (beside the summary panel) wider than a 1280 px projector.
    """

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()
