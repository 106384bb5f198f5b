"""The designer window and its workshop screens on the synthetic settlement (10,000 plots and households).

Rows:

* ``window open``: from nothing to the first painted main window (1280 × 720) on the project, through the
  real GUI code (MainWindow, set_document, every dock in sight filled, one paint of the whole window);
  raw = a BSP-indexed QGraphicsScene of the same shapes in a plain QGraphicsView of the window's size,
  fitted and grabbed the same way (as in bench_canvas). Target ≤ 2 s and ≤ 1.5× raw (issue 16). The
  Costs and Comparison figures and the served counts are worked out after the first paint, off the UI
  thread (the docks say "computing…" meanwhile), and are not part of the row.
* ``window open from file (jamii gui FILE)``: a fresh ``python -m designer gui FILE`` process, from its
  start to the first paint of the window (``JAMII_FIRST_PAINT_EXIT``: the window exits there), with the
  project saved to a file first; raw = a fresh Python process that reads the same file with ``json``
  and builds and paints the raw scene of the same document (so both pay the interpreter and Qt
  start-up).
* ``households panel fill``: build the Households panel (model, filter, first sort by plot, column
  widths); raw = a QStandardItemModel of the same cells in a QTableView (per-row items, no sorting).
* ``vote screen build``: the ranking voting screen (no raw).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_canvas import _app, _paint, _raw_scene, _raw_view
from benchmarks.harness import measure, row
from benchmarks.synthetic import make_settlement


def _window(doc: Any, folder: Path) -> Any:
    from designer.gui.main_window import MainWindow

    window = MainWindow(autosave_folder=folder)
    window.set_document(doc, None)
    window.resize(1280, 720)
    window.show()
    return window


def _close(window: Any) -> None:
    window.stack.set_clean()
    window.close()
    window.deleteLater()


def _raw_households(doc: Any) -> Any:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(0, 6)
    for h in doc.households:
        model.appendRow(
            [
                QStandardItem(h.id),
                QStandardItem(h.plot_id),
                QStandardItem(str(h.size_persons)),
                QStandardItem(str(h.children)),
                QStandardItem(h.head_sex.value),
                QStandardItem(h.tenure.value),
            ]
        )
    view = QTableView()
    view.setModel(model)
    return view


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from designer.gui.households import HouseholdsPanel, VotingScreen
    from designer.model import AddRecord, UndoStack, WorkshopRecord
    from designer.model.people import VotingMethod

    app = _app()
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setApplicationName("JamiiBench")
    doc = make_settlement(size, households=True)
    folder = Path(tempfile.mkdtemp())
    held: list[Any] = []

    def ours_open() -> Any:
        window = _window(doc, folder)
        image = window.grab()
        held.append(window)
        return image

    def raw_open() -> Any:
        scene = _raw_scene(doc)
        view = _raw_view(scene, 1280, 720)
        held.append((scene, view))
        return view.grab()

    def cleanup() -> None:
        for thing in held:
            if not isinstance(thing, tuple):
                _close(thing)
        held.clear()
        app.processEvents()

    ours = measure(ours_open, repeat=3, setup=cleanup)
    raw = measure(raw_open, repeat=3, setup=cleanup)
    cleanup()
    rows = [row("window open", size, ours, raw, 1.5)]

    panel = measure(lambda: HouseholdsPanel(doc), repeat=3)
    raw_panel = measure(lambda: _raw_households(doc), repeat=3)
    rows.append(row("households panel fill", len(doc.households), panel, raw_panel))

    stack = UndoStack(doc)
    if not doc.of_type(WorkshopRecord):
        stack.apply_permanent(
            AddRecord(WorkshopRecord(id="ws-bench", date="2026-12-05", voting=VotingMethod.RANKING))
        )
    (workshop,) = doc.of_type(WorkshopRecord)
    screen = measure(lambda: VotingScreen(doc, stack, workshop.id), repeat=3)
    rows.append(row("vote screen build", size, screen))
    return rows
