"""Layers dock: show or hide, and lock or unlock, each kind of feature; each row shows its symbol."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from designer.canvas.items import draw_symbol
from designer.canvas.styles import KIND_ORDER, Status, brush_for, pen_for, style_for
from designer.gui.labels import kind_label

if TYPE_CHECKING:
    from designer.gui.session import Session

__all__ = ["LayersDock", "legend_icon"]


def legend_icon(kind: str, size: int = 20) -> QIcon:
    """Return a small picture of how a kind is drawn (a legend swatch)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = style_for(kind)
    if s.symbol:
        p.translate(size / 2, size / 2)
        p.setPen(QPen(QColor(s.stroke), 1.5))
        p.setBrush(QColor(s.fill or "#ffffff"))
        draw_symbol(p, s.symbol, size * 0.38)
    elif s.fill is None or kind == "path":
        pen = QPen(pen_for(kind, Status.PROPOSED))
        if kind == "path":
            pen = QPen(QColor("#b8aea0"), size * 0.35)
        p.setPen(pen)
        p.drawLine(QPointF(2, size - 4), QPointF(size - 2, 4))
    else:
        p.setPen(pen_for(kind, Status.EXISTING))
        p.setBrush(brush_for(kind, Status.EXISTING))
        p.drawRect(QRectF(3, 3, size - 6, size - 6))
    p.end()
    return QIcon(pm)


class LayersDock(QDockWidget):
    """One row per kind: the checkbox shows/hides it, the second column locks it against edits."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dock_layers")
        self.setWindowTitle(self.tr("Layers"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("layers_tree")
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Locked")])
        self.tree.setRootIsDecorated(False)
        self.rows: dict[str, QTreeWidgetItem] = {}
        for kind in reversed(KIND_ORDER):  # top of the plan first, as in a drawing program
            row = QTreeWidgetItem([kind_label(kind), ""])
            row.setIcon(0, legend_icon(kind))
            row.setData(0, Qt.ItemDataRole.UserRole, kind)
            row.setCheckState(0, Qt.CheckState.Checked)
            row.setCheckState(1, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(row)
            self.rows[kind] = row
        self.tree.resizeColumnToContents(0)
        self.tree.itemChanged.connect(self._changed)
        self.setWidget(self.tree)
        self._follow(session)

    def _follow(self, session: Session) -> None:
        session.document_changed.connect(self._apply_all)

    def _apply_all(self) -> None:
        for kind, row in self.rows.items():
            self._apply(kind, row)

    def _changed(self, row: QTreeWidgetItem, _column: int) -> None:
        self._apply(str(row.data(0, Qt.ItemDataRole.UserRole)), row)

    def _apply(self, kind: str, row: QTreeWidgetItem) -> None:
        w = self.session
        visible = row.checkState(0) == Qt.CheckState.Checked
        if visible == (kind in w.ctx.hidden_kinds):
            w.scene.set_kind_visible(kind, visible)
        if row.checkState(1) == Qt.CheckState.Checked:
            w.ctx.locked_kinds.add(kind)
        else:
            w.ctx.locked_kinds.discard(kind)

    def set_visible_kind(self, kind: str, visible: bool) -> None:
        """Tick or untick a layer (as a click would)."""
        self.rows[kind].setCheckState(0, Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)

    def set_locked_kind(self, kind: str, locked: bool) -> None:
        self.rows[kind].setCheckState(1, Qt.CheckState.Checked if locked else Qt.CheckState.Unchecked)
