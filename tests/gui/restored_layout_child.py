"""Child process for the restored-layout test: a fresh designer restoring a saved window layout.

The stray tab bars appear only in a new QApplication restoring a layout saved on a larger window, so
this runs in its own process. Run as ``python restored_layout_child.py SAVED`` (SAVED without suffix:
``SAVED.geometry`` and ``SAVED.state`` hold what the designer wrote to its settings); prints one JSON
object: whether the saved layout was restored, the tab bars shown, and those standing over the plan or
a dock. Not a test module: it has no tests.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def main(saved: Path) -> None:
    from PySide6.QtCore import QByteArray, QSettings, Qt
    from PySide6.QtWidgets import QDockWidget, QTabBar

    from designer.gui.app import ensure_app

    app = ensure_app()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QSettings().setValue("window/geometry", QByteArray(saved.with_suffix(".geometry").read_bytes()))
    QSettings().setValue("window/state", QByteArray(saved.with_suffix(".state").read_bytes()))
    from designer.gui.main_window import MainWindow

    window = MainWindow(autosave_folder=Path(tempfile.mkdtemp()))
    window.show()
    for _ in range(20):
        app.processEvents()
    covered = [window.centralWidget().geometry()] + [
        d.geometry() for d in window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()
    ]
    bars = [
        b
        for b in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if b.isVisible()
    ]
    over = [b for b in bars if any(b.geometry().intersects(area) for area in covered)]
    report = {
        "restored": window.access_dock.isVisible(),
        "shown": len(bars),
        "over": len(over),
        # Saved before the docks were fitted to the window: the layout is the user's, left as it was.
        "sized_by_user": window.dock_fit.user_sized,
        "docks_shown": sorted(d.objectName() for d in window.findChildren(QDockWidget) if not d.isHidden()),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
