"""Import dialogs: a base survey from DXF or a GIS file (with its layer mapping), and a background
image placed by two clicked reference points.

Reading runs off the UI thread; what is added to the project is one undo step. The readers are the
drawings work's ``designer.io.dxf_import`` / ``designer.io.gis_import`` and the BackgroundImage record.
"""

from __future__ import annotations

import contextlib
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
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from designer.gui.currency_text import library_currency_message
from designer.gui.error_text import error_text
from designer.gui.labels import kind_label
from designer.io.country import CURRENCY_FROM_DATA
from designer.model.commands import AddRecord, Command, Macro, ReplaceRecord
from designer.model.errors import JamiiError
from designer.tools.base import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from designer.gui.session import Session
    from designer.model.document import Document

__all__ = ["BackgroundImageDialog", "SurveyImportDialog", "SurveyPicture", "run_import", "survey_commands"]

IMPORT_LABEL = QT_TRANSLATE_NOOP("command", "Import base survey")
IMAGE_LABEL = QT_TRANSLATE_NOOP("command", "Add background image")


def run_import(session: Session, kind: str, parent: QWidget | None = None) -> None:
    """Open the import dialog of ``kind`` ("dxf", "gis" or "image") over ``parent``."""
    if kind == "image":  # a georeferenced image becomes a layer; a scan is placed by two points
        from designer.gui.dialogs.imagery_dialog import add_image, image_file_filter

        name, _ = QFileDialog.getOpenFileName(
            parent, QApplication.translate("imagery", "Background image"), "", image_file_filter()
        )
        if name and not add_image(session, Path(name), parent):
            BackgroundImageDialog(session, Path(name), parent).exec()  # a scan: placed by two points
        return
    SurveyImportDialog(session, kind, parent).exec()


def import_request(
    path: Path, mapping: dict[str, str], crs: str = "", place: str = "", project_path: Path | None = None
) -> Any:
    """The base-import request of the dialog: the file, the layer mapping the user checked, the CRS typed,
    and where the data should be ("lat,lon" or a country code, to cross-check a first import)."""
    from designer.io.base_import import ImportRequest

    place = place.strip()
    is_point = any(c.isdigit() for c in place)  # "-6.80,39.24" is a place; "KE" or "Kenya" a country
    return ImportRequest(
        source=path,
        mapping=dict(mapping),
        crs=crs.strip() or None,
        near=place if place and is_point else None,
        country=place if place and not is_point else None,
        project_dir=project_path.parent if project_path is not None else None,
    )


def survey_commands(doc: Document, result: Any) -> tuple[list[Command], list[str]]:
    """Return the commands adding an import's records (and setting the project CRS/origin) and its lines."""
    commands: list[Command] = []
    if result.project != doc.project:
        commands.append(ReplaceRecord(doc.project, result.project, IMPORT_LABEL))
    commands += [AddRecord(r, IMPORT_LABEL) for r in result.records]
    return commands, list(result.lines)


class SurveyImportDialog(QDialog):
    """Choose a file, check what each layer becomes, import as one undo step."""

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.path: Path | None = None
        self.mapping: dict[str, str] = {}
        self.guessed: dict[str, str] = {}
        self.previewed = False
        self.outcome = ""
        self.setWindowTitle(self.tr("Import a base survey"))
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("No file chosen"))
        layout.addWidget(self.file_label)
        crs_form = QFormLayout()
        self.crs_edit = QLineEdit()
        self.crs_edit.setPlaceholderText(
            self.tr("as the file says (EPSG:32737, a PROJ string, WKT or a .prj file)")
        )
        self.crs_edit.editingFinished.connect(self._crs_changed)
        crs_form.addRow(self.tr("Coordinate system of the file"), self.crs_edit)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(
            self.tr("latitude,longitude (e.g. -6.80,39.24) or a country code (KE, TZ)")
        )
        self.place_edit.setToolTip(
            self.tr(
                "Where the data should land. An import into a project that already has a drawing is "
                "checked against it; a first import is checked against this place."
            )
        )
        self.place_edit.editingFinished.connect(self._crs_changed)
        crs_form.addRow(self.tr("Where the data should be"), self.place_edit)
        layout.addLayout(crs_form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Layer in the file"), self.tr("Becomes")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.preview_title = QLabel(self.tr("What the import will create"))
        layout.addWidget(self.preview_title)
        self.picture = SurveyPicture()
        layout.addWidget(self.picture)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(160)
        layout.addWidget(self.preview)
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
        self.resize(640, 720)

    def choose_file(self) -> None:
        pattern = (
            self.tr("DXF drawings (*.dxf)")
            if self.kind == "dxf"
            else self.tr("GIS files (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)")
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
        from designer.io.base_import import import_survey

        used: dict[str, str] = {}
        with _busy():
            try:
                result = import_survey(
                    self.session.doc,
                    import_request(path, {}, self.crs_edit.text(), self.place_edit.text(), self.session.path),
                    used,
                )
            except JamiiError as exc:
                self.show_preview(None)
                if not used:
                    self._failed(error_text(exc))
                    return
                # The layers were read (the user may change what they become) but the import is refused
                # (e.g. it lands far from the project): show both.
                self._show_mapping(used)
                self._failed(error_text(exc))
            else:
                self.show_preview(result)
                self._show_mapping(used)
        if done:
            done()

    def _crs_changed(self) -> None:
        """Read the file again in the CRS the user typed (the preview shows where it lands now)."""
        if self.path is not None:
            self.load(self.path)

    def show_preview(self, result: Any) -> None:
        """Show what the import will create: counts, CRS and landing place, fields and their attributes,
        notes, and a small picture of the features (the same lines as ``jamii import-base --dry-run``)."""
        if result is None:
            self.preview.setPlainText("")
            self.picture.set_geometries([])
            self.previewed = False
            return
        lines = [*result.lines[:2], *result.preview_lines(), *result.lines[2:]]
        library_note = library_currency_message(result.project)
        if library_note:
            lines.append(library_note)
        self.preview.setPlainText("\n".join(lines))
        self.previewed = True
        self.picture.set_geometries([f.geometry for f in result.survey.features])

    def _show_mapping(self, mapping: dict[str, str]) -> None:
        from designer.io.gis_import import KINDS

        self.mapping = dict(mapping)
        self.guessed = dict(mapping)
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
        self.import_button.setEnabled(bool(mapping) or self.previewed)

    def start_import(self) -> None:
        """Read again with the chosen mapping and add the features as one undo step."""
        from designer.io.base_import import import_survey

        if self.path is None:
            return
        doc = self.session.doc
        with _busy():
            try:
                # Only the layers the user changed are forced to a kind; the others keep each feature's own.
                changed = {k: v for k, v in self.mapping.items() if self.guessed.get(k) != v}
                request = import_request(
                    self.path, changed, self.crs_edit.text(), self.place_edit.text(), self.session.path
                )
                result = survey_commands(doc, import_survey(doc, request))
            except JamiiError as exc:
                self._failed(error_text(exc))
                return
        self._apply(result)

    def _apply(self, result: tuple[list[Command], list[str]]) -> None:
        commands, notes = result
        before = self.session.doc.project
        try:
            self.session.stack.push(Macro(IMPORT_LABEL, tuple(commands)))
        except JamiiError as exc:
            self._failed(error_text(exc))
            return
        self.session.scene.rebuild()
        self.session.view.fit_all()
        self.outcome = "done"
        added = sum(isinstance(c, AddRecord) for c in commands)
        message = self.tr("Imported %1 features").replace("%1", str(added))
        project = self.session.doc.project
        if project.currency_source.startswith(CURRENCY_FROM_DATA) and project.currency != before.currency:
            message += " · " + self.tr("currency %1, from the country the data lies in").replace(
                "%1", project.currency
            )
        self.session.show_message(message, 8000)
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


class SurveyPicture(QWidget):
    """A small drawing of the features an import will add (plan view, north up, scaled to fit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[tuple[list[QPointF], bool]] = []
        self.setMinimumSize(320, 200)

    def set_geometries(self, geometries: list[Any]) -> None:
        import shapely

        self.paths = []
        if geometries:
            xmin, ymin, xmax, ymax = shapely.total_bounds(geometries)
            w, h = max(xmax - xmin, 1e-9), max(ymax - ymin, 1e-9)
            s = min((self.width() - 12) / w, (self.height() - 12) / h)
            for g in geometries[:20_000]:
                for part in shapely.get_parts(g):
                    ring = part.exterior if part.geom_type == "Polygon" else part
                    xy = shapely.get_coordinates(ring)
                    pts = [QPointF(6 + (x - xmin) * s, self.height() - 6 - (y - ymin) * s) for x, y in xy]
                    self.paths.append((pts, part.geom_type == "Point"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#1f78b4"), 1))
        for pts, is_point in self.paths:
            if is_point:
                p.drawEllipse(pts[0], 2.5, 2.5)
            else:
                p.drawPolyline(pts)
        p.end()


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
