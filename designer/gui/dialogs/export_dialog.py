"""Export dialog: choose the file and what to export, run it off the UI thread with progress and cancel.

The exporters do not report progress, so the bar is indeterminate; Cancel returns at once, and the
half-written or finished file of a cancelled export is deleted when the worker ends.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.gui.costing_view import snapshot
from designer.gui.workers import Job, run_job
from designer.model.errors import JamiiError
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow
    from designer.model.document import Document

__all__ = ["EXPORTERS", "ExportDialog", "export_function"]

EXTENSIONS = {"dxf": ".dxf", "pdf": ".pdf", "xlsx": ".xlsx", "gpkg": ".gpkg"}


def _dxf(doc: Document, path: Path, option_id: str | None) -> Any:
    from designer.render.dxf import export_dxf

    if option_id is None:
        return export_dxf(doc, path, mode="existing")
    return export_dxf(doc, path, mode="option", option_id=option_id)


def _pdf(doc: Document, path: Path, option_id: str | None) -> Any:
    from designer.render.plan_pdf import export_plan_pdf

    return export_plan_pdf(doc, option_id, path)


def _gpkg(doc: Document, path: Path, option_id: str | None) -> Any:
    from designer.render.gis import export_gpkg

    if option_id is None:
        return export_gpkg(doc, path, mode="existing")
    return export_gpkg(doc, path, mode="option", option_id=option_id)


def _xlsx(doc: Document, path: Path, option_id: str | None) -> Any:
    from costing.report.xlsx import render_boq_xlsx

    bridge = importlib.import_module("designer.estimate.pricing")
    if option_id is None:
        raise JamiiError("a bill of quantities is made for an option: choose one first")
    from designer.io.atomic import atomic_write

    boq = bridge.cost_option(doc, option_id)
    return atomic_write(path, lambda tmp: render_boq_xlsx(boq, tmp))


EXPORTERS: dict[str, Callable[[Document, Path, str | None], Any]] = {
    "dxf": _dxf,
    "pdf": _pdf,
    "xlsx": _xlsx,
    "gpkg": _gpkg,
}


def export_function(fmt: str) -> Callable[[Document, Path, str | None], Any]:
    """Return the exporter of a format ("dxf", "pdf", "xlsx", "gpkg")."""
    return EXPORTERS[fmt]


class ExportDialog(QDialog):
    """Pick a file and an option; Export runs in the background; Cancel stops waiting and cleans up."""

    def __init__(self, window: MainWindow, fmt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.fmt = fmt
        self.job: Job | None = None
        self.outcome = ""  # "done", "failed: …", "cancelled"
        self.setWindowTitle(self.tr("Export %1").replace("%1", fmt.upper()))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.option = QComboBox()
        self.option.addItem(self.tr("Existing conditions"), EXISTING)
        for o in sorted(window.doc.options, key=lambda o: o.id):
            self.option.addItem(o.name, o.id)
        self.option.setCurrentIndex(max(0, self.option.findData(window.ctx.scope)))
        form.addRow(self.tr("What"), self.option)
        row = QHBoxLayout()
        base = (
            window.path.with_suffix(EXTENSIONS[fmt])
            if window.path
            else Path.home() / f"jamii{EXTENSIONS[fmt]}"
        )
        self.file = QLineEdit(str(base))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.file.text(), f"*{EXTENSIONS[self.fmt]}"
        )
        if name:
            self.file.setText(name)

    def start(self) -> None:
        """Run the export in the background."""
        path = Path(self.file.text())
        scope = str(self.option.currentData())
        option_id = None if scope == EXISTING else scope
        snap = snapshot(self.window_.doc)
        fn = export_function(self.fmt)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy
        self.message.setText(self.tr("Exporting…"))
        self.path = path

        def work(progress: Callable[[float], None]) -> Any:
            progress(0.0)
            result = fn(snap, path, option_id)
            progress(1.0)
            return result

        self.job = run_job(work, on_done=self._done, on_failed=self._failed, owner=self)
        # Not through the dialog: the file must go even if the dialog is closed by then.
        self.job.signals.cancelled.connect(lambda p=path: Path(p).unlink(missing_ok=True))

    def _done(self, _result: Any) -> None:
        self.outcome = "done"
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.window_.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(self.path)), 8000)
        self.accept()

    def _failed(self, message: str) -> None:
        self.outcome = f"failed: {message}"
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Not exported: %1").replace("%1", message))

    def cancel(self) -> None:
        """Stop waiting for the export; its output is deleted when the worker ends."""
        if self.job is not None and self.outcome == "":
            self.job.cancel()
            self.outcome = "cancelled"
        self.reject()
