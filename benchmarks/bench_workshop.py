"""The designer window and its workshop screens on the synthetic settlement (10,000 plots and households).

Rows:

* ``window open``: from nothing to the first painted main window (1280 × 720) on the project, through the
  real GUI code (MainWindow, set_document, every dock in sight filled, one paint of the whole window);
  raw = a BSP-indexed QGraphicsScene of the same shapes in a plain QGraphicsView of the window's size,
  fitted and grabbed the same way (as in bench_canvas). Target ≤ 2 s and ≤ 1.5× raw (issue 16). The
  Costs and Comparison figures and the served counts are worked out after the first paint, off the UI
  thread (the docks say "computing…" meanwhile), and are not part of the row.
* ``window open from file (jamii gui FILE)``: a fresh Python process that does what ``jamii gui FILE``
  does (``designer.gui.app.open_window``: splash, read the file, main window, plan) and grabs the first
  painted window at 1280 × 720; wall time of the whole process, interpreter start-up included. raw = a
  fresh process that reads the same file with ``json`` and builds, fits and grabs the raw scene of its
  plots, buildings and paths (no validation, no model). Target ≤ 2 s.
* ``households panel fill``: build the Households panel (model, filter, first sort by plot, column
  widths); raw = a QStandardItemModel of the same cells in a QTableView (per-row items, no sorting).
* ``vote screen build``: the ranking voting screen (no raw).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_canvas import _app, _raw_scene, _raw_view
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


_OURS_COLD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from designer.gui.app import ensure_app, open_window
app = ensure_app()
window = open_window(sys.argv[1])
window.resize(1280, 720)
window.show()
window.grab()
print(time.time() - float(sys.argv[2]))
window.stack.set_clean()
"""

_RAW_COLD = """
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (QApplication, QGraphicsPathItem, QGraphicsPolygonItem, QGraphicsScene,
    QGraphicsView)
app = QApplication([])
with open(sys.argv[1], encoding="utf-8") as f:
    records = json.load(f)["records"]
scene = QGraphicsScene()
scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
pen = QPen(QColor("#7a6f5a"), 1.0)
pen.setCosmetic(True)
brush = QBrush(QColor("#f4efe1"))
for kind in ("plot", "building"):
    for r in records.get(kind, []):
        item = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in r["outline"]]))
        item.setPen(pen)
        item.setBrush(brush)
        scene.addItem(item)
for r in records.get("path", []):
    path = QPainterPath(QPointF(*r["route"][0]))
    for x, y in r["route"][1:]:
        path.lineTo(x, y)
    item = QGraphicsPathItem(path)
    body = QPen(QColor("#e3ddd0"), r["width_m"])
    body.setCapStyle(Qt.PenCapStyle.FlatCap)
    item.setPen(body)
    scene.addItem(item)
view = QGraphicsView(scene)
view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
view.resize(1280, 720)
view.show()
view.setRenderHint(QPainter.RenderHint.Antialiasing)
view.setTransform(QTransform.fromScale(1, -1))
view.fitInView(scene.itemsBoundingRect())
view.grab()
print(time.time() - float(sys.argv[2]))
"""


def _cold(script: str, path: Path) -> float:
    """Return the seconds from starting a fresh Python process running ``script`` to its first paint.

    The process prints the time since the start it was given; its exit (freeing 25,000 items) is not
    counted, as the user sees the window by then.
    """
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), repr(time.time())],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


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

    from designer.io.project_file import save_project

    project = folder / "settlement.jamii"
    save_project(doc, project)
    _cold(_OURS_COLD, project)  # warm the file cache and the bytecode once
    # The median of three whole processes, each timed from its start to its first paint.
    cold = statistics.median(_cold(_OURS_COLD, project) for _ in range(3))
    raw_cold = statistics.median(_cold(_RAW_COLD, project) for _ in range(3))
    rows.append(row("window open from file (jamii gui FILE)", size, cold, raw_cold))

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
