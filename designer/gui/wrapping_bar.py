"""A row of big tool buttons that wraps onto a second line instead of hiding buttons behind "»".

Workshop mode shows ten pictograms. A QToolBar lays them out on one line and hides what does not fit
behind an overflow arrow: at 2× scaling on a 1920 × 1080 projector (960 logical pixels) only five of
them showed. :class:`WrappingBar` takes the same actions (``addAction``, ``insertAction``,
``addSeparator``, ``widgetForAction``) and flows their buttons over as many lines as the width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetItem,
)

__all__ = ["FlowLayout", "WrappingBar"]


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line when the width runs out (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing_px: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.spacing_px = spacing_px
        self.setContentsMargins(QMargins(4, 4, 4, 4))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at position ``index`` (the order of the bar's actions)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); return the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_h > 0:
                x, y = area.x(), y + line_h + self.spacing_px
                line_h = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing_px
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + m.bottom()


class WrappingBar(QFrame):
    """Tool buttons for the actions added to it, on as many lines as the width needs."""

    def __init__(
        self,
        object_name: str,
        icon_px: int,
        style: Qt.ToolButtonStyle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._icon = QSize(icon_px, icon_px)
        self._style = style
        self._buttons: dict[QAction, QWidget] = {}
        self._flow = FlowLayout(self)
        # Given the whole width of the tool bar area, it asks for the height its lines need there.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_icon_px(self, icon_px: int) -> None:
        """Make every pictogram ``icon_px`` pixels (smaller on a small logical screen)."""
        self._icon = QSize(icon_px, icon_px)
        for widget in self._buttons.values():
            if isinstance(widget, QToolButton):
                widget.setIconSize(self._icon)
        self.updateGeometry()

    def widgetForAction(self, action: QAction) -> QWidget | None:
        """The button (or separator) showing ``action``, as QToolBar.widgetForAction."""
        return self._buttons.get(action)

    def addSeparator(self) -> QAction:
        """Add a thin vertical line between groups of buttons."""
        action = QAction(self)
        action.setSeparator(True)
        self.addAction(action)
        return action

    def actionEvent(self, event: QActionEvent) -> None:
        action = event.action()
        if event.type() == QActionEvent.Type.ActionAdded:
            index = self.actions().index(action)  # already in the list, before ``event.before()``
            added: QWidget = self._separator() if action.isSeparator() else self._button(action)
            self._buttons[action] = added
            self._flow.insert_widget(index, added)
        elif event.type() == QActionEvent.Type.ActionRemoved:
            removed = self._buttons.pop(action, None)
            if removed is not None:
                self._flow.removeWidget(removed)
                removed.deleteLater()
        super().actionEvent(event)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)  # text, icon, checked, enabled and visible follow the action
        button.setIconSize(self._icon)
        button.setToolButtonStyle(self._style)
        button.setAutoRaise(True)
        return button

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFixedWidth(self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarSeparatorExtent) or 6)
        return line

    def sizeHint(self) -> QSize:
        # No wider than its widest button (it wraps), as tall as its lines at the width it has now.
        narrowest = self._flow.minimumSize()
        width = max(self.width(), narrowest.width())
        return QSize(narrowest.width(), max(narrowest.height(), self._flow.heightForWidth(width)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def one_line_width(self) -> int:
        """The width all buttons would need on one line (what a QToolBar would ask for)."""
        m = self._flow.contentsMargins()
        widths = [
            w.sizeHint().width() for w in self._buttons.values() if not w.isHidden() or not self.isVisible()
        ]
        return sum(widths) + self._flow.spacing_px * max(0, len(widths) - 1) + m.left() + m.right()

    def line_count(self) -> int:
        """How many lines the buttons take at the current width."""
        tops = {w.y() for w in self._buttons.values() if w.isVisible()}
        return len(tops)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # another width may need another number of lines
