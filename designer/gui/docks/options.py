"""Options dock: the existing conditions and every design option; switch, new, duplicate, rename,
delete, and a switch to highlight what the shown option changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.model.commands import AddRecord, ReplaceRecord, duplicate_option, remove_with_dependents
from designer.model.errors import JamiiError
from designer.model.project import Option, next_option_colour
from designer.model.records import EXISTING, Record, new_id
from designer.tools.base import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from designer.gui.session import Session

__all__ = ["OptionsDock"]


class OptionsDock(QDockWidget):
    """Lists the options; the current row is the option shown on the plan and designed by the tools."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dock_options")
        self.setWindowTitle(self.tr("Options"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.list = QListWidget()
        self.list.setObjectName("options_list")
        layout.addWidget(self.list)
        buttons = QGridLayout()
        self.btn_new = QPushButton(self.tr("New"))
        self.btn_duplicate = QPushButton(self.tr("Duplicate"))
        self.btn_rename = QPushButton(self.tr("Rename…"))
        self.btn_delete = QPushButton(self.tr("Delete"))
        for i, b in enumerate((self.btn_new, self.btn_duplicate, self.btn_rename, self.btn_delete)):
            buttons.addWidget(b, i // 2, i % 2)
        layout.addLayout(buttons)
        self.highlight = QCheckBox(self.tr("Highlight what this option changes"))
        self.highlight.setChecked(True)
        layout.addWidget(self.highlight)
        self.setWidget(body)
        self.btn_new.clicked.connect(self.new_option)
        self.btn_duplicate.clicked.connect(self.duplicate)
        self.btn_rename.clicked.connect(self.rename_dialog)
        self.btn_delete.clicked.connect(self.delete)
        self.highlight.toggled.connect(self._highlight)
        self.list.currentItemChanged.connect(self._switched)
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.document_changed.connect(self.refresh)
        session.bridge.changed.connect(self.refresh)
        session.scope_changed.connect(lambda _s: self.refresh())

    def refresh(self) -> None:
        w = self.session
        self.list.blockSignals(True)
        self.list.clear()
        base = QListWidgetItem(self.tr("Existing conditions"))
        base.setData(Qt.ItemDataRole.UserRole, EXISTING)
        self.list.addItem(base)
        current = 0
        for i, opt in enumerate(sorted(w.doc.options, key=lambda o: o.id), start=1):
            n = len(w.doc.entities(opt.id))
            item = QListWidgetItem(self.tr("%1 (%2 changes)").replace("%1", opt.name).replace("%2", str(n)))
            item.setData(Qt.ItemDataRole.UserRole, opt.id)
            item.setForeground(QColor(opt.colour))
            item.setToolTip(opt.description)
            self.list.addItem(item)
            if opt.id == w.ctx.scope:
                current = i
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        is_option = w.ctx.scope != EXISTING
        for b in (self.btn_duplicate, self.btn_rename, self.btn_delete):
            b.setEnabled(is_option)
        self._highlight(self.highlight.isChecked())

    def option_ids(self) -> list[str]:
        """Return the scope of each row (EXISTING first), as shown."""
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def _switched(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is not None:
            self.session.set_scope(str(item.data(Qt.ItemDataRole.UserRole)))

    def _highlight(self, on: bool) -> None:
        self.session.scene.set_changes_highlighted(on)

    def _push(self, cmd: object) -> bool:
        try:
            self.session.stack.push(cmd)  # type: ignore[arg-type]
        except JamiiError as exc:
            self.session.show_error(exc)
            return False
        return True

    def new_option(self, name: str | None = None) -> str:
        """Add an empty option, show it and return its id."""
        w = self.session
        n = len(w.doc.options) + 1
        opt = Option(
            id=new_id(Option.ID_PREFIX),
            name=name or self.tr("Option %1").replace("%1", str(n)),
            colour=next_option_colour(o.colour for o in w.doc.options),
        )
        if self._push(AddRecord(opt, QT_TRANSLATE_NOOP("command", "New option"))):
            w.set_scope(opt.id)
            self.refresh()
        return opt.id

    def duplicate(self) -> None:
        w = self.session
        if w.ctx.scope == EXISTING:
            return
        source = w.doc[w.ctx.scope]
        assert isinstance(source, Option)
        macro = duplicate_option(w.doc, source.id, self.tr("%1 (copy)").replace("%1", source.name))
        if self._push(macro):
            new_option = macro.commands[0]
            assert isinstance(new_option, AddRecord)
            w.set_scope(new_option.record.id)
            self.refresh()

    def rename_dialog(self) -> None:
        title = self.tr("Rename option")
        label = self.tr("Name")
        w = self.session
        opt = w.doc.get(w.ctx.scope)
        if not isinstance(opt, Option):
            return
        name, ok = QInputDialog.getText(self, title, label, text=opt.name)
        if ok:
            self.rename(name)

    def rename(self, name: str) -> None:
        """Rename the shown option (one undo step)."""
        import dataclasses

        w = self.session
        opt = w.doc.get(w.ctx.scope)
        if not isinstance(opt, Option) or name == opt.name:
            return
        try:
            new: Record = dataclasses.replace(opt, name=name)
        except JamiiError as exc:
            w.show_error(exc)
            return
        self._push(ReplaceRecord(opt, new, QT_TRANSLATE_NOOP("command", "Rename option")))

    def delete(self, confirm: bool = True) -> None:
        """Delete the shown option and everything it proposes (one undo step)."""
        w = self.session
        opt = w.doc.get(w.ctx.scope)
        if not isinstance(opt, Option):
            return
        if confirm:
            title = self.tr("Delete option")
            question = self.tr("Delete the option “%1” and everything it proposes?").replace("%1", opt.name)
            answer = QMessageBox.question(self, title, question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        w.set_scope(EXISTING)
        self._push(remove_with_dependents(w.doc, [opt.id], QT_TRANSLATE_NOOP("command", "Delete option")))
        self.refresh()
