"""Design → Costing assumptions…: the project's own values for the numbers an estimate rests on.

Each row is an assumption (``designer.estimate.assumptions.ASSUMPTIONS``: percentages, tax, country, the
exchange rate with its date and source, discount rate, affordability thresholds; more by name, such as
``lifetime_years.7`` or ``rule.toilet.pit_m3_per_seat``). An empty value means "the shipped or library
value". OK saves them in the project file as one undoable step; every report prints them with their source.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.estimate.assumptions import ASSUMPTIONS, check_assumptions
from designer.estimate.library import CostingError
from designer.model.project import ProjectInfo

__all__ = ["AssumptionsDialog"]


class AssumptionsDialog(QDialog):
    """A two-column table (name, value); ``project`` is the changed project record after a valid OK."""

    def __init__(self, project: ProjectInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = project
        self.project: ProjectInfo | None = None
        self.setWindowTitle(self.tr("Costing assumptions"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Leave a value empty to use the cost library's or Jamii's own. Other names: "
                "lifetime_years.<bill>, om_pct.<bill>, rule.<kind>.<parameter>."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("assumptions_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Value"), self.tr("Meaning")])
        given = dict(project.assumptions)
        for name in [*ASSUMPTIONS, *(n for n in given if n not in ASSUMPTIONS)]:
            self._add_row(name, given.get(name, ""), ASSUMPTIONS.get(name, ""))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        add = QPushButton(self.tr("Add a row"))
        add.clicked.connect(lambda: self._add_row("", "", ""))
        layout.addWidget(add)
        self.error = QLabel()
        self.error.setObjectName("assumptions_error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_row(self, name: str, value: str, meaning: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.setItem(row, 2, QTableWidgetItem(meaning))

    def pairs(self) -> dict[str, str]:
        """Return the non-empty (name, value) rows of the table."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            value = value_item.text().strip() if value_item is not None else ""
            if name and value:
                out[name] = value
        return out

    def accept(self) -> None:
        """Keep the dialog open with one plain line when a name or value is not valid."""
        pairs = self.pairs()
        try:
            check_assumptions(pairs)
        except CostingError as exc:
            self.error.setText(str(exc))
            return
        self.project = dataclasses.replace(self.original, assumptions=tuple(sorted(pairs.items())))
        super().accept()
