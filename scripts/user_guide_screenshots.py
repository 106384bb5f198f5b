"""Draw the user guide's pictures (resources/guide/guide-*.png) at 1280×800 from the bundled sample.

Usage (from the repository root)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/user_guide_screenshots.py [LANG]

Works on an in-memory copy of the sample; nothing is saved but the pictures. Then run
``scripts/make_user_guide.py`` if the README's guide section changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "guide"


def _settle(app: Any, seconds: float = 1.0) -> None:
    from PySide6.QtCore import QThreadPool

    deadline = time.time() + seconds
    while time.time() < deadline:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(50)


def _type_a_path(window: Any, doc: Any) -> None:
    """Type a path in the middle of the sample, leaving the last segment open (the picture shows it drawn)."""
    window.show_page(None)
    window.set_tool("path")
    from designer.model import Plot
    from designer.tools.base import Button, PointerEvent

    xs = [x for p in doc.of_type(Plot) for x, _ in p.outline]
    ys = [y for p in doc.of_type(Plot) for _, y in p.outline]
    x0, y0 = round((min(xs) + max(xs)) / 2), round((min(ys) + max(ys)) / 2)
    window.focus_coordinate_entry()
    entry = window.coordinate_entry
    for text in (f"{x0}, {y0}", "@20<0", "@12<90"):
        entry.line.setText(text)
        entry.submit()
    entry.line.setText("length 8")
    window.tool.move(PointerEvent(x0 + 20, y0 + 20, Button.NONE))
    window.view.set_scale(6.0)
    window.view.centerOn(x0 + 10, y0 + 8)


def main(lang: str) -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from designer.gui.app import ensure_app
    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setApplicationName("JamiiScreenshots")
    app = ensure_app()
    install_translator(lang)
    window = MainWindow(autosave_folder=Path(tempfile.mkdtemp()))
    doc = load_project(sample_project_path())
    window.set_document(doc, None)
    window.resize(1280, 800)
    window.show()
    window.set_scope("opt-b")
    window.costs_dock.raise_()
    window.view.fit_all()

    def shot(name: str) -> None:
        _settle(app, 1.5)
        out = OUT / f"guide-{name}.png"
        window.grab().save(str(out))
        print(out.relative_to(REPO))

    shot("designer")
    tour = window.start_tour()
    tour.next()  # the tools
    tour.next()  # draw a tap
    shot("tour")
    tour.skip()
    _type_a_path(window, doc)
    shot("keyboard")
    window.coordinate_entry.escape()
    window.coordinate_entry.escape()
    window.set_workshop(True)
    window.view.fit_all()
    shot("workshop")
    window.stack.set_clean()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
