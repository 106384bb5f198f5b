"""Export dialog: every format of the one exporter registry, run off the UI thread with progress and cancel.

The formats, their names and the files they write are those of ``jamii export``
(:mod:`designer.export.registry`): "pdf" is the bill of quantities, "plan" the plan sheet. Every export goes
through :func:`~designer.export.registry.run_export`, so it gets the atomic write, the privacy rule and the
project's number locale, as on the command line.

The exporters report how far they are; the bar follows. Cancel stops the export at its next report. Only
the exporter's final rename publishes the file, so a cancelled export writes nothing and leaves an older
file of the same name exactly as it was.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication
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

from designer.export.registry import EXPORTERS, SUFFIXES, run_export
from designer.export.request import ExportRequest
from designer.gui.workers import Job, run_job
from designer.model.privacy import exportable
from designer.model.project import Option
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from collections.abc import Callable

    from designer.gui.session import Session

__all__ = ["ALL_OPTIONS", "DRAWING_FORMATS", "ExportDialog", "format_labels"]

ALL_OPTIONS = "__all_options__"
"""The "What" choice that draws every option at once on status layers (drawing formats only)."""

DRAWING_FORMATS = frozenset({"dxf", "gpkg", "geojson"})
"""Formats that can show all options on one drawing (``jamii export --all-options``)."""

_PROGRESS_STEPS = 100
_NAME_PART = {
    "pdf": "-bill",
    "xlsx": "-bill",
    "csv": "-bill",
    "plan": "-plan",
    "poster": "-poster",
    "house-dxf": "-houses",
    "house-pdf": "-houses",
}
"""Added to the project's file name for the proposed export name, so that formats do not overwrite each other."""


def format_labels() -> dict[str, str]:
    """Return the Export menu's text of every registry format, in the registry's order, translated."""
    labels = {
        "dxf": QCoreApplication.translate("ExportDialog", "DXF drawing…"),
        "gpkg": QCoreApplication.translate("ExportDialog", "GeoPackage…"),
        "geojson": QCoreApplication.translate("ExportDialog", "GeoJSON…"),
        "pdf": QCoreApplication.translate("ExportDialog", "Bill of quantities (PDF)…"),
        "xlsx": QCoreApplication.translate("ExportDialog", "Bill of quantities (XLSX)…"),
        "csv": QCoreApplication.translate("ExportDialog", "Bill of quantities (CSV)…"),
        "plan": QCoreApplication.translate("ExportDialog", "Plan sheet (PDF)…"),
        "poster": QCoreApplication.translate("ExportDialog", "Workshop poster (PDF)…"),
        "house-dxf": QCoreApplication.translate("ExportDialog", "House plans (DXF)…"),
        "house-pdf": QCoreApplication.translate("ExportDialog", "House sheets (PDF)…"),
    }
    # A format added to the registry without a label here still appears, under its name (a test asks
    # for a label).
    return {fmt: labels.get(fmt, f"{fmt}…") for fmt in EXPORTERS}


def _request(doc_options: dict[str, Option], scope: str) -> ExportRequest:
    """Return the request of a "What" choice, with the CLI's defaults for everything else."""
    if scope == EXISTING:
        return ExportRequest("existing", None)
    if scope == ALL_OPTIONS:
        return ExportRequest("all", None)
    return ExportRequest("option", doc_options[scope])


class ExportDialog(QDialog):
    """Pick a file and what to export; Export runs in the background with a progress bar; Cancel stops it."""

    def __init__(self, session: Session, fmt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fmt = fmt
        self.job: Job | None = None
        self.outcome = ""  # "done", "failed: …", "cancelled"
        self.path: Path | None = None
        label = format_labels()[fmt].rstrip("…")
        self.setWindowTitle(self.tr("Export %1").replace("%1", label))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.option = QComboBox()
        self.option.addItem(self.tr("Existing conditions"), EXISTING)
        for o in sorted(session.doc.options, key=lambda o: o.id):
            self.option.addItem(o.name, o.id)
        if fmt in DRAWING_FORMATS and session.doc.options:
            self.option.addItem(self.tr("All options on one drawing"), ALL_OPTIONS)
        self.option.setCurrentIndex(max(0, self.option.findData(session.ctx.scope)))
        form.addRow(self.tr("What"), self.option)
        row = QHBoxLayout()
        self.file = QLineEdit(str(self._proposed_path()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, _PROGRESS_STEPS)
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

    def _proposed_path(self) -> Path:
        part, suffix = _NAME_PART.get(self.fmt, ""), SUFFIXES.get(self.fmt, "")
        path = self.session.path
        if path is not None:
            return path.with_name(path.stem + part + suffix)
        return Path.home() / f"jamii{part}{suffix}"

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.file.text(), f"*{SUFFIXES.get(self.fmt, '')}"
        )
        if name:
            self.file.setText(name)

    def start(self) -> None:
        """Run the export in the background (on a copy of the document without personal data)."""
        path = Path(self.file.text())
        public = exportable(self.session.doc)  # an independent copy: the user may edit on meanwhile
        request = _request({o.id: o for o in public.options}, str(self.option.currentData()))
        if self.session.path is not None:  # background images are found beside the project file
            request = replace(request, project_dir=self.session.path.parent)
        fmt = self.fmt
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.message.setText(self.tr("Exporting…"))
        self.path = path
        published: list[str] = []  # the exporter's description, once its rename has published the file

        def work(progress: Callable[[float], None]) -> str:
            published.append(run_export(fmt, public, path, replace(request, progress=progress)))
            return published[-1]

        self.job = run_job(
            work, on_done=self._done, on_failed=self._failed, on_progress=self._progress, owner=self
        )
        # Not through the dialog, which Cancel closes at once: the session's status line says how it ended.
        session = self.session
        self.job.signals.cancelled.connect(lambda: _say_cancelled(session, path, bool(published)))

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(min(max(fraction, 0.0), 1.0) * _PROGRESS_STEPS))

    def _done(self, _result: Any) -> None:
        self.outcome = "done"
        self.progress.setValue(_PROGRESS_STEPS)
        self.session.show_message(self.tr("Exported %1").replace("%1", str(self.path)), 8000)
        self.accept()

    def _failed(self, message: str) -> None:
        self.outcome = f"failed: {message}"
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Not exported: %1").replace("%1", message))

    def cancel(self) -> None:
        """Stop the export at its next progress report and close; nothing already on disk is touched."""
        if self.job is not None and self.outcome == "":
            self.job.cancel()
            self.outcome = "cancelled"
        self.reject()


def _say_cancelled(session: Session, path: Path, published: bool) -> None:
    """Tell the user how a cancelled export ended: stopped in time, or finished just before."""
    if not shiboken6.isValid(session):  # the window and its session closed while the export stopped
        return
    if published:
        text = QCoreApplication.translate("ExportDialog", "Exported %1 (it was finished before Cancel)")
    else:
        text = QCoreApplication.translate("ExportDialog", "Export cancelled: %1 was not written")
    session.show_message(text.replace("%1", str(path)), 8000)
