"""Workshop access marks over the plan: new access paths drawn bold, land plots give up, houses that move.

Views only: the workshop's access page hands them geometry in metres; nothing here reads the model.
Colours follow the pictograms of the legend (resources/icons/access_*.svg): black casing with a white
dashed core for a new path, reddish purple (Okabe-Ito) hatching for land given and outlines for houses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from designer.canvas.items import polygon, polyline_path

__all__ = ["LOST", "AccessMarks"]

Ring = tuple[tuple[float, float], ...]
LOST = QColor("#CC79A7")


def _pen(colour: QColor | str, width_px: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour), width_px)
    pen.setCosmetic(True)  # the same on the projector at any zoom
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setDashPattern([2.0, 1.5])
    return pen


class AccessMarks:
    """Three overlay items of a scene (hidden until :meth:`show` is given something)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.path_casing = QGraphicsPathItem()
        self.path_casing.setPen(_pen("#111111", 11.0))
        self.path_core = QGraphicsPathItem()
        self.path_core.setPen(_pen("#ffffff", 3.0, dashed=True))
        self.land = QGraphicsPathItem()
        self.land.setPen(_pen(LOST, 2.5))
        self.land.setBrush(QBrush(LOST, Qt.BrushStyle.BDiagPattern))
        self.houses = QGraphicsPathItem()
        self.houses.setPen(_pen(LOST, 5.0))
        # Above plots and buildings (z ≤ 3), under symbols and the selection.
        for z, item in ((3.4, self.land), (3.5, self.path_casing), (3.6, self.path_core), (3.7, self.houses)):
            item.setZValue(z)
            item.setVisible(False)
            scene.addItem(item)

    def show(self, routes: list[Ring], land: list[Ring], houses: list[Ring]) -> None:
        """Draw new paths (centrelines), strips of land given up and houses that move (outlines)."""
        lines = QPainterPath()
        for route in routes:
            lines.addPath(polyline_path(route))
        strips = QPainterPath()
        for ring in land:
            strips.addPolygon(polygon((*ring, ring[0])))
        marks = QPainterPath()
        for ring in houses:
            marks.addPolygon(polygon((*ring, ring[0])))
            # A cross through the house: it is not staying where it is.
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            marks.moveTo(min(xs), min(ys))
            marks.lineTo(max(xs), max(ys))
            marks.moveTo(min(xs), max(ys))
            marks.lineTo(max(xs), min(ys))
        for item, path in (
            (self.path_casing, lines),
            (self.path_core, lines),
            (self.land, strips),
            (self.houses, marks),
        ):
            item.setPath(path)
            item.setVisible(not path.isEmpty())

    def clear(self) -> None:
        """Hide every mark."""
        self.show([], [], [])

    @property
    def shown(self) -> bool:
        return any(i.isVisible() for i in (self.path_casing, self.land, self.houses))
