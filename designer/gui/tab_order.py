"""Tab order that follows what the user sees: reading order in dialogs, and plan → docks in the main window.

Qt's default tab order is the order widgets were created in, which drifts as panels rebuild their contents
(Properties makes new editors on every selection) and lets tables keep Tab to themselves. Here:

* a dialog's controls are chained top to bottom, left to right, when it is shown (:func:`set_reading_order`);
* in the main window, Tab goes from the plan to the coordinate line, then through the docks on the right,
  at the bottom and on the left, each dock's controls in reading order, each dock area's tab bar after its
  docks, and back to the plan (:func:`main_window_order`, worked out at each key press, so rebuilt panels
  keep their place); tables give Tab back (arrow keys move between cells).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMainWindow, QTabBar, QWidget
from shiboken6 import getCppPointer

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["focus_chain", "main_window_order", "next_focus", "set_reading_order"]

_ROW_PX = 8  # controls whose tops are this close count as one row (read left to right)


def _takes_tab(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def _reading_key(widget: QWidget, top: QWidget) -> tuple[int, int]:
    p = widget.mapTo(top, QPoint(0, 0))
    return (p.y() // _ROW_PX, p.x())


def focus_chain(root: QWidget, skip: Iterable[QWidget] = ()) -> list[QWidget]:
    """The controls under ``root`` that Tab can reach, in reading order (top to bottom, left to right)."""
    skipped = set(skip)
    found = []
    for widget in root.findChildren(QWidget):
        if widget in skipped or not _takes_tab(widget):
            continue
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between its cells
        found.append(widget)
    return sorted(found, key=lambda w: _reading_key(w, root))


def set_reading_order(dialog: QWidget) -> None:
    """Chain a dialog's controls in reading order (called when it is shown)."""
    chain = focus_chain(dialog)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def _area(window: QMainWindow, widget: QWidget) -> int:
    """0 right, 1 bottom, 2 left, 3 top: where a dock or a dock tab bar sits around the plan."""
    if isinstance(widget, QDockWidget):
        area = window.dockWidgetArea(widget)
        order = {
            Qt.DockWidgetArea.RightDockWidgetArea: 0,
            Qt.DockWidgetArea.BottomDockWidgetArea: 1,
            Qt.DockWidgetArea.LeftDockWidgetArea: 2,
        }
        return order.get(area, 3)
    central = window.centralWidget()
    if central is None:
        return 3
    centre = central.geometry()
    p = widget.mapTo(window, QPoint(0, 0))
    if p.x() >= centre.right():
        return 0
    if p.y() >= centre.bottom():
        return 1
    return 2 if p.x() < centre.left() else 3


def main_window_order(window: QMainWindow, first: list[QWidget]) -> list[QWidget]:
    """The main window's Tab order: ``first`` (plan, coordinate line), then the docks around it."""
    # A dock behind another's tab is "visible" to Qt but off screen: only the docks one can see.
    docks = [
        d
        for d in window.findChildren(QDockWidget)
        if d.isVisible() and not d.isFloating() and not d.visibleRegion().isEmpty()
    ]
    bars = [
        b
        for b in window.findChildren(QTabBar)
        if b.parentWidget() is window and _takes_tab(b) and not b.visibleRegion().isEmpty()
    ]
    order = [w for w in first if _takes_tab(w)]
    for area in range(4):
        in_area = sorted(
            (d for d in docks if _area(window, d) == area), key=lambda d: _reading_key(d, window)
        )
        for dock in in_area:
            order += focus_chain(dock)
        order += sorted((b for b in bars if _area(window, b) == area), key=lambda b: _reading_key(b, window))
    return order


def next_focus(order: list[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    """The widget after (or before) ``current`` in ``order``, wrapping round; None when ``order`` is empty."""
    if not order:
        return None
    # Compare the Qt objects, not the Python wrappers (one widget can come back in another wrapper).
    addresses = [getCppPointer(w)[0] for w in order]
    here = getCppPointer(current)[0] if current is not None else None
    index = addresses.index(here) if here in addresses else -1
    if index < 0 and current is not None:  # inside a control (a spin box's field): its innermost holder
        holders = [i for i, w in enumerate(order) if w.isAncestorOf(current)]
        index = holders[-1] if holders else -1
    if index < 0:
        return order[0] if forward else order[-1]
    return order[(index + (1 if forward else -1)) % len(order)]
