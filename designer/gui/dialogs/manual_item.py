"""Design → Add an item by hand…: a priced item that is not measured from the drawing (a quote, a notice board).

The item is added to the shown option as one undoable step and appears on its bill marked "[manual item]"
(``designer.model.manual_items.ManualItem``). A rate is in the bill's currency; or a cost-library code is
priced from the library, in the same unit.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.model.errors import InvalidRecordError
from designer.model.manual_items import BILLED_UNITS, ManualItem
from designer.model.records import new_id

__all__ = ["ManualItemDialog"]


class ManualItemDialog(QDialog):
    """Description, unit, quantity, rate or library code, bill; ``item`` is set when the entry is valid."""

    def __init__(self, option_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option_id = option_id
        self.item: ManualItem | None = None
        self.setWindowTitle(self.tr("Add an item by hand"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.description = QLineEdit()
        self.description.setObjectName("manual_description")
        self.unit = QComboBox()
        self.unit.setObjectName("manual_unit")
        self.unit.addItems(list(BILLED_UNITS))
        self.quantity = QLineEdit()
        self.quantity.setObjectName("manual_quantity")
        self.rate = QLineEdit()
        self.rate.setObjectName("manual_rate")
        self.rate.setPlaceholderText(self.tr("in the bill's currency"))
        self.code = QLineEdit()
        self.code.setObjectName("manual_code")
        self.code.setPlaceholderText(self.tr("or a cost-library item code"))
        self.bill = QSpinBox()
        self.bill.setObjectName("manual_bill")
        self.bill.setRange(1, 12)
        self.bill.setValue(10)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("where the quantity or rate comes from"))
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Rate"), self.rate)
        form.addRow(self.tr("Library code"), self.code)
        form.addRow(self.tr("Bill"), self.bill)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("manual_error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _number(self, field: QLineEdit, label: str) -> Decimal | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(
                self.tr("{label}: {text!r} is not a number").format(label=label, text=text)
            ) from None
        if not value.is_finite():
            raise ValueError(self.tr("{label}: {text!r} is not a number").format(label=label, text=text))
        return value

    def accept(self) -> None:
        """Keep the dialog open with one plain line when the entry is not a valid item."""
        try:
            quantity = self._number(self.quantity, self.tr("Quantity"))
            rate = self._number(self.rate, self.tr("Rate"))
            self.item = ManualItem(
                id=new_id(ManualItem.ID_PREFIX),
                option_id=self.option_id,
                description=self.description.text().strip(),
                unit=self.unit.currentText(),
                quantity=quantity if quantity is not None else Decimal(0),
                rate=rate,
                code=self.code.text().strip(),
                bill=self.bill.value(),
                note=self.note.text().strip(),
            )
        except (ValueError, InvalidRecordError) as exc:
            self.item = None
            self.error.setText(str(exc))
            return
        super().accept()
