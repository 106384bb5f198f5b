"""Imagery in the designer: add an image (georeferenced → a layer; a scan → two-point placement), build
overviews with progress and cancel, and the Imagery layers dialog (order, visibility, opacity, date,
brightness/contrast, re-link a moved file).

The checks and records are ``designer.io.imagery``'s, the same as ``jamii imagery``; slow work (checksum of
a 2 GB file, building overviews) runs off the UI thread; every change is one undo step.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.model.commands import AddRecord, Command, Macro, ReplaceRecord
from designer.model.errors import JamiiError
from designer.tools.base import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from designer.gui.session import Session
    from designer.model.background import RasterLayer

__all__ = ["ImageryDialog", "add_image", "build_overviews_for", "image_file_filter"]

ADD_LABEL = QT_TRANSLATE_NOOP("command", "Add imagery layer")
CHANGE_LABEL = QT_TRANSLATE_NOOP("command", "Change imagery layer")
OVERVIEW_MIN_SIDE_PX = 4096
"""Images larger than this without overviews are offered an overview build (smaller ones read fast whole)."""


def image_file_filter() -> str:
    return QCoreApplication.translate(
        "imagery", "Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)"
    )


def _project_file(session: Session) -> Path:
    """Where relative image paths start: the project file (an unsaved project: the working folder)."""
    return session.path if session.path is not None else Path.cwd() / "untitled.jamii"


def add_image(session: Session, path: Path, parent: QWidget | None = None) -> bool:
    """Add ``path`` as a layer when it is georeferenced (checksum on a worker thread).

    Returns:
        False when it is a scan to place by two points (the caller opens that dialog); True when handled
        (added, or the one-line reason it cannot be shown).
    """
    from designer.gui.workers import run_job
    from designer.io.imagery import add_raster_layer
    from designer.io.raster import file_sha256, inspect_raster

    try:
        info = inspect_raster(path)
    except JamiiError as exc:
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".bmp"):
            return False  # Qt may read what GDAL does not
        session.show_error(exc)
        return True
    if not info.georeferenced:
        return False
    doc, project_file = session.doc, _project_file(session)
    busy = QProgressDialog(
        QCoreApplication.translate("imagery", "Checking %1…").replace("%1", path.name), "", 0, 0, parent
    )
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.show()

    def done(sha256: Any) -> None:
        busy.close()
        try:  # PROJ on the GUI thread: pyproj beside GDAL's PROJ in a worker thread is not safe
            added = add_raster_layer(doc, path, project_file, sha256=str(sha256))
        except JamiiError as exc:
            session.show_error(exc)
            return
        commands: list[Command] = []
        if added.project != doc.project:
            commands.append(ReplaceRecord(doc.project, added.project, ADD_LABEL))
        commands.append(AddRecord(added.layer, ADD_LABEL))
        session.stack.push(Macro(ADD_LABEL, tuple(commands)) if len(commands) > 1 else commands[0])
        session.show_message(added.lines[0])
        if not info.overview_factors and max(info.width_px, info.height_px) > OVERVIEW_MIN_SIDE_PX:
            text = QCoreApplication.translate(
                "imagery",
                "%1 has no overviews: panning and zooming will be slow. Build them now (%1.ovr beside it)?",
            )
            title = QCoreApplication.translate("imagery", "Build overviews?")
            ask = QMessageBox.question(parent, title, text.replace("%1", path.name))
            if ask == QMessageBox.StandardButton.Yes:
                build_overviews_for(session, path, parent)

    def failed(message: str) -> None:
        busy.close()
        session.show_error(message)

    run_job(lambda _progress: file_sha256(path), done, failed, owner=parent)
    return True


def build_overviews_for(session: Session, image: Path, parent: QWidget | None = None) -> Any:
    """Build ``image``'s overviews on a worker thread with a progress dialog whose Cancel stops the build."""
    from designer.gui.workers import run_job
    from designer.io.raster_overviews import build_overviews

    progress = QProgressDialog(
        QCoreApplication.translate("imagery", "Building overviews of %1…").replace("%1", image.name),
        QCoreApplication.translate("imagery", "Cancel"),
        0,
        100,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def done(_out: Any) -> None:
        progress.close()
        session.scene.rebuild_imagery()  # the items reopen the file with its overviews
        session.show_message(
            QCoreApplication.translate("imagery", "%1: overviews built").replace("%1", image.name)
        )

    def failed(message: str) -> None:
        progress.close()
        session.show_error(message)

    def cancelled() -> None:
        progress.close()
        session.show_message(
            QCoreApplication.translate(
                "imagery", "%1: building overviews cancelled; nothing was written"
            ).replace("%1", image.name)
        )

    job = run_job(
        lambda report: build_overviews(image, progress=report),
        done,
        failed,
        lambda f: progress.setValue(int(f * 100)),
        cancelled,
        owner=parent,
    )
    progress.canceled.connect(job.cancel)
    return job


class ImageryDialog(QDialog):
    """The project's imagery layers, bottom first; the chosen one's settings; re-link and overviews."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Imagery layers"))
        self.setObjectName("imagery_dialog")
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_current)
        layout.addWidget(self.list)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        form = QFormLayout()
        self.name = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, empty when not known"))
        self.visible = QCheckBox(self.tr("Shown"))
        self.opacity = self._spin(0.0, 1.0, 0.1)
        self.brightness = self._spin(-1.0, 1.0, 0.05)
        self.contrast = self._spin(0.0, 4.0, 0.1)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date taken"), self.date)
        form.addRow("", self.visible)
        form.addRow(self.tr("Opacity"), self.opacity)
        form.addRow(self.tr("Brightness"), self.brightness)
        form.addRow(self.tr("Contrast"), self.contrast)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.up, self.down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        self.relink_button = QPushButton(self.tr("Re-link…"))
        self.overviews_button = QPushButton(self.tr("Build overviews…"))
        for button in (self.up, self.down, self.relink_button, self.overviews_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.up.clicked.connect(lambda: self.move_layer(+1))
        self.down.clicked.connect(lambda: self.move_layer(-1))
        self.relink_button.clicked.connect(lambda: self.relink(None))
        self.overviews_button.clicked.connect(self._build_overviews)
        for widget in (self.name, self.date):
            widget.editingFinished.connect(self.apply)
        self.visible.toggled.connect(self.apply)
        for spin in (self.opacity, self.brightness, self.contrast):
            spin.valueChanged.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._filling = False
        self.refresh()

    def _spin(self, low: float, high: float, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(2)
        return spin

    def layers(self) -> list[RasterLayer]:
        from designer.model.background import RasterLayer

        return sorted(self.session.doc.of_type(RasterLayer), key=lambda r: (-r.order, r.id))

    def current(self) -> RasterLayer | None:
        item = self.list.currentItem()
        from designer.model.background import RasterLayer

        rec = self.session.doc.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        return rec if isinstance(rec, RasterLayer) else None

    def refresh(self) -> None:
        """List the layers, top first, with a mark on those whose file is missing or changed."""
        from designer.io.imagery import layer_status

        keep = self.current()
        self._filling = True
        self.list.clear()
        folder = self.session.path.parent if self.session.path is not None else None
        for rec in self.layers():
            state = layer_status(rec, folder).state
            mark = {"missing": self.tr(" (file missing)"), "changed": self.tr(" (file changed)")}.get(
                state, ""
            )
            item = QListWidgetItem(f"{rec.name or rec.id}{' · ' + rec.date if rec.date else ''}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            self.list.addItem(item)
            if keep is not None and keep.id == rec.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._filling = False
        self._show_current()

    def _show_current(self, *_: Any) -> None:
        from designer.io.imagery import layer_status

        rec = self.current()
        for w in (
            self.name,
            self.date,
            self.visible,
            self.opacity,
            self.brightness,
            self.contrast,
            self.up,
            self.down,
            self.relink_button,
            self.overviews_button,
        ):
            w.setEnabled(rec is not None)
        if rec is None:
            self.status.setText(self.tr("No imagery layers: add one with File ▸ Import ▸ Background image."))
            return
        was, self._filling = self._filling, True
        self.name.setText(rec.name)
        self.date.setText(rec.date)
        self.visible.setChecked(rec.visible)
        self.opacity.setValue(rec.opacity)
        self.brightness.setValue(rec.brightness)
        self.contrast.setValue(rec.contrast)
        self._filling = was
        folder = self.session.path.parent if self.session.path is not None else None
        status = layer_status(rec, folder)
        problem = self.session.scene.imagery_problems.get(rec.id)
        self.status.setText(problem or status.line)

    def _push(self, old: RasterLayer, new: RasterLayer) -> None:
        if new != old:
            self.session.stack.push(ReplaceRecord(old, new, CHANGE_LABEL, merge_key=f"imagery:{old.id}"))

    def apply(self, *_: Any) -> None:
        """Store the form's values in the current layer (a bad date is refused in one line)."""
        rec = self.current()
        if rec is None or self._filling:
            return
        try:
            new = dataclasses.replace(
                rec,
                name=self.name.text().strip(),
                date=self.date.text().strip(),
                visible=self.visible.isChecked(),
                opacity=round(self.opacity.value(), 2),
                brightness=round(self.brightness.value(), 2),
                contrast=round(self.contrast.value(), 2),
            )
        except JamiiError as exc:
            self.session.show_error(exc)
            self.status.setText(str(exc))
            return
        self._push(rec, new)

    def move_layer(self, step: int) -> None:
        """Swap the current layer's order with its neighbour above (+1) or below (-1)."""
        rec = self.current()
        layers = self.layers()[::-1]  # bottom first
        if rec is None:
            return
        i = next(n for n, r in enumerate(layers) if r.id == rec.id)
        j = i + step
        if not 0 <= j < len(layers):
            return
        other = layers[j]
        a, b = rec.order, other.order
        if a == b:
            a, b = (b + step, b) if step > 0 else (b - 1, b)
        else:
            a, b = b, a
        swap = (
            ReplaceRecord(rec, dataclasses.replace(rec, order=a)),
            ReplaceRecord(other, dataclasses.replace(other, order=b)),
        )
        self.session.stack.push(Macro(CHANGE_LABEL, swap))
        self.refresh()

    def relink(self, path: Path | None) -> None:
        """Point the current layer at its moved file (asked for when ``path`` is None)."""
        from designer.io.imagery import relink_layer

        rec = self.current()
        if rec is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Re-link"), "", image_file_filter())
            if not name:
                return
            path = Path(name)
        try:
            new, lines = relink_layer(rec, path, _project_file(self.session))
        except JamiiError as exc:
            self.session.show_error(exc)
            self.status.setText(str(exc))
            return
        self.session.stack.push(ReplaceRecord(rec, new, CHANGE_LABEL))
        self.session.show_message("; ".join(lines))
        self.refresh()

    def _build_overviews(self) -> None:
        from designer.io.raster import resolve_path

        rec = self.current()
        if rec is None:
            return
        folder = self.session.path.parent if self.session.path is not None else None
        build_overviews_for(self.session, resolve_path(rec.path, folder), self)
