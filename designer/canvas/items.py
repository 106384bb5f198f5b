"""Graphics items for entities: views of records, holding nothing but the record's id.

Outlines and lines are plain QGraphicsPolygonItem / QGraphicsPathItem (painted in C++, which keeps
the 10,000-plot settlement as fast as a raw scene); point facilities are symbols of constant pixel
size (``ItemIgnoresTransformations``) so a standpipe stays visible when zoomed out.
"""

from __future__ import annotations

import math
from itertools import starmap
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from designer.canvas.styles import Status, brush_for, muted, pen_for, style_for
from designer.model.entities import (
    AreaEntity,
    Demolition,
    Entity,
    LineEntity,
    Path,
    PointEntity,
    Relocation,
    Traffic,
)

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.geometry import Point

__all__ = ["ID_ROLE", "SymbolItem", "make_item", "polygon", "polyline_path", "symbol_radius_px"]

ID_ROLE = 0
"""``item.data(ID_ROLE)`` is the id of the record an item shows."""

SYMBOL_PX = 14.0
"""Half the width of a symbol's box in pixels at the zoom where the drawing is first shown (8 px/m)."""

SYMBOL_RADIUS_M = 1.75
"""Half the width a symbol's box stands for on the ground while it is between the floor and the ceiling:
14 px at 8 px per metre, so a tap and the 1.5 m path beside it keep their proportions zoomed in."""

SYMBOL_MIN_PX = 5.0
"""Floor: zoomed out over a whole settlement, a tap stays a visible dot without burying the plots."""

SYMBOL_MAX_PX = 22.0
"""Ceiling: zoomed in on one yard, a toilet does not grow over the house beside it."""

WORKSHOP_SYMBOL_SCALE = 1.7
"""Workshop mode draws symbols this much larger (floor and ceiling included) for a projector."""


def symbol_radius_px(px_per_m: float, workshop: bool = False) -> float:
    """Return the half width in pixels of a symbol's box at a zoom (floor and ceiling applied)."""
    radius = min(max(SYMBOL_RADIUS_M * px_per_m, SYMBOL_MIN_PX), SYMBOL_MAX_PX)
    return radius * (WORKSHOP_SYMBOL_SCALE if workshop else 1.0)


def polygon(points: tuple[Point, ...]) -> QPolygonF:
    """Return a QPolygonF of points in metres (scene units are metres)."""
    return QPolygonF(list(starmap(QPointF, points)))  # starmap: no Python-level unpacking per point


def polyline_path(points: tuple[Point, ...]) -> QPainterPath:
    """Return an open QPainterPath through points in metres."""
    path = QPainterPath(QPointF(*points[0]))
    for x, y in points[1:]:
        path.lineTo(x, y)
    return path


class SymbolItem(QGraphicsItem):
    """A point facility drawn as a pictogram of constant pixel size, centred on its position."""

    #: Half width of every symbol's box in pixels, set by the view from its zoom (``symbol_radius_px``).
    radius_px = SYMBOL_PX

    def __init__(self, kind: str, status: Status, detail: str = "") -> None:
        super().__init__()
        self.kind = kind
        self.status = status
        self.detail = detail  # e.g. "kiosk" to draw a kiosk differently from a standpipe
        self.failing = False  # ringed in red by the Standards overlay
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:
        r = SymbolItem.radius_px
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del option, widget
        s = style_for(self.kind)
        r = SymbolItem.radius_px * (0.62 if self.status is Status.PROPOSED else 0.48)
        stroke, fill = QColor(s.stroke), QColor(s.fill or "#ffffff")
        if self.status is Status.MUTED:
            stroke, fill = muted(stroke), muted(fill)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(stroke, 2.0 if self.status is Status.PROPOSED else 1.5)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        symbol = "square_tap" if self.detail == "kiosk" else s.symbol
        draw_symbol(painter, symbol, r)
        if self.failing:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#D55E00"), 3.0))
            painter.drawEllipse(QPointF(0, 0), r * 1.5, r * 1.5)


def draw_symbol(painter: QPainter, symbol: str, r: float) -> None:
    """Draw one pictogram of radius ``r`` pixels at the origin (y down, as on screen)."""
    if symbol == "drop":  # water: a drop
        path = QPainterPath(QPointF(0, -r))
        path.cubicTo(QPointF(r * 0.9, -r * 0.1), QPointF(r, r), QPointF(0, r))
        path.cubicTo(QPointF(-r, r), QPointF(-r * 0.9, -r * 0.1), QPointF(0, -r))
        painter.drawPath(path)
    elif symbol == "square_tap":  # kiosk: a square with a drop inside
        painter.drawRect(QRectF(-r, -r, 2 * r, 2 * r))
        painter.drawEllipse(QPointF(0, r * 0.15), r * 0.4, r * 0.4)
    elif symbol == "square":  # toilet: a square with a door
        painter.drawRect(QRectF(-r, -r, 2 * r, 2 * r))
        painter.drawLine(QLineF(-r * 0.35, r, -r * 0.35, -r * 0.3))
        painter.drawLine(QLineF(r * 0.35, r, r * 0.35, -r * 0.3))
        painter.drawLine(QLineF(-r * 0.35, -r * 0.3, r * 0.35, -r * 0.3))
    elif symbol == "cross":  # manhole: a circle with a cross
        painter.drawEllipse(QPointF(0, 0), r, r)
        d = r * math.sqrt(0.5)
        painter.drawLine(QLineF(-d, -d, d, d))
        painter.drawLine(QLineF(-d, d, d, -d))
    elif symbol == "star":  # street light: a star
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + i * math.pi / 5
            pts.append(QPointF(rr * math.cos(a), rr * math.sin(a)))
        painter.drawPolygon(QPolygonF(pts))
    elif symbol == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
    elif symbol == "plus":
        painter.drawLine(QLineF(-r, 0, r, 0))
        painter.drawLine(QLineF(0, -r, 0, r))
    else:
        painter.drawEllipse(QPointF(0, 0), r, r)


_PATH_PENS: dict[tuple[str, float, Status], QPen] = {}


def path_pen(path: Path, status: Status) -> QPen:
    """Return the pen of a path body: its real width in metres, darker for busy roads."""
    colour = "#b8aea0" if path.traffic is Traffic.BUSY else "#d9d2c3" if path.width_m >= 3 else "#e3ddd0"
    if status is Status.PROPOSED:
        colour = "#f2c14e"  # new or widened paths read as new
    key = (colour, path.width_m, status)
    pen = _PATH_PENS.get(key)
    if pen is None:
        c = QColor(colour)
        pen = QPen(muted(c) if status is Status.MUTED else c, path.width_m)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        _PATH_PENS[key] = pen
    return pen


_Z: dict[tuple[str, Status], float] = {}


def _z(kind: str, status: Status) -> float:
    """Return the stacking order of a kind (proposed things above the existing of the same kind)."""
    z = _Z.get((kind, status))
    if z is None:
        z = _Z[(kind, status)] = style_for(kind).z + (0.5 if status is Status.PROPOSED else 0.0)
    return z


def make_item(e: Entity, status: Status, doc: Document) -> QGraphicsItem | None:
    """Return a new item showing entity ``e`` in ``status`` (None for records with nothing to draw)."""
    item: QGraphicsItem
    kind = e.KIND
    if isinstance(e, AreaEntity):
        poly = QGraphicsPolygonItem(polygon(e.outline))
        poly.setPen(pen_for(kind, status))
        poly.setBrush(brush_for(kind, status))
        item = poly
    elif isinstance(e, Path):
        line = QGraphicsPathItem(polyline_path(e.route))
        line.setPen(path_pen(e, status))
        item = line
    elif isinstance(e, LineEntity):
        line = QGraphicsPathItem(polyline_path(e.route))
        line.setPen(pen_for(kind, status))
        item = line
    elif isinstance(e, PointEntity):
        detail = str(getattr(e, "point_kind", None) or "")  # an unknown kind draws as the plain symbol
        item = SymbolItem(kind, status, detail)
        item.setPos(QPointF(*e.position))
    elif isinstance(e, Demolition | Relocation):
        target = doc.get(e.building_id)
        if not isinstance(target, AreaEntity):
            return None
        item = _mark_item(e, target, doc)
    else:
        return None
    z = _z(kind, status)
    if z:  # 0 is every item's default: ten thousand plots need no call
        item.setZValue(z)
    item.setData(ID_ROLE, e.id)
    return item


def _mark_item(mark: Demolition | Relocation, building: AreaEntity, doc: Document) -> QGraphicsPathItem:
    """A demolished building: its outline crossed out; a moved one: dashed, with an arrow to its new plot."""
    path = QPainterPath()
    path.addPolygon(polygon((*building.outline, building.outline[0])))
    xs = [p[0] for p in building.outline]
    ys = [p[1] for p in building.outline]
    if isinstance(mark, Demolition):
        path.moveTo(min(xs), min(ys))
        path.lineTo(max(xs), max(ys))
        path.moveTo(min(xs), max(ys))
        path.lineTo(max(xs), min(ys))
    else:
        dest = doc.get(mark.destination_plot_id) if mark.destination_plot_id else None
        if isinstance(dest, AreaEntity):
            cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
            dx = sum(p[0] for p in dest.outline) / len(dest.outline)
            dy = sum(p[1] for p in dest.outline) / len(dest.outline)
            path.moveTo(cx, cy)
            path.lineTo(dx, dy)
    item = QGraphicsPathItem(path)
    colour = QColor(style_for(mark.KIND).stroke)
    # A thick cross over a cross-hatched house: readable from the back of a hall on a projector.
    pen = QPen(colour, 6.0)
    pen.setCosmetic(True)
    if isinstance(mark, Relocation):
        pen.setStyle(Qt.PenStyle.DashLine)
    else:
        hatch = QColor(colour)
        hatch.setAlpha(160)
        item.setBrush(QBrush(hatch, Qt.BrushStyle.DiagCrossPattern))
    item.setPen(pen)
    return item
