"""The Households dock: a filterable table of households; selecting one asks the canvas to show its plot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import designer.model.household_mapping  # noqa: F401  (registers the saved-mapping record kind)
from designer.gui.i18n import translate
from designer.gui.wrapping_bar import FlowLayout
from designer.model.entities import Plot
from designer.model.people import Household, SavingsGroup
from designer.model.privacy import public_household_id
from designer.model.survey import answer_of

if TYPE_CHECKING:
    from designer.model.document import Document

__all__ = ["HouseholdTableModel", "HouseholdsDock", "HouseholdsPanel"]

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "id",
    "plot",
    "persons",
    "children",
    "head",
    "tenure",
    "savings_group",
    "balance",
    "monthly",
    "survey",
    "name",
    "phone",
)
NAME_COLUMNS = (COLUMNS.index("name"), COLUMNS.index("phone"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _headers() -> list[str]:
    return [
        translate("Households", "Household"),
        translate("Households", "Plot"),
        translate("Households", "Persons"),
        translate("Households", "Children"),
        translate("Households", "Head"),
        translate("Households", "Tenure"),
        translate("Households", "Savings group"),
        translate("Households", "Balance"),
        translate("Households", "Saves / month"),
        translate("Households", "Survey answers"),
        translate("Households", "Name"),
        translate("Households", "Phone"),
    ]


class HouseholdTableModel(QAbstractTableModel):
    """Households of a document as rows; follows the document's change signals (read only)."""

    def __init__(self, doc: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._rows: list[Household] = []
        self._row_of: dict[str, int] = {}
        self._headers = _headers()
        self._reload()
        doc.record_added.connect(self._on_change)
        doc.record_removed.connect(self._on_change)
        doc.record_replaced.connect(self._on_replace)

    def detach(self) -> None:
        """Stop following the document (call before dropping the model)."""
        self._doc.record_added.disconnect(self._on_change)
        self._doc.record_removed.disconnect(self._on_change)
        self._doc.record_replaced.disconnect(self._on_replace)

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = sorted(self._doc.of_type(Household), key=lambda h: h.id)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._apply_order()
        self.endResetModel()

    def _apply_order(self) -> None:
        if self._sorted_by is not None:
            self._rows = [self._rows[i] for i in self._order(*self._sorted_by)]
        self._row_of = {h.id: i for i, h in enumerate(self._rows)}
        self._search: dict[bool, list[str]] = {}

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Return the row order for a column, sorted by numpy on one key array (not by pairwise compares)."""
        import numpy as np

        col = COLUMNS[column]
        keys = [self._sort_value(h, col) for h in self._rows]
        numeric = all(isinstance(k, int | float) for k in keys)
        array = np.asarray(keys, dtype=float) if numeric else np.asarray([str(k).casefold() for k in keys])
        idx = np.argsort(array, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            idx = idx[::-1]
        return [int(i) for i in idx]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by one column (the table's header click comes here through the filter)."""
        if not 0 <= column < len(COLUMNS) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order)
        self._apply_order()
        self.layoutChanged.emit()

    def search_text(self, row: int, with_names: bool) -> str:
        """Return the row's visible text, case-folded, for the filter (cached until the rows change)."""
        texts = self._search.get(with_names)
        if texts is None:
            cols = [c for c in range(len(COLUMNS)) if with_names or c not in NAME_COLUMNS]
            names = [COLUMNS[c] for c in cols]
            texts = ["\x1f".join(str(self._cell(h, n) or "") for n in names).casefold() for h in self._rows]
            self._search[with_names] = texts
        return texts[row]

    def _on_change(self, rec: object) -> None:
        # A new or deleted plot changes no row: households are re-linked by their own commands.
        if isinstance(rec, Household | SavingsGroup):
            self._reload()

    def _on_replace(self, _old: object, new: object) -> None:
        # Replacements come in bursts (a plot dragged, a vote): update cells instead of resetting.
        if isinstance(new, Household) and new.id in self._row_of:
            row = self._row_of[new.id]
            self._rows[row] = new
            self._search = {}
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        elif isinstance(new, Plot) and self._rows:
            self._search = {}
            col = COLUMNS.index("plot")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))
        elif isinstance(new, SavingsGroup) and self._rows:
            self._search = {}
            col = COLUMNS.index("savings_group")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def household(self, row: int) -> Household:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        h = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return h.plot_id
        if role == SORT_ROLE:
            return self._sort_value(h, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("persons", "children", "balance", "monthly"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(h, col)

    def _sort_value(self, h: Household, col: str) -> Any:
        # Numbers sort as numbers (money is text on screen, "17100" must come after "6900").
        if col == "persons":
            return h.size_persons
        if col == "children":
            return h.children
        if col == "balance":
            return float(h.savings_balance)
        if col == "monthly":
            return float(h.monthly_savings)
        return str(self._cell(h, col) or "")

    def _cell(self, h: Household, col: str) -> Any:
        """Return what one column shows for a household."""
        if col == "id":
            return public_household_id(h)
        if col == "plot":
            if not h.plot_id:
                return ""
            plot = self._doc.get(h.plot_id)
            return plot.number or plot.id if isinstance(plot, Plot) else ""
        if col == "savings_group":
            group = self._doc.get(h.savings_group_id) if h.savings_group_id else None
            return group.name if isinstance(group, SavingsGroup) else ""
        return {
            "persons": h.size_persons,
            "children": h.children,
            "head": h.head_sex.value,
            "tenure": h.tenure.value.replace("_", " "),
            "balance": str(h.savings_balance),
            "monthly": str(h.monthly_savings),
            # Public answers only: personal ones (names, free text) never show on a projector.
            "survey": "; ".join(f"{a.question}: {a.value}" for a in h.survey),
            "name": h.name,
            "phone": h.phone,
        }[col]


class _Filter(QSortFilterProxyModel):
    """Text filter over every visible column, plus "only households without a plot".

    Sorting is the source model's (one numpy argsort of a key column): the proxy keeps its order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.only_unmatched = False
        self.search_names = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, HouseholdTableModel):
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: ARG002 (Qt signature; a flat table)
        model = self.sourceModel()
        assert isinstance(model, HouseholdTableModel)
        if self.only_unmatched and model.household(source_row).plot_id:
            return False
        if not self.text:
            return True
        if "=" in self.text:
            # "question=answer": households whose answer to that question contains the text.
            question, _, wanted = self.text.partition("=")
            answer = answer_of(model.household(source_row).survey, question.strip())
            folded = wanted.strip().casefold()
            return answer is not None and (
                folded in answer.value.casefold() or folded == answer.raw.casefold()
            )
        # Hidden names must not be findable by typing them on a projector.
        return self.text.casefold() in model.search_text(source_row, self.search_names)


class HouseholdsPanel(QWidget):
    """Table of households with a filter; names and phones hidden unless "Show names" is ticked.

    Signals:
        plot_selected(str): the plot id of the selected household (for the canvas to zoom to).
    """

    plot_selected = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HouseholdTableModel(doc, self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: plot, household, group… or question=answer"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.unmatched_check = QCheckBox(self.tr("Without plot"), self)
        self.unmatched_check.toggled.connect(self._on_unmatched)
        self.names_check = QCheckBox(self.tr("Show names"), self)
        self.names_check.setToolTip(
            self.tr("Names and phone numbers stay in the project file; hide them on a projector")
        )
        self.names_check.toggled.connect(self.set_names_visible)
        self.place_button = QPushButton(self.tr("Place on a plot"), self)
        self.place_button.setCheckable(True)
        self.place_button.setToolTip(
            self.tr("Select a household, press this, then click its plot on the plan")
        )

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        # The indicator first: enabling sorting then sorts once, by plot (not by id, then again by plot).
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index("plot"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Column widths from the first rows only: measuring ten thousand rows would hold up the window.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.resizeColumnsToContents()
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.summary = QLabel(self)

        self.summary.setWordWrap(True)
        # The filter on its own line and the controls flowing onto as many lines as the width needs:
        # on a 1280 px projector the dock must not take the plan's room (designer.gui.dock_fit).
        controls = FlowLayout(spacing_px=6)
        controls.setContentsMargins(0, 0, 0, 0)
        for control in (self.unmatched_check, self.names_check, self.place_button):
            controls.addWidget(control)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.set_names_visible(False)
        self.model.modelReset.connect(self._update_summary)
        self.model.dataChanged.connect(self._update_summary)
        self._update_summary()

    def set_names_visible(self, visible: bool) -> None:
        """Show or hide the name and phone columns (hidden by default)."""
        for col in NAME_COLUMNS:
            self.table.setColumnHidden(col, not visible)
        if self.proxy.search_names != visible:
            self.proxy.search_names = visible
            if (
                self.proxy.text
            ):  # only a text filter looks at names: no need to filter ten thousand rows again
                self.proxy.invalidate()
        if self.names_check.isChecked() != visible:
            self.names_check.setChecked(visible)

    def visible_rows(self) -> int:
        return self.proxy.rowCount()

    def select_household(self, household_id: str) -> bool:
        """Select the row of a household (by record id); say whether it is visible."""
        for r in range(self.proxy.rowCount()):
            src = self.proxy.mapToSource(self.proxy.index(r, 0))
            if self.model.household(src.row()).id == household_id:
                self.table.selectRow(r)
                return True
        return False

    def current_household(self) -> Household | None:
        """Return the selected household, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.household(self.proxy.mapToSource(index).row())

    def _on_filter(self, text: str) -> None:
        self.proxy.text = text.strip()
        self.proxy.invalidate()
        self._update_summary()

    def _on_unmatched(self, on: bool) -> None:
        self.proxy.only_unmatched = on
        self.proxy.invalidate()
        self._update_summary()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        plot_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        if plot_id:
            self.plot_selected.emit(plot_id)

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        persons = sum(self.model.household(r).size_persons for r in range(total))
        unplaced = sum(1 for r in range(total) if not self.model.household(r).plot_id)
        text = self.tr("{shown} of {total} households · {persons} persons").format(
            shown=shown, total=total, persons=persons
        )
        if unplaced:
            text += " · " + self.tr("{n} not placed on a plot").format(n=unplaced)
        self.summary.setText(text)


class HouseholdsDock(QDockWidget):
    """The dock around :class:`HouseholdsPanel` (object name ``dock_households`` for saved state)."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(translate("Households", "Households"), parent)
        self.setObjectName("dock_households")
        self.panel = HouseholdsPanel(doc, self)
        self.setWidget(self.panel)
        self.plot_selected = self.panel.plot_selected
