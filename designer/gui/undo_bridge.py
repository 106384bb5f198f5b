"""The pure-Python UndoStack seen from Qt: Undo/Redo actions with text and a History dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from designer.gui.i18n import translate

if TYPE_CHECKING:
    from designer.model.undo import UndoStack

__all__ = ["HistoryDock", "UndoBridge"]


class UndoBridge(QObject):
    """Owns the Undo and Redo actions and re-emits the stack's psygnal signals as Qt signals.

    Signals:
        changed(): after push, undo, redo or clear.
        clean_changed(bool): the document became saved (True) or modified (False).
    """

    changed = Signal()
    clean_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack: UndoStack | None = None
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setIconText(self.tr("Undo"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setIconText(self.tr("Redo"))
        self.redo_action.triggered.connect(self.redo)
        self._refresh()

    def set_stack(self, stack: UndoStack) -> None:
        """Follow another document's undo stack."""
        if self.stack is not None:
            self.stack.index_changed.disconnect(self._on_index)
            self.stack.clean_changed.disconnect(self._on_clean)
        self.stack = stack
        stack.index_changed.connect(self._on_index)
        stack.clean_changed.connect(self._on_clean)
        self._refresh()
        self.changed.emit()

    def _on_index(self, _index: int) -> None:
        self._refresh()
        self.changed.emit()

    def _on_clean(self, clean: bool) -> None:
        self.clean_changed.emit(clean)

    def undo(self) -> None:
        if self.stack is not None:
            self.stack.undo()

    def redo(self) -> None:
        if self.stack is not None:
            self.stack.redo()

    def go_to(self, index: int) -> None:
        """Undo or redo until ``index`` commands are done (History dock click)."""
        if self.stack is None:
            return
        while self.stack.index > index and self.stack.can_undo():
            self.stack.undo()
        while self.stack.index < index and self.stack.can_redo():
            self.stack.redo()

    def _refresh(self) -> None:
        s = self.stack
        can_undo = s is not None and s.can_undo()
        can_redo = s is not None and s.can_redo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        if can_undo and s is not None:
            self.undo_action.setText(self.tr("&Undo %1").replace("%1", translate("command", s.undo_text())))
        else:
            self.undo_action.setText(self.tr("&Undo"))
        if can_redo and s is not None:
            self.redo_action.setText(self.tr("&Redo %1").replace("%1", translate("command", s.redo_text())))
        else:
            self.redo_action.setText(self.tr("&Redo"))


class HistoryDock(QDockWidget):
    """Every undo step by name; the current state is selected; clicking a row goes back to it."""

    def __init__(self, bridge: UndoBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock_history")
        self.setWindowTitle(self.tr("History"))
        self.bridge = bridge
        self.list = QListWidget()
        self.list.setObjectName("history_list")
        self.setWidget(self.list)
        bridge.changed.connect(self.refresh)
        self.list.itemClicked.connect(self._clicked)
        self.refresh()

    def labels(self) -> list[str]:
        """Return the rows as shown (for tests): the start, then each step."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        stack = self.bridge.stack
        start = QListWidgetItem(self.tr("<opened>"))
        start.setData(Qt.ItemDataRole.UserRole, 0)
        self.list.addItem(start)
        if stack is not None:
            for i, label in enumerate(stack.labels(), start=1):
                item = QListWidgetItem(translate("command", label))
                item.setData(Qt.ItemDataRole.UserRole, i)
                if i > stack.index:
                    item.setForeground(Qt.GlobalColor.gray)
                self.list.addItem(item)
            self.list.setCurrentRow(stack.index)
        self.list.blockSignals(False)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.bridge.go_to(int(item.data(Qt.ItemDataRole.UserRole)))
