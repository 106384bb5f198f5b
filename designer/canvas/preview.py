"""The item that draws a tool's preview: rubber lines, the rubber band, vertex handles, the snap
indicator and highlighted targets. It reads ``tool.preview``; it never changes the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.canvas.items import polygon
from designer.model.entities import AreaEntity, Demolition, LineEntity, PointEntity, Relocation
from designer.tools.snapping import SnapKind

if TYPE_CHECKING:
    from designer.tools.base import Preview, ToolContext

__all__ = ["PreviewItem"]

INDICATOR_PX = 9.0
HANDLE_PX = 4.0


class PreviewItem(QGraphicsItem):
    """Draws the active tool's preview on top of the plan (z = 100)."""

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.data_: Preview | None = None
        self._rect = QRectF()
        self.setZValue(100)

    def set_preview(self, preview: Preview | None) -> None:
        """Show a new preview (None clears it)."""
        self.prepareGeometryChange()
        self.data_ = preview
        self._rect = self._bounds(preview)
        self.update()

    def _bounds(self, p: Preview | None) -> QRectF:
        if p is None:
            return QRectF()
        pts = [q for ring in p.rings for q in ring] + [q for line in p.lines for q in line] + list(p.points)
        if p.snap is not None:
            pts.append(p.snap.point)
        if p.band is not None:
            pts += [(p.band[0], p.band[1]), (p.band[2], p.band[3])]
        for rid in p.highlight_ids:
            e = self.ctx.doc.get(rid)
            if isinstance(e, AreaEntity):
                pts += list(e.outline)
            elif isinstance(e, LineEntity):
                pts += list(e.route)
            elif isinstance(e, Demolition | Relocation):
                b = self.ctx.doc.get(e.building_id)
                if isinstance(b, AreaEntity):
                    pts += list(b.outline)
        if not pts:
            return QRectF()
        xs = [q[0] for q in pts]
        ys = [q[1] for q in pts]
        # Generous margin: the indicator and handles are drawn in pixels, whatever the zoom.
        pad = max(self.ctx.tolerance_m * 4, 2.0)
        return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del widget
        p = self.data_
        if p is None:
            return
        px = 1.0 / max(option.levelOfDetailFromTransform(painter.worldTransform()), 1e-9)  # metres per pixel
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QPen(QColor("#0b3d91"), 2.0)
        ink.setCosmetic(True)
        ink.setStyle(Qt.PenStyle.DashLine)
        fill = QBrush(QColor(0, 114, 178, 40))
        for rid in p.highlight_ids:
            e = self.ctx.doc.get(rid)
            if isinstance(e, Demolition | Relocation):
                e = self.ctx.doc.get(e.building_id)
            hl = QPen(QColor("#E69F00"), 4.0)
            hl.setCosmetic(True)
            painter.setPen(hl)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if isinstance(e, AreaEntity):
                painter.drawPolygon(polygon(e.outline))
            elif isinstance(e, LineEntity):
                painter.drawPolyline(polygon(e.route))
            elif isinstance(e, PointEntity):
                painter.drawEllipse(QPointF(*e.position), 8 * px, 8 * px)
        painter.setPen(ink)
        painter.setBrush(fill)
        for ring in p.rings:
            painter.drawPolygon(polygon(ring))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        solid = QPen(QColor("#0b3d91"), 2.0)
        solid.setCosmetic(True)
        painter.setPen(solid)
        for line in p.lines:
            if len(line) > 1:
                painter.drawPolyline(polygon(line))
        painter.setBrush(QBrush(QColor("#ffffff")))
        h = HANDLE_PX * px
        for x, y in p.points:
            painter.drawRect(QRectF(x - h, y - h, 2 * h, 2 * h))
        if p.band is not None:
            x0, y0, x1, y1 = p.band
            band = QPen(QColor("#0b3d91"), 1.0)
            band.setCosmetic(True)
            band.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(band)
            painter.setBrush(QBrush(QColor(86, 180, 233, 50)))
            painter.drawRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized())
        if p.snap is not None:
            self._indicator(painter, p.snap.kind, p.snap.point, px)

    @staticmethod
    def _indicator(painter: QPainter, kind: SnapKind, at: tuple[float, float], px: float) -> None:
        """Draw the snap indicator: square = vertex, triangle = edge, corner = right angle, cross = grid."""
        pen = QPen(QColor("#D55E00"), 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = INDICATOR_PX * px
        x, y = at
        if kind is SnapKind.VERTEX:
            painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
        elif kind is SnapKind.EDGE:
            painter.drawPolygon(polygon(((x - r, y - r), (x + r, y - r), (x, y + r))))
        elif kind is SnapKind.RIGHT_ANGLE:
            painter.drawPolyline(polygon(((x - r, y + r), (x - r, y - r), (x + r, y - r))))
            painter.drawPolyline(polygon(((x - r, y), (x, y), (x, y - r))))
        elif kind is SnapKind.GRID:
            painter.drawLine(QLineF(x - r, y, x + r, y))
            painter.drawLine(QLineF(x, y - r, x, y + r))
