"""Import dialogs: a base survey from DXF or a GIS file (with its layer mapping), and a background
image placed by two clicked reference points.

Reading runs off the UI thread; what is added to the project is one undo step. The readers are the
drawings work's ``designer.io.dxf_import`` / ``designer.io.gis_import`` and the BackgroundImage record.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from designer.gui.labels import kind_label
from designer.model.commands import AddRecord, Command, Macro, ReplaceRecord
from designer.model.entities import Entity
from designer.model.errors import JamiiError
from designer.tools.base import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from designer.gui.session import Session
    from designer.model.document import Document

__all__ = ["BackgroundImageDialog", "SurveyImportDialog", "run_import", "survey_commands"]

IMPORT_LABEL = QT_TRANSLATE_NOOP("command", "Import base survey")
IMAGE_LABEL = QT_TRANSLATE_NOOP("command", "Add background image")


def run_import(session: Session, kind: str, parent: QWidget | None = None) -> None:
    """Open the import dialog of ``kind`` ("dxf", "gis" or "image") over ``parent``."""
    dialog: QDialog = (
        BackgroundImageDialog(session, None, parent)
        if kind == "image"
        else SurveyImportDialog(session, kind, parent)
    )
    dialog.exec()


def read_survey(path: Path, doc: Document, mapping: dict[str, str], used: dict[str, str]) -> Any:
    """Read a DXF or GIS base survey into the project's CRS (``used`` receives the layer mapping)."""
    project = doc.project
    if path.suffix.lower() == ".dxf":
        from designer.io.dxf_import import read_dxf

        return read_dxf(path, target_epsg=project.crs_epsg, mapping=mapping, mapping_out=used)
    from designer.io.gis_import import read_gis

    return read_gis(path, target_epsg=project.crs_epsg, mapping=mapping, mapping_out=used)


def survey_commands(doc: Document, survey: Any) -> tuple[list[Command], list[str]]:
    """Return the commands adding a survey's features (and setting the project CRS/origin) and notes."""
    import shapely

    from designer.io.gis_import import survey_records

    project = doc.project
    origin = (project.origin_x_m, project.origin_y_m)
    has_entities = any(isinstance(r, Entity) for r in doc.records())
    if not has_entities and origin == (0.0, 0.0) and survey.crs_epsg is not None and survey.features:
        xmin, ymin, _, _ = shapely.total_bounds([f.geometry for f in survey.features])
        origin = (math.floor(xmin / 100.0) * 100.0, math.floor(ymin / 100.0) * 100.0)
    records, notes = survey_records(survey, origin)
    commands: list[Command] = []
    new_project = dataclasses.replace(
        project, crs_epsg=survey.crs_epsg or project.crs_epsg, origin_x_m=origin[0], origin_y_m=origin[1]
    )
    if new_project != project:
        commands.append(ReplaceRecord(project, new_project, IMPORT_LABEL))
    commands += [AddRecord(r, IMPORT_LABEL) for r in records]
    return commands, [*survey.notes, *notes]


class SurveyImportDialog(QDialog):
    """Choose a file, check what each layer becomes, import as one undo step."""

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.path: Path | None = None
        self.mapping: dict[str, str] = {}
        self.outcome = ""
        self.setWindowTitle(self.tr("Import a base survey"))
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("No file chosen"))
        layout.addWidget(self.file_label)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Layer in the file"), self.tr("Becomes")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose = self.buttons.addButton(self.tr("Choose file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.choose.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def choose_file(self) -> None:
        pattern = (
            self.tr("DXF drawings (*.dxf)")
            if self.kind == "dxf"
            else self.tr("GIS files (*.geojson *.json *.gpkg *.shp *.csv)")
        )
        name, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "", pattern)
        if name:
            self.load(Path(name))

    def load(self, path: Path, done: Callable[[], None] | None = None) -> None:
        """Read ``path`` and show the layer mapping it guesses.

        Reading runs on the UI thread (with a busy cursor): pyproj, which reprojects the survey,
        crashed the process when called from a Qt pool thread, and an import is a one-off wait.
        """
        self.path = path
        self.file_label.setText(str(path))
        used: dict[str, str] = {}
        with _busy():
            try:
                read_survey(path, self.session.doc, {}, used)
            except JamiiError as exc:
                if not used:
                    self._failed(str(exc))
                    return
        self._show_mapping(used)
        if done:
            done()

    def _show_mapping(self, mapping: dict[str, str]) -> None:
        from designer.io.gis_import import KINDS

        self.mapping = dict(mapping)
        self.table.setRowCount(len(mapping))
        for i, (layer, kind) in enumerate(sorted(mapping.items())):
            self.table.setItem(i, 0, _item(layer))
            combo = QComboBox()
            for k in KINDS:
                combo.addItem(self.tr("(leave out)") if k == "ignore" else kind_label(k), k)
            combo.setCurrentIndex(max(0, combo.findData(kind)))
            combo.currentIndexChanged.connect(
                lambda _i, lay=layer, c=combo: self.mapping.__setitem__(lay, c.currentData())
            )
            self.table.setCellWidget(i, 1, combo)
        self.message.setText(self.tr("Check what each layer becomes, then import."))
        self.import_button.setEnabled(bool(mapping))

    def start_import(self) -> None:
        """Read again with the chosen mapping and add the features as one undo step."""
        if self.path is None:
            return
        doc = self.session.doc
        with _busy():
            try:
                result = survey_commands(doc, read_survey(self.path, doc, dict(self.mapping), {}))
            except JamiiError as exc:
                self._failed(str(exc))
                return
        self._apply(result)

    def _apply(self, result: tuple[list[Command], list[str]]) -> None:
        commands, notes = result
        try:
            self.session.stack.push(Macro(IMPORT_LABEL, tuple(commands)))
        except JamiiError as exc:
            self._failed(str(exc))
            return
        self.session.scene.rebuild()
        self.session.view.fit_all()
        self.outcome = "done"
        added = sum(isinstance(c, AddRecord) for c in commands)
        self.session.show_message(self.tr("Imported %1 features").replace("%1", str(added)), 8000)
        self.notes = notes
        self.accept()

    def _failed(self, message: str) -> None:
        self.outcome = f"failed: {message}"
        self.message.setText(self.tr("Not imported: %1").replace("%1", message))
        self.import_button.setEnabled(bool(self.mapping))


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """Show the wait cursor while the UI thread works."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _item(text: str) -> Any:
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class ImagePicker(QWidget):
    """Shows an image scaled to fit; each click records a reference pixel (two at most).

    Signals:
        picked(int, float, float): reference number (0 or 1) and its pixel position in the image.
    """

    picked = Signal(int, float, float)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.points: list[tuple[float, float]] = []
        self.setMinimumSize(480, 320)

    def _scale(self) -> float:
        return min(self.width() / max(1, self.image.width()), self.height() / max(1, self.image.height()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        s = self._scale()
        px, py = event.position().x() / s, event.position().y() / s
        if not (0 <= px <= self.image.width() and 0 <= py <= self.image.height()):
            return
        if len(self.points) == 2:
            self.points = []
        self.points.append((px, py))
        self.picked.emit(len(self.points) - 1, px, py)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        s = self._scale()
        p.drawImage(0, 0, self.image.scaled(int(self.image.width() * s), int(self.image.height() * s)))
        p.setPen(QPen(QColor("#D55E00"), 3))
        for i, (x, y) in enumerate(self.points):
            c = QPointF(x * s, y * s)
            p.drawEllipse(c, 8, 8)
            p.drawText(c + QPointF(10, -10), str(i + 1))
        p.end()


class BackgroundImageDialog(QDialog):
    """Pick an image, click two points on it and say where they are on the plan (metres)."""

    def __init__(self, session: Session, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Background image"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(
            QLabel(self.tr("Click two points on the image whose place on the plan you know."))
        )
        self.picker: ImagePicker | None = None
        self.path: Path | None = None
        self.form = QFormLayout()
        self.coords: list[QDoubleSpinBox] = []
        for i in (1, 2):
            for axis in ("x", "y"):
                spin = QDoubleSpinBox()
                spin.setRange(-1e7, 1e7)
                spin.setDecimals(2)
                spin.setSuffix(" m")
                self.coords.append(spin)
                self.form.addRow(
                    self.tr("Point %1, %2 on the plan").replace("%1", str(i)).replace("%2", axis), spin
                )
        self.pixels: list[tuple[float, float] | None] = [None, None]
        self.layout_.addLayout(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                parent, self.windowTitle(), "", self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)")
            )
            path = Path(name) if name else None
        if path is not None:
            self.set_image(path)

    def set_image(self, path: Path) -> None:
        image = QImage(str(path))
        if image.isNull():
            self.session.show_error(self.tr("%1 is not an image Jamii can read").replace("%1", path.name))
            return
        self.path = path
        self.picker = ImagePicker(image)
        self.picker.picked.connect(self.set_pixel)
        self.layout_.insertWidget(1, self.picker)

    def set_pixel(self, index: int, px: float, py: float) -> None:
        self.pixels[index] = (px, py)

    def set_plan_point(self, index: int, x_m: float, y_m: float) -> None:
        self.coords[2 * index].setValue(x_m)
        self.coords[2 * index + 1].setValue(y_m)

    def record(self) -> Any:
        """Return the BackgroundImage record the dialog describes (raises JamiiError if it is not valid)."""
        from designer.model.background import BackgroundImage
        from designer.model.records import new_id

        if self.path is None or self.picker is None or None in self.pixels:
            raise JamiiError("click two points on the image first")
        p1, p2 = self.pixels
        assert p1 is not None
        assert p2 is not None
        c = [s.value() for s in self.coords]
        rel = self.path
        if self.session.path is not None:
            try:
                rel = self.path.resolve().relative_to(self.session.path.resolve().parent)
            except ValueError:
                rel = self.path
        return BackgroundImage(
            id=new_id(BackgroundImage.ID_PREFIX),
            path=str(rel),
            width_px=self.picker.image.width(),
            height_px=self.picker.image.height(),
            ref1_px=p1,
            ref1_m=(c[0], c[1]),
            ref2_px=p2,
            ref2_m=(c[2], c[3]),
            name=self.path.stem,
        )

    def accept(self) -> None:
        try:
            rec = self.record()
            self.session.stack.push(AddRecord(rec, IMAGE_LABEL))
        except JamiiError as exc:
            self.session.show_error(exc)
            return
        super().accept()
