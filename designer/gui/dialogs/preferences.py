"""Preferences: language (default: the system's), autosave interval, snapping grid."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from designer.gui.autosave import DEFAULT_INTERVAL_MIN
from designer.gui.i18n import LANGUAGES

__all__ = ["PreferencesDialog"]


class PreferencesDialog(QDialog):
    """Stores its choices in QSettings when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        s = QSettings()
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("pref_language")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.value("language", "", type=str))))
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", QLabel(self.tr("A new language is used from the next start.")))
        self.autosave = QDoubleSpinBox()
        self.autosave.setRange(0.5, 60.0)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setValue(float(str(s.value("autosave_minutes", DEFAULT_INTERVAL_MIN, type=float))))
        form.addRow(self.tr("Save a safety copy every"), self.autosave)
        self.grid = QDoubleSpinBox()
        self.grid.setRange(0.0, 100.0)
        self.grid.setSuffix(" m")
        self.grid.setSpecialValueText(self.tr("off"))
        self.grid.setValue(float(str(s.value("grid_m", 0.0, type=float))))
        form.addRow(self.tr("Snap to a grid of"), self.grid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        s = QSettings()
        s.setValue("language", self.language.currentData())
        s.setValue("autosave_minutes", self.autosave.value())
        s.setValue("grid_m", self.grid.value())
        super().accept()
