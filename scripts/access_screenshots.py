"""Draw the README's access screenshots: a block before and after `Propose access paths`, and the
workshop view's "Who has a way out?" at 1280×720 (today, then the proposed option).

Usage (from the repository root)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/access_screenshots.py docs/

The settlement is made here: two blocks of 5 × 5 plots (9 m, corners moved up to 1.5 m, seeded) with a
house on each plot and a 5 m street between them; the derived paths are accepted first. The pictures
are the designer's own window (Access dock, plots coloured by depth, then the proposal as an option).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np


def settlement():  # -> Document
    from designer.model import Building, Document, Household, Plot, ProjectInfo

    rng = np.random.default_rng(11)
    n, size, street = 5, 9.0, 5.0
    recs: list = []
    for b in range(2):
        x0 = b * (n * size + street)
        grid = np.array(
            [[(x0 + i * size, j * size) for j in range(n + 1)] for i in range(n + 1)], dtype=float
        )
        grid[1:n, 1:n] += rng.uniform(-1.5, 1.5, size=(n - 1, n - 1, 2))
        for i in range(n):
            for j in range(n):
                pid = f"B{b + 1}-{i}{j}"
                ring = tuple(
                    (float(x), float(y))
                    for x, y in (grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1])
                )
                recs.append(Plot(id=pid, outline=ring, number=f"{b * 25 + i * 5 + j + 1}"))
                cx, cy = np.mean(ring, axis=0)
                house = ((cx - 2.5, cy - 2), (cx + 2.5, cy - 2), (cx + 2.5, cy + 2), (cx - 2.5, cy + 2))
                recs.append(Building(id=f"h-{pid}", outline=house, plot_id=pid))
                recs.append(Household(id=f"hh-{pid}", plot_id=pid, size_persons=5))
    return Document(ProjectInfo(name="Access example", currency="KES"), recs)


def _wait(app, until, timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QThreadPool

    start = time.monotonic()
    while not until():
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(50)
        if time.monotonic() - start > timeout_s:
            raise TimeoutError("the access job did not finish")
    for _ in range(10):
        app.processEvents()


def main(out_dir: str) -> int:
    from designer.analysis.access_derive import accept_derived_paths, derive_paths
    from designer.gui.app import ensure_app
    from designer.gui.main_window import MainWindow

    app = ensure_app()
    doc = settlement()
    accept_derived_paths(derive_paths(doc)).do(doc)
    window = MainWindow()
    window.set_document(doc, None)
    window.resize(1600, 1000)
    window.show()
    dock = window.access_dock
    dock.show()
    dock.raise_()
    window.view.fit_all()
    dock.find_plots()
    _wait(app, lambda: dock.diagnosis is not None and dock.btn_find.isEnabled())
    out = Path(out_dir)
    window.grab().save(str(out / "access-before.png"))
    dock.diagnosis = None
    dock.propose()
    _wait(app, lambda: dock.diagnosis is not None and dock.btn_find.isEnabled())
    window.view.fit_all()
    _wait(app, lambda: True)
    window.grab().save(str(out / "access-after.png"))
    _workshop_shots(app, window, out)
    window.stack.set_clean()
    window.close()
    return 0


def _workshop_shots(app, window, out: Path) -> None:
    """The workshop view at 1280×720 with "Who has a way out?" on: today, then the proposed option."""
    from designer.model.records import EXISTING

    window.set_workshop(True)
    window.resize(1280, 720)
    panel = window.workshop_panel
    page = panel.access
    for scope, name in (
        (EXISTING, "workshop-access-today.png"),
        (window.access_dock.proposal.option_id, "workshop-access-option.png"),
    ):
        page.result = None
        window.session.set_scope(scope)
        if not panel.access_button.isChecked():
            panel.access_button.click()
        _wait(app, lambda s=scope: page.result is not None and (page.result.option_id or EXISTING) == s)
        window.view.fit_all()
        _wait(app, lambda: True)
        window.grab().save(str(out / name))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
