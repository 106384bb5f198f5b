"""Accessible names for every control, so screen readers (and tests) can tell what each one is.

Most controls already say what they are: a button its text or tool tip, a field the label of its form row.
:func:`name_controls` copies that into ``accessibleName`` wherever none was set by hand, and
:class:`AccessibleNamer` does it for every window and dialog as it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QToolButton,
    QWidget,
)

from designer.gui.tab_order import set_reading_order

__all__ = ["CONTROL_TYPES", "AccessibleNamer", "name_controls"]

CONTROL_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
)
"""Widgets a user operates: each needs an accessible name."""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("\n", " ").strip()


def _form_label(widget: QWidget) -> str:
    """Return the text of the label naming ``widget`` (its buddy, or its form row's label)."""
    parent = widget.parentWidget()
    while parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget:
                return label.text()
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label_widget = layout.labelForField(widget)
            if isinstance(label_widget, QLabel):
                return label_widget.text()
        parent = parent.parentWidget() if not parent.isWindow() else None
    return ""


def _own_text(widget: QWidget) -> str:
    """Return what the control itself shows: its action's or its own text, else a placeholder."""
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        return action.text() or action.toolTip()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.placeholderText()
    return ""


def _dock_title(widget: QWidget) -> str:
    dock = widget.parentWidget()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    return dock.windowTitle() if dock is not None else ""


def _qt_part_name(widget: QWidget) -> str:
    """Return a name for the parts Qt adds to its own widgets (spin box field, table corner, toolbar »)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox):
        return parent.accessibleName() or _derived_name(parent)
    parts = {
        "qt_tableview_cornerbutton": QCoreApplication.translate("Accessibility", "Select all rows"),
        "qt_toolbar_ext_button": QCoreApplication.translate("Accessibility", "More tools"),
    }
    return parts.get(widget.objectName(), "")


def _derived_name(widget: QWidget) -> str:
    """Return the best name on screen for a control: its text, its label, its tool tip, its panel."""
    if widget.objectName().startswith("qt_"):
        return _qt_part_name(widget)
    own = _own_text(widget)
    if own and isinstance(widget, QAbstractButton):
        return own
    for candidate in (_form_label(widget), own, widget.toolTip()):
        if candidate:
            return candidate
    # Last resort: the panel it sits in ("Access"), better than a control a screen reader cannot name.
    return _dock_title(widget)


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every control under ``root`` without an accessible name the one its text or label says.

    Returns the controls still without a name (nothing on screen says what they are).
    """
    unnamed = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROL_TYPES) or widget.accessibleName():
            continue
        name = _plain(_derived_name(widget))
        if name:
            widget.setAccessibleName(name)
            if widget.toolTip() and not widget.accessibleDescription():
                widget.setAccessibleDescription(_plain(widget.toolTip()))
        else:
            unnamed.append(widget)
    return unnamed


class AccessibleNamer(QObject):
    """Names the controls of each window and dialog when it is shown (install once on the application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            name_controls(watched)
            if isinstance(watched, QDialog):
                set_reading_order(watched)  # Tab follows what the user reads, not creation order
        return False

    @classmethod
    def install(cls) -> None:
        """Install the namer on the running application (once)."""
        app = QApplication.instance()
        if app is None or app.property("jamii_accessible_namer"):
            return
        namer = cls(app)
        app.installEventFilter(namer)
        app.setProperty("jamii_accessible_namer", True)
