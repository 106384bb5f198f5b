"""Helpers for the GUI tests: clicking on the plan in metres, forgetting unsaved changes."""

from __future__ import annotations


def forget_changes(w) -> None:
    """Mark a window's project saved so closing it asks nothing (pytest-qt closes test widgets)."""
    w.stack.set_clean()


def click_at(qtbot, window, x_m: float, y_m: float, double: bool = False) -> None:
    """Click the plan at (x_m, y_m) metres, as a user would with the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    pos = window.view.to_pixels(x_m, y_m)
    QTest.mouseMove(window.view.viewport(), pos)
    if double:
        QTest.mouseDClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )
    else:
        QTest.mouseClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )
