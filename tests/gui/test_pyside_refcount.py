"""Guard against the PySide6 6.12.0 bug that decrements None's refcount on every void method call.

On CPython 3.11, PySide6 6.12.0 aborts with "Fatal Python error: none_dealloc" after a few thousand
calls of methods such as ``QGraphicsRectItem.setPen``; pyproject.toml pins PySide6 below 6.12.
This test fails (or crashes) if a broken version is installed.
"""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.gui


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    from PySide6.QtGui import QPen
    from PySide6.QtWidgets import QGraphicsRectItem

    item = QGraphicsRectItem(0, 0, 10, 10)
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        item.setPen(pen)
    after = sys.getrefcount(None)
    # Other threads may hold a few extra references for a moment; the bug removes 10,000.
    assert after >= before - 50
