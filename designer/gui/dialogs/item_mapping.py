"""Costs → Map cost-library items…: which item of the project's cost library prices each Jamii item.

One row per item Jamii's measurement rules bill (code, unit, description); the user types the library's
item code and, where the units differ, the conversion factor (library units per Jamii unit). The check
column shows the unit check as it is typed: a m3 quantity cannot take a per-metre rate until a factor is
given (the bill then prints the conversion). Save checks every row, writes the mapping into the library in
one transaction and, when a mapping file is named, writes that file in one atomic step; Cancel changes
nothing. The rules are in ``designer.estimate.item_mapping`` (no Qt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.estimate.item_mapping import (
    JamiiItem,
    MappingCheck,
    MappingEntry,
    check_entry,
    current_mapping,
    parse_factor,
    save_mapping,
)
from designer.estimate.library import CostingError

if TYPE_CHECKING:
    from designer.estimate.library import CostLibrary

__all__ = ["ItemMappingDialog"]

COL_CODE, COL_UNIT, COL_DESCRIPTION, COL_TARGET, COL_TARGET_UNIT, COL_FACTOR, COL_CHECK = range(7)
_BAD = QColor("#b00020")


class ItemMappingDialog(QDialog):
    """The mapping table of one library; ``saved`` is True after a successful Save."""

    def __init__(self, library: CostLibrary, items: list[JamiiItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.items = items
        self.saved = False
        self.setWindowTitle(self.tr("Map cost-library items"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "For each Jamii item, the item of cost library {name} that prices it. Where the units differ, "
                "give the conversion factor (library units per Jamii unit): the bill prints it. An item "
                "left empty stays unpriced if the library lacks it."
            ).format(name=library.meta.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit()
        self.filter.setObjectName("mapping_filter")
        self.filter.setPlaceholderText(self.tr("Show items containing…"))
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(len(items), 7)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Jamii item"),
                self.tr("Unit"),
                self.tr("Description"),
                self.tr("Library item"),
                self.tr("Library unit"),
                self.tr("Factor"),
                self.tr("Unit check"),
            ]
        )
        self._fill_table()
        layout.addWidget(self.table)
        file_row = QHBoxLayout()
        self.mapping_file = QLineEdit()
        self.mapping_file.setObjectName("mapping_file")
        self.mapping_file.setPlaceholderText(self.tr("also write a mapping file (.toml), optional"))
        browse = QPushButton(self.tr("Mapping file…"))
        browse.clicked.connect(self._choose_file)
        file_row.addWidget(self.mapping_file)
        file_row.addWidget(browse)
        layout.addLayout(file_row)
        self.error = QLabel()
        self.error.setObjectName("mapping_error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_problems()

    # ------------------------------------------------------------------ rows
    def _fill_table(self) -> None:
        mapping = current_mapping(self.library)
        self.table.blockSignals(True)
        for row, item in enumerate(self.items):
            entry = mapping.get(item.code)
            for col, text in (
                (COL_CODE, item.code),
                (COL_UNIT, item.unit),
                (COL_DESCRIPTION, item.description),
                (COL_TARGET, entry.target_code if entry else ""),
                (COL_TARGET_UNIT, ""),
                (
                    COL_FACTOR,
                    f"{entry.factor.normalize():f}" if entry and entry.factor not in (None, 1) else "",
                ),
                (COL_CHECK, ""),
            ):
                cell = QTableWidgetItem(text)
                if col not in (COL_TARGET, COL_FACTOR):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
            self._recheck(row)
        self.table.blockSignals(False)
        self.table.itemChanged.connect(lambda cell: self._recheck(cell.row()))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_DESCRIPTION, 320)

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        cell = self.table.item(row, col)
        assert cell is not None  # every cell is made in _fill_table
        return cell

    def _entry(self, row: int) -> MappingEntry | str:
        """Return the row's entry, or the message why its factor cannot be read."""
        target = self._cell(row, COL_TARGET).text().strip()
        try:
            factor = parse_factor(self._cell(row, COL_FACTOR).text())
        except CostingError:
            return self.tr("the factor is not a number greater than 0")
        return MappingEntry(self.items[row].code, target, factor)

    def _message(self, item: JamiiItem, entry: MappingEntry, check: MappingCheck) -> str:
        factor = f"{entry.factor.normalize():f}" if entry.factor is not None else ""
        return {
            "own": self.tr("priced by the library's own item {code}").format(code=item.code),
            "unmapped": self.tr("not mapped: the line stays unpriced"),
            "missing": self.tr("no item {code} in this library").format(code=entry.target_code),
            "same": self.tr("same unit"),
            "needs_factor": self.tr(
                "a quantity in {unit} cannot take a rate per {target}: give a factor ({target} per {unit})"
            ).format(unit=item.unit, target=check.target_unit),
            "converted": self.tr("1 {unit} = {factor} {target} (shown on the bill)").format(
                unit=item.unit, factor=factor, target=check.target_unit
            ),
        }.get(check.status, check.text)

    def _recheck(self, row: int) -> None:
        entry = self._entry(row)
        item = self.items[row]
        self.table.blockSignals(True)
        try:
            if isinstance(entry, str):
                ok, text, unit = False, entry, ""
            else:
                check = check_entry(item, entry, self.library)
                ok, text, unit = check.ok, self._message(item, entry, check), check.target_unit
            self._cell(row, COL_TARGET_UNIT).setText(unit)
            cell = self._cell(row, COL_CHECK)
            cell.setText(text)
            cell.setData(Qt.ItemDataRole.UserRole, ok)
            cell.setForeground(QBrush(QColor("black") if ok else _BAD))
        finally:
            self.table.blockSignals(False)
        self._update_problems()

    def problems(self) -> list[int]:
        """Return the rows that fail the unit check (Save is refused while there are any)."""
        return [
            r
            for r in range(self.table.rowCount())
            if (cell := self.table.item(r, COL_CHECK)) is not None
            and cell.data(Qt.ItemDataRole.UserRole) is False
        ]

    def _update_problems(self) -> None:
        if not hasattr(self, "buttons"):
            return
        bad = self.problems()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not bad)
        self.error.setText(
            self.tr("{n} item(s) fail the unit check: Save stays off until they are fixed.").format(
                n=len(bad)
            )
            if bad
            else ""
        )

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for r, item in enumerate(self.items):
            shown = not needle or needle in item.code.lower() or needle in item.description.lower()
            self.table.setRowHidden(r, not shown)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Mapping file"), "", self.tr("Mapping file (*.toml)")
        )
        if path:
            self.mapping_file.setText(path)

    # ------------------------------------------------------------------ save
    def entries(self) -> list[MappingEntry]:
        """Return the mapped rows (those with a library item)."""
        out = []
        for r in range(self.table.rowCount()):
            entry = self._entry(r)
            if isinstance(entry, MappingEntry) and entry.target_code:
                out.append(entry)
        return out

    def accept(self) -> None:
        """Save (all rows checked first; the library in one transaction, the file atomically) or say why not."""
        if self.problems():
            return
        target = self.mapping_file.text().strip() or None
        try:
            save_mapping(self.library, self.entries(), self.items, mapping_file=target)
        except (CostingError, OSError) as exc:
            self.error.setText(str(exc))
            return
        self.saved = True
        super().accept()
