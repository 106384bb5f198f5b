"""The plan canvas on the synthetic settlement, against a raw QGraphicsScene drawing the same shapes.

Rows (targets ≤ 1.5× raw, issue 6):

* ``canvas open + first paint``: build the PlanScene from the Document and paint the whole plan
  into a 1920 × 1080 view (antialiased); raw = build a BSP-indexed QGraphicsScene of the same
  polygons, paths and points with the same pens and paint it through a plain QGraphicsView.
* ``canvas repaint zoomed 10x``: paint again after zooming in to 1/10 of the extent.
* ``canvas 100 hit tests``: ``PlanScene.ids_at`` (entity ids under a point, BSP) vs raw
  ``scene.items(point)`` at the same 100 points.
"""

from __future__ import annotations

import os
import random
from typing import Any

from benchmarks.harness import measure, row
from benchmarks.synthetic import make_settlement

W, H = 1920, 1080


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _paint(view: Any) -> Any:
    from PySide6.QtGui import QImage, QPainter

    img = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0xFFFFFFFF)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.render(p)
    p.end()
    return img


def _raw_scene(doc: Any) -> Any:
    """A plain QGraphicsScene with one item per entity, pens and brushes as the canvas uses."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
    from PySide6.QtWidgets import (
        QGraphicsEllipseItem,
        QGraphicsItem,
        QGraphicsPathItem,
        QGraphicsPolygonItem,
        QGraphicsScene,
    )

    from designer.model.entities import AreaEntity, LineEntity, Path, PointEntity

    scene = QGraphicsScene()
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
    pen = QPen(QColor("#7a6f5a"), 1.0)
    pen.setCosmetic(True)
    brush = QBrush(QColor("#f4efe1"))
    pipe = QPen(QColor("#0072B2"), 1.5)
    pipe.setCosmetic(True)
    for e in doc.entities():
        if isinstance(e, AreaEntity):
            item: QGraphicsItem = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in e.outline]))
            item.setPen(pen)
            item.setBrush(brush)
        elif isinstance(e, LineEntity):
            path = QPainterPath(QPointF(*e.route[0]))
            for x, y in e.route[1:]:
                path.lineTo(x, y)
            item = QGraphicsPathItem(path)
            if isinstance(e, Path):
                body = QPen(QColor("#e3ddd0"), e.width_m)
                body.setCapStyle(Qt.PenCapStyle.FlatCap)
                item.setPen(body)
            else:
                item.setPen(pipe)
        elif isinstance(e, PointEntity):
            item = QGraphicsEllipseItem(-7, -7, 14, 14)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPos(QPointF(*e.position))
            item.setPen(pipe)
            item.setBrush(brush)
        else:
            continue
        scene.addItem(item)
    return scene


def _laid_out(view: Any, w: int, h: int) -> None:
    """Give a view its real viewport size without putting it on screen.

    A view that is never shown keeps a default viewport of about 624 × 464 px, so ``fitInView``
    would paint the plan at a third of the scale asked for (and three times faster than a window).
    """
    from PySide6.QtCore import Qt

    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(w, h)
    view.show()  # sends the pending resize: the viewport becomes w × h less the frame


def _raw_view(scene: Any, w: int = W, h: int = H) -> Any:
    from PySide6.QtGui import QPainter, QTransform
    from PySide6.QtWidgets import QGraphicsView

    view = QGraphicsView(scene)
    _laid_out(view, w, h)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setTransform(QTransform.fromScale(1, -1))
    view.fitInView(scene.itemsBoundingRect())
    return view


def _our_view(doc: Any) -> Any:
    from designer.canvas.scene import PlanScene
    from designer.canvas.view import PlanView
    from designer.model.undo import UndoStack
    from designer.tools.base import ToolContext

    scene = PlanScene(ToolContext(doc, UndoStack(doc)))
    view = PlanView(scene)
    _laid_out(view, W, H)
    view.fit_all()
    return view


def _zoom(view: Any) -> None:
    centre = view.sceneRect().center() if hasattr(view, "plan") else view.scene().itemsBoundingRect().center()
    view.scale(10.0, 10.0)
    view.centerOn(centre)


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    _app()
    doc = make_settlement(size)
    holder: dict[str, Any] = {}

    def ours_open() -> Any:
        holder["ours"] = view = _our_view(doc)
        return _paint(view)

    def raw_open() -> Any:
        scene = _raw_scene(doc)
        holder["raw"] = view = _raw_view(scene)
        holder["raw_scene"] = scene
        return _paint(view)

    def drop(*keys: str) -> None:
        # The previous run's scene is freed outside the timed region (performance-limits.md).
        for key in keys:
            holder.pop(key, None)
        QApplication.processEvents()

    rect_holder: dict[str, Any] = {}

    def points() -> list[tuple[float, float]]:
        rect = rect_holder["rect"]
        rng = random.Random(7)
        return [
            (rng.uniform(rect.left(), rect.right()), rng.uniform(rect.top(), rect.bottom()))
            for _ in range(100)
        ]

    # Each side is measured right after its own construction (open, zoomed repaint, hit tests), and
    # the other side's scenes are freed first: building and freeing 27,000 items slows the next
    # paints for a while, which would otherwise be charged to whichever side runs second.
    open_s = measure(ours_open, repeat=5, setup=lambda: drop("ours"))
    ours = holder["ours"]
    rect_holder["rect"] = ours.plan.itemsBoundingRect()
    pts = points()
    _zoom(ours)
    _paint(ours)  # warm
    zoom_s = measure(lambda v=ours: _paint(v), repeat=7)
    radius_m = 0.01
    hit_s = measure(lambda v=ours: [v.plan.ids_at(x, y, radius_m) for x, y in pts], repeat=7)
    del ours
    drop("ours")
    raw_open_s = measure(raw_open, repeat=5, setup=lambda: drop("raw", "raw_scene"))
    raw, raw_scene = holder["raw"], holder["raw_scene"]
    _zoom(raw)
    _paint(raw)  # warm
    raw_zoom_s = measure(lambda: _paint(raw), repeat=7)
    raw_hit_s = measure(lambda: [raw_scene.items(QPointF(x, y)) for x, y in pts], repeat=7)
    return [
        row("canvas open + first paint", size, open_s, raw_open_s, 1.5),
        row("canvas repaint zoomed 10x", size, zoom_s, raw_zoom_s, 1.5),
        row("canvas 100 hit tests", size, hit_s, raw_hit_s, 1.5),
    ]


if __name__ == "__main__":
    for r in run(int(os.environ.get("SIZE", "10000"))):
        print(r)
