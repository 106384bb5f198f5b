"""The welcome page: what a newcomer can do first, in four big buttons and the recent files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from designer.gui.fitting import FittingScrollArea
from designer.gui.icons import icon

if TYPE_CHECKING:
    from designer.model.document import Document


class _Window(Protocol):
    """What the welcome page asks of the main window (a protocol: no import circle with it)."""

    @property
    def doc(self) -> Document: ...

    @property
    def path(self) -> Path | None: ...

    def recent_files(self) -> list[str]: ...
    def maybe_save(self) -> bool: ...
    def new_project(self) -> None: ...
    def open_dialog(self) -> None: ...
    def open_path(self, path: Path) -> bool: ...
    def show_document(self, doc: Document, path: Path) -> bool: ...
    def show_page(self, widget: QWidget | None = None) -> None: ...
    def import_file(self, kind: str) -> None: ...


__all__ = ["WelcomePage"]


class WelcomePage(QWidget):
    """Shown when Jamii starts without a file: the sample, my settlement's data, an empty project, recent files."""

    def __init__(self, window: _Window) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("page_welcome")
        body = QWidget()
        title = QLabel(self.tr("Welcome to Jamii"), body)
        big = QFont()
        big.setPointSize(22)
        big.setBold(True)
        title.setFont(big)
        intro = QLabel(
            self.tr(
                "Draw your settlement's plots, houses, paths, water and toilets with your neighbours, "
                "try several options, see what each costs a household and who is served, and vote."
            ),
            body,
        )
        intro.setWordWrap(True)
        self.sample_button = self._button(
            self.tr("Explore the sample settlement"), "workshop", self.open_sample
        )
        self.import_button = self._button(
            self.tr("Start from my settlement's data (survey, GIS or DXF)…"), "open", self.start_from_data
        )
        self.new_button = self._button(self.tr("Start an empty project"), "new", self.new_project)
        self.open_button = self._button(self.tr("Open a project file…"), "open", self.open_project)
        grid = QGridLayout()
        for i, b in enumerate((self.sample_button, self.import_button, self.new_button, self.open_button)):
            grid.addWidget(b, i // 2, i % 2)
        self.recent_box = QVBoxLayout()
        self.recent_label = QLabel(self.tr("Recent projects"), body)
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.recent_label)
        layout.addLayout(self.recent_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(FittingScrollArea(body, self))
        self.recent_buttons: list[QPushButton] = []
        self.refresh()

    def _button(self, text: str, icon_name: str, slot: object) -> QPushButton:
        b = QPushButton(icon(icon_name), text)
        b.setIconSize(QSize(40, 40))
        b.setMinimumHeight(72)
        b.setAccessibleName(text)
        b.clicked.connect(slot)
        return b

    def refresh(self) -> None:
        """List the recent projects that still exist."""
        for b in self.recent_buttons:
            self.recent_box.removeWidget(b)
            b.deleteLater()
        self.recent_buttons = []
        for f in self.window_.recent_files():
            if not Path(f).is_file():
                continue
            b = QPushButton(Path(f).name)
            b.setToolTip(f)
            b.setAccessibleName(Path(f).name)
            b.setStyleSheet("text-align: left;")
            b.clicked.connect(lambda _=False, p=f: self._open(Path(p)))
            self.recent_box.addWidget(b)
            self.recent_buttons.append(b)
        self.recent_label.setVisible(bool(self.recent_buttons))

    def _done(self) -> None:
        self.window_.show_page(None)

    def open_sample(self) -> None:
        """Show the bundled sample as an untitled copy."""
        from designer.io.project_file import load_project
        from designer.resources import sample_project_path

        w = self.window_
        if w.maybe_save():
            w.show_document(load_project(sample_project_path()), sample_project_path())
            self._done()

    def start_from_data(self) -> None:
        """A new project, then the import of the settlement's survey or GIS data."""
        w = self.window_
        before = w.doc
        w.new_project()  # asks to save unsaved work first
        if w.doc is not before:
            self._done()
            w.import_file("gis")

    def new_project(self) -> None:
        before = self.window_.doc
        self.window_.new_project()
        if self.window_.doc is not before:
            self._done()

    def open_project(self) -> None:
        self.window_.open_dialog()
        if self.window_.path is not None:
            self._done()

    def _open(self, path: Path) -> None:
        if self.window_.maybe_save() and self.window_.open_path(path):
            self._done()

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(QSize(1200, 640))
