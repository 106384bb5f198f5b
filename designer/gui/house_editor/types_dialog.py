"""Design → House types…: the house types the project can use, and the way into the house editor.

Lists the project's own types and the library's (shipped and the user's folder); editing a library
type puts the edited copy in the project (the project's type wins over the library's of the same
id, for drawing and costing alike). Every edit is a step on the project's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.gui.house_editor.dialog import HouseEditorDialog

if TYPE_CHECKING:
    from designer.gui.session import Session
    from designer.model.housing import HouseType

__all__ = ["HouseTypesDialog"]


class HouseTypesDialog(QDialog):
    """Pick a house type and edit it (double-click or Edit…)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dialog_house_types")
        self.setWindowTitle(self.tr("House types"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The project's house types first, then the library's.")))
        self.list = QListWidget()
        self.list.setObjectName("house_types_list")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_current())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.btn_edit = QPushButton(self.tr("Edit…"))
        self.btn_edit.setObjectName("button_edit_house_type")
        self.btn_edit.clicked.connect(self.edit_current)
        buttons.addButton(self.btn_edit, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor: HouseEditorDialog | None = None
        self.refresh()
        self.resize(420, 360)

    def refresh(self) -> None:
        """List the types: the project's, then the user's and the shipped ones not overridden."""
        from designer.io.house_library import load_library

        library = load_library(self.session.doc)
        origin_text = {
            "project": self.tr("in this project"),
            "user": self.tr("your library"),
            "shipped": self.tr("shipped with Jamii"),
        }
        order = {"project": 0, "user": 1, "shipped": 2}
        self.list.clear()
        for ht in sorted(library.sorted(), key=lambda t: (order.get(library.origin[t.id], 3), t.name)):
            where = origin_text.get(library.origin[ht.id], library.origin[ht.id])
            item = QListWidgetItem(f"{ht.name} ({where})")
            item.setData(Qt.ItemDataRole.UserRole, ht)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.btn_edit.setEnabled(self.list.count() > 0)

    def types(self) -> list[HouseType]:
        """Return the types as listed."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def edit_current(self) -> None:
        """Open the house editor on the selected type; its edits are steps on the project's undo stack."""
        item = self.list.currentItem()
        if item is None:
            return
        from designer.io.house_library import load_rules

        doc = self.session.doc
        self.editor = HouseEditorDialog(
            item.data(Qt.ItemDataRole.UserRole),
            rules=load_rules(doc.project.standards_profile),
            persons=doc.project.persons_per_household,
            doc=doc,
            stack=self.session.stack,
            parent=self,
        )
        self.editor.finished.connect(lambda _result: self.refresh())
        self.editor.open()  # window-modal; the list is refreshed when it closes
