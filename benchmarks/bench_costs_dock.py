"""The Costs dock after one edit, through the real GUI path, on the synthetic settlement.

Measured: from pushing one edit on the main window's undo stack (a water main moved 0.5 m and
resized, as the select tool or the Properties dock would do it; then the reverse edit) to the Costs
dock showing the new figures — the document's signal, the live-cost worker thread replaying the
change on its copy, the incremental re-measure and re-pricing, the finance figures, the queued
result and the labels (QApplication offscreen, the window shown). Target ≤ 50 ms (issue 12;
0.9–1.6 s when the dock re-costed the whole option on every edit).

Raw = the same edits re-costed by ``designer.estimate.live.LiveCosting`` alone (no Qt, no thread):
the ratio is what the GUI path adds to the library doing the same work.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, row
from benchmarks.synthetic import OPTION_ID, make_settlement

TIMEOUT_S = 120.0


def _app(settings_dir: str) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QStandardPaths
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QStandardPaths.setTestModeEnabled(True)  # never touch the user's settings or autosaves
    QCoreApplication.setOrganizationName("JamiiBench")
    QCoreApplication.setApplicationName("JamiiBench")
    os.environ["XDG_CONFIG_HOME"] = settings_dir
    return app


def _wait(app: Any, done: Any) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the Costs dock did not update")
        app.processEvents()
        time.sleep(0.0002)


def _pipe_edits(doc: Any) -> list[Any]:
    from designer.model import ReplaceRecord, WaterMain

    pipes = doc.of_type(WaterMain, OPTION_ID)
    pipe = pipes[len(pipes) // 2]
    moved = dataclasses.replace(pipe, route=tuple((x + 0.5, y) for x, y in pipe.route), diameter_mm=160)
    return [ReplaceRecord(pipe, moved, "Move"), ReplaceRecord(moved, pipe, "Move")]


def _gui_latency(app: Any, size: int, autosave: Path) -> float:
    from designer.gui.main_window import MainWindow

    window = MainWindow(autosave_folder=autosave)
    window.set_document(make_settlement(size, households=True), None)
    window.resize(1600, 1000)
    window.show()
    edits = _pipe_edits(window.doc)
    # Zoomed in on the edited pipe at 8 px per metre, as someone editing it would be.
    x_m, y_m = edits[0].old.route[0]
    window.view.set_scale(8.0)
    window.view.centerOn(x_m, y_m)
    shown: list[Any] = []
    window.costs_dock.updated.connect(shown.append)
    window.set_scope(OPTION_ID)
    _wait(app, lambda: bool(shown) and shown[-1] is not None)
    state = {"i": 0}

    def one_edit() -> None:
        before = len(shown)
        window.stack.push(edits[state["i"] % 2])
        state["i"] += 1
        _wait(app, lambda: len(shown) > before)

    try:
        return measure(one_edit, repeat=11)
    finally:
        window.stack.set_clean()
        window.close()
        window.deleteLater()
        app.processEvents()


def _raw_latency(size: int) -> float:
    from designer.estimate.live import LiveCosting

    doc = make_settlement(size, households=True)
    live = LiveCosting(doc, OPTION_ID)
    live.figures()
    edits = _pipe_edits(doc)
    state = {"i": 0}

    def one_edit() -> None:
        edits[state["i"] % 2].do(doc)
        state["i"] += 1
        live.figures()

    try:
        return measure(one_edit, repeat=11)
    finally:
        live.close()


def run(size: int) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        old = os.environ.get("JAMII_DATA_DIR")
        os.environ["JAMII_DATA_DIR"] = tmp
        try:
            app = _app(tmp)
            raw_s = _raw_latency(size)
            gui_s = _gui_latency(app, size, Path(tmp) / "autosave")
        finally:
            if old is None:
                os.environ.pop("JAMII_DATA_DIR", None)
            else:
                os.environ["JAMII_DATA_DIR"] = old
    return [row("Costs dock: one edit to new figures (≤ 50 ms)", size, gui_s, raw_s)]


if __name__ == "__main__":
    for r in run(10_000):
        print(r)
