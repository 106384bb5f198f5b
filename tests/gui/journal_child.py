"""Child process for the crash test: open the designer, make edits as a user would, then wait to be killed.

Run as ``python journal_child.py AUTOSAVE_FOLDER``; prints ``edited`` once the last edit is done (the
parent then waits one second and kills it with SIGKILL). Not a test module: it has no tests.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    from designer.gui.main_window import MainWindow
    from designer.model import AddRecord, Toilet, WaterPoint
    from tests.gui.helpers import make_plan_doc

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("JamiiTests")
    QCoreApplication.setApplicationName("JamiiJournalChild")
    app = QApplication([])
    window = MainWindow(autosave_folder=Path(sys.argv[1]))
    window.set_document(make_plan_doc(), None)

    def edit() -> None:
        window.set_scope("opt-a")
        window.stack.push(
            AddRecord(WaterPoint(id="wp-crash", scope="opt-a", position=(25.0, 21.0)), "Add tap")
        )
        window.stack.push(AddRecord(Toilet(id="wc-crash", scope="opt-a", position=(5.0, 12.0)), "Add toilet"))
        window.stack.undo()  # the toilet is taken back: recovery must not bring it back
        window.stack.push(AddRecord(Toilet(id="wc-kept", scope="opt-a", position=(15.0, 12.0)), "Add toilet"))
        print("edited", flush=True)

    QTimer.singleShot(0, edit)
    app.exec()


if __name__ == "__main__":
    main()
