"""The house editor's drawing: a y-up plan in metres showing walls, openings, rooms, handles and a preview.

The view only draws what the dialog gives it and turns mouse input into metres (signals
``pressed/moved/released(x_m, y_m)``); it never changes the house type itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QWidget

from designer.render.house_plan import house_plan

if TYPE_CHECKING:
    from designer.model.housing import HouseType

__all__ = ["HousePlanView"]

_STAGE_DASH = {1: Qt.PenStyle.SolidLine, 2: Qt.PenStyle.DashLine, 3: Qt.PenStyle.DashDotLine}
_SELECT = QColor("#d95f02")
_ROOM_FILL = QColor(27, 158, 119, 28)


class HousePlanView(QGraphicsView):
    """A plan of one level of a house type; 1 scene unit = 1 m, y up."""

    pressed = Signal(float, float)
    moved = Signal(float, float)
    released = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 420)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.scale(60.0, -60.0)  # 60 px per metre, y up; fit_all() adjusts on the first draw
        self._fitted = False
        self._content = QRectF()
        self.room_items: dict[str, QGraphicsItem] = {}

    # ------------------------------------------------------------------ input in metres

    def _metres(self, event: QMouseEvent) -> tuple[float, float]:
        # Sub-pixel position through the view transform (mapToScene takes whole pixels only).
        inverse, _ = self.viewportTransform().inverted()
        p = inverse.map(event.position())
        return (p.x(), p.y())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_all()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.pressed.emit(*self._metres(event))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.moved.emit(*self._metres(event))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.released.emit(*self._metres(event))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def metres_per_pixel(self) -> float:
        return 1.0 / max(abs(self.transform().m11()), 1e-9)

    def scene_to_widget(self, x_m: float, y_m: float) -> QPointF:
        """Return the viewport position of a point in metres (for tests and tooltips)."""
        return self.viewportTransform().map(QPointF(x_m, y_m))

    # ------------------------------------------------------------------ drawing

    def fit_all(self) -> None:
        """Zoom to the plan (labels keep their pixel size, so the plan's own bounds are used, not the items')."""
        rect = self._content.adjusted(-0.5, -0.5, 0.5, 0.5)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def draw(
        self,
        ht: HouseType,
        level: int,
        up_to_stage: int,
        selected_room: str | None,
        selected_opening: int | None,
        preview: tuple[float, float, float, float] | None,
    ) -> None:
        """Redraw everything for one level, stages 1 … ``up_to_stage``."""
        scene = self.scene()
        scene.clear()
        self.room_items = {}
        plan = house_plan(ht, level, up_to_stage, text_height_m=0.15)
        x0, y0, x1, y1 = plan.bounds
        self._content = QRectF(x0, y0, x1 - x0, y1 - y0)
        for poly in plan.polygons:
            if poly.key == "plot":
                pen = QPen(QColor("#984ea3"), 1.5, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                scene.addPolygon(QPolygonF([QPointF(*p) for p in poly.exterior]), pen)
        for room in ht.rooms:
            if room.level != level or room.stage > up_to_stage:
                continue
            pen = QPen(_SELECT if room.key == selected_room else QColor(0, 0, 0, 0), 2)
            pen.setCosmetic(True)
            item = scene.addPolygon(QPolygonF([QPointF(*p) for p in room.outline]), pen, QBrush(_ROOM_FILL))
            item.setData(0, room.key)
            self.room_items[room.key] = item
        for poly in plan.polygons:
            if poly.key != "wall":
                continue
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(*p) for p in (*poly.exterior, poly.exterior[0])]))
            for hole in poly.holes:
                path.addPolygon(QPolygonF([QPointF(*p) for p in (*hole, hole[0])]))
            pen = QPen(QColor("#222222"), 1.2, _STAGE_DASH.get(poly.stage, Qt.PenStyle.DotLine))
            pen.setCosmetic(True)
            brush = QBrush(QColor("#5a5a5a")) if poly.stage == 1 else QBrush(QColor(90, 90, 90, 60))
            scene.addPath(path, pen, brush)
        for line in plan.lines:
            colour = QColor("#1f78b4") if line.key == "glaz" else QColor("#b15928")
            pen = QPen(colour, 1.5, _STAGE_DASH.get(line.stage, Qt.PenStyle.DotLine))
            pen.setCosmetic(True)
            scene.addLine(line.a[0], line.a[1], line.b[0], line.b[1], pen)
        for arc in plan.arcs:
            pen = QPen(QColor("#b15928"), 1, Qt.PenStyle.DotLine)
            pen.setCosmetic(True)
            path = QPainterPath()
            r = arc.radius_m
            rect = QRectF(arc.centre[0] - r, arc.centre[1] - r, 2 * r, 2 * r)
            sweep = (arc.end_deg - arc.start_deg) % 360
            path.arcMoveTo(rect, -arc.start_deg)
            path.arcTo(rect, -arc.start_deg, -sweep)
            scene.addPath(path, pen)
        if selected_opening is not None and 0 <= selected_opening < len(ht.openings):
            op = ht.openings[selected_opening]
            if op.level == level:
                pen = QPen(_SELECT, 3)
                pen.setCosmetic(True)
                scene.addEllipse(op.at[0] - 0.15, op.at[1] - 0.15, 0.3, 0.3, pen)
        font = QFont()
        font.setPointSizeF(8.0)
        for text in plan.texts:
            if text.key == "text":
                continue
            label = QGraphicsSimpleTextItem(text.text)
            label.setFont(font)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            br = label.boundingRect()
            label.setPos(text.at[0], text.at[1])
            # Ignoring the view's scale, the label's own transform is in pixels: centre it on its point.
            label.setTransform(QTransform.fromTranslate(-br.width() / 2, -br.height() / 2))
            label.setBrush(QBrush(QColor("#1b9e77") if text.key == "fixt" else QColor("#000000")))
            scene.addItem(label)
        if selected_room is not None:
            chosen = next((r for r in ht.rooms if r.key == selected_room), None)
            if chosen is not None and chosen.level == level:
                pen = QPen(_SELECT, 1)
                pen.setCosmetic(True)
                size = 6 * self.metres_per_pixel()
                for x, y in chosen.outline:
                    scene.addRect(QRectF(x - size / 2, y - size / 2, size, size), pen, QBrush(_SELECT))
        if preview is not None:
            x0, y0, x1, y1 = preview
            pen = QPen(_SELECT, 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            scene.addRect(QRectF(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)), pen)
        if not self._fitted:
            self.fit_all()
            self._fitted = True
