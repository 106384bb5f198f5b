"""Fixtures for Qt-free tool tests: a small hand-made document, its undo stack and a tool context."""

from __future__ import annotations

import pytest

from designer.model import (
    EXISTING,
    Building,
    Document,
    Option,
    Plot,
    ProjectInfo,
    UndoStack,
    WaterMain,
)
from designer.tools.base import ToolContext


@pytest.fixture
def doc() -> Document:
    """Two 10 m × 15 m plots side by side, a building on the first, a water main and one option."""
    return Document(
        ProjectInfo(name="Test"),
        [
            Plot(id="plot-a", outline=((0, 0), (10, 0), (10, 15), (0, 15)), number="1"),
            Plot(id="plot-b", outline=((10, 0), (20, 0), (20, 15), (10, 15)), number="2"),
            Building(id="bldg-a", outline=((2, 2), (8, 2), (8, 9), (2, 9)), plot_id="plot-a"),
            WaterMain(id="wm-a", route=((0, 20), (40, 20))),
            Option(id="opt-1", name="Standpipes"),
        ],
    )


@pytest.fixture
def stack(doc: Document) -> UndoStack:
    return UndoStack(doc)


@pytest.fixture
def ctx(doc: Document, stack: UndoStack) -> ToolContext:
    c = ToolContext(doc, stack, EXISTING)
    c.tolerance_m = 0.5
    return c
